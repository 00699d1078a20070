"""Storage module for briefs: the coming client meetings on the calendar, which briefs
were shown (m009 ``briefs_shown``), and a client's last trust parts."""

from __future__ import annotations

from datetime import datetime, timedelta

from journal.brief.timing import BriefEvent
from journal.model import TrustScore
from journal.store.storage import Store, from_db_time, to_db_time


def upcoming(
    store: Store, now: datetime, within: timedelta = timedelta(days=2)
) -> list[BriefEvent]:
    """Open, non-private client meetings starting after ``now`` and within ``within``."""
    rows = store.query(
        """
        SELECT id, title, start_utc, end_utc, coalesce(client_name, '') FROM calendar_events
        WHERE is_client = 1 AND status = 'open' AND coalesce(private, 0) = 0
          AND start_utc > ? AND start_utc <= ?
        ORDER BY start_utc LIMIT 200
        """,
        [to_db_time(now), to_db_time(now + within)],
    )
    return [BriefEvent(r[0], r[1], from_db_time(r[2]), from_db_time(r[3]), r[4]) for r in rows]


def shown(store: Store, event_ids: list[int]) -> set[int]:
    if not event_ids:
        return set()
    rows = store.query(
        f"SELECT event_id FROM briefs_shown WHERE event_id IN ({', '.join('?' for _ in event_ids)})",
        event_ids,
    )
    return {r[0] for r in rows}


def mark_shown(store: Store, event_id: int, now: datetime) -> None:
    with store.transaction():
        store.db.execute(
            "INSERT OR REPLACE INTO briefs_shown (event_id, shown_at) VALUES (?, ?)",
            [event_id, to_db_time(now)],
        )


def last_trust(
    store: Store, client_id: int, before: datetime
) -> tuple[TrustScore, int, str, datetime] | None:
    """The trust parts of this client's newest reflection before ``before`` that has
    them, with its meeting's id, title and start."""
    row = store.query_one(
        """
        SELECT r.credibility, r.reliability, r.intimacy, r.self_orientation,
               m.id, m.title, m.start_utc
        FROM reflections r JOIN meetings m ON m.id = r.meeting_id
        WHERE m.client_id = ? AND m.start_utc < ? AND r.trust IS NOT NULL
        ORDER BY m.start_utc DESC, m.id DESC LIMIT 1
        """,
        [client_id, to_db_time(before)],
    )
    if row is None:
        return None
    return TrustScore(*row[:4]), row[4], row[5], from_db_time(row[6])
