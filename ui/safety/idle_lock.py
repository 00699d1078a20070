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

``close_journal()`` and ``open_journal()`` are also what the encryption dialog uses while
the file is rewritten: ``locked`` is True whenever the journal is closed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal.errors import JournalError, WrongPassphrase
from ui.common import messages
from ui.common.icons import app_icon

if TYPE_CHECKING:
    from ui.reflect.draft_keeper import HeldDraft
    from ui.safety.unlock_dialog import UnlockDialog
    from ui.shell.main_window import MainWindow

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


class IdleLock(QObject):
    locked_changed = Signal(bool)  # True: the journal is closed; False: open again

    def __init__(
        self,
        window: MainWindow,
        clock: Callable[[], float] = time.time,
        check_ms: int = CHECK_MS,
    ):
        super().__init__(window)
        self.window = window
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
        self._reopen: list[tuple[int | None, HeldDraft | None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self.update()

    # -- watching ---------------------------------------------------------------------

    @property
    def minutes(self) -> int:
        """The lock time in force: the setting, for an encrypted journal (0: never)."""
        if not self.window.journal.encrypted:
            return 0
        return self.window.settings.lock_minutes

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
        action = getattr(self.window, "lock_action", None)
        if action is not None:
            action.setVisible(self.window.journal.encrypted)
            action.setEnabled(not self.locked)

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
        if self.locked or not self.window.journal.encrypted:
            return False
        self._idle_minutes = self.minutes if idle else None
        dialogs, windows = _open_windows(self.window)
        self._reopen = _reflections_to_reopen(dialogs)
        self.close_journal()
        self._asking = True
        for dialog in dialogs:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                # done(), not reject(): no "discard what you typed?" question; a dialog
                # in exec() returns from it once this event is handled.
                dialog.done(QDialog.DialogCode.Rejected)
        main_shown = self.window.isVisible()
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
        self.window.calendar.pause()
        backup_actions = getattr(self.window, "backup_actions", None)
        if backup_actions is not None:
            backup_actions.wait()  # its check or backup reads the file on a worker thread
        store = self.window.journal.store
        store.close()
        store.passphrase = None
        self.locked_changed.emit(True)

    def open_journal(self, passphrase: str | None) -> None:
        """Open the closed journal again (``WrongPassphrase``, or another
        ``JournalError``, when it does not open; it stays closed then)."""
        self.window.journal.store.reopen(passphrase)
        self.locked = False
        self._asking = False
        self.update()
        self.window.calendar.resume()
        self.locked_changed.emit(False)

    # -- unlocking --------------------------------------------------------------------

    def show_unlock(self) -> None:
        """The unlock dialog (again); shown when the window is asked for while locked
        (not while the journal is closed to be rewritten or restored)."""
        if not self.locked or not self._asking:
            return
        self._show_window_after = True
        if self.dialog is None:
            from ui.safety.unlock_dialog import UnlockDialog  # drawn only when it is needed

            dialog = UnlockDialog(
                None,
                self.window.journal.path,
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
        elif quit_chosen or not self.window._stays_in_tray():
            self.window.quit()
        # else: closed with the tray icon there: stays locked until asked for again

    def _unlocked(self) -> None:
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if self._show_window_after and not self.window.isVisible():
            self.window.show()
        self.window.changed()
        self.window.raise_()
        self.window.activateWindow()
        reopen, self._reopen = self._reopen, []
        for meeting_id, held in reopen:  # the reflections being written, back from drafts
            QTimer.singleShot(
                0, self.window, lambda m=meeting_id, d=held: self.window.run_reflection(m, d)
            )


def _open_windows(main: QWidget) -> tuple[list[QDialog], list[QWidget]]:
    """The visible dialogs (the one on top first) and the other visible windows, the
    main window last. Menus and tooltips are closed on the way: not shown again."""
    from ui.safety.unlock_dialog import UnlockDialog

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


def _reflections_to_reopen(
    dialogs: list[QDialog],
) -> list[tuple[int | None, HeldDraft | None]]:
    """Each reflection dialog saves what it holds as a draft now, before it is closed.
    The one on top comes back after unlocking (from its draft); so does every one whose
    draft could not be written, from what it held (kept in memory only)."""
    from ui.reflect.draft_keeper import HeldDraft  # loaded with the reflection dialog, not at start
    from ui.reflect.reflection_dialog import ReflectionDialog

    reopen: list[tuple[int | None, HeldDraft | None]] = []
    for dialog in dialogs:
        if not isinstance(dialog, ReflectionDialog):
            continue
        keeper = dialog.drafts
        if keeper.keep():
            if not reopen:
                reopen.append((dialog.meeting_id, None))
        else:
            held = HeldDraft(keeper.key, keeper.payload(), datetime.now(UTC))
            reopen.append((dialog.meeting_id, held))
    return reopen
