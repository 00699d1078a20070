"""Calendars in the shapes real producers write (Google, Outlook/Exchange, Apple,
Thunderbird, SabreDAV, Zimbra, Lotus, feeds; tests/data/calendars/real, made by its
make_real.py) read as icalendar + recurring-ical-events read them alone.

The reference here is the two libraries and nothing of ours, a fresh parse each time;
the app must find the same timed, not cancelled occurrences (start, end, title) in the
same window, in any zone of the advisor's computer.
"""

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from journal.calendar.ics_file import read_bytes

REAL = Path(__file__).parents[1] / "data" / "calendars" / "real"
FIRST, END = datetime(2026, 11, 1), datetime(2027, 2, 1)


def as_utc(value) -> str:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.astimezone()  # floating: the computer's local time, as the app
    return value.astimezone(UTC).isoformat()


def libraries_alone(data: bytes, first: datetime, end: datetime) -> Counter:
    calendar = icalendar.Calendar.from_ical(data)
    found = Counter()
    for occurrence in recurring_ical_events.of(calendar).between(first, end):
        start = occurrence["DTSTART"].dt
        if "DTEND" in occurrence:
            finish = occurrence["DTEND"].dt
        elif "DURATION" in occurrence:
            finish = start + occurrence["DURATION"].dt
        else:
            finish = start if isinstance(start, datetime) else start + timedelta(days=1)
        if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
            continue
        if not isinstance(start, datetime) and not isinstance(finish, datetime):
            continue  # all day: not a meeting
        title = " ".join(str(occurrence.get("SUMMARY", "")).split())
        found[(as_utc(start), as_utc(finish), title)] += 1
    return found


def the_app(data: bytes, first: datetime, end: datetime) -> Counter:
    result = read_bytes(data, first, end)
    return Counter((e.start.isoformat(), e.end.isoformat(), e.title) for e in result.events)


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/Los_Angeles", "Asia/Kolkata"])
@pytest.mark.parametrize("name", sorted(p.name for p in REAL.glob("*.ics")))
def test_real_calendars_read_as_the_libraries_read_them(name, zone, local_zone):
    local_zone(zone)
    first, end = FIRST.astimezone(), END.astimezone()
    data = (REAL / name).read_bytes()
    assert the_app(data, first, end) == libraries_alone(data, first, end)


def test_the_corpus_is_all_there():
    """37 producers' shapes; a missing file would make the comparison above pass."""
    assert len(list(REAL.glob("*.ics"))) == 37


def test_a_file_read_after_others_reads_as_it_does_alone(local_zone):
    """icalendar keeps named zones for the process: a Windows Calendar file read first
    must not change how the next file reads."""
    local_zone("Europe/Amsterdam")
    first, end = FIRST.astimezone(), END.astimezone()
    alone = {p: the_app(p.read_bytes(), first, end) for p in sorted(REAL.glob("*.ics"))}
    for path in sorted(REAL.glob("*.ics"), reverse=True):
        assert the_app(path.read_bytes(), first, end) == alone[path]
