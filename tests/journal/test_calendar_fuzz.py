"""The calendar reader fed generated calendars (issue 16): iCalendar text built from
the parts real and hostile files are made of (rules of every frequency, extreme dates,
zones known and unknown, nesting, text with control characters), then mutated byte by
byte (flipped, cut, repeated). Whatever comes in, the reader returns within its time,
raises nothing but ``CalendarUnreadable``, and never gives more than its limits.

More examples: ``ADVISOR_JOURNAL_FUZZ=5000 pytest tests/journal/test_calendar_fuzz.py``.
"""

import os
import time
from collections import Counter
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.calendar.ics_file import read_bytes
from journal.calendar.limits import Limits
from journal.errors import CalendarUnreadable

LIMITS = Limits(occurrences=100, events=1_000, values=200, rule_steps=200_000, seconds=5)
WINDOW = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))
EXAMPLES = int(os.environ.get("ADVISOR_JOURNAL_FUZZ", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the reader's own time is asserted below
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

years = st.sampled_from([1, 1601, 1970, 2025, 2026, 2027, 9999]) | st.integers(1, 9999)
stamps = st.builds(
    lambda y, mo, d, h, mi, z: f"{y:04d}{mo:02d}{d:02d}T{h:02d}{mi:02d}00{z}",
    years, st.integers(0, 13), st.integers(0, 32), st.integers(0, 25), st.integers(0, 61),
    st.sampled_from(["", "Z", "z", "+01"]),
)  # fmt: skip
zones = st.sampled_from(
    ["Europe/Amsterdam", "W. Europe Standard Time", "Mars/Olympus", "../../etc/passwd", "",
     "Kantoor", "/freeassociation.sourceforge.net/Europe/Berlin", "UTC"]
)  # fmt: skip
texts = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from("\x00\x1b\u202e,;:\\"),
    max_size=60,
)
rules = st.builds(
    lambda freq, interval, count, extra: f"FREQ={freq}"
    + (f";INTERVAL={interval}" if interval is not None else "")
    + (f";COUNT={count}" if count is not None else "")
    + extra,
    st.sampled_from(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY",
                     "FORTNIGHTLY", ""]),
    st.none() | st.integers(-1, 1000),
    st.none() | st.integers(0, 10**7),
    st.sampled_from(["", ";BYDAY=MO,TU", ";BYSETPOS=0", ";BYMONTH=2;BYMONTHDAY=30",
                     ";BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,15,30,45;BYSECOND=0,30",
                     ";UNTIL=20261201T000000Z", ";UNTIL=20261201", ";BYDAY=garbage",
                     ";BYMONTHDAY=-1;BYSETPOS=-1"]),
)  # fmt: skip


timed = zones.map(lambda zone: f";TZID={zone}" if zone else "")
properties = st.one_of(
    st.builds("DTSTART{}:{}".format, timed, stamps),
    st.builds("DTEND{}:{}".format, timed, stamps),
    stamps.map(lambda stamp: f"DTSTART;VALUE=DATE:{stamp[:8]}"),
    st.sampled_from(["PT1H", "PT0S", "-PT1H", "P99999999W", "P1D", "PT"]).map("DURATION:{}".format),
    rules.map("RRULE:{}".format),
    st.builds("RDATE:{},{}".format, stamps, stamps),
    st.builds("EXDATE{}:{}".format, timed, stamps),
    st.builds("RECURRENCE-ID{}:{}".format, st.sampled_from(["", ";RANGE=THISANDFUTURE"]), stamps),
    st.sampled_from(["a", "b", "c", ""]).map("UID:{}".format),
    st.integers(-5, 10**12).map("SEQUENCE:{}".format),
    texts.map("SUMMARY:{}".format),
    texts.map("LOCATION:{}".format),
    st.sampled_from(["CANCELLED", "CONFIRMED", "x"]).map("STATUS:{}".format),
    st.sampled_from(["PRIVATE", "PUBLIC"]).map("CLASS:{}".format),
    st.builds("ATTENDEE;CN={}:mailto:{}@kestrel.co.uk".format, texts, texts),
    texts.map("ORGANIZER:mailto:{}".format),
    texts.map("X-A:{}".format),
)


@st.composite
def components(draw, depth=0):
    kind = draw(st.sampled_from(["VEVENT"] * 6 + ["VTIMEZONE", "VALARM", "VTODO", "X-NEST"]))
    lines = [f"BEGIN:{kind}"]
    if kind == "VTIMEZONE":
        offset = draw(st.sampled_from(["+0100", "+0200", "-0800", "+9999", "abc", "+0530"]))
        part = draw(st.sampled_from(["STANDARD", "DAYLIGHT", "X"]))
        lines += [f"TZID:{draw(zones)}", f"BEGIN:{part}", f"DTSTART:{draw(stamps)}",
                  f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", f"RRULE:{draw(rules)}",
                  f"END:{part}"]  # fmt: skip
    else:
        lines += draw(st.lists(properties, max_size=12))
        if depth < 3:
            for inner in draw(st.lists(components(depth=depth + 1), max_size=2)):
                lines += inner
    if draw(st.booleans()) or depth:
        lines.append(f"END:{kind}")
    return lines


@st.composite
def calendars(draw):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    if draw(st.booleans()):
        lines.append(f"X-WR-TIMEZONE:{draw(zones)}")
    for component in draw(st.lists(components(), max_size=8)):
        lines += component
    if draw(st.booleans()):
        lines.append("END:VCALENDAR")
    ending = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = ending.join(lines) + ending
    if draw(st.booleans()):  # fold somewhere, as Outlook does
        at = draw(st.integers(0, len(text)))
        text = text[:at] + "\r\n " + text[at:]
    return text.encode("utf-8", "surrogatepass")


@st.composite
def mutated(draw):
    data = bytearray(draw(calendars()))
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["flip", "cut", "repeat", "insert", "delete"]))
        at = draw(st.integers(0, len(data)))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        elif action == "repeat":
            piece = data[at : at + draw(st.integers(1, 200))]
            data[at:at] = piece * draw(st.integers(1, 20))
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=20))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 20))]
    return bytes(data)


def read_within_limits(data: bytes) -> None:
    began = time.monotonic()
    try:
        result = read_bytes(data, *WINDOW, limits=LIMITS)
    except CalendarUnreadable as error:
        assert error.problem == "not_icalendar"
        return
    # the budget is checked between occurrences; one step of dateutil may run past it
    assert time.monotonic() - began < LIMITS.seconds + 5
    assert len(result.events) <= LIMITS.events
    assert max(Counter(e.uid for e in result.events).values(), default=0) <= LIMITS.occurrences
    assert len({e.key for e in result.events}) == len(result.events)
    assert len(result.problems) <= 201
    for event in result.events:
        assert event.start <= event.end and event.start.tzinfo is UTC
        for text in (event.title, event.location):
            assert len(text) <= LIMITS.text_chars
            assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text)


@FUZZ
@given(calendars())
def test_generated_calendars_are_read_within_limits(data):
    read_within_limits(data)


@FUZZ
@given(mutated())
def test_mutated_calendars_are_read_within_limits(data):
    read_within_limits(data)


@settings(max_examples=EXAMPLES // 3, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_are_refused_or_read_within_limits(data):
    read_within_limits(b"BEGIN:VCALENDAR\r\n" + data)
