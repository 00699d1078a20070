"""When to ask the advisor to reflect: pure decisions over the pending client meetings
and a clock, so the ui can set one timer to the next moment instead of polling.

A meeting is due once it has ended, if it ended recently (older ones wait quietly in the
"to reflect" list) and it was not prompted yet, or when its snooze runs out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta

from journal.calendar.events_store import StoredEvent

PROMPT_WITHIN = timedelta(hours=12)
EVENING = time(19, 0)
SNOOZES = ("15m", "1h", "evening")


def is_due(event: StoredEvent, now: datetime) -> bool:
    if event.reflected or event.status != "open" or event.end > now:
        return False
    if event.snoozed_until is not None:
        return event.snoozed_until <= now and (
            event.prompted_at is None or event.prompted_at < event.snoozed_until
        )
    return event.prompted_at is None and now - event.end <= PROMPT_WITHIN


def due(events: Iterable[StoredEvent], now: datetime) -> list[StoredEvent]:
    """The meetings to prompt for now, the most recently ended first."""
    return sorted((e for e in events if is_due(e, now)), key=lambda e: e.end, reverse=True)


def to_reflect(events: Iterable[StoredEvent], now: datetime) -> list[StoredEvent]:
    """Ended client meetings still without a reflection, the most recent first."""
    return sorted(
        (e for e in events if e.end <= now and not e.reflected and e.status == "open"),
        key=lambda e: e.end,
        reverse=True,
    )


def next_moment(events: Iterable[StoredEvent], now: datetime) -> datetime | None:
    """The next time something may become due: a meeting ending or a snooze running out."""
    moments = []
    for event in events:
        if event.reflected or event.status != "open":
            continue
        if event.end > now:
            moments.append(event.end)
        if event.snoozed_until is not None and event.snoozed_until > now:
            moments.append(event.snoozed_until)
    return min(moments, default=None)


def snooze_until(choice: str, now: datetime) -> datetime:
    """ "15m", "1h" or "evening": 19:00 local time today, or an hour from now when the
    evening has begun."""
    if choice == "15m":
        return now + timedelta(minutes=15)
    if choice == "1h":
        return now + timedelta(hours=1)
    if choice == "evening":
        local = now.astimezone()
        evening = local.replace(hour=EVENING.hour, minute=EVENING.minute, second=0, microsecond=0)
        return evening if evening - local >= timedelta(minutes=30) else now + timedelta(hours=1)
    raise ValueError(f"unknown snooze {choice!r}")
