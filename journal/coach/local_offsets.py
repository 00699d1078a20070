"""This computer's offsets from UTC over a span of time, for SQLite to turn the journal's
UTC times into local ones exactly as Python's ``datetime.astimezone()`` does.

An export writes every meeting's start and end, and every reflection's time, in local
time with its offset ("2026-11-02T10:00+01:00"). Python converting 200,000 of them one by
one was a good part of an export; SQLite's own ``'localtime'`` is not the same function
(it maps years outside 1970–2037 onto others). So Python asks ``astimezone()`` itself, a
day apart over the span, and finds each change of offset to the second; SQLite then looks
each time up in those few spans. A time outside the span, or stored in another form, is
converted by Python (``local_minutes``, ``local_seconds``, ``local_end``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from journal.store.storage import from_db_time

DAY = 86_400


@dataclass(frozen=True)
class Offset:
    """From ``since`` (UTC, as the journal stores times) on, local time is UTC plus
    ``text`` ("+01:00"; "-03:30"; "+00:19:32" before zones were standard), which is also
    how ``isoformat`` writes it and a modifier SQLite's date functions understand."""

    since: str
    text: str


def offsets(first: datetime, last: datetime) -> list[Offset]:
    """The offsets in force from ``first`` up to ``last`` (aware datetimes), in order:
    the first one ``since`` ``first`` itself. Asked once a day and where it changes
    between two days, to the second (a zone that changes twice within one day and back
    is not seen; the time zone database has none in use)."""
    start = int(first.timestamp()) // DAY * DAY
    end = int(last.timestamp()) // DAY * DAY + DAY
    found = [Offset(_db_time(first), _text(start))]
    before = found[0].text
    for day in range(start + DAY, end + DAY, DAY):
        now = _text(day)
        if now != before:
            moment = _change(day - DAY, day, before)
            found.append(Offset(_db_time(datetime.fromtimestamp(moment, UTC)), now))
            before = now
    return found


def _change(low: int, high: int, before: str) -> int:
    """The first second in (low, high] with an offset other than ``before``."""
    while high - low > 1:
        middle = (low + high) // 2
        if _text(middle) == before:
            low = middle
        else:
            high = middle
    return high


def _text(moment: int) -> str:
    local = datetime.fromtimestamp(moment, UTC).astimezone()
    return local.isoformat()[19:]  # what follows "YYYY-MM-DDTHH:MM:SS": the offset


def _db_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


# Python's own conversions, for the times SQLite does not convert: the same expressions
# the export used before SQLite did this work.


def local_minutes(stored: str) -> str:
    return from_db_time(stored).astimezone().isoformat(timespec="minutes")


def local_end(stored: str, minutes: float) -> str:
    start = from_db_time(stored).astimezone()
    return (start + timedelta(minutes=minutes)).isoformat(timespec="minutes")


def local_seconds(stored: str) -> str:
    return from_db_time(stored).astimezone().isoformat(timespec="seconds")
