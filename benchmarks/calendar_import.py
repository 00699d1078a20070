"""Calendar import benchmark: a five-year calendar of 10,000 events (Outlook style, with
descriptions, attendees, alarms, Outlook's extra properties and a Windows time zone),
all five years imported into an empty journal and imported again (nothing new: every
event is looked up and compared); then the command line's default window. Medians
over --runs.

    .venv/bin/python benchmarks/calendar_import.py [--runs 3] [--events 10000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST_DAY = datetime(2022, 1, 3, tzinfo=UTC)
CLIENTS = ("utrecht.nl", "kestrel-engineering.co.uk", "zorggroepdelinde.nl", "hetanker.nl",
           "hhdelfland.nl", "albion-it.co.uk", "hsrijnmond.nl", "northwind.com")  # fmt: skip


def five_year_calendar(events: int, description_bytes: int = 600) -> str:
    """``events`` timed events on working days over five years; one in four internal."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Advisor Journal benchmark//EN"]
    minutes_apart = 5 * 365 * 24 * 60 // events
    text = ("Agenda en notities van het overleg. " * 40)[:description_bytes]
    for index in range(events):
        start = FIRST_DAY + timedelta(minutes=index * minutes_apart)
        start = start.replace(hour=8 + index % 8, minute=0, second=0)
        domain = CLIENTS[index % len(CLIENTS)] if index % 4 else "adviesbureau.nl"
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{index}@adviesbureau.nl",
            f"DTSTART;TZID=W. Europe Standard Time:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=W. Europe Standard Time:{start + timedelta(hours=1):%Y%m%dT%H%M%S}",
            f"SUMMARY;LANGUAGE=nl:Overleg {index}",
            f"DESCRIPTION:{text}",
            "CLASS:PUBLIC",
            "CREATED:20211201T101500Z",
            "DTSTAMP:20211201T101500Z",
            "LAST-MODIFIED:20211201T101500Z",
            "LOCATION:Kantoor",
            "PRIORITY:5",
            "SEQUENCE:0",
            "TRANSP:OPAQUE",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "BEGIN:VALARM",
            "TRIGGER:-PT15M",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "END:VALARM",
            "ORGANIZER;CN=Anna:mailto:anna@adviesbureau.nl",
            f"ATTENDEE;CN=Klant;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:contact@{domain}",
            "ATTENDEE;CN=Anna;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:anna@adviesbureau.nl",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()

    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-calendar-"))
    ics = scratch / "five-years.ics"
    ics.write_text(five_year_calendar(args.events), encoding="utf-8")
    size_mb = ics.stat().st_size / 2**20
    first, end = FIRST_DAY - timedelta(days=1), FIRST_DAY + timedelta(days=5 * 366)
    now = FIRST_DAY + timedelta(days=5 * 366)
    imports, again, default, counts = [], [], [], None
    for run in range(args.runs):
        journal = Journal.open(scratch / f"journal-{run}", clock=lambda: now)
        began = time.perf_counter()
        result = journal.calendar.import_file(ics, first, end)
        imports.append(time.perf_counter() - began)
        began = time.perf_counter()
        second = journal.calendar.import_file(ics, first, end)
        again.append(time.perf_counter() - began)
        fresh = Journal.open(scratch / f"journal-default-{run}", clock=lambda: now)
        began = time.perf_counter()
        fresh.calendar.import_file(ics)  # the command line's default window
        default.append(time.perf_counter() - began)
        fresh.close()
        counts = (len(result.read.events), len(result.report.added), journal.count_meetings(),
                  len(second.report.added), second.report.unchanged)  # fmt: skip
        journal.close()
    events, added, meetings, added_again, unchanged = counts
    rows = [
        ("file", f"{args.events:,} events, {size_mb:.1f} MB", ""),
        ("read", f"{events:,} events; {added:,} client meetings; {meetings:,} meetings held", ""),
        ("import into an empty journal", f"{statistics.median(imports):.2f} s (median)", "< 3 s"),
        ("import again", f"{statistics.median(again):.2f} s; {added_again} added, {unchanged:,} unchanged", "< 3 s"),
        ("import, default window (30 days back, 90 ahead)", f"{statistics.median(default):.2f} s (median)", ""),
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    print(f"runs: {args.runs}")
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
