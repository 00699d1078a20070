"""Calendar files written to hurt (issue 16): each is read within the limits, what was
left out is named with its line, and one bad part never takes the rest down.

The corpus is tests/data/calendars/hostile (made by its make_hostile.py); big files are
made here at test time, special files (a FIFO, devices) too.
"""

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.calendar import ics_file
from journal.calendar.ics_file import read_bytes, read_file
from journal.calendar.limits import LIMITS, Budget, Limits
from journal.errors import CalendarUnreadable

HOSTILE = Path(__file__).parents[1] / "data" / "calendars" / "hostile"
WINDOW = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))
NORMAL = "normal-1@hostile"  # the ordinary meeting most files hold beside their attack


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


def read(name, limits=LIMITS, window=WINDOW):
    return read_file(HOSTILE / name, *window, limits=limits)


def kinds(result):
    return [p.kind for p in result.problems]


@pytest.fixture(autouse=True)
def amsterdam(local_zone):
    local_zone("Europe/Amsterdam")


def test_a_title_from_a_calendar_is_cut_where_a_typed_title_must_end():
    # The calendar may not import the reflection package, so it holds its own number.
    from journal.reflect.validation import MAX_TITLE

    assert LIMITS.text_chars == MAX_TITLE


# -- every file: a bounded, explained result ---------------------------------------------

SMALL = Limits(occurrences=50, events=500, rule_steps=100_000)


@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.glob("*.ics")))
def test_every_hostile_file_is_read_or_refused_with_a_reason_and_within_limits(name):
    began = time.monotonic()
    try:
        result = read(name, SMALL)
    except CalendarUnreadable as error:
        assert name in ("empty_file.ics", "html_login_page.ics"), error
        assert error.problem == "not_icalendar"
        return
    assert time.monotonic() - began < 20
    assert len(result.events) <= SMALL.events
    assert len({e.key for e in result.events}) == len(result.events)  # storable
    for event in result.events:
        assert len(event.title) <= SMALL.text_chars and len(event.location) <= SMALL.text_chars
        assert event.end >= event.start
    if NORMAL.encode() in (HOSTILE / name).read_bytes():
        assert NORMAL in {e.uid for e in result.events}, "one bad part took the rest down"


# -- endless rules, floods ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["rrule_secondly_no_end.ics", "rrule_minutely_no_end.ics",
     "rrule_secondly_count_1000000_in_window.ics", "rrule_minutely_count_1000000.ics",
     "rrule_yearly_by_every_second.ics"],
)  # fmt: skip
def test_a_rule_repeating_every_second_or_minute_stops_at_the_series_limit(name):
    began = time.monotonic()
    result = read(name)
    series = [e for e in result.events if e.uid != NORMAL]
    assert len(series) == LIMITS.occurrences
    [problem] = [p for p in result.problems if p.kind == "series_limit"]
    assert problem.line == 5 and problem.detail
    assert time.monotonic() - began < 15


@pytest.mark.parametrize(
    ("name", "detail"),
    [("rrule_hourly_from_year_0001.ics", "FREQ=HOURLY"),
     ("rrule_minutely_from_1601_tzid.ics", "FREQ=MINUTELY"),
     ("rrule_interval_0.ics", "INTERVAL=0")],
)  # fmt: skip
def test_a_rule_that_would_take_for_ever_to_reach_the_window_is_left_out_and_named(name, detail):
    began = time.monotonic()
    result = read(name)
    [skip] = [s for s in result.skipped if s.reason == "rule_limit"]
    assert detail in skip.detail
    assert [e.uid for e in result.events] == [NORMAL]
    assert time.monotonic() - began < 10


def test_a_time_zone_with_a_rule_every_second_since_1601_is_not_used():
    result = read("vtimezone_rrule_secondly_since_1601.ics")
    assert ("bad_timezone", 5) in [(p.kind, p.line) for p in result.problems]
    # its events are read in the zone of that name (a Windows name icalendar knows)
    assert len(result.events) == 2


def test_the_events_of_one_import_stop_at_the_limit_with_the_line():
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20261124T0900{i % 60:02d}Z\r\n"
        f"DTEND:20261124T100000Z\r\nEND:VEVENT\r\n"
        for i in range(30)
    )
    data = f"BEGIN:VCALENDAR\r\n{body}END:VCALENDAR\r\n".encode()
    result = read_bytes(data, *WINDOW, limits=Limits(events=10))
    assert len(result.events) == 10
    [limit] = [p for p in result.problems if p.kind == "event_limit"]
    assert limit.line == 2 + 10 * 5  # the first event not read


def test_an_import_stops_when_its_time_is_up_and_says_where():
    ticks = iter(range(10_000))
    budget = Budget(Limits(seconds=3), clock=lambda: next(ticks))
    result = read_bytes((HOSTILE / "rrule_daily_count_1000000.ics").read_bytes(), *WINDOW,
                        budget=budget)  # fmt: skip
    assert "time_limit" in kinds(result)
    assert len(result.events) < 5


def test_rdates_exdates_and_attendees_beyond_the_limit_are_left_out_and_said(tmp_path):
    rdates = "".join(f"RDATE:202611{1 + i % 28:02d}T{i % 24:02d}0000Z\r\n" for i in range(50))
    attendees = "".join(f"ATTENDEE:mailto:p{i}@kestrel.co.uk\r\n" for i in range(50))
    data = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:many\r\nDTSTART:20261102T090000Z\r\n"
        f"DTEND:20261102T100000Z\r\n{rdates}{attendees}END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    result = read_bytes(data, *WINDOW, limits=Limits(values=20))
    assert [(p.kind, p.detail) for p in result.problems] == [
        ("too_many_values", "RDATE"), ("too_many_values", "ATTENDEE")
    ]  # fmt: skip
    assert len(result.events) == 21  # the start and 20 RDATEs
    assert len(result.events[0].attendees) == 20


# -- big files, made here ---------------------------------------------------------------------


def big_calendar(path: Path, event: str) -> Path:
    with path.open("wb") as out:
        out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:big\r\n"
                  b"DTSTART:20261124T090000Z\r\nDTEND:20261124T100000Z\r\n")  # fmt: skip
        out.write(event.encode())
        out.write(b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return path


@pytest.mark.parametrize("folded", [False, True], ids=["one-line", "folded"])
def test_a_50_mb_title_is_cut_like_a_typed_one_and_said(tmp_path, folded):
    title = "Kestrel " * (50 * 2**20 // 8)
    if folded:
        title = "\r\n ".join(title[i : i + 74] for i in range(0, len(title), 74))
    result = read_file(big_calendar(tmp_path / "big.ics", "SUMMARY:" + title), *WINDOW)
    [event] = result.events
    assert len(event.title) <= 300 and event.title.startswith("Kestrel Kestrel")
    assert [(p.kind, p.detail, p.line) for p in result.problems] == [("text_cut", "SUMMARY", 3)]


def test_a_property_too_long_to_be_real_is_left_out_and_the_event_read(tmp_path):
    exdates = ",".join(f"2026{1 + i % 12:02d}01T090000Z" for i in range(100_000))
    result = read_file(big_calendar(tmp_path / "big.ics", "EXDATE:" + exdates), *WINDOW)
    assert [e.uid for e in result.events] == ["big"]
    assert [(p.kind, p.detail) for p in result.problems] == [("too_long", "EXDATE")]


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path):
    path = big_calendar(tmp_path / "big.ics", "SUMMARY:" + "x" * 2000)
    with pytest.raises(CalendarUnreadable) as info:
        read_file(path, *WINDOW, limits=Limits(file_bytes=1000))
    assert info.value.problem == "too_large"


# -- special files --------------------------------------------------------------------------

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


@posix_only
@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_a_fifo_a_device_or_a_folder_is_refused_at_once(tmp_path, target):
    path = tmp_path / "agenda.ics"
    if target == "fifo":
        os.mkfifo(path)  # nobody ever writes: reading it would wait for ever
    elif target == "folder":
        path.mkdir()
    else:
        path.symlink_to(target)
    began = time.monotonic()
    with pytest.raises(CalendarUnreadable) as info:
        read_file(path, *WINDOW)
    assert info.value.problem == "not_a_file"
    assert info.value.detail in ("pipe", "device", "folder")
    assert time.monotonic() - began < 2


def test_a_missing_file_or_a_symlink_loop_is_unreadable(tmp_path):
    loop = tmp_path / "loop.ics"
    loop.symlink_to(loop)
    for path in (tmp_path / "weg.ics", loop):
        with pytest.raises(CalendarUnreadable) as info:
            read_file(path, *WINDOW)
        assert info.value.problem == "unreadable"


# -- tracebacks that lost the whole import ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "duplicates"),
    [("uid_three_events_same.ics", 2), ("uid_tv_episode_feed.ics", 9),
     ("uid_thunderbird_two_calendars.ics", 1)],
)  # fmt: skip
def test_one_uid_is_one_event_and_the_other_versions_are_named(name, duplicates):
    result = read(name)
    assert len(result.events) == 1
    skipped = [s for s in result.skipped if s.reason == "duplicate"]
    assert len(skipped) == duplicates
    assert all(s.detail == str(result.events[0].line) for s in skipped)


def test_the_newest_edit_of_an_occurrence_wins_by_sequence():
    result = read("recurrence_id_two_edits_sequence.ics")
    [edited] = [e for e in result.events if e.recurrence_id == "2026-11-09T09:00:00+00:00"]
    assert edited.title == "Weekly review (edit with SEQUENCE 3)"
    assert edited.start == utc(2026, 11, 9, 11)


@pytest.mark.parametrize("name", ["duration_p99999999w.ics", "duration_p99999999w_recurring.ics"])
def test_a_duration_past_the_end_of_time_leaves_out_that_event_only(name):
    result = read(name)
    assert [(s.reason, s.detail) for s in result.skipped] == [("bad_value", "DURATION")]
    assert [e.uid for e in result.events] == [NORMAL]


# -- files that were refused whole --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "zone"),
    [("tzid_unknown.ics", "Mars/Olympus_Mons"), ("tzid_path_traversal.ics", "../../../../etc/passwd"),
     ("x_wr_timezone_bogus.ics", "../../etc/localtime")],
)  # fmt: skip
def test_an_unknown_time_zone_is_read_as_local_time_and_named(name, zone):
    result = read(name)
    assert ("unknown_zone", zone) in [(p.kind, p.detail) for p in result.problems]
    assert len(result.events) == 2


@pytest.mark.parametrize(
    "name",
    ["vtimezone_tzoffsetto_9999.ics", "vtimezone_tzoffset_garbage.ics", "vtimezone_empty.ics"],
)
def test_a_time_zone_that_cannot_be_read_is_named_and_the_rest_read(name):
    result = read(name)
    assert "bad_timezone" in kinds(result)
    assert NORMAL in {e.uid for e in result.events}


@pytest.mark.parametrize(
    ("name", "line", "detail", "start", "events"),
    [("truncated_after_begin_vevent.ics", 22, "event", 22, 0),
     ("truncated_before_end_vevent.ics", 33, "event", 22, 0),
     ("truncated_inside_folded_line.ics", 32, "event", 22, 0),
     ("truncated_no_end_vcalendar.ics", 44, "", 1, 5)],
)  # fmt: skip
def test_a_file_cut_short_is_read_up_to_the_cut_and_says_where(name, line, detail, start, events):
    result = read(name)
    [cut] = [p for p in result.problems if p.kind == "cut_short"]
    assert (cut.line, cut.detail, cut.start) == (line, detail, start)
    assert len(result.events) == events


def test_events_cut_short_after_complete_ones_keep_the_complete_ones():
    whole = (HOSTILE / "truncated_no_end_vcalendar.ics").read_bytes()
    cut = whole[: whole.rindex(b"END:VEVENT")]  # the last event without its end
    result = read_bytes(cut, *WINDOW)
    assert len(result.events) == 4
    assert [p.detail for p in result.problems if p.kind == "cut_short"] == ["event"]


@pytest.mark.parametrize(
    ("name", "count"),
    [("several_vcalendars.ics", 6), ("blank_space_before_begin.ics", 1),
     ("text_before_begin.ics", 1), ("vfreebusy_broken.ics", 2),
     ("vevent_after_end_vcalendar.ics", 2), ("utf16le_bom.ics", 1), ("utf16be_bom.ics", 1),
     ("utf32_bom.ics", 1), ("lowercase_everything.ics", 2)],
)  # fmt: skip
def test_calendars_refused_whole_before_are_read(name, count):
    assert len(read(name).events) == count


def test_a_rule_the_library_cannot_expand_leaves_out_its_series_only():
    result = read("rrule_bysetpos_0.ics")
    [skip] = result.skipped
    assert skip.reason == "bad_rule" and skip.line == 5
    assert [e.uid for e in result.events] == [NORMAL]


# -- read, but wrong before ------------------------------------------------------------------


def test_this_and_all_future_edits_move_the_later_occurrences():
    result = read("recurrence_id_range_thisandfuture.ics")
    starts = {e.recurrence_id: e.start for e in result.events}
    assert starts["2026-11-09T09:00:00+00:00"] == utc(2026, 11, 9, 9)  # before the edit
    assert starts["2026-11-16T09:00:00+00:00"] == utc(2026, 11, 16, 14)  # the edit
    assert starts["2026-11-23T09:00:00+00:00"] == utc(2026, 11, 23, 14)  # moved with it
    assert starts["2027-01-04T09:00:00+00:00"] == utc(2027, 1, 4, 14)


def test_an_edited_occurrence_without_an_end_is_at_its_new_time():
    result = read("recurrence_id_edit_without_dtend.ics")
    [moved] = [e for e in result.events if e.recurrence_id == "2026-11-09T09:00:00+00:00"]
    assert moved.start == moved.end == utc(2026, 11, 9, 11)
    assert moved.title.endswith("(moved, no DTEND)")
    assert len(result.events) == 8 and not result.skipped


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "UTC", "America/Los_Angeles"])
def test_a_start_without_a_zone_takes_the_zone_of_its_end_on_any_computer(local_zone, zone):
    local_zone(zone)
    result = read("floating_start_utc_end.ics")
    [event] = [e for e in result.events if e.uid == "float-utc@hostile"]
    assert (event.start, event.end) == (utc(2026, 11, 24, 9), utc(2026, 11, 24, 10))


def test_time_zones_of_one_file_do_not_leak_into_the_next():
    def calendar(offset):
        zone = (
            "BEGIN:VTIMEZONE\r\nTZID:Kantoor\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        )
        event = (
            "BEGIN:VEVENT\r\nUID:k\r\nDTSTART;TZID=Kantoor:20261124T090000\r\n"
            "DTEND;TZID=Kantoor:20261124T100000\r\nEND:VEVENT\r\n"
        )
        return f"BEGIN:VCALENDAR\r\n{zone}{event}END:VCALENDAR\r\n".encode()

    # icalendar keeps the first definition of a name it does not know for the process
    assert read_bytes(calendar("-0800"), *WINDOW).events[0].start == utc(2026, 11, 24, 17)
    assert read_bytes(calendar("+0500"), *WINDOW).events[0].start == utc(2026, 11, 24, 4)
    assert read_bytes(calendar("-0800"), *WINDOW).events[0].start == utc(2026, 11, 24, 17)


def test_an_event_that_began_before_the_window_and_overlaps_it_is_read():
    result = read("timed_event_began_before_window.ics")
    assert {e.uid for e in result.events} == {"before-window@hostile", "before-window-2@hostile",
                                             NORMAL}  # fmt: skip


def test_events_without_a_uid_get_one_from_their_content_that_stays():
    first = read("uid_missing.ics")
    again = read("uid_missing.ics")
    assert len(first.events) == 6
    assert [e.key for e in first.events] == [e.key for e in again.events]
    assert all(e.uid.startswith("no-uid-") for e in first.events if e.uid != NORMAL)


def test_zero_length_events_are_read_as_the_libraries_read_them():
    result = read("zero_length_events.ics")
    assert len(result.events) == 9
    assert not result.skipped


def test_one_invalid_byte_makes_mojibake_of_that_line_only():
    result = read("invalid_utf8.ics")
    titles = {e.uid: e.title for e in result.events}
    assert titles["utf8ok@hostile"] == "Overleg café met Zoë (valid UTF-8)"
    [problem] = result.problems
    assert (problem.kind, problem.line, problem.count) == ("not_utf8", 20, 1)


def test_a_fold_inside_a_utf8_character_is_joined_before_decoding():
    titles = [e.title for e in read("folding_inside_utf8_sequence.ics").events]
    assert "Overleg café Zoë Ærø" in titles


def test_control_and_direction_characters_never_reach_a_title():
    titles = [e.title for e in read("control_characters_titles.ics").events] + [
        e.title for e in read("bidi_override_titles.ics").events
    ]
    assert "Bell Escape[31mRED[0m Backspace DEL" in titles
    assert "Factuur gnp.exe Kestrel" in titles
    for title in titles:
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in title)
        assert not set(title) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_a_line_separator_inside_a_title_does_not_split_the_line():
    [event] = [e for e in read("line_endings_unicode_separators.ics").events if e.uid != NORMAL]
    assert event.title.startswith("Title with LINE SEPARATOR")
    assert event.title.endswith("in it")


def test_a_property_given_twice_is_read_as_its_first_and_private_wins():
    result = read("summary_organizer_location_twice.ics")
    [event] = [e for e in result.events if e.uid != NORMAL]
    assert event.title == "First summary"
    assert "[" not in event.organizer
    assert event.private


def test_an_event_that_ends_before_it_starts_is_read_swapped_and_said():
    result = read("ends_before_start.ics")
    [event] = [e for e in result.events if e.uid != NORMAL]
    assert event.start < event.end
    assert "ends_before_start" in kinds(result)


def test_problems_past_the_limit_are_counted_not_listed():
    junk = "".join(f"junk line {i}\r\n" for i in range(1000))
    data = f"BEGIN:VCALENDAR\r\n{junk}END:VCALENDAR\r\n".encode()
    result = read_bytes(data, *WINDOW)
    assert len(result.problems) == LIMITS.problems + 1
    assert result.problems[-1].kind == "more_problems"
    assert result.problems[-1].count == 1000 - LIMITS.problems


def test_the_zone_cache_is_emptied_for_each_file(monkeypatch):
    emptied = []
    monkeypatch.setattr(ics_file, "_forget_zones", lambda: emptied.append(1))
    read("tzid_unknown.ics")
    read("tzid_unknown.ics")
    assert emptied == [1, 1]


# -- through the journal: stored, and reflected on -----------------------------------------


@pytest.fixture
def december_journal(data_dir):
    from journal.service import Journal

    j = Journal.open(data_dir, clock=lambda: utc(2026, 12, 1, 12))
    yield j
    j.close()


@pytest.mark.parametrize(
    "name",
    ["uid_three_events_same.ics", "uid_tv_episode_feed.ics", "uid_thunderbird_two_calendars.ics",
     "duration_p99999999w.ics", "uid_missing.ics", "several_vcalendars.ics"],
)  # fmt: skip
def test_files_that_ended_in_a_traceback_are_imported(december_journal, name):
    result = december_journal.calendar.import_file(HOSTILE / name, *WINDOW)
    assert result.read.events and not result.nothing_read
    again = december_journal.calendar.import_file(HOSTILE / name, *WINDOW)
    assert not again.report.added and not again.report.updated  # nothing twice


def test_a_meeting_made_from_a_50_mb_title_can_be_reflected_on(december_journal, tmp_path):
    from journal.model import MeetingInput, ReflectionInput

    people = ("ORGANIZER:mailto:anna@adviesbureau.nl\r\n"
              "ATTENDEE:mailto:piet@kestrel.co.uk\r\nATTENDEE:mailto:anna@adviesbureau.nl\r\n")  # fmt: skip
    path = big_calendar(tmp_path / "big.ics", people + "SUMMARY:" + "Overleg " * (6 * 2**20))
    december_journal.calendar.import_file(path, *WINDOW)
    [summary] = december_journal.meeting_page(0, 10)
    meeting = december_journal.meeting(summary.id)
    assert 250 < len(meeting.title) <= 300
    december_journal.save(  # as the reflection dialog saves it: the checks of a typed one
        MeetingInput(meeting.client.name, meeting.title, meeting.start, 60),
        ReflectionInput({"listening.1": 4}),
        meeting_id=meeting.id,
    )
