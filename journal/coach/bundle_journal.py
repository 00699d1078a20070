"""A bundle read back into a journal that lives only in memory.

The coach's review and the advisor's report both look at an export through this: the
growth figures are then computed by the same SQL as the growth view, and a report can
only ever show what the bundle holds (so the privacy of the export carries over).
Nothing here touches a file.

An intention whose text the export left out is read back with an empty text: its trait
and verdict still count. Bundles written before verdicts existed read back with every
intention open (``has_verdicts`` tells them apart).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from journal.coach.export_bundle import TRUST_KEYS
from journal.model import trust_on_100
from journal.reflect import scoring
from journal.reflect.bank import QuestionBank
from journal.service import Journal
from journal.store.names import name_key
from journal.store.storage import (
    ANSWER_COLUMNS,
    MEETING_COLUMNS,
    REFLECTION_COLUMNS,
    Store,
    to_db_time,
)

# An intention read back: storage's INTENTION_COLUMNS with its trait and verdict.
_INTENTION_COLUMNS = ("reflection_id", "text", "created_at", "trait_id", "kept")


def period_of(bundle: dict[str, Any]) -> tuple[date, date]:
    """The bundle's first and last day (both included)."""
    period = bundle["period"]
    return date.fromisoformat(period["from"]), date.fromisoformat(period["to"])


def load(bundle: dict[str, Any], bank: QuestionBank) -> Journal:
    """A read-only-in-spirit journal holding the bundle's meetings and reflections.

    Its clock stands at the end of the bundle's period, so "the last month" means the
    last month of the export. Answers to questions this bank does not know count as
    not reversed; their trait still counts.
    """
    end = datetime.fromisoformat(bundle["exported_at"])
    store = Store.in_memory()
    _no_search_index(store)
    journal = Journal(store, bank, clock=lambda: end)
    questions = {q.id: q for trait in bank.traits for q in trait.questions}
    clients: dict[str, int] = {}
    meetings: list[tuple[Any, ...]] = []
    reflections: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    intentions: list[tuple[Any, ...]] = []
    tags: dict[str, tuple[int, str]] = {}  # name key → (tag id, first spelling)
    meeting_tags: set[tuple[int, int]] = set()
    with store.transaction():
        for meeting in bundle["meetings"]:
            start = datetime.fromisoformat(meeting["start"])
            finish = datetime.fromisoformat(meeting["end"])
            client = meeting["client"]
            if client not in clients:
                clients[client] = store.client_named(client, end).id
            meeting_id = len(meetings) + 1
            reflection = meeting.get("reflection")
            written = reflection.get("reflected_at") if reflection else None  # optional
            stamp = to_db_time(datetime.fromisoformat(written) if written else finish)
            meetings.append(
                (
                    meeting_id,
                    clients[client],
                    meeting["title"],
                    to_db_time(start),
                    start.date().isoformat(),  # the advisor's own day, from their offset
                    max(1, round((finish - start).total_seconds() / 60)),
                    meeting.get("notes", ""),
                    stamp,
                    stamp,
                )
            )
            for tag in meeting.get("tags", ()):
                tag_id, _ = tags.setdefault(name_key(tag), (len(tags) + 1, tag))
                meeting_tags.add((meeting_id, tag_id))
            if reflection is None:
                continue
            reflection_id = len(reflections) + 1
            trust = reflection.get("trust")
            reflections.append(
                (reflection_id, meeting_id, stamp, stamp)
                + (_trust_row(trust) if trust else (None,) * 5)
            )
            for answer in reflection["answers"]:
                answers.append(_answer_row(questions, reflection_id, answer))
            if reflection.get("intention") or "intention_kept" in reflection:
                intentions.append(
                    (
                        reflection_id,
                        reflection.get("intention") or "",
                        stamp,
                        reflection.get("intention_trait"),
                        reflection.get("intention_kept"),
                    )
                )
        store.insert_rows("meetings", MEETING_COLUMNS, meetings)
        store.insert_rows("reflections", REFLECTION_COLUMNS, reflections)
        store.insert_rows("answers", ANSWER_COLUMNS, answers)
        store.insert_rows("intentions", _INTENTION_COLUMNS, intentions)
        store.insert_rows(
            "tags", ("id", "name", "name_key"), [(i, n, k) for k, (i, n) in tags.items()]
        )
        store.insert_rows("meeting_tags", ("meeting_id", "tag_id"), sorted(meeting_tags))
    return journal


def _trust_row(trust: dict[str, float]) -> tuple[float, ...]:
    """The four parts, and in the place of the bundle's ratio the 0–100 score the journal
    keeps (the same score as the advisor's own journal shows)."""
    return (*(trust[p] for p in TRUST_KEYS[:4]), trust_on_100(trust["composite"]))


def has_verdicts(bundle: dict[str, Any]) -> bool:
    """Whether the bundle says which intentions were kept: bundles written before
    verdicts existed hold intentions (with texts) but no ``intention_kept``."""
    return any(
        "intention_kept" in m["reflection"] for m in bundle["meetings"] if m.get("reflection")
    )


def _answer_row(questions: dict[str, Any], reflection_id: int, answer: dict[str, Any]) -> tuple:
    score = answer.get("score")
    question_id = answer["question_id"]
    if score is None:
        return (reflection_id, question_id, answer.get("trait_id"), None, None, answer.get("text"))
    question = questions.get(question_id)
    if question is not None:
        value = scoring.answer_value(question, score)
    else:
        value = (score - 1) / (scoring.SCALE_POINTS - 1) * 100
    return (reflection_id, question_id, answer["trait_id"], score, value, None)


def _no_search_index(store: Store) -> None:
    """A summary read back is never searched: without the full-text index's triggers
    a 100,000-meeting summary loads in a fraction of the time."""
    triggers = store.query(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    )
    for (name,) in triggers:
        store.db.execute(f'DROP TRIGGER "{name}"')
