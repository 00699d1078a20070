"""Checks on what the person typed, before anything is written.

Each problem raises ``InvalidInput`` naming the field, so the ui can point at it and
keep everything typed in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from journal.errors import InvalidInput
from journal.model import VERDICTS, MeetingInput, ReflectionInput
from journal.reflect.bank import SCALE_POINTS, QuestionBank
from journal.store.names import clean_name, name_key

MAX_NAME = 200
MAX_TITLE = 300
MAX_TEXT = 100_000
MAX_DURATION_MINUTES = 24 * 60
MAX_TAG = 60
MAX_TAGS_PER_MEETING = 20


def clean_meeting(meeting: MeetingInput) -> MeetingInput:
    """The meeting with surrounding whitespace trimmed, or ``InvalidInput``."""
    client = clean_name(meeting.client_name)
    title = meeting.title.strip()
    if not client:
        raise InvalidInput("client", "empty")
    check_text("client", client, MAX_NAME)
    if not title:
        raise InvalidInput("title", "empty")
    check_text("title", title, MAX_TITLE)
    if meeting.start.tzinfo is None:
        raise InvalidInput("start", "no time zone")
    if not 1 <= meeting.duration_minutes <= MAX_DURATION_MINUTES:
        raise InvalidInput("duration", "out of range", limit=MAX_DURATION_MINUTES)
    check_text("notes", meeting.notes)
    return MeetingInput(
        client, title, meeting.start, meeting.duration_minutes, meeting.notes,
        clean_tags(meeting.tags),
    )  # fmt: skip


def clean_reflection(bank: QuestionBank, reflection: ReflectionInput) -> ReflectionInput:
    """The reflection with blank texts dropped, or ``InvalidInput``."""
    for question_id, score in reflection.scores.items():
        if not bank.has_question(question_id):
            raise InvalidInput(question_id, "unknown question")
        if type(score) is not int or not 1 <= score <= SCALE_POINTS:
            raise InvalidInput(question_id, "score out of range", limit=SCALE_POINTS)
    open_ids = {q.id for q in bank.open_questions}
    texts = {}
    for question_id, text in reflection.texts.items():
        if question_id not in open_ids:
            raise InvalidInput(question_id, "unknown question")
        check_text(question_id, text)
        if text.strip():
            texts[question_id] = text
    check_text("intention", reflection.intention)
    intention = reflection.intention.strip()
    trait = reflection.intention_trait if intention else None
    if trait is not None and trait not in bank.trait_ids():
        raise InvalidInput("intention", "unknown trait")
    check = reflection.intention_check
    if check is not None and check.verdict not in VERDICTS:
        raise InvalidInput("kept", "unknown verdict")
    return ReflectionInput(dict(reflection.scores), texts, intention, trait, check)


def clean_tags(names: Sequence[str]) -> tuple[str, ...]:
    """Trimmed, without blanks or repeats (first spelling wins), or ``InvalidInput``."""
    seen: dict[str, str] = {}
    for name in names:
        name = clean_name(name)
        if not name:
            continue
        check_text("tags", name, MAX_TAG)
        seen.setdefault(name_key(name), name)
    if len(seen) > MAX_TAGS_PER_MEETING:
        raise InvalidInput("tags", "too many", length=len(seen), limit=MAX_TAGS_PER_MEETING)
    return tuple(seen.values())


def check_name(field: str, name: str) -> str:
    """A cleaned personal or client name, or ``InvalidInput`` when it is too long."""
    name = clean_name(name)
    check_text(field, name, MAX_NAME)
    return name


def check_text(field: str, text: str, limit: int = MAX_TEXT) -> None:
    if len(text) > limit:
        raise InvalidInput(field, "too long", length=len(text), limit=limit)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no such character exists
        raise InvalidInput(field, "not valid text") from None
