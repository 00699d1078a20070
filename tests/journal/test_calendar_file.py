"""Reading calendar files written for the project with the quirks of real exports."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.calendar_file import read_bytes, read_file
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
    assert [e.uid for e in result.events] == ["good-1", "good-2"]
    skipped = {s.uid: (s.reason, s.line, s.detail) for s in result.skipped}
    assert skipped == {
        "bad-date": ("bad_value", 15, "DTSTART"),  # 31 February
        "no-start": ("no_start", 20, ""),
        "no-end": ("no_end", 25, ""),
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
