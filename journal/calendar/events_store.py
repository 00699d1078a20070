"""Imported calendar events in the journal: adding and updating them on (re-)import,
turning ended client meetings into meetings, and the prompt state (snoozed, prompted,
dismissed). A storage module: with storage.py and aggregation.py, the only place with
queries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from journal.calendar.client_rules import PUBLIC_MAIL, Decision, domain_of, own_domain_of
from journal.calendar.ics_file import CalendarEvent, Skipped
from journal.store.storage import Store, from_db_time, local_day, to_db_time

_COLUMNS = (
    "id, uid, recurrence_id, title, start_utc, end_utc, is_client, reason, client_name, "
    "status, meeting_id, snoozed_until, prompted_at, outside_domains"
)


@dataclass(frozen=True)
class StoredEvent:
    id: int
    uid: str
    recurrence_id: str
    title: str
    start: datetime
    end: datetime
    is_client: bool
    reason: str
    client_name: str
    status: str  # open, dismissed, cancelled
    meeting_id: int | None
    snoozed_until: datetime | None
    prompted_at: datetime | None
    outside_domains: tuple[str, ...] = ()
    reflected: bool = False


@dataclass
class ImportReport:
    """What an import did. ``not_client`` and ``skipped`` carry their reasons."""

    added: list[CalendarEvent] = field(default_factory=list)
    updated: list[CalendarEvent] = field(default_factory=list)
    unchanged: int = 0
    not_client: list[tuple[CalendarEvent, str]] = field(default_factory=list)
    cancelled: int = 0  # stored occurrences the file now cancels
    skipped: list[Skipped] = field(default_factory=list)


def save_events(
    store: Store,
    decided: list[tuple[CalendarEvent, Decision]],
    cancelled: list[Skipped],
    source: str,
    me: str,
    now: datetime,
) -> ImportReport:
    """Add new occurrences, update moved or renamed ones (and their meetings), and mark
    cancelled ones, in one transaction. An occurrence the advisor dismissed stays so."""
    report = ImportReport()
    stamp = to_db_time(now)
    existing = {
        (row[1], row[2]): row
        for row in store.query(f"SELECT id, uid, recurrence_id, {', '.join(_COMPARED)}, "
                               "meeting_id FROM calendar_events")
    }  # fmt: skip
    new_rows, changed_rows, moved_meetings = [], [], []
    for event, decision in decided:
        row = existing.get(event.key)
        values = _values(event, decision, me, source, stamp)
        if not decision.is_client:
            report.not_client.append((event, decision.reason))
        if row is None:
            new_rows.append({**values, "imported_at": stamp})
            if decision.is_client:
                report.added.append(event)
            continue
        stored = dict(zip(_COMPARED, row[3:-1], strict=True))
        if stored["status"] == "dismissed":
            values["status"] = "dismissed"  # the advisor's word stands
        moved = (stored["title"], stored["start_utc"], stored["end_utc"]) != (
            values["title"], values["start_utc"], values["end_utc"]
        )  # fmt: skip
        if any(stored[name] != values[name] for name in _COMPARED):
            changed_rows.append((row[0], values))
        if moved and row[-1] is not None:
            moved_meetings.append((row[-1], event))
        if decision.is_client and not stored["is_client"]:
            report.added.append(event)  # a client meeting now (a rule changed)
        elif decision.is_client and moved:
            report.updated.append(event)
        elif decision.is_client:
            report.unchanged += 1
    with store.transaction():
        if new_rows:
            columns = list(new_rows[0])
            store.insert_rows(
                "calendar_events", columns, (tuple(r[c] for c in columns) for r in new_rows)
            )
        for event_id, values in changed_rows:
            assignments = ", ".join(f"{name} = ?" for name in values)
            store.db.execute(
                f"UPDATE calendar_events SET {assignments} WHERE id = ?",
                [*values.values(), event_id],
            )
        for meeting_id, event in moved_meetings:
            _move_meeting(store, meeting_id, event, stamp)
        for skip in cancelled:
            report.cancelled += _cancel(store, skip, stamp)
    return report


# What a re-import compares: a row is written again only when one of these changed.
_COMPARED = (
    "title", "start_utc", "end_utc", "organizer", "outside_domains", "location", "private",
    "is_client", "reason", "client_name", "status",
)  # fmt: skip


def _values(event: CalendarEvent, decision: Decision, me: str, source: str, stamp: str):
    own = own_domain_of(me)
    # The domains a confirmed client is remembered by (see ``remember_client``).
    outside = sorted(
        {domain_of(a.email) for a in event.attendees if a.email != me} - {own, ""} - PUBLIC_MAIL
    )
    return {
        "uid": event.uid,
        "recurrence_id": event.recurrence_id,
        "title": event.title,
        "start_utc": to_db_time(event.start),
        "end_utc": to_db_time(event.end),
        "organizer": event.organizer,
        "outside_domains": json.dumps(outside),
        "location": event.location,
        "private": int(event.private),
        "is_client": int(decision.is_client),
        "reason": decision.reason,
        "client_name": decision.client,
        "status": "open",
        "source": source,
        "updated_at": stamp,
    }


def _move_meeting(store: Store, meeting_id: int, event: CalendarEvent, stamp: str) -> None:
    minutes = max(1, round((event.end - event.start).total_seconds() / 60))
    store.db.execute(
        "UPDATE meetings SET title = ?, start_utc = ?, local_day = ?, duration_minutes = ?, "
        "updated_at = ? WHERE id = ?",
        [event.title, to_db_time(event.start), local_day(event.start), minutes, stamp, meeting_id],
    )


def _cancel(store: Store, skip: Skipped, stamp: str) -> int:
    """Mark the occurrence(s) a cancellation names; drop their meetings if not reflected."""
    if not skip.uid:
        return 0
    where, params = "uid = ? AND status != 'cancelled'", [skip.uid]
    if skip.recurrence_id:
        where += " AND recurrence_id = ?"
        params.append(skip.recurrence_id)
    rows = store.query(f"SELECT id, meeting_id FROM calendar_events WHERE {where}", params)
    for event_id, meeting_id in rows:
        store.db.execute(
            "UPDATE calendar_events SET status = 'cancelled', meeting_id = NULL, updated_at = ? "
            "WHERE id = ?",
            [stamp, event_id],
        )
        if meeting_id is not None:
            _drop_unreflected_meeting(store, meeting_id)
    return len(rows)


def _drop_unreflected_meeting(store: Store, meeting_id: int) -> None:
    store.db.execute(
        "DELETE FROM meetings WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM reflections WHERE meeting_id = ?)",
        [meeting_id, meeting_id],
    )


def hold_ended_meetings(store: Store, now: datetime) -> int:
    """Give every ended, open client meeting a row in ``meetings`` (not yet reflected on),
    so it counts as held and can be reflected on. Returns how many were added.

    The open events and the next id are read inside the write transaction: another
    program importing at the same moment waits for it, and never gets the same ids."""
    stamp = to_db_time(now)
    meetings, links = [], []
    with store.transaction():
        rows = store.query(
            "SELECT id, title, start_utc, end_utc, client_name FROM calendar_events "
            "WHERE is_client = 1 AND status = 'open' AND meeting_id IS NULL AND end_utc <= ? "
            "ORDER BY start_utc",
            [stamp],
        )
        if not rows:
            return 0
        first_id = store.next_id("meetings")
        clients: dict[str, int] = {}
        for offset, (event_id, title, start_text, end_text, client_name) in enumerate(rows):
            name = client_name or title or "?"
            if name not in clients:
                clients[name] = store.client_named(name, now).id
            start, end = from_db_time(start_text), from_db_time(end_text)
            minutes = max(1, round((end - start).total_seconds() / 60))
            meeting_id = first_id + offset
            meetings.append((meeting_id, clients[name], title or name, start_text,
                             local_day(start), minutes, "", stamp, stamp))  # fmt: skip
            links.append((meeting_id, event_id))
        store.insert_rows("meetings", _MEETING_COLUMNS, meetings)
        store.conn.executemany("UPDATE calendar_events SET meeting_id = ? WHERE id = ?", links)
    return len(rows)


_MEETING_COLUMNS = (
    "id", "client_id", "title", "start_utc", "local_day", "duration_minutes", "notes",
    "created_at", "updated_at",
)  # fmt: skip


def pending(store: Store) -> list[StoredEvent]:
    """Client meetings still open for a reflection: ended ones without one, newest first,
    and those yet to end (for the timer)."""
    rows = store.query(
        f"""
        SELECT {_qualified()}, r.id IS NOT NULL
        FROM calendar_events e
        LEFT JOIN reflections r ON r.meeting_id = e.meeting_id
        WHERE e.is_client = 1 AND e.status = 'open' AND r.id IS NULL
        ORDER BY e.end_utc DESC
        """
    )
    return [_stored(row) for row in rows]


def event(store: Store, event_id: int) -> StoredEvent | None:
    row = store.query_one(
        f"""
        SELECT {_qualified()}, r.id IS NOT NULL
        FROM calendar_events e LEFT JOIN reflections r ON r.meeting_id = e.meeting_id
        WHERE e.id = ?
        """,
        [event_id],
    )
    return _stored(row) if row else None


def event_of_meeting(store: Store, meeting_id: int) -> StoredEvent | None:
    row = store.query_one("SELECT id FROM calendar_events WHERE meeting_id = ?", [meeting_id])
    return event(store, row[0]) if row else None


def _qualified() -> str:
    return ", ".join("e." + column.strip() for column in _COLUMNS.split(","))


def _stored(row) -> StoredEvent:
    (event_id, uid, recurrence_id, title, start, end, is_client, reason, client_name, status,
     meeting_id, snoozed, prompted, outside_domains, reflected) = row  # fmt: skip
    outside = tuple(json.loads(outside_domains or "[]"))
    return StoredEvent(
        event_id, uid, recurrence_id, title, from_db_time(start), from_db_time(end),
        bool(is_client), reason or "", client_name or "", status, meeting_id,
        from_db_time(snoozed) if snoozed else None, from_db_time(prompted) if prompted else None,
        outside, bool(reflected),
    )  # fmt: skip


def set_prompt_state(
    store: Store, event_id: int, *, snoozed_until: datetime | None, prompted_at: datetime | None
) -> None:
    with store.transaction():
        store.db.execute(
            "UPDATE calendar_events SET snoozed_until = ?, prompted_at = ? WHERE id = ?",
            [
                to_db_time(snoozed_until) if snoozed_until else None,
                to_db_time(prompted_at) if prompted_at else None,
                event_id,
            ],
        )


def dismiss(store: Store, event_id: int, now: datetime) -> None:
    """Not a client meeting: stays out of prompts and lists, also after a re-import; its
    meeting goes unless it was reflected on."""
    with store.transaction():
        row = store.query_one("SELECT meeting_id FROM calendar_events WHERE id = ?", [event_id])
        store.db.execute(
            "UPDATE calendar_events SET status = 'dismissed', meeting_id = NULL, updated_at = ? "
            "WHERE id = ?",
            [to_db_time(now), event_id],
        )
        if row and row[0] is not None:
            _drop_unreflected_meeting(store, row[0])


def remember_client(
    store: Store, domains: tuple[str, ...], client_name: str, now: datetime
) -> None:
    """These e-mail domains belong to this client (the advisor confirmed it)."""
    if not domains:
        return
    with store.transaction():
        client = store.client_named(client_name, now)
        for domain in domains:
            store.db.table("client_domains").upsert(
                {"domain": domain, "client_id": client.id}, pk="domain"
            )


def clients_by_domain(store: Store) -> dict[str, str]:
    rows = store.query(
        "SELECT d.domain, c.name FROM client_domains d JOIN clients c ON c.id = d.client_id"
    )
    return dict(rows)


def set_client_domains(store: Store, chosen: dict[str, str], now: datetime) -> None:
    """Replace the remembered domains with ``chosen`` (domain → client name): renamed
    entries point to that client (made if new); domains left out are forgotten."""
    with store.transaction():
        store.db.execute("DELETE FROM client_domains")
        for domain, client_name in chosen.items():
            client = store.client_named(client_name, now)
            store.db.table("client_domains").insert({"domain": domain, "client_id": client.id})
