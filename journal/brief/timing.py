"""When a brief is due: pure decisions over the coming client meetings and a clock, as
``journal.calendar.prompts`` decides the prompt after a meeting, so the ui sets one
timer to ``next_moment`` instead of polling.

A client meeting on the calendar gets its brief from ``minutes_before`` minutes before
it starts until it starts, once. Private events never do: the calendar rules make
them no client meetings (``client_rules.decide``), and ``upcoming`` leaves out any
event marked private besides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

MINUTES_BEFORE = 10


@dataclass(frozen=True)
class BriefEvent:
    """A coming client meeting from the calendar."""

    id: int
    title: str
    start: datetime
    end: datetime
    client_name: str


def is_due(
    event: BriefEvent, now: datetime, shown: set[int], minutes_before: int = MINUTES_BEFORE
) -> bool:
    return (
        event.id not in shown
        and event.start - timedelta(minutes=minutes_before) <= now < event.start
    )


def briefs_due(
    events: Iterable[BriefEvent],
    now: datetime,
    shown: set[int],
    minutes_before: int = MINUTES_BEFORE,
) -> list[BriefEvent]:
    """The meetings whose brief is due now, the soonest first."""
    return sorted(
        (e for e in events if is_due(e, now, shown, minutes_before)), key=lambda e: e.start
    )


def next_moment(
    events: Iterable[BriefEvent],
    now: datetime,
    shown: set[int],
    minutes_before: int = MINUTES_BEFORE,
) -> datetime | None:
    """The next time a brief becomes due (None: nothing on the calendar)."""
    lead = timedelta(minutes=minutes_before)
    return min(
        (e.start - lead for e in events if e.id not in shown and e.start - lead > now), default=None
    )
