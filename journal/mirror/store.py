"""Storage module for the mirror: the texts it reads (open answers and notes) of the
reflections in a period, with the local day of their meeting."""

from __future__ import annotations

from datetime import date

from journal.mirror.marks import FIELDS
from journal.store.storage import Store


def texts_by_meeting(
    store: Store, first_day: date | None, end_day: date | None, client_ids: tuple[int, ...]
) -> list[tuple[int, date, dict[str, str]]]:
    """(meeting id, day, field -> text) for each reflected meeting in the scope, by day."""
    where: list[str] = ["1"]
    params: list[object] = []
    if first_day:
        where.append("m.local_day >= ?")
        params.append(first_day.isoformat())
    if end_day:
        where.append("m.local_day < ?")
        params.append(end_day.isoformat())
    if client_ids:
        where.append(f"m.client_id IN ({', '.join('?' for _ in client_ids)})")
        params.extend(client_ids)
    answer_fields = [f for f in FIELDS if f != "notes"]
    rows = store.query(
        f"""
        SELECT m.id, m.local_day, coalesce(m.notes, ''), a.question_id, a.text
        FROM meetings m JOIN reflections r ON r.meeting_id = m.id
        LEFT JOIN answers a ON a.reflection_id = r.id AND a.text IS NOT NULL
             AND a.question_id IN ({", ".join("?" for _ in answer_fields)})
        WHERE {" AND ".join(where)}
        ORDER BY m.local_day, m.id
        """,
        [*answer_fields, *params],
    )
    result: dict[int, tuple[int, date, dict[str, str]]] = {}
    for meeting_id, day, notes, question_id, text in rows:
        if meeting_id not in result:
            result[meeting_id] = (meeting_id, date.fromisoformat(day), {"notes": notes})
        if question_id:
            result[meeting_id][2][question_id] = text
    return list(result.values())
