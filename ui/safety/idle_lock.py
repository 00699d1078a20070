"""Locking an encrypted journal: after the chosen time without use, or by hand (File →
Lock Now).

Use is any key, click, wheel or touch anywhere in the app (one event filter on the
application, installed only while an encrypted journal has a lock time). Every
``CHECK_MS`` and on each use the time since the last use is measured on the wall clock
(``time.time``), not a monotonic one: a laptop that slept for an hour has been unused
for an hour, and locks the moment it wakes, before the key that woke it reaches a window.

Locking keeps what open reflection dialogs hold as drafts, closes every dialog, pauses
everything that reads the journal on a timer (the calendar's prompts and followed file),
closes the journal and forgets its passphrase, hides the windows and shows the unlock
dialog. Unlocking opens the journal again, reloads the window and shows what was shown.
A draft that cannot be written (a full disk, a read-only journal) does not stop the
lock: what was typed waits in memory (a ``HeldDraft``), the unlock dialog says so, and
the reflection comes back with it after unlocking.

``close_journal()`` and ``open_journal()`` are also what the encryption dialog and a
restore use while the file is rewritten: ``locked`` is True whenever the journal is
closed. The lock knows no window: it is handed the journal, the settings, the main
window as a plain widget (to hide and show) and its Lock Now action; what else must stop
or refresh listens to its signals (``closing``, ``opened``, ``changed``), and the window
decides whether a dismissed unlock dialog quits the app (``unlock_dismissed``).

A dialog that holds typed text (the reflection dialog) offers ``keep_typing()``
(``HoldsTyping``): it writes what it holds as a draft before the lock closes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal.errors import JournalError, WrongPassphrase
from journal.model import Draft
from journal.service import Journal
from ui.common import messages
from ui.common.changes import EVERYTHING
from ui.common.icons import app_icon
from ui.common.settings import Settings
from ui.safety.unlock_dialog import UnlockDialog

CHECK_MS = 15_000

USE_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


@runtime_checkable
class HoldsTyping(Protocol):
    """A dialog whose typed text the lock must not lose."""

    meeting_id: int | None

    def keep_typing(self) -> Draft | None:
        """Write what is typed as a draft now: None when it is in the journal (or nothing
        was typed), else the draft to hold in memory (it could not be written)."""


class IdleLock(QObject):
    locked_changed = Signal(bool)  # True: the journal is closed; False: open again
    closing = Signal()  # the journal is about to close: stop everything that reads it
    opened = Signal()  # the journal is open again: catch up
    changed = Signal(object)  # Changes: unlocked, everything may look different
    reopen = Signal(object, object)  # a reflection to open again: meeting id, held draft
    unlock_dismissed = Signal(bool)  # closed while locked; True: the person chose Quit

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        main: QWidget,
        action: QAction,
        clock: Callable[[], float] = time.time,
        check_ms: int = CHECK_MS,
    ):
        super().__init__(main)
        self.journal = journal
        self.settings = settings
        self.main = main  # the main window: hidden while locked
        self.action = action  # File → Lock Now
        self.clock = clock
        self.locked = False  # the journal is closed (locked, or being rewritten)
        self.last_used = clock()
        self.dialog: UnlockDialog | None = None
        self._watching = False
        self._hidden: list[QWidget] = []
        self._show_window_after = False
        self._idle_minutes: int | None = None
        self._asking = False  # closed by the lock (not for a rewrite): the unlock dialog
        # The reflections to reopen after unlocking: (meeting id or None for a new one,
        # the draft held in memory or None: the one in the journal).
        self._reopen: list[tuple[int | None, Draft | None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self.update()

    # -- watching ---------------------------------------------------------------------

    @property
    def minutes(self) -> int:
        """The lock time in force: the setting, for an encrypted journal (0: never)."""
        if not self.journal.encrypted:
            return 0
        return self.settings.lock_minutes

    def update(self) -> None:
        """After the setting or the encryption changed: watch for use, or stop."""
        wanted = self.minutes > 0 and not self.locked
        if wanted and not self._watching:
            self.last_used = self.clock()
            QApplication.instance().installEventFilter(self)
            self._timer.start()
        elif not wanted and self._watching:
            QApplication.instance().removeEventFilter(self)
            self._timer.stop()
        self._watching = wanted
        self.action.setVisible(self.journal.encrypted)
        self.action.setEnabled(not self.locked)

    def due(self) -> bool:
        minutes = self.minutes
        if not minutes or self.locked:
            return False
        now = self.clock()
        if now < self.last_used:  # the clock was set back: count from now
            self.last_used = now
        return now - self.last_used >= minutes * 60

    def check(self) -> None:
        if self.due():
            self.lock(idle=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in USE_EVENTS:
            if self.due() and self.lock(idle=True):
                return True  # the key or click that woke the laptop does nothing else
            self.last_used = self.clock()
        elif kind == QEvent.Type.ApplicationStateChange and self.due():
            self.lock(idle=True)
        return False

    # -- locking ----------------------------------------------------------------------

    def lock(self, idle: bool = False) -> bool:
        """Keep drafts, close dialogs, close the journal, hide the windows, ask. False
        when it did not lock (not encrypted, already locked)."""
        if self.locked or not self.journal.encrypted:
            return False
        self._idle_minutes = self.minutes if idle else None
        dialogs, windows = _open_windows(self.main)
        self._reopen = _reflections_to_reopen(dialogs)
        self.close_journal()
        self._asking = True
        for dialog in dialogs:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                # done(), not reject(): no "discard what you typed?" question; a dialog
                # in exec() returns from it once this event is handled.
                dialog.done(QDialog.DialogCode.Rejected)
        main_shown = self.main.isVisible()
        self._hidden = [w for w in windows if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self._show_window_after = False
        if main_shown:
            self.show_unlock()
        return True

    def close_journal(self) -> None:
        """Nothing may read the journal until ``open_journal``: the window's timers
        pause, the file is closed and its passphrase forgotten."""
        self.locked = True
        self.update()
        self.closing.emit()  # the calendar pauses, a check or backup on a worker ends
        store = self.journal.store
        store.close()
        store.passphrase = None
        self.locked_changed.emit(True)

    def open_journal(self, passphrase: str | None) -> None:
        """Open the closed journal again (``WrongPassphrase``, or another
        ``JournalError``, when it does not open; it stays closed then)."""
        self.journal.store.reopen(passphrase)
        self.locked = False
        self._asking = False
        self.update()
        self.opened.emit()
        self.locked_changed.emit(False)

    # -- unlocking --------------------------------------------------------------------

    def show_unlock(self) -> None:
        """The unlock dialog (again); shown when the window is asked for while locked
        (not while the journal is closed to be rewritten or restored)."""
        if not self.locked or not self._asking:
            return
        self._show_window_after = True
        if self.dialog is None:
            dialog = UnlockDialog(
                None,
                self.journal.path,
                minutes=self._idle_minutes,
                check=self._try,
                held=any(held is not None for _meeting, held in self._reopen),
            )
            dialog.setWindowIcon(app_icon())
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.finished.connect(self._finished)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _try(self, passphrase: str) -> bool:
        try:
            self.open_journal(passphrase)
        except WrongPassphrase:
            return False
        except JournalError as error:  # moved, damaged, taken by another program
            messages.show_error(self.dialog, error)
            return False
        return True

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        quit_chosen = dialog is not None and dialog.quit_chosen
        if dialog is not None:
            dialog.field.clear()
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and not self.locked:
            self._unlocked()
        else:  # the window quits, or stays locked in the tray until asked for again
            self.unlock_dismissed.emit(quit_chosen)

    def _unlocked(self) -> None:
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if self._show_window_after and not self.main.isVisible():
            self.main.show()
        self.changed.emit(EVERYTHING)
        self.main.raise_()
        self.main.activateWindow()
        reopen, self._reopen = self._reopen, []
        for meeting_id, held in reopen:  # the reflections being written, back from drafts
            QTimer.singleShot(0, self, lambda m=meeting_id, d=held: self.reopen.emit(m, d))


def _open_windows(main: QWidget) -> tuple[list[QDialog], list[QWidget]]:
    """The visible dialogs (the one on top first) and the other visible windows, the
    main window last. Menus and tooltips are closed on the way: not shown again."""
    dialogs: list[QDialog] = []
    windows: list[QWidget] = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or widget is main or isinstance(widget, UnlockDialog):
            continue
        if isinstance(widget, QDialog):
            dialogs.append(widget)
        elif widget.windowType() == Qt.WindowType.Window:
            windows.append(widget)
        else:  # a menu, a tooltip
            widget.hide()
    modal = QApplication.activeModalWidget()
    dialogs.sort(key=lambda d: d is not modal)
    return dialogs, [*windows, main]


def _reflections_to_reopen(dialogs: list[QDialog]) -> list[tuple[int | None, Draft | None]]:
    """Each dialog holding typed text saves it as a draft now, before it is closed. The
    one on top comes back after unlocking (from its draft); so does every one whose
    draft could not be written, from what it held (kept in memory only)."""
    reopen: list[tuple[int | None, Draft | None]] = []
    for dialog in dialogs:
        if not isinstance(dialog, HoldsTyping):
            continue
        held = dialog.keep_typing()
        if held is not None:
            reopen.append((dialog.meeting_id, held))
        elif not reopen:
            reopen.append((dialog.meeting_id, None))
    return reopen
