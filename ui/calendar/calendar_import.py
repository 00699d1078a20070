"""Importing a calendar file from the window: read on a worker thread (the slow part,
which never touches the journal), then saved on the ui thread."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journal.calendar.ics_file import default_window
from journal.errors import JournalError
from journal.service import Journal
from ui.common.background import Background


class CalendarImporter(QObject):
    imported = Signal(object, object, bool)  # ImportResult, Path, quiet
    failed = Signal(object, object, bool)  # JournalError, Path, quiet
    started = Signal(object, bool)  # Path, quiet

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self.background = Background(self)
        self._queued: tuple[Path, bool] | None = None
        self._held = False  # the journal is closed: nothing saved until release()
        self._held_result: tuple | None = None

    @property
    def busy(self) -> bool:
        return self.background.busy

    def start(
        self,
        path: Path,
        quiet: bool = False,
        first: datetime | None = None,
        end: datetime | None = None,
    ) -> None:
        """``quiet`` imports (a watched file that changed) report in the status bar only.
        While one import runs, the next one waits (only the newest request is kept)."""
        if self.busy or self._held:
            self._queued = (path, quiet)
            return
        default_first, default_end = default_window(self.journal.clock())
        first, end = first or default_first, end or default_end
        calendar = self.journal.calendar
        self.started.emit(path, quiet)
        self.background.run(
            lambda: calendar.read(path, first, end),
            lambda read: self._save(read, path, quiet),
            lambda error: self._fail(error, path, quiet),
        )

    def _save(self, read, path: Path, quiet: bool) -> None:
        if self._held:  # read while the journal was locked: saved once it opens again
            self._held_result = (read, path, quiet)
            return
        try:
            result = self.journal.calendar.save_read(read)
        except JournalError as error:
            self._fail(error, path, quiet)
            return
        self.imported.emit(result, path, quiet)
        self._next()

    def _fail(self, error: Exception, path: Path, quiet: bool) -> None:
        if not isinstance(error, JournalError):
            traceback.print_exception(error)  # a bug: the app's handler tells the person
            self._next()
            raise error
        self.failed.emit(error, path, quiet)
        self._next()

    def _next(self) -> None:
        if self._queued is not None:
            path, quiet = self._queued
            self._queued = None
            self.start(path, quiet)

    def wait(self) -> None:
        self.background.wait()

    def hold(self) -> None:
        """The journal is closed for a while: reads may finish, nothing is saved."""
        self._held = True

    def release(self) -> None:
        """The journal is open again: save what was read meanwhile, then go on."""
        self._held = False
        held, self._held_result = self._held_result, None
        if held is not None:
            self._save(*held)
        elif not self.busy:
            self._next()

    def stop(self) -> None:
        """Closing: let a running read finish, save nothing more."""
        self._queued = None
        self.background.stop()
