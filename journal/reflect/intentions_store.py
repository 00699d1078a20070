"""Storage module for the intentions loop: which intentions are still open, a verdict
given by hand. (How the intentions about each trait turned out is a growth figure:
``journal.growth.aggregation.kept_counts``.)

A later reflection with the same client records its verdict through
``Store.save_meeting`` (``ReflectionRow.check``); here the advisor can also settle an
intention outside a reflection (the client view, the open intentions list).
"""

from __future__ import annotations

from datetime import datetime

from journal.errors import InvalidInput, NotFound
from journal.model import VERDICTS, Intention
from journal.store.storage import (
    INTENTION_FIELDS,
    INTENTION_FROM,
    Store,
    intention_from_row,
    to_db_time,
)


def open_intentions(store: Store, client_id: int | None = None) -> list[Intention]:
    """Intentions no reflection or verdict has settled yet, newest first."""
    rows = store.query(
        f"""
        SELECT {INTENTION_FIELDS} {INTENTION_FROM}
        WHERE i.kept IS NULL AND (? IS NULL OR m.client_id = ?)
        ORDER BY m.start_utc DESC, m.id DESC
        """,
        [client_id, client_id],
    )
    return [intention_from_row(r) for r in rows]


def intentions_of_client(store: Store, client_id: int) -> list[Intention]:
    """Every intention written about this client, newest first."""
    rows = store.query(
        f"""
        SELECT {INTENTION_FIELDS} {INTENTION_FROM}
        WHERE m.client_id = ? ORDER BY m.start_utc DESC, m.id DESC
        """,
        [client_id],
    )
    return [intention_from_row(r) for r in rows]


def set_verdict(store: Store, intention_id: int, verdict: str | None, now: datetime) -> None:
    """Settle an intention by hand (``None``: open again)."""
    if verdict is not None and verdict not in VERDICTS:
        raise InvalidInput("kept", "unknown verdict")
    with store.transaction():
        cursor = store.conn.execute(
            "UPDATE intentions SET kept = ?, checked_at = ?, checked_by = NULL WHERE id = ?",
            [verdict, to_db_time(now) if verdict else None, intention_id],
        )
        if cursor.rowcount == 0:
            raise NotFound(f"intention {intention_id}")
