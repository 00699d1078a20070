"""Reading what an export needs, in bulk: the meetings of a period (optionally of chosen
clients) with their reflections, answers, intentions (with their trait and verdict) and
tags, in start order. A storage module: with storage.py, aggregation.py and
calendar_store.py, the only place with queries.

Meetings, answers and tags come from three queries in the same order and are merged, so
that a 100,000-meeting export never holds every answer at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from journal.store.storage import Store, from_db_time

# An answer: (question_id, trait_id, score, value 0–100, text); score or text is None.
Answer = tuple[str, str | None, int | None, float | None, str | None]


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


def client_ids(store: Store, names: tuple[str, ...]) -> dict[str, int | None]:
    """Each name's client id (None when the journal has no such client)."""
    found = {}
    for name in names:
        client = store.client_by_name(name)
        found[name] = client.id if client else None
    return found


def _where(first: date, last: date, ids: tuple[int, ...]) -> tuple[str, list]:
    where = _WHERE
    params: list[str | int] = [first.isoformat(), last.isoformat()]
    if ids:
        where += f" AND m.client_id IN ({', '.join('?' * len(ids))})"
        params += list(ids)
    return where, params
