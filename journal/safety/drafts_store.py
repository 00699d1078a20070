"""Storage module for drafts: reflections being written (``drafts``, migration m006).

The ui saves the dialog's fields a moment after each change; a crash, a kill or a
power cut then loses at most that moment. The payload is the ui's own JSON: the core
stores it whole and never reads into it. Each save is one small transaction with
``synchronous = FULL``, so a saved draft is on disk.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from journal.model import Draft
from journal.store.storage import Store, from_db_time, to_db_time

NEW_MEETING = "new"


def key_for(meeting_id: int | None) -> str:
    """The draft of a new meeting, or of an edit to this meeting."""
    return NEW_MEETING if meeting_id is None else f"meeting-{meeting_id}"


def save_draft(
    store: Store, meeting_id: int | None, payload: dict[str, Any], now: datetime
) -> None:
    text = json.dumps(payload, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from the ui: escaped, it reads back
        text = json.dumps(payload)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO drafts (key, meeting_id, payload, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, "
            "updated_at = excluded.updated_at",
            [key_for(meeting_id), meeting_id, text, to_db_time(now)],
        )


def discard_draft(store: Store, meeting_id: int | None) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM drafts WHERE key = ?", [key_for(meeting_id)])


def drafts(store: Store) -> list[Draft]:
    """Every draft left, newest first; one whose payload cannot be read is skipped."""
    # As bytes: text that is not UTF-8 would make the whole query fail.
    rows = store.query(
        "SELECT meeting_id, CAST(payload AS BLOB), updated_at FROM drafts "
        "ORDER BY updated_at DESC, key"
    )
    found = []
    for meeting_id, payload, updated_at in rows:
        try:
            data = json.loads(payload)
            updated = from_db_time(updated_at)
        except (ValueError, TypeError):
            continue
        if isinstance(data, dict):
            found.append(Draft(meeting_id, data, updated))
    return found
