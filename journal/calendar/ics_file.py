"""Reading calendar files (.ics) as Outlook, Google Calendar and Apple Calendar export
them: the timed events in a window, one per occurrence, with the times in UTC.

A stranger wrote the file, so it is read within limits (``limits``) and never taken
down whole by one bad part: ``ics_bytes`` reads the bytes (never more than the limit,
never from a FIFO or a device) and decodes them line by line; ``ics_structure`` finds
the calendars, time zones and events with their line numbers and says what is not
iCalendar or cut short; here icalendar parses each time zone and the events on their
own (one that breaks is left out and named), single events are read by the quick path
of ``ics_singles``, and ``ics_expand`` expands the recurring ones with
recurring-ical-events, series by series. Everything left out is in the result with
its reason and line.

As icalendar and recurring-ical-events read a file: one UID is one event (of several
versions the newest SEQUENCE wins, the first on a tie); a timed event without an end
ends at its start; a start without a zone takes the end's zone; an event that ends
before it starts is read with the two swapped; an event without a UID gets one from
its content. Floating times are the advisor's local time, or the
calendar's own zone (Google's X-WR-TIMEZONE). Named time zones a file defines are
forgotten before the next file: icalendar keeps them for the whole process.
"""

from __future__ import annotations

import threading
import warnings
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import groupby
from pathlib import Path
from typing import Any

from journal.calendar import ics_expand
from journal.calendar.ics_bytes import read_limited
from journal.calendar.ics_structure import Block, Calendar, first_pass
from journal.calendar.limits import LIMITS, Budget, Limits
from journal.calendar.read_result import (
    Attendee,
    CalendarEvent,
    CalendarRead,
    Problem,
    Skipped,
)
from journal.calendar.safe_text import clean_text

__all__ = ["Attendee", "CalendarEvent", "CalendarRead", "Problem", "Skipped", "read_bytes",
           "read_file", "default_window"]  # fmt: skip

MAX_BYTES = LIMITS.file_bytes
_DECLINED = "DECLINED"
# icalendar keeps the time zones of a file in one cache for the whole process: files
# are read one at a time, each with the cache emptied first.
_ONE_AT_A_TIME = threading.Lock()


def read_file(path: Path, first: datetime, end: datetime, limits: Limits = LIMITS) -> CalendarRead:
    """The events of the calendar file at ``path`` that overlap [first, end).
    Raises ``CalendarUnreadable`` for a file that is not a calendar at all, is not a
    regular file, or is larger than the limit."""
    return read_bytes(read_limited(path, limits.file_bytes), first, end, path, limits=limits)


def read_bytes(
    data: bytes,
    first: datetime,
    end: datetime,
    source: Path | str = "calendar",
    *,
    quick: bool = True,
    limits: Limits = LIMITS,
    budget: Budget | None = None,
) -> CalendarRead:
    """As ``read_file``. ``quick=False`` has icalendar's parser read every event (the
    quick path reads simple single events itself, see ``ics_singles``); the tests
    compare the two."""
    result = CalendarRead()
    budget = budget or Budget(limits)
    with _ONE_AT_A_TIME, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar's guesses at zone names, dateutil's
        _forget_zones()
        calendars = first_pass(data, result, source, first, end, budget)
        _keep_newest(calendars, result)
        reading = _Reading(result, budget, first, end, quick)
        for calendar in calendars:
            if not reading.read(calendar):
                break
    _drop_repeats(result)
    result.events.sort(key=lambda e: (e.start, e.uid))
    return result


def default_window(now: datetime) -> tuple[datetime, datetime]:
    """Without --from/--to: the last 30 days (to reflect on) and the next 90 (to be
    prompted about)."""
    return now - timedelta(days=30), now + timedelta(days=90)


def _forget_zones() -> None:
    from icalendar.timezone import tzp

    tzp.use_zoneinfo()  # a new, empty cache


def _keep_newest(calendars: list[Calendar], result: CalendarRead) -> None:
    """One event per UID (per UID and RECURRENCE-ID for edited occurrences): of
    several versions the one with the highest SEQUENCE, the first on a tie, as
    recurring-ical-events chooses. The others are left out and said."""
    newest: dict[tuple[str, str], Block] = {}
    for calendar in calendars:
        for block in calendar.events:
            key = (block.uid, block.recurrence_id)
            if key not in newest or block.sequence > newest[key].sequence:
                newest[key] = block
    for calendar in calendars:
        kept = []
        for block in calendar.events:
            chosen = newest[(block.uid, block.recurrence_id)]
            if chosen is block:
                kept.append(block)
            else:
                result.skipped.append(
                    Skipped(_text(block.title), "duplicate", block.line, None,
                            str(chosen.line), block.uid)
                )  # fmt: skip
        calendar.events = kept


def _drop_repeats(result: CalendarRead) -> None:
    """Never two events with one identity (the journal stores one of each)."""
    seen: dict[tuple[str, str], CalendarEvent] = {}
    events = []
    for event in result.events:
        if event.key in seen:
            result.skipped.append(
                Skipped(event.title, "duplicate", event.line, event.start,
                        str(seen[event.key].line), event.uid, event.recurrence_id)
            )  # fmt: skip
            continue
        seen[event.key] = event
        events.append(event)
    result.events = events


class _Reading:
    """The second pass over one calendar after another: parsing, expanding, adding."""

    def __init__(
        self, result: CalendarRead, budget: Budget, first: datetime, end: datetime, quick: bool
    ):
        self.result = result
        self.budget = budget
        self.limits = budget.limits
        self.first, self.end = first, end
        self.quick = quick
        self.said: set[tuple[str, str]] = set()  # problems said once per file
        self.zone: tzinfo | None = None
        self.lines: dict[str, int] = {}

    def read(self, calendar: Calendar) -> bool:
        """Read ``calendar`` into the result; False when a limit stopped it."""
        self.zone = self._calendar_zone(calendar)
        for block in calendar.timezones:
            self._parse_timezone(block)
        pairs = self._parse_events(calendar.events)
        usable = []
        for block, event in pairs:
            reason, detail = _unusable(event)
            if reason:
                line = block.properties.get(detail, block.line) if detail else block.line
                self.result.skipped.append(
                    Skipped(_text(block.title), reason, line, None, detail, block.uid)
                )
            else:
                self._check_zones(block, event)
                usable.append((block, event))
        recurring = {block.uid for block, _ in usable if block.recurring}
        self.lines = {}
        for block, _ in usable:  # a UID's first VEVENT: where its series starts
            self.lines.setdefault(block.uid, block.line)
        for block, event in usable:
            if block.uid not in recurring and not self._single(block, event):
                return False
        by_uid = sorted((b.uid, b.line, e) for b, e in usable if b.uid in recurring)
        for uid, group in groupby(by_uid, key=lambda item: item[0]):
            if not self._series(uid, [event for _, _, event in group]):
                return False
        return True

    # -- parsing ----------------------------------------------------------------------

    def _calendar_zone(self, calendar: Calendar) -> tzinfo | None:
        """Google's X-WR-TIMEZONE: the zone of times written without one."""
        if not calendar.zone:
            return None
        from icalendar.timezone import tzp

        try:
            zone = tzp.timezone(calendar.zone)
        except (ValueError, OSError):
            zone = None
        if zone is None:
            self._say("unknown_zone", calendar.zone_line, calendar.zone)
        return zone

    def _parse_timezone(self, block: Block) -> None:
        """icalendar reads a VTIMEZONE and keeps it for the events that name it."""
        try:
            _parse(block.lines)
        except Exception:  # noqa: BLE001 - the library's errors have no common base
            self.result.add(
                Problem("bad_timezone", block.line, _text(block.values.get("TZID", "")))
            )

    def _parse_events(self, blocks: list[Block]) -> list[tuple[Block, Any]]:
        """Each block with its VEVENT, in file order: single events by the quick path
        where it can, the rest by icalendar's parser (all at once; one at a time when
        that fails, so that one broken event is left out alone)."""
        from journal.calendar import ics_singles  # imports icalendar: not at start-up

        series = {b.uid for b in blocks if b.recurring}
        heads = ics_singles.Heads()
        pairs, slow = [], []
        for block in blocks:
            event = None
            if self.quick and not block.recurring and block.uid not in series:
                event = ics_singles.read_single(block.parts, heads)
            if event is None:
                slow.append(block)
            else:
                pairs.append((block, event))
        try:
            events = _vevents(_parse([line for b in slow for line in b.lines]))
            if len(events) != len(slow):
                raise ValueError("one event became more or fewer")
            pairs += zip(slow, events, strict=True)
        except Exception:  # noqa: BLE001 - the library's errors have no common base
            for block in slow:
                try:
                    pairs += zip([block], _vevents(_parse(block.lines)), strict=True)
                except Exception as error:  # noqa: BLE001
                    self.result.skipped.append(
                        Skipped(_text(block.title), "bad_event", block.line, None,
                                _text(str(error), 80), block.uid)
                    )  # fmt: skip
        pairs.sort(key=lambda pair: pair[0].line)
        return pairs

    def _check_zones(self, block: Block, event) -> None:
        """A start or end in a zone nobody knows is read as a floating time: said."""
        for name in ("DTSTART", "DTEND"):
            prop = event.get(name)
            tzid = getattr(prop, "params", {}).get("TZID") if prop is not None else None
            moment = getattr(prop, "dt", None)
            if tzid and isinstance(moment, datetime) and moment.tzinfo is None:
                self._say("unknown_zone", block.properties.get(name, block.line), str(tzid))

    # -- single events and series -----------------------------------------------------

    def _single(self, block: Block, event) -> bool:
        try:
            if not _overlaps(event, self.first, self.end, self.zone):
                return True
        except (ArithmeticError, ValueError, TypeError):
            self._skip(event, "bad_value", block.line, "DTSTART")
            return True
        return self._take(event, block.line)

    def _series(self, uid: str, components: list) -> bool:
        line = self.lines[uid]
        master = next((c for c in components if "RECURRENCE-ID" not in c), components[0])
        steps = ics_expand.too_many_steps(master, self.first, self.limits.rule_steps)
        if steps:
            self._skip(master, "rule_limit", line, steps)
            return True
        count = 0
        try:
            components = _in_zone(components, self.zone)
            one = ics_expand.series(components)
            moves = ics_expand.moves(components)
            for occurrence in ics_expand.occurrences(one, self.first, self.end):
                if count >= self.limits.occurrences:
                    self._say("series_limit", line, _text(str(master.get("SUMMARY", ""))))
                    break
                count += 1
                if not self._take(occurrence, line, moves):
                    return False
        except Exception as error:  # noqa: BLE001 - the library's errors have no common base
            self._skip(master, "bad_rule", line, _text(f"{type(error).__name__}: {error}", 80))
        return True

    def _take(self, occurrence, line: int, moves: dict | None = None) -> bool:
        """Add one occurrence, within the limits; False when a limit stops the import."""
        if self.budget.out_of_time():
            self.result.add(Problem("time_limit", line))
            return False
        if not self.budget.take_event():
            self.result.add(Problem("event_limit", line))
            return False
        try:
            self._add(occurrence, line, moves)
        except (ArithmeticError, ValueError, TypeError):  # a time out of any range
            self._skip(occurrence, "bad_value", line, "DTSTART")
        return True

    def _add(self, occurrence, line: int, moves: dict | None) -> None:
        """``moves``: for an occurrence of a series, how far each "this and all future"
        edit moved the occurrences after it (its original start names an occurrence)."""
        uid = str(occurrence["UID"])
        title = self._clean(occurrence.get("SUMMARY"), line, "SUMMARY")
        recurrence_id = ""
        if moves is not None and "RECURRENCE-ID" in occurrence:
            recurrence_id = self._recurrence_id(occurrence, moves)
        if _says(occurrence.get("STATUS"), "CANCELLED"):  # an occurrence, or the event
            self.result.skipped.append(
                Skipped(title, "cancelled", line, None, "", uid, recurrence_id)
            )
            return
        start, finish = _times(occurrence, self.zone)
        if not isinstance(start, datetime) or not isinstance(finish, datetime):
            self.result.skipped.append(Skipped(title, "all_day", line))
            return
        start, finish = _utc(start), _utc(finish)
        if finish < start:  # read as recurring-ical-events reads it (and every series)
            start, finish = finish, start
            self._say("ends_before_start", line, title)
        self.result.events.append(
            CalendarEvent(
                uid=uid,
                recurrence_id=recurrence_id,
                title=title,
                start=start,
                end=finish,
                organizer=_email(_first(occurrence.get("ORGANIZER"))),
                attendees=tuple(_attendees(occurrence)),
                location=self._clean(occurrence.get("LOCATION"), line, "LOCATION"),
                private=_says(occurrence.get("CLASS"), "PRIVATE", "CONFIDENTIAL"),
                line=line,
            )
        )

    @staticmethod
    def _recurrence_id(occurrence, moves: dict) -> str:
        """The original start of an occurrence, in UTC: its RECURRENCE-ID, or for one
        moved by a "this and all future" edit, its start moved back."""
        original = occurrence["RECURRENCE-ID"].dt
        move = moves.get(ics_expand.moment_key(original))
        if move is not None:
            original = occurrence["DTSTART"].dt - move
        return _utc(_as_datetime(original, None)).isoformat()

    def _clean(self, value, line: int, name: str) -> str:
        text, cut = clean_text(str(_first(value) or ""), self.limits.text_chars)
        if cut:
            self._say("text_cut", line, name)
        return text

    def _skip(self, event, reason: str, line: int, detail: str = "") -> None:
        title = _text(str(_first(event.get("SUMMARY")) or ""))
        self.result.skipped.append(
            Skipped(title, reason, line, None, detail, str(event.get("UID", "")))
        )

    def _say(self, kind: str, line: int, detail: str) -> None:
        if (kind, detail) not in self.said:
            self.said.add((kind, detail))
            self.result.add(Problem(kind, line, detail))


def _in_zone(components: list, zone: tzinfo | None) -> list:
    """A series in a calendar with its own zone, as recurring-ical-events reads it
    (x-wr-timezone): Google writes the times in UTC, the series repeats in the zone."""
    if zone is None:
        return components
    import icalendar
    import x_wr_timezone

    calendar = icalendar.Calendar()
    calendar.subcomponents = components
    return _vevents(x_wr_timezone.to_standard(calendar, timezone=zone))


def _parse(lines: list[str]):
    import icalendar

    return icalendar.Calendar.from_ical("\r\n".join(["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]))


def _vevents(calendar) -> list:
    return [c for c in calendar.subcomponents if c.name == "VEVENT"]


def _unusable(event) -> tuple[str, str]:
    """Why ``event`` (a whole VEVENT, before expansion) cannot be read, or ("", "").
    Such an event is taken out before expansion: one broken event must not stop the
    rest."""
    for name, _message in getattr(event, "errors", ()):
        if name:
            return "bad_value", str(name)
    if "DTSTART" not in event:
        return "no_start", ""
    for name in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(event.get(name), list):  # given twice: which one is meant?
            return "bad_value", name
    if "DURATION" in event:
        try:
            event["DTSTART"].dt + event["DURATION"].dt
        except (ArithmeticError, TypeError):  # P99999999W
            return "bad_value", "DURATION"
    return "", ""  # cancelled and all-day events are left out per occurrence (see _add)


def _times(event, zone: tzinfo | None) -> tuple[date | datetime, date | datetime]:
    """Start and end as recurring-ical-events reads them: DTEND, or DTSTART +
    DURATION, or the start itself (a whole day for a date); a date beside a time is
    that day's midnight; a time without a zone takes the other's zone, or the
    calendar's when neither has one."""
    start = event["DTSTART"].dt
    if "DTEND" in event:
        finish = event["DTEND"].dt
    elif "DURATION" in event:
        duration = event["DURATION"].dt
        if duration.seconds and not isinstance(start, datetime):
            start = _as_datetime(start, None)
        finish = start + duration
    else:
        finish = start if isinstance(start, datetime) else start + timedelta(days=1)
    if not isinstance(start, datetime) and not isinstance(finish, datetime):
        return start, finish
    known = next((t.tzinfo for t in (start, finish) if isinstance(t, datetime) and t.tzinfo), zone)
    return _as_datetime(start, known), _as_datetime(finish, known)


def _overlaps(event, first: datetime, end: datetime, zone: tzinfo | None) -> bool:
    start, finish = (_as_datetime(t, None) for t in _times(event, zone))  # a day: midnight
    start, finish = _utc(start), _utc(finish)
    return start < end and (finish > first or (finish == start and start >= first))


def _as_datetime(value: date | datetime, zone: tzinfo | None) -> datetime:
    """A date as its midnight; a time without a zone in ``zone`` (None: floating)."""
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None and zone is not None:
        value = value.replace(tzinfo=zone)
    return value


def _utc(moment: datetime) -> datetime:
    """Aware times to UTC; floating times (no zone) are the advisor's local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()  # interprets a naive time as local
    return moment.astimezone(UTC)


def _first(value: Any) -> Any:
    """A property given more than once: its first value."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _says(value: Any, *words: str) -> bool:
    """Whether a property (given once or more) says one of ``words``."""
    return any(str(v).upper() in words for v in _all(value))


def _all(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: str, limit: int = LIMITS.text_chars) -> str:
    return clean_text(value, limit)[0]


def _email(value: Any) -> str:
    text = _text(str(value or ""), 320)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


def _attendees(occurrence) -> list[Attendee]:
    people = []
    for attendee in _all(occurrence.get("ATTENDEE")):
        params = getattr(attendee, "params", {})
        people.append(
            Attendee(
                email=_email(attendee),
                name=_text(str(_first(params.get("CN", "")) or "")),
                declined=str(params.get("PARTSTAT", "")).upper() == _DECLINED,
            )
        )
    return people
