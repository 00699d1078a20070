"""Reading calendar files written for the project with the quirks of real exports."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.calendar import ics_singles
from journal.calendar.ics_file import read_bytes, read_file
from journal.errors import CalendarUnreadable

CALENDARS = Path(__file__).parent / "data" / "calendars"
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


def read(name, window=YEAR):
    return read_file(CALENDARS / name, *window)


@pytest.fixture
def amsterdam(local_zone):
    """The advisor's computer in Amsterdam (floating times are local)."""
    local_zone("Europe/Amsterdam")


def test_outlook_windows_zones_recurrence_exdate_and_a_moved_instance():
    result = read("outlook.ics")
    series = [e for e in result.events if e.uid.startswith("0400000082")]
    # Weekly on Mondays 10:00 in "W. Europe Standard Time"; 16 March excluded (EXDATE);
    # 23 March moved to Tuesday 24 March 15:00; summer time from 29 March.
    assert [e.start for e in series] == [
        utc(2026, 3, 2, 9), utc(2026, 3, 9, 9), utc(2026, 3, 24, 14),
        utc(2026, 3, 30, 8), utc(2026, 4, 6, 8),
    ]  # fmt: skip
    moved = series[2]
    assert moved.title.endswith("(verzet)") and moved.recurrence_id == "2026-03-23T09:00:00+00:00"
    assert all(e.end - e.start == utc(2026, 1, 1, 1) - utc(2026, 1, 1) for e in series)
    assert {s.reason for s in result.skipped} == {"cancelled", "all_day"}
    private = next(e for e in result.events if e.title == "Afspraak huisarts")
    assert private.private
    declined = next(e for e in result.events if e.uid == "outlook-declined-1")
    assert declined.attendees[0].declined
    assert series[0].attendees[0].email == "p.jansen@utrecht.nl"  # folded line unfolded


def test_google_utc_times_x_wr_timezone_and_a_cancelled_instance():
    result = read("google.ics")
    series = [e for e in result.events if e.uid == "3k2v7q1n0a8s9d@google.com"]
    assert [e.start for e in series] == [
        utc(2026, 3, 17, 13),
        utc(2026, 3, 24, 13),
        utc(2026, 4, 7, 12),
    ]
    [cancelled] = [s for s in result.skipped if s.reason == "cancelled"]
    assert cancelled.recurrence_id == "2026-03-31T12:00:00+00:00"
    assert [s.title for s in result.skipped if s.reason == "all_day"] == ["Koningsdag (vrij)"]


def test_apple_keeps_local_time_across_the_change_to_summer_time():
    result = read("apple.ics")
    series = [e for e in result.events if "De Linde" in e.title]
    # 10:00 in Amsterdam every Thursday: 09:00 UTC before 29 March, 08:00 after.
    assert [e.start for e in series] == [
        utc(2026, 3, 26, 9),
        utc(2026, 4, 2, 8),
        utc(2026, 4, 9, 8),
    ]
    assert all(e.recurrence_id for e in series)


def test_zone_names_without_vtimezone_and_floating_times(amsterdam):
    starts = {e.uid: e.start for e in read("no-vtimezone.ics").events}
    assert starts["nz-1"] == utc(2026, 7, 2, 7)  # TZID=Europe/Amsterdam, no VTIMEZONE
    assert starts["nz-2"] == utc(2026, 7, 2, 12)  # a Windows name, no VTIMEZONE
    assert starts["nz-3"] == utc(2026, 7, 3, 7)  # floating: the advisor's local time


def test_broken_events_are_named_with_their_lines_and_the_good_ones_kept():
    result = read("broken.ics")
    # A timed event without an end ends at its start (RFC 5545, as the libraries read it)
    assert [e.uid for e in result.events] == ["good-1", "no-end", "good-2"]
    no_end = result.events[1]
    assert no_end.start == no_end.end == utc(2026, 4, 3, 8)
    skipped = {s.uid: (s.reason, s.line, s.detail) for s in result.skipped}
    assert skipped == {
        "bad-date": ("bad_value", 15, "DTSTART"),  # 31 February
        "no-start": ("no_start", 20, ""),
    }
    [problem] = result.problems
    assert (problem.kind, problem.line) == ("bad_line", 11)
    assert "GEEN ICALENDAR" in problem.detail


def test_a_file_that_is_not_utf8_is_read_as_windows_1252_and_said_so():
    result = read("windows-1252.ics")
    assert [e.title for e in result.events] == ["Café-overleg Émile BV"]
    assert [(p.kind, p.line) for p in result.problems] == [("not_utf8", 8)]


@pytest.mark.parametrize(
    ("data", "problem", "line"),
    [
        (b"Boodschappen:\nmelk\n", "not_icalendar", 1),
        (b"", "not_icalendar", None),
        (b"\n\nBEGIN:VCARD\nFN:Piet\nEND:VCARD\n", "not_icalendar", 3),
    ],
)
def test_text_that_is_not_icalendar_is_refused_with_the_line(data, problem, line):
    with pytest.raises(CalendarUnreadable) as info:
        read_bytes(data, *YEAR)
    assert (info.value.problem, info.value.line) == (problem, line)


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(CalendarUnreadable) as info:
        read_file(tmp_path / "weg.ics", *YEAR)
    assert info.value.problem == "unreadable"


def test_only_the_window_is_read():
    march = (utc(2026, 3, 1), utc(2026, 3, 10))
    titles = [e.start.day for e in read("outlook.ics", march).events]
    assert titles == [2, 4, 5, 6, 9]


def test_a_big_export_with_long_descriptions_is_read(tmp_path):
    """50 MB, nearly all descriptions (Outlook's HTML bodies): read, and quickly."""
    body = "X-ALT-DESC;FMTTYPE=text/html:" + "<p>notities</p>" * 360
    events = [
        f"BEGIN:VEVENT\r\nUID:big-{i}\r\nDTSTART:202603{1 + i % 28:02d}T090000Z\r\n"
        f"DTEND:202603{1 + i % 28:02d}T100000Z\r\nSUMMARY:Overleg {i}\r\n{body}\r\nEND:VEVENT"
        for i in range(10_000)
    ]
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "\r\n".join(events) + "\r\nEND:VCALENDAR\r\n"
    ).encode()
    assert len(data) > 50 * 2**20
    result = read_bytes(data, *YEAR)
    assert len(result.events) == 10_000 and not result.problems


# -- the quick path for single events gives what icalendar's parser gives ---------------

MARCH = (utc(2026, 3, 1), utc(2026, 3, 10))


def both_ways(data: bytes, window=YEAR):
    """The file read with the quick path and with icalendar's parser for every event
    (a CalendarUnreadable as what was read, so refusals are compared too)."""

    def read_as(quick):
        try:
            return read_bytes(data, *window, quick=quick)
        except CalendarUnreadable as error:
            return (error.problem, error.line, str(error))

    return read_as(True), read_as(False)


@pytest.mark.parametrize("window", [YEAR, MARCH], ids=["year", "march"])
@pytest.mark.parametrize("name", sorted(p.name for p in CALENDARS.glob("*.ics")))
def test_the_quick_path_reads_the_test_calendars_as_icalendar_does(name, window, amsterdam):
    quick, general = both_ways((CALENDARS / name).read_bytes(), window)
    assert quick == general  # the same events, skipped events (reasons, lines), problems


def test_the_quick_path_reads_the_single_events(monkeypatch):
    """It is really used: it reads the single events of outlook.ics (not the series),
    and leaves the event of broken.ics with 31 February to icalendar's parser."""
    read_quick = []
    original = ics_singles.read_single

    def spy(parts, heads):
        event = original(parts, heads)
        read_quick.append(None if event is None else str(event["UID"]))
        return event

    monkeypatch.setattr(ics_singles, "read_single", spy)
    read("outlook.ics")
    assert "outlook-kestrel-1" in read_quick and None not in read_quick
    assert not any(uid.startswith("0400") for uid in read_quick)  # the series: icalendar's
    read_quick.clear()
    read("broken.ics")
    assert read_quick.count(None) == 1 and "good-1" in read_quick


def calendar(*events: str, header: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{header}{body}END:VCALENDAR\r\n".encode()


TIMES = "DTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z\r\n"


@pytest.mark.parametrize(
    "data",
    [
        # a single VEVENT with the UID of a series belongs to the series
        calendar(f"UID:s\r\n{TIMES}RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Serie",
                 "UID:s\r\nDTSTART:20260402T090000Z\r\nDTEND:20260402T100000Z\r\nSUMMARY:Los"),
        # escapes in values, quoted parameters, odd case, three attendees; a backslash
        # in a property's head
        calendar(f'UID:e\\,1\r\n{TIMES}SUMMARY:a\\, b\\; c\\n d\\\\\r\nLOCATION:x\\:y \r\n'
                 'ATTENDEE;CN="Bos, K: inkoop";PARTSTAT=declined:mailto:K.Bos@Kestrel.co.uk\r\n'
                 "attendee;cn=Piet;partstat=ACCEPTED:mailto:p.jansen@utrecht.nl\r\n"
                 "ATTENDEE:MAILTO:anna@adviesbureau.nl\r\nclass:Confidential",
                 f"UID:e2\r\n{TIMES}ORGANIZER;CN=a\\b:MAILTO:anna@adviesbureau.nl\r\n"
                 "ATTENDEE;CN=Bos\\:K:mailto:k.bos@kestrel-engineering.co.uk"),
        # properties given twice, DURATION, dates, VALUE and TZID parameters
        calendar(f"UID:d1\r\n{TIMES}SUMMARY:a\r\nSUMMARY:b",
                 "UID:d2\r\nUID:d3\r\nDTSTART:20260302T090000Z\r\nDURATION:PT1H",
                 "UID:d4\r\nDTSTART;VALUE=DATE:20260302",
                 "UID:d5\r\nDTSTART;TZID=Europe/Amsterdam:20260302\r\nDTEND:20260303",
                 "UID:d6\r\nDTSTART;VALUE=DATE-TIME:20260302T090000\r\n"
                 'DTEND;TZID="W. Europe Standard Time":20260302T100000',
                 "UID:d7\r\nDTSTART;TZID=Europe/Amsterdam;TZID=UTC:20260302T090000\r\n"
                 "DTEND:20260302T100000Z\r\nATTENDEE;VALUE=TEXT:mailto:a@b.nl"),
        # broken values, an unknown zone, a control character in a parameter
        calendar("UID:b1\r\nDTSTART:20260302T090000Z\r\nDTEND:nonsense",
                 "UID:b2\r\nDTSTART;TZID=Nowhere/Zone:20260302T090000\r\n"
                 "DTEND;TZID=Nowhere/Zone:20260302T100000",
                 f"UID:b3\r\n{TIMES}ATTENDEE;CN=\x01x:mailto:a@b.nl",
                 "UID:b4\r\nDTSTART:20260302T090000Z\r\nDTEND:20260302T080000Z\r\nSTATUS:cancelled",
                 f"SUMMARY:Zonder UID\r\n{TIMES}"),
        # a time zone defined after the events that use it; a calendar's own zone
        calendar("UID:t1\r\nDTSTART;TZID=Eigen:20260302T090000\r\nDTEND;TZID=Eigen:20260302T100000",
                 "UID:t2\r\nDTSTART:20260302T090000\r\nDTEND:20260302T100000",
                 header="X-WR-TIMEZONE:America/New_York\r\n").replace(
                     b"END:VCALENDAR", b"BEGIN:VTIMEZONE\r\nTZID:Eigen\r\nBEGIN:STANDARD\r\n"
                     b"DTSTART:16010101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"
                     b"END:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR"),
        # an event inside another component; one whose BEGIN has a trailing space
        calendar(f"UID:n2\r\n{TIMES}", header=f"BEGIN:VTODO\r\nBEGIN:VEVENT\r\nUID:n1\r\n{TIMES}"
                 "END:VEVENT\r\nEND:VTODO\r\nBEGIN:VEVENT \r\nUID:n3\r\n" + TIMES + "END:VEVENT\r\n"),
        # refused files: two calendars, no end, an event after the end
        calendar(f"UID:x\r\n{TIMES}") * 2,
        calendar(f"UID:x\r\n{TIMES}").replace(b"END:VCALENDAR\r\n", b""),
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" + calendar(f"UID:x\r\n{TIMES}")[30:],
    ],
    ids=["series-uid", "escapes", "twice-and-types", "broken", "zones", "nesting",
         "two-calendars", "no-end", "after-the-end"],
)  # fmt: skip
def test_the_quick_path_reads_odd_events_as_icalendar_does(data, amsterdam):
    quick, general = both_ways(data)
    assert quick == general


def test_an_event_with_two_starts_is_left_out_and_the_rest_read():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:twice\r\nSUMMARY:Twee starts\r\nDTSTART:20260302T090000Z\r\n"
        b"DTSTART:20260302T100000Z\r\nDTEND:20260302T110000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Goed\r\nDTSTART:20260303T090000Z\r\n"
        b"DTEND:20260303T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    for quick in (True, False):
        result = read_bytes(data, *YEAR, quick=quick)
        assert [e.title for e in result.events] == ["Goed"]
        (skip,) = result.skipped
        assert (skip.title, skip.reason, skip.detail, skip.line) == (
            "Twee starts",
            "bad_value",
            "DTSTART",
            6,  # the line of the first start, as for any value that cannot be read
        )
