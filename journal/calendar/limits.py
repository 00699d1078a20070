"""How much of a calendar file is read: limits a real advisor's calendar never reaches,
so that a file written to hurt (a rule repeating every second, a 50 MB title, a FIFO)
is read within bounds, and what was left out is said in the import report.

A busy advisor has some ten meetings a day: about 2,500 a year, a weekly series 52, a
daily one 365, an Outlook export of ten years with every description 100 MB. A typed
title is at most 300 characters; an event has a few dozen attendees, a long-running
series a few hundred exceptions; a time zone changes its offset twice a year.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 200 * 2**20  # read no more of a file (a device never ends)
    line_chars: int = 20_000  # one property, unfolded (an EXDATE list of ~1,200 dates)
    text_chars: int = 300  # a title or a location kept, like a typed title (MAX_TITLE)
    values: int = 2_000  # lines of one property in one event (ATTENDEE, EXDATE, RDATE)
    occurrences: int = 2_000  # of one series in the window (five years of a daily one)
    events: int = 20_000  # read per import, in the window (eight busy years)
    rule_steps: int = 500_000  # steps of a rule before the window (hourly for 57 years)
    seconds: float = 30.0  # per import; the other limits are reached long before
    problems: int = 200  # reported one by one; the rest are counted


LIMITS = Limits()


class Budget:
    """The events and the time one import may still take. Checked where the work is
    done (each line, each event, each occurrence); ``clock`` is injected by tests."""

    def __init__(self, limits: Limits = LIMITS, clock=time.monotonic):
        self.limits = limits
        self._clock = clock
        self._deadline = clock() + limits.seconds
        self.events = 0

    def out_of_time(self) -> bool:
        return self._clock() > self._deadline

    def take_event(self) -> bool:
        """Count one more event read; False once the limit is reached."""
        if self.events >= self.limits.events:
            return False
        self.events += 1
        return True

    @property
    def events_left(self) -> bool:
        return self.events < self.limits.events
