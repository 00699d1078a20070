"""What reading a calendar file gives: the events in the window, those left out and
why, and what was wrong in the file. Plain data; the ui words every reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from journal.calendar.limits import LIMITS


@dataclass(frozen=True)
class Attendee:
    email: str  # lower case, without "mailto:"
    name: str
    declined: bool


@dataclass(frozen=True)
class CalendarEvent:
    """One occurrence of a timed event. ``recurrence_id`` is "" for a single event and
    the original start (UTC ISO) for an occurrence of a recurring one: with ``uid`` it
    names the occurrence across re-imports, even when it moves. Texts are cleaned
    (no control or direction characters) and at most ``Limits.text_chars`` long."""

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
    """An event left out, and why: "cancelled", "all_day", "no_start", "bad_value"
    (``detail`` says which property), "duplicate" (another event
    has its UID; ``detail`` is the line of the one read), "bad_rule" (a recurrence
    the library cannot work out; ``detail`` its error), "rule_limit" (a rule repeating
    too often since too long ago; ``detail`` the rule)."""

    title: str
    reason: str
    line: int
    start: datetime | None = None
    detail: str = ""
    uid: str = ""
    recurrence_id: str = ""  # with ``uid``: which stored occurrence a cancellation ends


@dataclass
class Problem:
    """Something wrong in the file that did not stop the rest being read:
    "bad_line" (not an iCalendar line), "not_utf8" (lines read as Windows-1252;
    ``count`` of them), "cut_short" (the file ends inside what began at ``start``;
    ``detail`` "event" when an event was left out), "stray_end", "outside_calendar",
    "too_long" / "too_many_values" (``detail`` the property), "text_cut" (a title or
    location shortened), "ends_before_start" (read with start and end swapped), "bad_timezone" / "unknown_zone" (``detail`` the zone),
    "series_limit" (only the first occurrences of a series were read; ``detail`` its
    title), "event_limit", "time_limit", "more_problems" (``count`` not listed)."""

    kind: str
    line: int
    detail: str = ""
    start: int = 0
    count: int = 1


@dataclass
class CalendarRead:
    events: list[CalendarEvent] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        """Note a problem; past the limit they are only counted (a file of garbage
        must not give a report of a million lines)."""
        if len(self.problems) < LIMITS.problems:
            self.problems.append(problem)
        elif self.problems[-1].kind == "more_problems":
            self.problems[-1].count += 1
        else:
            self.problems.append(Problem("more_problems", problem.line))

    def has(self, kind: str) -> bool:
        return any(p.kind == kind for p in self.problems)
