"""The first pass over a calendar file: the calendars, time zones and events it holds,
with their line numbers, before icalendar parses anything.

It reads what it can and says what it could not: lines that are not iCalendar, a file
cut short (a download or a sync that stopped half way, a file still being written), a
property too long or given too often, components outside a calendar, an END without a
BEGIN. Events keep only the properties used (descriptions and attachments are most of
an export's bytes, and they are the client's words); alarms and other components
inside them are dropped. Single events that plainly lie outside the window are left
out here: parsing is most of the time an import takes.

The structure is tracked with a counter for what is not read, never a stack that grows
with the file: 100,000 nested components are one number.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from journal.calendar.ics_bytes import Line, as_utf8, logical_lines
from journal.calendar.limits import Budget
from journal.calendar.read_result import CalendarRead, Problem
from journal.errors import CalendarUnreadable

# The event properties we read; the rest is never used.
USED = frozenset(
    {"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE",
     "RECURRENCE-ID", "SEQUENCE", "STATUS", "CLASS", "ORGANIZER", "ATTENDEE", "LOCATION"}
)  # fmt: skip
USED_PARAMETERS = frozenset({"TZID", "VALUE", "CN", "PARTSTAT", "RANGE"})
TEXTS = frozenset({"SUMMARY", "LOCATION"})  # cut when too long; other long lines left out
# Values written in any case ("20261124t090000z", "freq=weekly"): RFC 5545's grammar
# is case-insensitive, icalendar's parser is not.
_ANY_CASE = frozenset(
    {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID",
     "TZOFFSETFROM", "TZOFFSETTO"}
)  # fmt: skip
RECURRING = ("RRULE", "RDATE", "RECURRENCE-ID")  # expanded by recurring-ical-events
_ZONE_PARTS = ("STANDARD", "DAYLIGHT")
_NAMES_KEPT = 100  # nested components remembered by name; deeper ones only counted
_GLANCED = frozenset({"DTSTART", "DTEND", "DURATION", *RECURRING})
_STRUCTURE = frozenset({"BEGIN", "END"})
_EVENT_NAMES = USED | _STRUCTURE
_CALENDAR_NAMES = frozenset({"X-WR-TIMEZONE"}) | _STRUCTURE


class _Any:
    """Every name (a time zone's lines are all read)."""

    def __contains__(self, name: object) -> bool:
        return True


_ANY = _Any()
_PARAMETER = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";,]*)(?:,(?:"[^"]*"|[^";,]*))*)')
_CONTENT_LINE = re.compile(
    r'([A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:'
)


@dataclass(eq=False)
class Block:
    """One VEVENT or VTIMEZONE: where it starts, the first line of each property, its
    lines as icalendar is given them, and (events) the used properties split into
    (head, value) for the quick path."""

    kind: str
    line: int
    properties: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    parts: list[tuple[str, str]] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)  # the first value of each
    heads: dict[str, str] = field(default_factory=dict)  # the first head of each
    broken: str = ""  # a time zone that cannot be used, and why
    # An event's lines until its END: only then is it known whether it is read at all
    # (most of a big export lies outside the window); and a glance at its times.
    waiting: list[Line] = field(default_factory=list)
    glance: dict[str, str] = field(default_factory=dict)

    @property
    def uid(self) -> str:
        return self.values.get("UID", "").strip()

    @property
    def recurrence_id(self) -> str:
        """As written, with its parameters: equal ones name the same occurrence."""
        if "RECURRENCE-ID" not in self.values:
            return ""
        head = self.heads["RECURRENCE-ID"].upper()
        return head + self.values["RECURRENCE-ID"].strip().upper()

    @property
    def sequence(self) -> int:
        text = self.values.get("SEQUENCE", "").strip()
        return int(text) if text.isdigit() and len(text) < 10 else 0

    @property
    def recurring(self) -> bool:
        return any(name in self.properties for name in RECURRING)

    @property
    def title(self) -> str:
        return self.values.get("SUMMARY", "")


@dataclass
class Calendar:
    """One VCALENDAR (a file may hold several): its own zone for floating times
    (Google's X-WR-TIMEZONE), its time zones and its events."""

    line: int
    zone: str = ""
    zone_line: int = 0
    outside: bool = False  # events found outside any BEGIN:VCALENDAR … END:VCALENDAR
    timezones: list[Block] = field(default_factory=list)
    events: list[Block] = field(default_factory=list)


def first_pass(
    data: bytes, result: CalendarRead, source: Path | str, first: datetime, end: datetime,
    budget: Budget,
) -> list[Calendar]:  # fmt: skip
    """The calendars of ``data``; what could not be read goes into ``result``.
    Raises ``CalendarUnreadable`` when there is no calendar in it at all."""
    reader = _FirstPass(result, first, end, budget)
    limits = budget.limits
    lines = logical_lines(as_utf8(data), reader.wanted, limits.line_chars)
    for line in lines:
        if line.number >= reader.next_check:
            reader.next_check = line.number + 1000
            if budget.out_of_time():
                result.add(Problem("time_limit", line.number))
                reader.stopped = True
        if reader.stopped:
            break
        reader.take(line)
    reader.finish(data)
    if not reader.calendars:
        number, text = _first_text(data)
        raise CalendarUnreadable(source, "not_icalendar", text, number)
    return reader.calendars


class _FirstPass:
    """The state of the first pass: where in the file we are."""

    def __init__(self, result: CalendarRead, first: datetime, end: datetime, budget: Budget):
        self.result = result
        self.budget = budget
        self.limits = budget.limits
        self.earliest = (first - timedelta(days=2)).strftime("%Y%m%d")
        self.latest = (end + timedelta(days=2)).strftime("%Y%m%d")
        self.calendars: list[Calendar] = []
        self.calendar: Calendar | None = None
        self.block: Block | None = None
        self.zone_part = ""  # STANDARD or DAYLIGHT, inside a time zone
        # Components that are not read (their names and lines), and how many more are
        # open beyond those: a file of 100,000 nested components is one number.
        self.ignored: list[tuple[str, int]] = []
        self.overflow = 0
        self.block_floor = 0
        self.stopped = False  # the event limit is reached: the rest is not read
        self.next_check = 1000
        self.kept = 0  # events kept for the second pass
        self.not_utf8: Problem | None = None
        self.used_heads: dict[str, str] = {}  # an export repeats the same few heads
        self.names: frozenset[str] | _Any = _STRUCTURE

    def wanted(self, name: str) -> bool:
        return name in self.names

    def _choose_names(self) -> None:
        """The names of the lines read from here on (``wanted``): BEGIN and END always;
        inside a component that is not read, nothing else."""
        if len(self.ignored) + self.overflow > self.floor:
            self.names = _STRUCTURE
        elif self.block is not None and self.block.kind == "VTIMEZONE":
            self.names = _ANY
        elif self.block is not None:
            self.names = _EVENT_NAMES
        elif self.calendar is not None:
            self.names = _CALENDAR_NAMES
        else:
            self.names = _STRUCTURE

    @property
    def floor(self) -> int:
        """How many ignored components were open when the current block began."""
        return self.block_floor if self.block is not None else 0

    def take(self, line: Line) -> None:
        if line.not_utf8:
            self._not_utf8(line.number)
        if not line.name:
            self.result.add(Problem("bad_line", line.number, line.text[:80]))
        elif line.name in _STRUCTURE:
            kind = line.text.partition(":")[2].strip().upper()
            (self._begin if line.name == "BEGIN" else self._end)(kind, line.number)
            self._choose_names()
        elif not self.wanted(line.name):  # its name was folded: not asked before
            return
        elif self.block is not None:
            self._property(self.block, line)
        elif self.calendar is not None and line.name == "X-WR-TIMEZONE":
            self.calendar.zone = line.text.partition(":")[2].strip()
            self.calendar.zone_line = line.number

    def _not_utf8(self, number: int) -> None:
        if self.not_utf8 is None:
            self.not_utf8 = Problem("not_utf8", number)
            self.result.add(self.not_utf8)
        else:
            self.not_utf8.count += 1

    def _begin(self, kind: str, number: int) -> None:
        if self.block is None and kind in ("VEVENT", "VTIMEZONE"):
            # also an event inside a component that is not read (a to-do, an X- one):
            # it is still an event
            if self.calendar is None:  # outside any calendar: read, and said
                self.result.add(Problem("outside_calendar", number, kind))
                self.calendar = Calendar(number, outside=True)
                self.calendars.append(self.calendar)
            self.block = Block(kind, number, lines=["BEGIN:" + kind])
            self.block_floor = len(self.ignored) + self.overflow
        elif kind == "VCALENDAR" and self.calendar is None and not self.ignored:
            self.calendar = Calendar(number)
            self.calendars.append(self.calendar)
        elif (
            self.block is not None and self.block.kind == "VTIMEZONE" and kind in _ZONE_PARTS
            and not self.zone_part and len(self.ignored) + self.overflow == self.floor
        ):  # fmt: skip
            self.zone_part = kind
            self.block.lines.append("BEGIN:" + kind)
        elif len(self.ignored) < _NAMES_KEPT:  # alarms, to-dos, free/busy: not meetings
            self.ignored.append((kind, number))
        else:
            self.overflow += 1

    def _end(self, kind: str, number: int) -> None:
        if self.overflow:
            self.overflow -= 1
        elif len(self.ignored) > self.floor:
            self._end_ignored(kind)
        elif self.block is not None and self.zone_part and kind != "VTIMEZONE":
            self.block.lines.append("END:" + self.zone_part)
            self.zone_part = ""
        elif self.block is not None:  # an END of another name ends it too (as icalendar)
            self._end_block()
            if kind == "VCALENDAR":
                self.calendar = None
        elif self.calendar is not None and kind == "VCALENDAR":
            self.calendar = None
        else:
            self.result.add(Problem("stray_end", number, kind))

    def _end_ignored(self, kind: str) -> None:
        """The END of a component that is not read: of the innermost open one, of one
        further out (those inside it were never ended), or of the block or calendar
        they are in."""
        names = [name for name, _ in self.ignored[self.floor :]]
        if kind in names:
            at = self.floor + len(names) - 1 - names[::-1].index(kind)
            del self.ignored[at:]
        elif self.block is not None and kind == self.block.kind:
            del self.ignored[self.floor :]
            self._end_block()
        elif kind == "VCALENDAR":
            del self.ignored[:]
            if self.block is not None:
                self._end_block()
            self.calendar = None
        else:
            self.ignored.pop()

    def _end_block(self) -> None:
        block, self.block = self.block, None
        assert block is not None
        if self.zone_part:
            block.lines.append("END:" + self.zone_part)
            self.zone_part = ""
        block.lines.append("END:" + block.kind)
        if block.kind == "VTIMEZONE":
            self._end_timezone(block)
        else:
            self._end_event(block)

    def _property(self, block: Block, line: Line) -> None:
        if block.kind == "VEVENT":  # read at its END, if it is read at all
            block.waiting.append(line)
            if line.name in _GLANCED and line.name not in block.glance:
                block.glance[line.name] = line.text.rpartition(":")[2]
            return
        self._read_property(block, line)

    def _read_property(self, block: Block, line: Line) -> None:
        name = line.name
        count = block.counts[name] = block.counts.get(name, 0) + 1
        if count > self.limits.values:
            if count == self.limits.values + 1:
                self.result.add(Problem("too_many_values", line.number, name))
                block.broken = block.broken or "too_many_values"  # (a time zone's)
            return
        match = _CONTENT_LINE.match(line.text)
        if (line.cut and name not in TEXTS) or match is None:
            problem = "too_long" if line.cut else "bad_line"
            self.result.add(Problem(problem, line.number, name if line.cut else line.text[:80]))
            block.broken = block.broken or problem  # (a time zone's)
            return
        head, value = line.text[: match.end()], line.text[match.end() :]
        if name in _ANY_CASE:
            value = value.upper()
        if block.kind == "VEVENT":
            head = self.used_heads.get(head) or self.used_heads.setdefault(head, _used_head(head))
            if name in TEXTS and line.cut:
                value = _cut_text(value, self.limits.text_chars)
            block.parts.append((head, value))
        if self.zone_part:
            name = self.zone_part + "." + name
        block.properties.setdefault(name, line.number)
        block.values.setdefault(name, value)
        block.heads.setdefault(name, head)
        block.lines.append(head + value)

    def _end_timezone(self, block: Block) -> None:
        assert self.calendar is not None
        for part in _ZONE_PARTS:
            rule = block.values.get(part + ".RRULE", "")
            if rule and not _yearly(rule):
                block.broken = "rule"
        if block.broken:
            tzid = block.values.get("TZID", "").strip()
            self.result.add(Problem("bad_timezone", block.line, tzid))
        else:
            self.calendar.timezones.append(block)

    def _end_event(self, block: Block) -> None:
        assert self.calendar is not None
        recurring = any(name in block.glance for name in RECURRING)
        if not recurring and not self._in_window(block.glance):
            return
        if self.kept >= self.limits.events:
            self.result.add(Problem("event_limit", block.line))
            self.stopped = True
            return
        end = block.lines.pop()
        for line in block.waiting:
            self._read_property(block, line)
        block.lines.append(end)
        block.waiting = []
        if not block.uid:  # Exchange 2010 publishes events without one
            uid = "no-uid-" + _content_key(block)
            block.values["UID"] = uid
            block.lines.insert(1, "UID:" + uid)
            block.parts.insert(0, ("UID:", uid))
        self.kept += 1
        self.calendar.events.append(block)

    def _in_window(self, glance: dict[str, str]) -> bool:
        """False only for a single event that plainly lies outside the window: ends
        before it or starts after it (two days' margin for time zones)."""
        start = _day(glance.get("DTSTART", ""))
        if start is None:
            return True  # its problem is for the second pass to say
        finish = _day(glance.get("DTEND", ""))
        if finish is None:
            days = _duration_days(glance.get("DURATION", "P0D"))
            if days is None:
                return True
            finish = _add_days(start, days)
        return start <= self.latest and finish >= self.earliest

    def finish(self, data: bytes) -> None:
        """The end of the file: anything still open was cut short."""
        open_at = (
            self.block.line if self.block is not None
            else self.ignored[0][1] if self.ignored and self.calendar is not None
            else self.calendar.line if self.calendar is not None and not self.calendar.outside
            else None
        )  # fmt: skip
        if open_at is not None and not self.stopped:
            inside = "event" if self.block is not None and self.block.kind == "VEVENT" else ""
            last = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
            last += not data.endswith((b"\n", b"\r"))
            self.result.add(Problem("cut_short", last, inside, start=open_at))


def _first_text(data: bytes) -> tuple[int | None, str]:
    """The first line that is not blank, with its number: what a file that is not a
    calendar starts with."""
    match = re.search(rb"[^\r\n]*[^\s][^\r\n]*", data[: 1 << 20])
    if match is None:
        return None, ""
    before = data[: match.start()]
    number = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
    return number, match.group().decode("utf-8", "replace").strip()[:60]


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


def _cut_text(value: str, chars: int) -> str:
    """A long title's beginning, enough for ``chars`` characters once unescaped; never
    ending in half an escape."""
    value = value[: chars * 2]
    trailing = len(value) - len(value.rstrip("\\"))
    return value[:-1] if trailing % 2 else value


def _yearly(rule: str) -> bool:
    """A time zone changes its offset at most a few times a year: its rules are yearly,
    at one time of day (Lotus Notes writes BYHOUR=3;BYMINUTE=0). A rule every second
    since 1601 would take for ever to work out."""
    parts = dict(p.partition("=")[::2] for p in rule.upper().split(";"))
    times = [parts.get(name, "") for name in ("BYHOUR", "BYMINUTE", "BYSECOND")]
    return parts.get("FREQ", "").strip() == "YEARLY" and not any("," in t for t in times)


def _content_key(block: Block) -> str:
    """A stable identity for an event without a UID: what says which event it is."""
    names = ("DTSTART", "SUMMARY", "RRULE", "ORGANIZER", "RECURRENCE-ID")
    text = "\n".join(block.heads.get(n, "") + block.values.get(n, "") for n in names)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


_DAY = re.compile(r"\s*(\d{8})")
_DURATION = re.compile(r"\s*\+?P(?:(\d{1,7})W)?(?:(\d{1,7})D)?(?:T.*)?$", re.IGNORECASE)


def _day(value: str) -> str | None:
    match = _DAY.match(value)
    return match[1] if match else None


def _duration_days(value: str) -> int | None:
    """Whole days of a DURATION, rounded up; None when it is not a plain one."""
    match = _DURATION.match(value)
    if match is None:
        return None
    weeks, days = int(match[1] or 0), int(match[2] or 0)
    return weeks * 7 + days + 1


def _add_days(day: str, days: int) -> str:
    try:
        later = datetime.strptime(day, "%Y%m%d") + timedelta(days=days)
    except (ValueError, OverflowError):
        return "99999999"
    return later.strftime("%Y%m%d")
