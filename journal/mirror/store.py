"""Storage module for the mirror: the texts it reads (open answers and notes) of the
reflections in a period, with the local day of their meeting, and the counts it keeps
per meeting (``mirror_counts``, summed per day in ``mirror_days``: migration m011) so
a trend reads each text once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from journal.errors import JournalBusy, JournalNotWritable
from journal.mirror.marks import FIELDS
from journal.store.storage import Store


def _scope(
    first_day: date | None,
    end_day: date | None,
    client_ids: tuple[int, ...],
    day: str = "m.local_day",
    client: str = "m.client_id",
) -> tuple[str, list[object]]:
    where: list[str] = ["1"]
    params: list[object] = []
    if first_day:
        where.append(f"{day} >= ?")
        params.append(first_day.isoformat())
    if end_day:
        where.append(f"{day} < ?")
        params.append(end_day.isoformat())
    if client_ids:
        where.append(f"{client} IN ({', '.join('?' for _ in client_ids)})")
        params.extend(client_ids)
    return " AND ".join(where), params


def texts_by_meeting(
    store: Store,
    first_day: date | None,
    end_day: date | None,
    client_ids: tuple[int, ...],
    uncounted: tuple[str, str] | None = None,
) -> list[tuple[int, date, dict[str, str]]]:
    """(meeting id, day, field -> text) for each reflected meeting in the scope, by day;
    with ``uncounted`` (fallback language, rules), only those without counts made so."""
    where, params = _scope(first_day, end_day, client_ids)
    answer_fields = [f for f in FIELDS if f != "notes"]
    counted = ""
    if uncounted is not None:
        counted = (
            "LEFT JOIN mirror_counts mc ON mc.meeting_id = m.id AND mc.fallback = ? "
            "AND mc.rules = ?"
        )
        where += " AND mc.meeting_id IS NULL"
    rows = store.query(
        f"""
        SELECT m.id, m.local_day, coalesce(m.notes, ''), a.question_id, a.text
        FROM meetings m JOIN reflections r ON r.meeting_id = m.id {counted}
        LEFT JOIN answers a ON a.reflection_id = r.id AND a.text IS NOT NULL
             AND a.question_id IN ({", ".join("?" for _ in answer_fields)})
        WHERE {where}
        ORDER BY m.local_day, m.id
        """,
        [*(uncounted or ()), *answer_fields, *params],
    )
    result: dict[int, tuple[int, date, dict[str, str]]] = {}
    for meeting_id, day, notes, question_id, text in rows:
        if meeting_id not in result:
            result[meeting_id] = (meeting_id, date.fromisoformat(day), {"notes": notes})
        if question_id:
            result[meeting_id][2][question_id] = text
    return list(result.values())


def counted_days(
    store: Store,
    first_day: date | None,
    end_day: date | None,
    client_ids: tuple[int, ...],
    fallback: str,
    rules: str,
) -> dict[date, tuple[int, int, int]]:
    """Per local day in the scope: the telling and asking phrases kept for its meetings,
    counted with ``fallback`` and ``rules``, and how many meetings that is (from the
    day sums ``mirror_days``)."""
    where, params = _scope(first_day, end_day, client_ids, "d.day", "d.client_id")
    rows = store.query(
        f"""
        SELECT d.day, sum(d.telling), sum(d.asking), sum(d.counted) FROM mirror_days d
        WHERE d.fallback = ? AND d.rules = ? AND {where} GROUP BY d.day
        """,
        [fallback, rules, *params],
    )
    return {date.fromisoformat(day): (telling, asking, n) for day, telling, asking, n in rows}


def reflected_days(
    store: Store, first_day: date | None, end_day: date | None, client_ids: tuple[int, ...]
) -> dict[date, int]:
    """Per local day in the scope: how many meetings were reflected on (the store's
    day sums, ``meeting_days``)."""
    where, params = _scope(first_day, end_day, client_ids, "d.day", "d.client_id")
    rows = store.query(
        f"SELECT d.day, sum(d.reflected) FROM meeting_days d WHERE {where} GROUP BY d.day",
        params,
    )
    return {date.fromisoformat(day): n for day, n in rows if n}


def keep_counts(
    store: Store, fallback: str, rules: str, counts: Iterable[tuple[int, int, int]]
) -> bool:
    """Keep (meeting id, telling, asking) as counted with ``fallback`` and ``rules``
    (the triggers add them to ``mirror_days``). Counts are a cache: on a journal that
    cannot be written now (read-only, or another program writing) nothing is kept, and
    False says so."""
    if store.read_only:
        return False
    rows = list(counts)
    try:
        with store.transaction():
            # Not INSERT OR REPLACE: a row replaced that way fires no delete trigger.
            store.conn.executemany(
                "DELETE FROM mirror_counts WHERE meeting_id = ?", [(row[0],) for row in rows]
            )
            store.conn.executemany(
                "INSERT INTO mirror_counts (meeting_id, day, client_id, fallback, rules, "
                "telling, asking) SELECT id, local_day, client_id, ?, ?, ?, ? FROM meetings "
                "WHERE id = ?",
                [(fallback, rules, telling, asking, m) for m, telling, asking in rows],
            )
    except (JournalBusy, JournalNotWritable):
        return False
    return True
