"""When to suggest a pulse for a client: rarely, and only when there is something to
ask about. Never after every meeting (reflection fatigue is the journal's enemy, and a
client asked too often stops answering, or answers politely).

- The first pulse once a relationship exists: after the third meeting with the client.
- After that, not within six weeks of the last pulse; then when six meetings were held
  since it, or a quarter (91 days) has passed with at least one meeting since.
- Not while the last pulse still waits for its first answer (30 days), so a second form
  does not chase the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

FIRST_AFTER_MEETINGS = 3
MIN_GAP = timedelta(days=42)
EVERY_MEETINGS = 6
QUARTER = timedelta(days=91)
WAIT_FOR_ANSWERS = timedelta(days=30)


@dataclass(frozen=True)
class History:
    """What the decision needs about one client."""

    meetings: int  # held so far (up to now)
    last_pulse_at: datetime | None
    meetings_since: int  # held after the last pulse was made
    last_pulse_answered: bool


def decide(history: History, now: datetime) -> tuple[bool, str]:
    """(due, reason): "first", "meetings" or "quarter" when due; "few_meetings",
    "too_soon", "waiting" or "nothing_since" when not."""
    if history.last_pulse_at is None:
        if history.meetings >= FIRST_AFTER_MEETINGS:
            return True, "first"
        return False, "few_meetings"
    age = now - history.last_pulse_at
    if not history.last_pulse_answered and age < WAIT_FOR_ANSWERS:
        return False, "waiting"
    if age < MIN_GAP:
        return False, "too_soon"
    if history.meetings_since >= EVERY_MEETINGS:
        return True, "meetings"
    if age >= QUARTER and history.meetings_since >= 1:
        return True, "quarter"
    return False, "nothing_since" if history.meetings_since == 0 else "too_soon"
