"""A coach's feedback on an advisor's summaries, as the small file the advisor opens:
"advisor-journal-feedback/1" (schema in ``resources/schemas/``). Per period of a
reviewed summary: a remark overall and a remark per trait. Only what the coach typed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from journal.coach.bundle_reader import FEEDBACK, parse_bundle, read_bundle


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
class Feedback:
    advisor: str
    coach: str
    written_at: datetime
    periods: tuple[PeriodFeedback, ...]


def to_json(feedback: Feedback) -> bytes:
    document = {
        "format": FEEDBACK.format,
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
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_feedback(path: Path) -> Feedback:
    """Raises FeedbackUnreadable (with what is wrong) for anything but a whole, valid file."""
    return _from_document(read_bundle(path, FEEDBACK))


def parse_feedback(data: bytes, path: Path | str = "<feedback>") -> Feedback:
    return _from_document(parse_bundle(data, path, FEEDBACK))


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
    )
