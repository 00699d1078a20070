"""Checks on what the person typed, before anything is written.

Each problem raises ``InvalidInput`` naming the field, so the ui can point at it and
keep everything typed in place.
"""

from __future__ import annotations

from .bank import SCALE_POINTS, QuestionBank
from .errors import InvalidInput
from .model import MeetingInput, ReflectionInput

MAX_NAME = 200
MAX_TITLE = 300
MAX_TEXT = 100_000
MAX_DURATION_MINUTES = 24 * 60


def clean_meeting(meeting: MeetingInput) -> MeetingInput:
    """The meeting with surrounding whitespace trimmed, or ``InvalidInput``."""
    client = " ".join(meeting.client_name.split())
    title = meeting.title.strip()
    if not client:
        raise InvalidInput("client", "empty")
    if len(client) > MAX_NAME:
        raise InvalidInput("client", "too long", length=len(client), limit=MAX_NAME)
    if not title:
        raise InvalidInput("title", "empty")
    if len(title) > MAX_TITLE:
        raise InvalidInput("title", "too long", length=len(title), limit=MAX_TITLE)
    if meeting.start.tzinfo is None:
        raise InvalidInput("start", "no time zone")
    if not 1 <= meeting.duration_minutes <= MAX_DURATION_MINUTES:
        raise InvalidInput("duration", "out of range", limit=MAX_DURATION_MINUTES)
    _check_text("notes", meeting.notes)
    return MeetingInput(client, title, meeting.start, meeting.duration_minutes, meeting.notes)


def clean_reflection(bank: QuestionBank, reflection: ReflectionInput) -> ReflectionInput:
    """The reflection with blank texts dropped, or ``InvalidInput``."""
    for question_id, score in reflection.scores.items():
        if not bank.has_question(question_id):
            raise InvalidInput(question_id, "unknown question")
        if not isinstance(score, int) or not 1 <= score <= SCALE_POINTS:
            raise InvalidInput(question_id, "score out of range", limit=SCALE_POINTS)
    texts = {}
    for question_id, text in reflection.texts.items():
        try:
            bank.open_question(question_id)
        except KeyError:
            raise InvalidInput(question_id, "unknown question") from None
        _check_text(question_id, text)
        if text.strip():
            texts[question_id] = text
    _check_text("intention", reflection.intention)
    return ReflectionInput(dict(reflection.scores), texts, reflection.intention.strip())


def _check_text(field: str, text: str) -> None:
    if len(text) > MAX_TEXT:
        raise InvalidInput(field, "too long", length=len(text), limit=MAX_TEXT)
