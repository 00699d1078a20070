"""A coach's feedback on an advisor's summaries, as the small file the advisor opens:
"advisor-journal-feedback/1" (schema in ``resources/schemas/``). Per period of a
reviewed summary: a remark overall and a remark per trait. Only what the coach typed.

Minor version 1.1 adds ``ratings``: the coach's 1–5 ratings of the client-side items
(``journal.pulse``) for meetings they observed, each named by the meeting's id and start
as the summary gave them. A file without ratings is still written as "/1", so every
released app reads it; with ratings it is "/1.1". This reader takes "/1", "/1.1" and
any later "/1.N" (a minor version only adds what an older reader may skip: it reads
what it knows and leaves the rest), and refuses "/2"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from journal.coach.bundle_reader import FEEDBACK, check_document, load_json, read_bytes
from journal.errors import FeedbackUnreadable

MINOR = 1  # the newest minor version of advisor-journal-feedback/1 this app writes


@dataclass
class PeriodFeedback:
    first: date
    last: date
    overall: str = ""
    traits: dict[str, str] = field(default_factory=dict)  # trait id → remark

    @property
    def is_empty(self) -> bool:
        return not self.overall.strip() and not any(t.strip() for t in self.traits.values())


@dataclass(frozen=True)
class CoachRating:
    """The coach's ratings (client item id → 1–5) of one meeting they observed."""

    meeting_id: int
    start: datetime  # as the summary gave it: checked against the journal's meeting
    scores: dict[str, int]


@dataclass(frozen=True)
class Feedback:
    advisor: str
    coach: str
    written_at: datetime
    periods: tuple[PeriodFeedback, ...]
    ratings: tuple[CoachRating, ...] = ()


def to_json(feedback: Feedback) -> bytes:
    document: dict[str, Any] = {
        "format": f"{FEEDBACK.format}.{MINOR}" if feedback.ratings else FEEDBACK.format,
        "written_at": feedback.written_at.isoformat(timespec="seconds"),
        "coach": feedback.coach,
        "advisor": feedback.advisor,
        "periods": [
            {
                "from": p.first.isoformat(),
                "to": p.last.isoformat(),
                "overall": p.overall.strip(),
                "traits": {t: text.strip() for t, text in p.traits.items() if text.strip()},
            }
            for p in feedback.periods
        ],
    }
    if feedback.ratings:
        document["ratings"] = [
            {
                "meeting": r.meeting_id,
                "start": r.start.isoformat(timespec="minutes"),
                "items": dict(r.scores),
            }
            for r in feedback.ratings
        ]
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_feedback(path: Path) -> Feedback:
    """Raises FeedbackUnreadable (with what is wrong) for anything but a whole, valid file.
    Read like every file from outside (issue 16): within a limit, never from a FIFO or a
    device, parsed strictly."""
    return parse_feedback(read_bytes(path, FEEDBACK), path)


def parse_feedback(data: bytes, path: Path | str = "<feedback>") -> Feedback:
    document = load_json(data, path, FEEDBACK)  # strict: depth, numbers, duplicate keys
    minor = _minor_version(document)
    if minor is None:  # "/1", or not a feedback file: the check says which
        return _from_document(check_document(document, path, FEEDBACK))
    if minor > MINOR:  # a newer minor version: what this app knows of it
        document = {k: v for k, v in document.items() if k in _KNOWN}
    ratings = document.pop("ratings", [])
    document["format"] = FEEDBACK.format
    # The rest is a "/1" document: checked whole by the same check.
    checked = check_document(document, path, FEEDBACK)
    checked["ratings"] = _checked_ratings(ratings, path)
    return _from_document(checked)


# What a "/1.1" document may hold; a later minor version's other fields are skipped.
_KNOWN = {"format", "written_at", "coach", "advisor", "periods", "ratings"}
_ITEM = re.compile(r"[a-z][a-z0-9_]*\.c[0-9]{1,3}")
MAX_RATINGS = 10_000


def _minor_version(document: Any) -> int | None:
    """N for a document of format "advisor-journal-feedback/1.N", else None."""
    value = document.get("format") if isinstance(document, dict) else None
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"advisor-journal-feedback/1\.([0-9]{1,4})", value)
    return int(match.group(1)) if match else None


def _checked_ratings(raw: Any, path: Path | str) -> list[dict[str, Any]]:
    """The ratings of a "/1.1" file, checked as strictly as the rest of it."""

    def bad(where: str, detail: str) -> FeedbackUnreadable:
        return FeedbackUnreadable(path, "invalid", detail, where=where)

    if not isinstance(raw, list) or len(raw) > MAX_RATINGS:
        raise bad("ratings", f"must be a list of at most {MAX_RATINGS:,} ratings")
    checked = []
    for index, rating in enumerate(raw):
        where = f"ratings[{index}]"
        if not isinstance(rating, dict) or set(rating) != {"meeting", "start", "items"}:
            raise bad(where, "needs exactly 'meeting', 'start' and 'items'")
        meeting, start, items = rating["meeting"], rating["start"], rating["items"]
        if not isinstance(meeting, int) or isinstance(meeting, bool) or meeting < 1:
            raise bad(f"{where}.meeting", "must be a meeting id (a whole number from 1)")
        try:
            moment = datetime.fromisoformat(start) if isinstance(start, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None or not 1900 <= moment.year <= 2200:
            raise bad(f"{where}.start", f"{start!r} is not a date and time with its offset")
        if not isinstance(items, dict) or not 1 <= len(items) <= 100:
            raise bad(f"{where}.items", "must rate 1 to 100 items")
        for item, score in items.items():
            if not _ITEM.fullmatch(item):
                raise bad(f"{where}.items", f"{item!r} is not a client item id")
            if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
                raise bad(f"{where}.items.{item}", f"{score!r} is not a score from 1 to 5")
        checked.append({"meeting": meeting, "start": moment, "items": dict(items)})
    return checked


def _from_document(document: dict[str, Any]) -> Feedback:
    return Feedback(
        advisor=document["advisor"],
        coach=document.get("coach", ""),
        written_at=datetime.fromisoformat(document["written_at"]),
        periods=tuple(
            PeriodFeedback(
                date.fromisoformat(p["from"]),
                date.fromisoformat(p["to"]),
                p["overall"],
                dict(p["traits"]),
            )
            for p in document["periods"]
        ),
        ratings=tuple(
            CoachRating(r["meeting"], r["start"], r["items"]) for r in document.get("ratings", [])
        ),
    )
