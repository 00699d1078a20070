"""What the app builds once its window is on screen: the one list.

Start-up builds the window shell (menus, tabs, status bar) and the Meetings page with its
first page of meetings, and paints them. Everything else waits for that first paint and
is started here, by ``AfterPaint``, in the order ``steps()`` lists it: the log file, the
bundled fonts, the journal made ready for writing, the instance server (QtNetwork), the
marked-text delegate, then the features' starts (the lock, the calendar and its
notifications, backups, briefs, unsaved reflections, the welcome), and last the
reflection dialog's code, so the first one opens at once.

All of them run in order from one zero-delay timer, started by the first paint, so the
first paint never waits for them. A step is never run twice. What a person can ask for
before its step has run is built then, where it is asked for: the features by
``ui.shell.features`` (on first use), the marks by the Meetings page when a text search
starts, the fonts by the report. A window hidden in the tray at login never paints:
``start_hidden()`` runs the steps marked ``hidden_too``, the rest wait for the window.

A new feature joins this list or is built on first use (``ui.shell.features``), never in
the window's ``__init__``: ``tests/ui/test_first_paint.py`` checks, in a process of its
own, that no heavy module is imported by the time the window first paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, QTimer

from ui.common import app_log
from ui.common.fonts import register_bundled_fonts

if TYPE_CHECKING:
    from journal.service import Journal
    from ui.meetings.meetings_page import MeetingsPage
    from ui.shell.features import Features


class Window(Protocol):
    """What the list needs of the main window (a QObject: the parent here)."""

    journal: Journal
    meetings: MeetingsPage
    features: Features

    def answer_later_starts(self) -> None: ...


class Step(NamedTuple):  # not a dataclass: those cost ~3.5M instructions at import
    what: str  # for a reader, the log and the tests
    run: Callable[[], object]
    hidden_too: bool = True  # also when the window starts hidden in the tray


def steps(window: Window) -> list[Step]:
    """Everything put off until the window is on screen, in the order it starts."""
    features = window.features
    return [
        Step("the log file, faulthandler's crash file", app_log.start_file),
        Step("the bundled fonts (the PDF report)", register_bundled_fonts),
        Step("the journal ready for the first save", window.journal.prepare_for_writing),
        Step("answering later starts (QtNetwork)", window.answer_later_starts),
        Step("matched words marked in the list", window.meetings.mark_matches),
        Step("the idle lock (Lock Now)", features.start_lock),
        Step("the calendar: notifications, prompt, To Reflect", features.start_calendar),
        Step("backups: the check after start-up, the daily one", features.start_backups),
        Step("the brief before a client meeting", features.start_briefs),
        Step("unsaved reflections offered", features.offer_drafts, hidden_too=False),
        Step("the welcome at the first start", features.welcome, hidden_too=False),
        Step("the reflection dialog's code (Ctrl+N)", features.prepare_reflection),
    ]


class AfterPaint(QObject):
    """Runs ``steps(window)`` after the window's first paint."""

    def __init__(self, window: Window):
        super().__init__(window)
        self._steps = steps(window)
        self.done: list[str] = []  # what has run, in order (tests, diagnostics)
        self._queue: list[Step] = []
        self._stopped = False

    def start(self) -> None:
        """The window painted: every step not run yet, in the next pass."""
        self._schedule([s for s in self._steps if s.what not in self.done])

    def start_hidden(self) -> None:
        """Started hidden in the tray: what must run without a window on screen (the
        lock, the prompts, the check and the daily backup …)."""
        self._schedule([s for s in self._steps if s.hidden_too and s.what not in self.done])

    def run_now(self) -> None:
        """Every step not run yet, at once (tests; a window that must be whole now)."""
        self._queue = [s for s in self._steps if s.what not in self.done]
        while self._queue and not self._stopped:
            self._run(self._queue.pop(0))

    @property
    def finished(self) -> bool:
        return len(self.done) == len(self._steps)

    def stop(self) -> None:
        """The window closes: nothing more starts."""
        self._stopped = True
        self._queue = []

    def _schedule(self, pending: list[Step]) -> None:
        queued = {s.what for s in self._queue}
        self._queue.extend(s for s in pending if s.what not in queued)
        if self._queue:
            QTimer.singleShot(0, self, self._run_queued)

    def _run_queued(self) -> None:
        while self._queue and not self._stopped:
            self._run(self._queue.pop(0))

    def _run(self, step: Step) -> None:
        if step.what in self.done:
            return
        self.done.append(step.what)  # first: a step that fails is not tried again
        step.run()
