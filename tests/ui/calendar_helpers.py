"""Writing small calendar files for window tests: client meetings at chosen instants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ME = "anna@adviesbureau.nl"


@dataclass(frozen=True)
class Meeting:
    uid: str
    title: str
    start: datetime  # aware
    minutes: int = 60
    client_domain: str = "utrecht.nl"  # "adviesbureau.nl" makes it internal


def write_calendar(path: Path, meetings: list[Meeting]) -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Advisor Journal tests//EN"]
    for m in meetings:
        end = m.start + timedelta(minutes=m.minutes)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{m.uid}",
            f"DTSTART:{_utc(m.start)}",
            f"DTEND:{_utc(end)}",
            f"SUMMARY:{m.title}",
            f"ORGANIZER:mailto:{ME}",
            f"ATTENDEE;CN=Anna:mailto:{ME}",
            f"ATTENDEE;CN=Pieter:mailto:pieter@{m.client_domain}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


class Clock:
    """A journal clock the test moves by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now
