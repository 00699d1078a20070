"""The export as Python built it before SQLite did (issue 19): kept here only as the
reference the SQLite export is compared with (``test_export_sql.py``). The meetings,
answers and tags come from three queries in the same order and are merged; each
meeting's dict is built in Python."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from journal.coach import export_bundle
from journal.coach.export_bundle import (
    FORMAT,
    MINOR,
    SCORED_KEYS,
    TRUST_KEYS,
    ExportChoice,
    _others,
    _trait,
    pseudonyms,
)
from journal.coach.privacy import Pseudonyms
from journal.store.storage import Store, from_db_time

# An answer: (question_id, trait_id, score, value 0–100, text); score or text is None.
Answer = tuple[str, str | None, int | None, float | None, str | None]


def build(journal, choice: ExportChoice, names: Pseudonyms | None = None) -> dict[str, Any]:
    bank = journal.bank
    ids = export_bundle.export_store.client_ids(journal.store, choice.clients)
    traits = choice.traits or tuple(bank.trait_ids())
    names = names or pseudonyms(journal, choice)
    rows = meetings(journal.store, choice.first, choice.last, tuple(i for i in ids.values() if i))
    bundle = {
        "format": FORMAT,
        "exported_at": journal.clock().astimezone().isoformat(timespec="seconds"),
        "period": {"from": choice.first.isoformat(), "to": choice.last.isoformat()},
        "advisor": {"name": journal.profile().advisor_name},
        "privacy": {
            "client_names": "real" if choice.real_names else "pseudonymised",
            "texts": choice.include_texts,
        },
        "traits": [_trait(bank.trait(t)) for t in traits],
        "meetings": list(_meetings(rows, set(traits), names, choice.include_texts)),
    }
    others = _others(journal, choice, set(traits), {i for i in ids.values() if i})
    if others is not None:
        bundle["format"] = f"{FORMAT}.{MINOR}"
        bundle["others"] = others
    return bundle


def _meetings(
    rows: Iterator[ExportRow], traits: set[str], names: Pseudonyms, texts: bool
) -> Iterator[dict[str, Any]]:
    scored: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        start = row.start.astimezone()
        meeting: dict[str, Any] = {
            "id": row.id,
            "title": names.text(row.title),
            "client": names.client(row.client),
            "start": start.isoformat(timespec="minutes"),
            "end": (start + timedelta(minutes=row.duration_minutes)).isoformat(timespec="minutes"),
            "tags": _tags(row.tags, names) if row.tags else [],
            "reflection": _reflection(row, traits, names, texts, scored),
        }
        if texts:
            meeting["notes"] = names.text(row.notes)
        yield meeting


def _tags(tags: list[str], names: Pseudonyms) -> list[str]:
    """Tag names as they may leave: pseudonymised like titles, then put in order (the
    journal's order, by the real names, could hint at a name), without repeats."""
    return sorted({names.text(tag) for tag in tags}, key=str.casefold)


def _reflection(
    row: ExportRow,
    traits: set[str],
    names: Pseudonyms,
    texts: bool,
    scored: dict[tuple, dict[str, Any]],
) -> dict[str, Any] | None:
    """``scored``: one answer dict per (question, trait, score), shared by every meeting
    of this export: a 100,000-meeting export would otherwise make half a million."""
    if row.reflected_at is None:
        return None
    answers: list[dict[str, Any]] = []
    sums: dict[str, tuple[float, int]] = {}
    for question_id, trait_id, score, value, text in row.answers:
        if score is not None and value is not None:  # a scored answer has both
            if trait_id in traits:
                key = (question_id, trait_id, score)
                answer = scored.get(key)
                if answer is None:
                    answer = scored[key] = dict(zip(SCORED_KEYS, key, strict=True))
                answers.append(answer)
                total = sums.get(trait_id)
                sums[trait_id] = (total[0] + value, total[1] + 1) if total else (value, 1)
        elif texts and text:
            answers.append({"question_id": question_id, "trait_id": None, "text": names.text(text)})
    reflection = {
        "reflected_at": row.reflected_at.astimezone().isoformat(timespec="seconds"),
        "answers": answers,
        "trait_scores": {t: round(total / n, 2) for t, (total, n) in sums.items()},
        "trust": dict(zip(TRUST_KEYS, row.trust, strict=True)) if row.trust else None,
        "intention": names.text(row.intention) if texts and row.intention else None,
    }
    if row.intention:  # present exactly when an intention was written, texts or not
        trait = row.intention_trait
        reflection["intention_trait"] = trait if trait in traits else None
        reflection["intention_kept"] = row.intention_kept
    return reflection


@dataclass(frozen=True)
class ExportRow:
    """One meeting, and its reflection's parts when there is one. Trust comes rounded
    to 3 places from SQLite, which is quicker than Python for 100,000 meetings."""

    id: int
    title: str
    client: str
    start: datetime
    duration_minutes: int
    notes: str
    reflected_at: datetime | None
    trust: tuple[float, float, float, float, float] | None  # C, R, I, S, composite
    intention: str  # "" when the reflection wrote none
    intention_trait: str | None
    intention_kept: str | None  # "yes", "partly", "no"; None while open
    answers: list[Answer]
    tags: list[str]  # names, in name order


_WHERE = "m.local_day BETWEEN ? AND ?"


def meetings(
    store: Store, first: date, last: date, client_ids: tuple[int, ...] = ()
) -> Iterator[ExportRow]:
    """Meetings whose local day lies in ``first``…``last`` (both included)."""
    where, params = _where(first, last, client_ids)
    meeting_rows = store.conn.execute(
        f"""
        SELECT m.id, m.title, c.name, m.start_utc, m.duration_minutes, coalesce(m.notes, ''),
               r.id, r.updated_at, round(r.credibility, 3), round(r.reliability, 3),
               round(r.intimacy, 3), round(r.self_orientation, 3),
               round((r.credibility + r.reliability + r.intimacy) / r.self_orientation, 3),
               coalesce(i.text, ''), i.trait_id, i.kept
        FROM meetings m
        JOIN clients c ON c.id = m.client_id
        LEFT JOIN reflections r ON r.meeting_id = m.id
        LEFT JOIN intentions i ON i.reflection_id = r.id
        WHERE {where}
        ORDER BY m.start_utc, m.id
        """,
        params,
    )
    answer_rows = _by_meeting(
        store.conn.execute(
            f"""
            SELECT m.id, a.question_id, a.trait_id, a.score, a.value, a.text
            FROM meetings m
            JOIN reflections r ON r.meeting_id = m.id
            JOIN answers a ON a.reflection_id = r.id
            WHERE {where}
            ORDER BY m.start_utc, m.id, a.id
            """,
            params,
        )
    )
    tag_rows = _by_meeting(
        store.conn.execute(
            f"""
            SELECT m.id, t.name
            FROM meetings m
            JOIN meeting_tags mt ON mt.meeting_id = m.id
            JOIN tags t ON t.id = mt.tag_id
            WHERE {where}
            ORDER BY m.start_utc, m.id, t.name_key
            """,
            params,
        )
    )
    for row in meeting_rows:
        meeting_id = row[0]
        reflected = row[6] is not None
        yield ExportRow(
            id=meeting_id,
            title=row[1],
            client=row[2],
            start=from_db_time(row[3]),
            duration_minutes=row[4],
            notes=row[5],
            reflected_at=from_db_time(row[7]) if reflected else None,
            trust=tuple(row[8:13]) if reflected and row[8] is not None else None,
            intention=row[13],
            intention_trait=row[14],
            intention_kept=row[15],
            answers=answer_rows.take(meeting_id),
            tags=[tag for (tag,) in tag_rows.take(meeting_id)],
        )


class _by_meeting:  # noqa: N801 (reads as a function at the call)
    """Rows of a query ordered like the meetings, handed out meeting by meeting."""

    def __init__(self, cursor):
        self._rows = cursor
        self._pending = next(cursor, None)

    def take(self, meeting_id: int) -> list[tuple]:
        taken = []
        while self._pending is not None and self._pending[0] == meeting_id:
            taken.append(self._pending[1:])
            self._pending = next(self._rows, None)
        return taken


def _where(first: date, last: date, ids: tuple[int, ...]) -> tuple[str, list]:
    where = _WHERE
    params: list[str | int] = [first.isoformat(), last.isoformat()]
    if ids:
        where += f" AND m.client_id IN ({', '.join('?' * len(ids))})"
        params += list(ids)
    return where, params
