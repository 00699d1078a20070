"""Reading simple single events without building icalendar components: the quick path of
``ics_file``.

icalendar's parser spends about 20 µs a line on splitting it (a Python loop over every
character), parsing its parameters and building the component; for a big export that
is most of what an import takes. A single event (no RRULE, RDATE, EXDATE, EXRULE or
RECURRENCE-ID) needs none of that: the first pass of ``ics_file`` has already
unfolded and split its lines. Here its values are interpreted as icalendar's parser
would, with icalendar's own pieces: the same value types (``vText``, ``vDDDTypes`` with
its time-zone handling, ``vCalAddress``) from the same type factory, the same unescaping,
and parameters parsed by icalendar itself, once per distinct property head.

Whatever this does not handle exactly as icalendar would — a value icalendar would mark
as broken, a backslash in a property's head, a property this does not know — makes
``read_single`` give None, and the caller lets icalendar read that event.
"""

from __future__ import annotations

from typing import Any

from icalendar import Event
from icalendar.parser.content_line import Contentline
from icalendar.parser.ical.component import ComponentIcalParser
from icalendar.parser.property import unescape_backslash

# The properties read here: what ``ics_file`` uses of a single event (the parser
# treats some others, such as CATEGORIES and RDATE, in ways of their own).
READ = frozenset(
    {"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "STATUS", "CLASS", "ORGANIZER",
     "ATTENDEE", "LOCATION", "SEQUENCE"}
)  # fmt: skip
_WITH_TZID = frozenset(ComponentIcalParser.datetime_names)  # where the parser passes TZID
_UNKNOWN = object()


class SingleEvent(dict):
    """A VEVENT's properties as icalendar values under their upper-case names (one given
    more than once: a list), read as ``ics_file`` reads a Component."""

    name = "VEVENT"
    errors = ()  # an event with a broken value goes to icalendar instead


class Heads:
    """Property heads ("ATTENDEE;CN=Piet;PARTSTAT=ACCEPTED:"), parsed by icalendar once
    each: an export repeats the same few heads thousands of times."""

    def __init__(self) -> None:
        self._parsed: dict[str, Any] = {}

    def get(self, head: str) -> tuple[str, Any, Any, Any] | None:
        """(name, parameters, value type, TZID) as the parser would find them, or None
        when this head is for icalendar's parser to read."""
        parsed = self._parsed.get(head, _UNKNOWN)
        if parsed is _UNKNOWN:
            parsed = self._parsed[head] = _parse_head(head)
        return parsed


def _parse_head(head: str) -> tuple[str, Any, Any, Any] | None:
    if "\\" in head:  # escapes decide where the head ends: the parser's business
        return None
    try:
        name, params, _ = Contentline(head).raw_parts()
    except ValueError:  # the parser records the line as broken
        return None
    name = name.upper()
    factory = Event.types_factory.for_property(name, params.value)
    if name not in READ or hasattr(factory, "get_value_from_content_line"):
        return None
    tzid = params.get("TZID") if params and name in _WITH_TZID else None
    return name, params, factory, tzid


def read_single(parts: list[tuple[str, str]], heads: Heads) -> SingleEvent | None:
    """The event whose property lines are ``parts`` (head up to and with the colon,
    value), or None when icalendar's parser must read it. Time zones named by TZID are
    looked up as the parser does, so the calendar's VTIMEZONEs must have been parsed."""
    event = SingleEvent()
    for head, raw in parts:
        parsed = heads.get(head)
        if parsed is None:
            return None
        name, params, factory, tzid = parsed
        value = unescape_backslash(raw) if "\\" in raw else raw
        try:
            prop = factory(factory.from_ical(value, tzid) if tzid else factory.from_ical(value))
        except (ValueError, TypeError):  # the parser would keep it as broken, or refuse it
            return None
        # One Parameters for every property with this head: nothing here changes them.
        prop.params = params
        _add(event, name, prop)
    return event


def _add(event: SingleEvent, name: str, prop: Any) -> None:
    """As ``Component.add``: a property given again makes a list."""
    if name not in event:
        event[name] = prop
    elif isinstance(event[name], list):
        event[name].append(prop)
    else:
        event[name] = [event[name], prop]
