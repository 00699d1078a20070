"""Storage module for undo and redo: a meeting taken whole (its row, tags, reflection,
answers, intention, the verdict it gave an earlier intention, its calendar event), and
put back exactly, with the same ids and timestamps.

Every edit, delete or new meeting is a pair of snapshots, before and after (``None``:
no meeting). Undo puts the first back, redo the second; ``put`` refuses when the
journal no longer holds what the change left behind (another window or an import
changed the meeting meanwhile), rather than overwrite something else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from journal.errors import ChangedMeanwhile
from journal.reflect import tags_store
from journal.store.storage import Store, to_db_time

Row = dict[str, Any]


@dataclass(frozen=True)
class MeetingSnapshot:
    meeting: Row
    tags: tuple[str, ...]
    reflection: Row | None
    answers: tuple[Row, ...]
    intention: Row | None
    checked: tuple[Row, ...]  # id, kept, checked_at of intentions this reflection judged
    events: tuple[Row, ...]  # id, status of the calendar events that became this meeting
    # The tags' rows: a tag only this meeting had goes with it, and comes back with the
    # same id, so a tag filter (``SearchFilters.tag_id``) still finds it after an undo.
    tag_rows: tuple[Row, ...] = ()
    # Its transcript's figures (m009): deleted with the meeting, back with an undo.
    transcripts: tuple[Row, ...] = ()

    @property
    def id(self) -> int:
        return int(self.meeting["id"])


def take(store: Store, meeting_id: int) -> MeetingSnapshot | None:
    """The meeting as it is now, or None if there is no such meeting."""
    meeting = _rows(store, "SELECT * FROM meetings WHERE id = ?", meeting_id)
    if not meeting:
        return None
    reflection = _rows(store, "SELECT * FROM reflections WHERE meeting_id = ?", meeting_id)
    reflection_id = reflection[0]["id"] if reflection else None
    intention = _rows(store, "SELECT * FROM intentions WHERE reflection_id = ?", reflection_id)
    return MeetingSnapshot(
        meeting=meeting[0],
        tags=tags_store.tags_of(store, meeting_id),
        reflection=reflection[0] if reflection else None,
        answers=tuple(
            _rows(store, "SELECT * FROM answers WHERE reflection_id = ? ORDER BY id", reflection_id)
        ),
        intention=intention[0] if intention else None,
        checked=tuple(
            _rows(
                store,
                "SELECT id, kept, checked_at FROM intentions WHERE checked_by = ?",
                reflection_id,
            )
        ),
        events=tuple(
            _rows(store, "SELECT id, status FROM calendar_events WHERE meeting_id = ?", meeting_id)
        ),
        tag_rows=tuple(
            _rows(
                store,
                "SELECT t.id, t.name, t.name_key FROM meeting_tags mt "
                "JOIN tags t ON t.id = mt.tag_id WHERE mt.meeting_id = ? ORDER BY t.id",
                meeting_id,
            )
        ),
        transcripts=tuple(
            _rows(store, "SELECT * FROM transcripts WHERE meeting_id = ?", meeting_id)
        ),
    )


def put(
    store: Store,
    meeting_id: int,
    expected: MeetingSnapshot | None,
    wanted: MeetingSnapshot | None,
    now: datetime,
) -> None:
    """Replace the meeting, which should be ``expected`` now, by ``wanted``."""
    with store.transaction():
        current = take(store, meeting_id)
        if _identity(current) != _identity(expected):
            raise ChangedMeanwhile(meeting_id)
        verdict = _verdict_now(current, wanted)
        if current is not None:
            _remove(store, current, now)
        if wanted is None:
            return
        _insert(store, "meetings", wanted.meeting)
        for tag in wanted.tag_rows:  # ignored when the name or the id is in use again
            store.conn.execute(
                "INSERT OR IGNORE INTO tags (id, name, name_key) VALUES (?, ?, ?)",
                [tag["id"], tag["name"], tag["name_key"]],
            )
        tags_store.set_tags(store, meeting_id, wanted.tags)
        # A transcript imported after the snapshot stays; a deleted meeting's comes back.
        for transcript in current.transcripts if current is not None else wanted.transcripts:
            _insert(store, "transcripts", transcript)
        if wanted.reflection is not None:
            _insert(store, "reflections", wanted.reflection)
            for answer in wanted.answers:
                _insert(store, "answers", answer)
            if wanted.intention is not None:
                _insert(store, "intentions", {**wanted.intention, **verdict})
            for check in wanted.checked:
                store.conn.execute(
                    "UPDATE intentions SET kept = ?, checked_at = ?, checked_by = ? WHERE id = ?",
                    [check["kept"], check["checked_at"], wanted.reflection["id"], check["id"]],
                )
        for event in wanted.events:
            store.conn.execute(
                "UPDATE calendar_events SET meeting_id = ?, status = ?, updated_at = ? "
                "WHERE id = ?",
                [meeting_id, event["status"], to_db_time(now), event["id"]],
            )


def _remove(store: Store, snapshot: MeetingSnapshot, now: datetime) -> None:
    """Take the meeting out; its calendar event counts as "not a client meeting" so the
    next import does not bring it back."""
    conn = store.conn
    conn.execute(
        "UPDATE calendar_events SET meeting_id = NULL, status = 'dismissed', updated_at = ? "
        "WHERE meeting_id = ?",
        [to_db_time(now), snapshot.id],
    )
    if snapshot.reflection is not None:
        reflection_id = snapshot.reflection["id"]
        conn.execute(
            "UPDATE intentions SET kept = NULL, checked_at = NULL, checked_by = NULL "
            "WHERE checked_by = ?",
            [reflection_id],
        )
        conn.execute("DELETE FROM answers WHERE reflection_id = ?", [reflection_id])
        conn.execute("DELETE FROM intentions WHERE reflection_id = ?", [reflection_id])
        conn.execute("DELETE FROM reflections WHERE id = ?", [reflection_id])
    tags_store.set_tags(store, snapshot.id, ())
    conn.execute("DELETE FROM meetings WHERE id = ?", [snapshot.id])


# Whether a meeting's intention was kept: said by a later meeting or by hand, not by
# the meeting that wrote it.
_VERDICT = ("kept", "checked_at", "checked_by")


def _identity(snapshot: MeetingSnapshot | None) -> tuple | None:
    """What tells two states of a meeting apart: its own rows as stored.

    Not just the stamps: they have whole seconds, and an edit from another window or an
    import in the same second went unnoticed (and was overwritten). Not the verdict on
    its intention either, which a later meeting gives (``_verdict_now``)."""
    if snapshot is None:
        return None
    intention = snapshot.intention or {}
    return (
        snapshot.meeting,
        snapshot.tags,
        snapshot.reflection,
        snapshot.answers,
        {k: v for k, v in intention.items() if k not in _VERDICT},
    )


def _verdict_now(current: MeetingSnapshot | None, wanted: MeetingSnapshot | None) -> Row:
    """The verdict the meeting's intention has now, if ``wanted`` puts back that same
    intention: a later meeting (or the advisor) gave it after the snapshot was taken, and
    undoing an edit of this meeting must not take it from them."""
    now = current.intention if current else None
    then = wanted.intention if wanted else None
    if now is None or then is None or now["id"] != then["id"]:
        return {}
    return {k: now[k] for k in _VERDICT}


def _rows(store: Store, sql: str, key: Any) -> list[Row]:
    if key is None:
        return []
    with store._translated_errors():
        cursor = store.conn.execute(sql, [key])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _insert(store: Store, table: str, row: Row) -> None:
    columns = ", ".join(row)
    placeholders = ", ".join("?" for _ in row)
    store.conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", list(row.values())
    )
