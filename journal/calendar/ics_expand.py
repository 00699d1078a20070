"""Recurring events within limits: recurring-ical-events expands each series (EXDATE,
RDATE, moved occurrences, "this and all future", the newest edit by SEQUENCE), one
series at a time and lazily, so that a rule repeating every second stops at the limit
instead of filling the memory, and one rule the library cannot work out leaves out
that series only.

The library asks dateutil for every start in the window at once; ours asks for them
one by one (``xafter``), and never past the window (``until``), so a rule that never
occurs again ends at the window instead of the year 9999. A rule that would take
dateutil too many steps to reach the window at all (hourly since the year 1) is
refused before it starts: nothing can interrupt dateutil once it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from dateutil.rrule import rrule
from recurring_ical_events import Series
from recurring_ical_events.adapters.event import EventAdapter
from recurring_ical_events.util import compare_greater, convert_to_datetime

# dateutil's step for each frequency, in seconds (months and years at their shortest).
_STEP = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 604800,
         "MONTHLY": 28 * 86400, "YEARLY": 365 * 86400}  # fmt: skip
# The parts of a rule that multiply the starts of each step, for the coarser frequencies.
_TIMES = (("BYHOUR", 3600), ("BYMINUTE", 60), ("BYSECOND", 1))


class _BoundedRules(Series.RecurrenceRules):
    def rrule_between(self, span_start, span_stop) -> Iterator:
        """The library's, lazily and bounded by the span (its UNTIL checks kept)."""
        start_at = convert_to_datetime(span_start, self.tzinfo)
        stop_at = convert_to_datetime(span_stop, self.tzinfo)
        for rule in self.rrules:
            for start in _ending(rule, stop_at).xafter(start_at, inc=True):
                if start > stop_at:
                    break
                if rule.until is None or not compare_greater(start, rule.until):
                    yield start


def _ending(rule, stop_at: datetime):
    """``rule`` ending at the end of the span: dateutil then stops there, also when
    it finds no more starts (a rule for 30 February)."""
    if not isinstance(rule, rrule):
        return rule  # the rruleset holds only the RDATEs: a list
    try:
        if rule._until is not None and rule._until <= stop_at:
            return rule
        bounded = rule.replace(until=stop_at)
    except (TypeError, ValueError):  # times with and without a zone: as the library has it
        return rule
    bounded.until = rule.until  # the library's own check of UNTIL
    return bounded


class BoundedSeries(Series):
    RecurrenceRules = _BoundedRules


def series(components: list) -> BoundedSeries:
    """The series of one UID's VEVENTs (the master, its edits); raises what the
    library raises for a rule it cannot read."""
    return BoundedSeries([EventAdapter(c) for c in components])


def moves(components: list) -> dict[str, timedelta]:
    """For each "this and all future" edit (by ``moment_key`` of its RECURRENCE-ID):
    how far it moves the occurrences from it on, as the library moves them."""
    moved = {}
    for component in components:
        adapter = EventAdapter(component)
        if adapter.this_and_future:
            moved[moment_key(component["RECURRENCE-ID"].dt)] = adapter.move_recurrences_by
    return moved


def moment_key(moment) -> str:
    return moment.isoformat()


def occurrences(one: BoundedSeries, first: datetime, end: datetime) -> Iterator:
    """The occurrences of ``one`` overlapping [first, end), as components, in no order."""
    for occurrence in one.between(first, end):
        yield occurrence.as_component(False)


def too_many_steps(component, first: datetime, limit: int) -> str:
    """ "" when dateutil can reach ``first`` from the rules' start within ``limit``
    steps; else the rule and its start, to say why it was left out."""
    rules = component.get("RRULE")
    if rules is None:
        return ""
    try:
        start = component["DTSTART"].dt
        if not isinstance(start, datetime):
            start = datetime(start.year, start.month, start.day)
        naive = start.replace(tzinfo=None)
        before = (first.replace(tzinfo=None) - naive) / timedelta(seconds=1)
    except (AttributeError, KeyError, OverflowError, TypeError, ValueError):
        return ""  # the library says what is wrong with it
    for rule in rules if isinstance(rules, list) else [rules]:
        freq = str(_first(rule.get("FREQ")) or "").upper()
        step = _STEP.get(freq)
        interval = _first(rule.get("INTERVAL"))
        interval = 1 if interval is None else interval
        if not isinstance(interval, int) or interval < 1:
            return f"INTERVAL={interval}"  # dateutil would never get past the start
        if step is None:
            continue  # not a rule: the library refuses it
        starts = 1
        for part, size in _TIMES:
            if size < step:
                starts *= max(1, len(rule.get(part) or ()))
        if max(0.0, before) / (step * interval) * starts > limit:
            return f"FREQ={freq};INTERVAL={interval} since {naive:%Y-%m-%d}"
    return ""


def _first(value):
    return value[0] if isinstance(value, list) and value else value
