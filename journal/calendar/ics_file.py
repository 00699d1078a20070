"""Reading calendar files (.ics) as Outlook, Google Calendar and Apple Calendar export
them: the timed events in a window, one per occurrence, with the times in UTC.

``icalendar`` parses, ``recurring-ical-events`` expands recurrences (EXDATE, moved
instances with RECURRENCE-ID, X-WR-TIMEZONE); icalendar itself knows Outlook's Windows
time-zone names and resolves a TZID without VTIMEZONE through the system's zone data.
A first pass of our own over the lines keeps line numbers for messages, drops lines that
are not iCalendar (reported, the rest of the event still read), and keeps only the event
properties we use: descriptions and attachments are most of an Outlook export's bytes,
and they are the client's words. icalendar's parser then reads the calendar, its time
zones and its recurring events; single events, most of a big export, are read by
``calendar_singles`` with icalendar's value types, five times quicker (see there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import chain
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal.errors import CalendarUnreadable
from journal.store.files import read_chosen

MAX_BYTES = 200 * 2**20
# The event properties we read; the rest (descriptions, attachments, Outlook's and
# Apple's extras) is most of an export's bytes, slow to parse, and never used.
USED = frozenset(
    {"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE",
     "RECURRENCE-ID", "STATUS", "CLASS", "ORGANIZER", "ATTENDEE", "LOCATION"}
)  # fmt: skip
USED_PARAMETERS = frozenset({"TZID", "VALUE", "CN", "PARTSTAT"})
_PARAMETER = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";,]*)(?:,(?:"[^"]*"|[^";,]*))*)')
_CONTENT_LINE = re.compile(
    r'([A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:'
)
_DECLINED = "DECLINED"
_RECURRING = ("RRULE", "RDATE", "RECURRENCE-ID")  # expanded by recurring-ical-events


@dataclass(frozen=True)
class Attendee:
    email: str  # lower case, without "mailto:"
    name: str
    declined: bool


@dataclass(frozen=True)
class CalendarEvent:
    """One occurrence of a timed event. ``recurrence_id`` is "" for a single event and
    the original start (UTC ISO) for an occurrence of a recurring one: with ``uid`` it
    names the occurrence across re-imports, even when it moves."""

    uid: str
    recurrence_id: str
    title: str
    start: datetime  # UTC
    end: datetime  # UTC
    organizer: str = ""
    attendees: tuple[Attendee, ...] = ()
    location: str = ""
    private: bool = False
    line: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return self.uid, self.recurrence_id


@dataclass(frozen=True)
class Skipped:
    """An event left out, and why: "cancelled", "all_day", "no_start", "no_end",
    "bad_value" (``detail`` says which property), "ends_before_start", "no_uid"."""

    title: str
    reason: str
    line: int
    start: datetime | None = None
    detail: str = ""
    uid: str = ""
    recurrence_id: str = ""  # with ``uid``: which stored occurrence a cancellation ends


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file that did not stop the events around it being read:
    "bad_line" (not an iCalendar line), "not_utf8" (read as Windows-1252)."""

    kind: str
    line: int
    detail: str = ""


@dataclass
class CalendarRead:
    events: list[CalendarEvent] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_file(path: Path, first: datetime, end: datetime) -> CalendarRead:
    """The events of the calendar file at ``path`` that overlap [first, end)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CalendarUnreadable(path, "too_large", f"{size / 2**20:.0f} MB")
        data = read_chosen(path)  # never the open journal (journal.store.files)
    except OSError as error:
        raise CalendarUnreadable(path, "unreadable", error.strerror or str(error)) from None
    return read_bytes(data, first, end, path)


def read_bytes(
    data: bytes,
    first: datetime,
    end: datetime,
    source: Path | str = "calendar",
    *,
    quick: bool = True,
) -> CalendarRead:
    """As ``read_file``. ``quick=False`` has icalendar's parser read every event (the
    quick path reads simple single events itself, see ``calendar_singles``); the tests
    compare the two."""
    result = CalendarRead()
    text = _decode(data, result)
    kept, blocks = _clean_lines(text, result, source, first, end)
    calendar, events = _parse_events(kept, blocks, source, quick)
    _read_events(calendar, events, first, end, result, source)
    result.events.sort(key=lambda e: (e.start, e.uid))
    return result


def _decode(data: bytes, result: CalendarRead) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        result.problems.append(Problem("not_utf8", line))
        return data.decode("cp1252", errors="replace")


@dataclass(eq=False)
class _Block:
    """One VEVENT: where it starts, the first line of each of its properties, its lines
    as icalendar is given them, and the used properties split into (head, value)."""

    line: int
    properties: dict[str, int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    parts: list[tuple[str, str]] = field(default_factory=list)
    # Directly in the calendar and ended: icalendar makes it one of the calendar's
    # subcomponents, so the quick path may read it instead.
    top_level: bool = False


def _clean_lines(
    text: str, result: CalendarRead, source, first: datetime, end: datetime
) -> tuple[list[str | _Block], list[_Block]]:
    """Unfold the lines and keep what we use, with the line numbers of each event and
    its properties: report lines that are not iCalendar; within events keep only the
    properties in ``USED`` and no alarms; leave out single events that plainly lie
    outside the window (parsing is most of the time an import takes). Returns the kept
    lines in order, each kept event as its block, and the blocks."""
    unfolded = _unfold(text)
    start = _first_line(unfolded, source)
    earliest = (first - timedelta(days=2)).strftime("%Y%m%d")
    latest = (end + timedelta(days=2)).strftime("%Y%m%d")
    kept: list[str | _Block] = []
    blocks: list[_Block] = []
    block: _Block | None = None  # the event being read
    depth = nested = 0  # components open around it; components open inside it
    used_heads: dict[str, str] = {}  # an export repeats the same few heads: reduce each once
    for number, line in chain([start], unfolded):
        match = _CONTENT_LINE.match(line)
        if match is None:
            result.problems.append(Problem("bad_line", number, line[:80]))
            continue
        name = match[1].upper()
        value = line[match.end() :]
        if block is None:
            if name == "BEGIN" and value.strip().upper() == "VEVENT":
                block, nested = _Block(number, lines=[line]), 0
                block.top_level = depth == 1 and value.upper() == "VEVENT"
            else:
                depth += (name == "BEGIN") - (name == "END")
                kept.append(line)
            continue
        if name == "BEGIN":
            nested += 1  # an alarm inside the event: never used
        elif name == "END" and nested:
            nested -= 1
        elif name == "END":
            block.lines.append(line)
            if _in_window(block, earliest, latest):
                kept.append(block)
                blocks.append(block)
            block = None
        elif not nested and name in USED:
            block.properties.setdefault(name, number)
            head = line[: match.end()]
            head = used_heads.get(head) or used_heads.setdefault(head, _used_head(head))
            block.lines.append(head + value)
            block.parts.append((head, value))
    if block is not None:  # an unfinished last event: icalendar will say what is wrong
        block.top_level = False
        kept.append(block)
        blocks.append(block)
    return kept, blocks


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    """The logical lines (continuation lines joined) with the number of their first
    line; blank lines left out. Made one at a time: a list of them all would be a few
    hundred thousand objects for the garbage collector to walk again and again."""
    number, logical = 0, None
    for at, raw in enumerate(text.splitlines(), 1):
        if raw[:1] in (" ", "\t") and logical is not None:
            logical += raw[1:]
        elif raw.strip():
            if logical is not None:
                yield number, logical
            number, logical = at, raw
    if logical is not None:
        yield number, logical


def _first_line(unfolded: Iterator[tuple[int, str]], source) -> tuple[int, str]:
    """The first line, refusing text that does not start as an iCalendar file."""
    start = next(unfolded, None)
    if start is None or not start[1].strip().upper().startswith("BEGIN:VCALENDAR"):
        raise CalendarUnreadable(
            source, "not_icalendar", start[1][:60] if start else "", start[0] if start else None
        )
    return start


def _used_head(head: str) -> str:
    """The head of a line (its name and parameters, up to and with the colon) with only
    the parameters we read (RSVP, ROLE, LANGUAGE … cost parsing time and say nothing we
    use)."""
    if ";" not in head:
        return head
    name, _, params = head[:-1].partition(";")
    used = [f"{key}={value}" for key, value in _PARAMETER.findall(";" + params)
            if key.upper() in USED_PARAMETERS]  # fmt: skip
    return ";".join([name, *used]) + ":"


def _in_window(block: _Block, earliest: str, latest: str) -> bool:
    """False only for a single event whose start date is clearly outside the window."""
    if any(name in block.properties for name in _RECURRING):
        return True
    start = next((line for line in block.lines if line[:7].upper() == "DTSTART"), "")
    day = start.rpartition(":")[2].strip()[:8]
    if len(day) < 8 or not day.isdigit():
        return True
    return earliest <= day <= latest


def _lines(kept: list[str | _Block], leave_out: frozenset[_Block] = frozenset()) -> list[str]:
    """The kept lines for icalendar, events in place, but those in ``leave_out``."""
    lines: list[str] = []
    for item in kept:
        if isinstance(item, str):
            lines.append(item)
        elif item not in leave_out:
            lines.extend(item.lines)
    return lines


def _parse_events(
    kept: list[str | _Block], blocks: list[_Block], source, quick: bool
) -> tuple[Any, list[tuple[_Block, Any]]]:
    """The calendar and its events with their blocks, in file order. icalendar's parser
    reads the calendar (its time zones first of all) and the recurring events; with
    ``quick``, single events are read by ``calendar_singles``."""
    singles = [b for b in blocks if quick and _is_single(b)]
    left_out = frozenset(singles)
    calendar = _parse_part(_lines(kept, left_out), kept, source)
    general = [b for b in blocks if b.top_level and b not in left_out]
    events = list(zip(general, _vevents(calendar), strict=False))
    events += _read_singles(singles, _recurring_uids(events), kept, source)
    events.sort(key=lambda pair: pair[0].line)
    return calendar, events


def _is_single(block: _Block) -> bool:
    """Read by the quick path, if it can: a VEVENT of the calendar that does not recur
    (the recurring ones must all be parsed first, to know the UIDs of the series)."""
    return block.top_level and not any(name in block.properties for name in _RECURRING)


def _read_singles(singles: list[_Block], series: set[str], kept, source) -> list[tuple]:
    """The single events, read quickly; icalendar's parser reads those the quick path
    leaves to it, and those with the UID of a series (expanded with it, as components)."""
    from journal.calendar import ics_singles  # imports icalendar: not at start-up

    heads = ics_singles.Heads()
    events, slow = [], []
    for block in singles:
        event = ics_singles.read_single(block.parts, heads)
        if event is None or str(event.get("UID", "")) in series:
            slow.append(block)
        else:
            events.append((block, event))
    if slow:
        again = _parse_part(["BEGIN:VCALENDAR", *_lines(slow), "END:VCALENDAR"], kept, source)
        events += zip(slow, _vevents(again), strict=False)
    return events


def _parse_part(lines: list[str], kept: list[str | _Block], source):
    """icalendar's calendar of ``lines``, a part of the file; when it fails, the whole
    file's error (its message quotes the start of what was parsed)."""
    try:
        return _parse(lines, source)
    except CalendarUnreadable:
        _parse(_lines(kept), source)
        raise


def _parse(lines: list[str], source):
    import icalendar

    try:
        return icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
    except ValueError as error:
        raise CalendarUnreadable(source, "not_icalendar", str(error)[:120]) from None


def _vevents(calendar) -> list:
    return [c for c in calendar.subcomponents if c.name == "VEVENT"]


def _is_recurring(event) -> bool:
    return any(name in event for name in _RECURRING)


def _recurring_uids(events: list[tuple[_Block, Any]]) -> set[str]:
    """The UIDs of the usable recurring events: all their VEVENTs are expanded together."""
    return {str(e["UID"]) for _, e in events if not _unusable(e)[0] and _is_recurring(e)}


def _read_events(
    calendar, events: list[tuple[_Block, Any]], first: datetime, end: datetime, result, source
) -> None:
    """Single events are read directly; recurring ones (RRULE, RDATE, moved instances)
    are expanded by recurring-ical-events, which costs ~0.1 ms an event."""
    import recurring_ical_events

    usable = []
    for block, event in events:
        reason, detail = _unusable(event)
        if reason:
            line = block.properties.get(detail, block.line) if detail else block.line
            result.skipped.append(
                Skipped(str(event.get("SUMMARY", "")), reason, line, None, detail,
                        str(event.get("UID", "")))
            )  # fmt: skip
        else:
            usable.append((block, event))
    recurring_uids = _recurring_uids(usable)
    lines: dict[str, int] = {}
    for block, event in usable:  # a UID's first VEVENT: where its series starts
        lines.setdefault(str(event["UID"]), block.line)
    zone = _calendar_zone(calendar)
    for _, event in usable:
        if str(event["UID"]) not in recurring_uids and _overlaps(event, first, end, zone):
            _add(event, recurring_uids, lines, result, zone)
    others = [c for c in calendar.subcomponents if c.name != "VEVENT"]
    series = [e for _, e in usable if str(e["UID"]) in recurring_uids]
    calendar.subcomponents = others + series
    try:
        occurrences = recurring_ical_events.of(calendar).between(first, end)
    except Exception as error:  # the library's own errors have no common base class
        raise CalendarUnreadable(
            source, "not_icalendar", f"{type(error).__name__}: {error}"
        ) from None
    for occurrence in occurrences:
        _add(occurrence, recurring_uids, lines, result, zone)


def _calendar_zone(calendar) -> tzinfo | None:
    """Google's X-WR-TIMEZONE: the zone of times written without one."""
    name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        return None


def _times(event, zone: tzinfo | None) -> tuple[date | datetime, date | datetime]:
    """Start and end as written (DTEND, or DTSTART + DURATION); floating times get the
    calendar's zone when it names one."""
    start = event["DTSTART"].dt
    if "DTEND" in event:
        finish = event["DTEND"].dt
    elif "DURATION" in event:
        finish = start + event["DURATION"].dt
    else:
        finish = start + timedelta(days=1)  # an all-day event without an end: that day
    if zone is not None:
        start, finish = (
            t.replace(tzinfo=zone) if isinstance(t, datetime) and t.tzinfo is None else t
            for t in (start, finish)
        )
    return start, finish


def _overlaps(event, first: datetime, end: datetime, zone: tzinfo | None) -> bool:
    start, finish = _times(event, zone)
    return _utc(_as_datetime(start)) < end and _utc(_as_datetime(finish)) > first


def _unusable(event) -> tuple[str, str]:
    """Why ``event`` (a whole VEVENT, before expansion) cannot be read, or ("", "").
    Such an event is taken out before expansion: one broken event must not stop the
    rest (recurring-ical-events gives up on the whole calendar)."""
    for name, _message in getattr(event, "errors", ()):
        if name:
            return "bad_value", str(name)
    if "UID" not in event:
        return "no_uid", ""
    if "DTSTART" not in event:
        return "no_start", ""
    for name in ("DTSTART", "DTEND", "DURATION"):
        if isinstance(event.get(name), list):  # given twice: which one is meant?
            return "bad_value", name
    is_day = not isinstance(event["DTSTART"].dt, datetime)
    if "DTEND" not in event and "DURATION" not in event and not is_day:
        return "no_end", ""
    return "", ""  # cancelled and all-day events are left out per occurrence (see _add)


def _add(
    occurrence, recurring_uids: set[str], lines: dict[str, int], result, zone: tzinfo | None
) -> None:
    uid = str(occurrence["UID"])
    title = str(occurrence.get("SUMMARY", "")).strip()
    line = lines.get(uid, 0)
    recurrence_id = ""
    if uid in recurring_uids and "RECURRENCE-ID" in occurrence:
        recurrence_id = _utc(_as_datetime(occurrence["RECURRENCE-ID"].dt)).isoformat()
    if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":  # one cancelled occurrence
        result.skipped.append(Skipped(title, "cancelled", line, None, "", uid, recurrence_id))
        return
    start, finish = _times(occurrence, zone)
    if not isinstance(start, datetime) or not isinstance(finish, datetime):
        result.skipped.append(Skipped(title, "all_day", line))
        return
    start, finish = _utc(start), _utc(finish)
    if finish <= start:
        result.skipped.append(Skipped(title, "ends_before_start", line, start))
        return
    result.events.append(
        CalendarEvent(
            uid=uid,
            recurrence_id=recurrence_id,
            title=title,
            start=start,
            end=finish,
            organizer=_email(occurrence.get("ORGANIZER")),
            attendees=tuple(_attendees(occurrence)),
            location=str(occurrence.get("LOCATION", "")).strip(),
            private=str(occurrence.get("CLASS", "")).upper() in ("PRIVATE", "CONFIDENTIAL"),
            line=line,
        )
    )


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


def _utc(moment: datetime) -> datetime:
    """Aware times to UTC; floating times (no zone) are the advisor's local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()  # interprets a naive time as local
    return moment.astimezone(UTC)


def _email(value: Any) -> str:
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


def _attendees(occurrence) -> list[Attendee]:
    raw = occurrence.get("ATTENDEE", [])
    if not isinstance(raw, list):
        raw = [raw]
    people = []
    for attendee in raw:
        params = getattr(attendee, "params", {})
        people.append(
            Attendee(
                email=_email(attendee),
                name=str(params.get("CN", "")).strip(),
                declined=str(params.get("PARTSTAT", "")).upper() == _DECLINED,
            )
        )
    return people


def default_window(now: datetime) -> tuple[datetime, datetime]:
    """Without --from/--to: the last 30 days (to reflect on) and the next 90 (to be
    prompted about)."""
    return now - timedelta(days=30), now + timedelta(days=90)
