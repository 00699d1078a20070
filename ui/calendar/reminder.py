"""Asks for a reflection when a client meeting ends: one timer, set to the next moment
something may become due (``Journal.calendar.next_moment``), never a poll.

The decisions are in ``journal.calendar.prompts``; this only keeps the timer and tells the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from journal.errors import JournalError
from journal.service import Journal

# A long single timer can oversleep a suspended laptop or a changed clock, so it never
# waits longer than this before looking again at the journal's (wall) clock.
LONGEST_WAIT_MS = 10 * 60 * 1000


class Reminder(QObject):
    due = Signal(list)  # StoredEvents that just became due, most recently ended first
    held = Signal(int)  # this many ended meetings were added to the journal
    failed = Signal(object)  # a JournalError while looking

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # to the second is plenty
        self.timer.timeout.connect(self.check)

    def check(self) -> None:
        """Turn ended meetings into meetings, ask about those due, set the next timer."""
        calendar = self.journal.calendar
        try:
            held = calendar.hold_ended_meetings()
            due = calendar.due()
            for event in due:
                calendar.mark_prompted(event)
        except JournalError as error:
            self.failed.emit(error)
            due, held = [], 0
        if held:
            self.held.emit(held)
        if due:
            self.due.emit(due)
        self.reschedule()

    def reschedule(self) -> None:
        try:
            moment = self.journal.calendar.next_moment()
        except JournalError as error:
            self.failed.emit(error)
            moment = None
        if moment is None:
            self.timer.stop()
            return
        wait = (moment - self.journal.clock()).total_seconds() * 1000
        # One second late, so the meeting has really ended by the clock's own reckoning.
        self.timer.start(int(min(max(wait, 0) + 1000, LONGEST_WAIT_MS)))

    def stop(self) -> None:
        self.timer.stop()
