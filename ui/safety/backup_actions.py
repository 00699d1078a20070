"""The window's side of backups and the journal's health: File → Back Up Now… and
Restore from Backup…, the quick check and the daily backup once the window is painted
(on worker threads: start-up never waits for them), and the dialog when the check finds
damage.

Closing the journal to restore it goes through the idle lock (it pauses what reads the
journal on a timer). The window is not known here: a restore says what changed
(``changed``) and asks to quit when the restored journal does not open and the person
gives up (``quit_requested``).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from time import perf_counter

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.safety import backups
from journal.safety import restore as restoring
from journal.safety.backups import Backup
from journal.safety.health import Health
from journal.service import Journal
from ui.common import messages
from ui.common.background import Background
from ui.common.changes import EVERYTHING
from ui.common.labels import fit_height, headline, wrapped
from ui.safety import damaged_dialog
from ui.safety.damaged_dialog import DamagedDialog, Finding
from ui.safety.idle_lock import IdleLock
from ui.safety.journal_opening import good_backup, replace_with_backup
from ui.safety.restore_dialog import NotOpenedDialog, RestoreDialog

HOUR_MS = 60 * 60 * 1000


class BackupActions(QObject):
    """Built once the window is painted; ``start()`` then. Its two status-bar widgets
    (``failure_button``, ``backed_up_label``) are placed by the window."""

    checked = Signal(object)  # the Health the check after start-up found
    backed_up = Signal(object)  # a Backup, daily or by hand
    changed = Signal(object)  # Changes: another journal after a restore
    quit_requested = Signal()  # a restored journal does not open, and the person quits

    def __init__(
        self,
        journal: Journal,
        lock: IdleLock,
        parent: QWidget,
        status: QStatusBar,
        check_interval_ms: int = HOUR_MS,
    ):
        super().__init__(parent)
        self.journal = journal
        self.lock = lock  # closes and opens the journal, and asks for its passphrase
        self.parent_widget = parent  # of the dialogs
        self.status = status
        self.place_banner: Callable[[QWidget], None] = lambda bar: None  # set by the window
        self.started = False
        self.check_seconds: float | None = None  # how long the check after start-up took
        self.health: Health | None = None  # what it found
        self.failure: JournalError | Exception | None = None  # the last daily backup's
        self._checking = Background(self)
        self._backing_up = Background(self)  # the daily backup
        self._manual = Background(self)  # Back Up Now
        self._daily_timer = QTimer(self)
        self._daily_timer.setInterval(check_interval_ms)
        self._daily_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._daily_timer.timeout.connect(self.daily_backup)
        self.back_up_dialog: BackUpNowDialog | None = None
        self._target: Path | None = None  # where a read-only journal is backed up to
        self.restore_dialog: RestoreDialog | None = None
        self.damaged_dialog: DamagedDialog | None = None

        # A failed daily backup stays in the status bar until a backup works.
        self.failure_button = QToolButton()
        self.failure_button.setAutoRaise(True)
        self.failure_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.failure_button.setIcon(
            parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.failure_button.setText(self.tr("The daily backup did not work"))
        self.failure_button.clicked.connect(lambda: self.back_up_now())
        self.failure_button.hide()
        self.backed_up_label = QLabel()
        self.backed_up_label.setEnabled(False)  # drawn quietly
        self.backed_up_label.hide()

    def _closed(self) -> bool:
        """The journal is closed (locked, or being rewritten): nothing may read it."""
        return self.lock.locked

    # -- after the window is painted ---------------------------------------------------

    def start(self) -> None:
        """The quick check, then the daily backup when one is due; the backup is looked
        at again every hour while the app runs."""
        if self.started:
            return
        self.started = True
        from ui.safety.privacy_notice import PrivacyNotice

        # plain copies beside an encrypted journal, an interrupted encryption change
        self.privacy_notice = PrivacyNotice(self.journal, self.parent_widget, self.place_banner)
        self.privacy_notice.start()
        self._daily_timer.start()
        journal = self.journal
        path, passphrase = journal.path, journal.store.passphrase

        def check() -> tuple[Health, float, object]:
            began = perf_counter()
            found = journal.check(thorough=False)
            seconds = perf_counter() - began
            good = None if found.ok else good_backup(path, passphrase)
            return found, seconds, good

        self._checking.run(check, self._check_done, self._job_failed)

    def _check_done(self, result) -> None:
        found, self.check_seconds, good = result
        self.health = found
        self.checked.emit(found)
        if self._closed():  # locked meanwhile: the next start checks again
            return
        if found.ok or found.kind in ("locked", "busy", "search_index", "wal_unread"):
            self.daily_backup()  # nothing damaged (damaged_dialog.QUIET_KINDS)
            return
        self.show_damaged(Finding(found.path, found.kind, "; ".join(found.problems), good))

    def show_damaged(self, finding: Finding) -> DamagedDialog:
        """The damaged-journal dialog for the open journal (window modal, not blocking
        the caller); restoring closes the journal, restores and opens it again."""
        dialog = DamagedDialog(finding, self.parent_widget, restore=lambda: self._restore_damaged(finding),
                               running=True)  # fmt: skip
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._damaged_closed(dialog))
        self.damaged_dialog = dialog
        dialog.show()
        return dialog

    def _damaged_closed(self, dialog: DamagedDialog) -> None:
        self.damaged_dialog = None
        dialog.deleteLater()

    def _restore_damaged(self, finding: Finding) -> Path:
        assert finding.good is not None
        journal = self.journal
        passphrase = journal.store.passphrase
        self.wait()
        self.lock.close_journal()
        try:
            kept = replace_with_backup(
                journal.path, finding.good.backup.path, passphrase, journal.clock(),
                backup_passphrase=finding.good.passphrase or passphrase,
            )  # fmt: skip
        except BaseException:
            self._open_again(passphrase, restored=False)
            raise
        self._open_again(passphrase, restored=True, kept=kept)
        return kept

    def daily_backup(self) -> bool:
        """A "daily" backup on a worker thread, when none was made in the last day.
        True when one was started. Success is a line in the status bar; a failure stays
        there (with the reason in its tooltip) until a backup works."""
        if self._backing_up.busy or self._closed():
            return False
        journal = self.journal
        if not journal.daily_backup_due():
            return False
        self._backing_up.run(lambda: journal.back_up("daily"), self._daily_done,
                             self._daily_failed)  # fmt: skip
        return True

    def _daily_done(self, backup: Backup) -> None:
        self.failure = None
        self.failure_button.hide()
        self._show_backed_up(backup)
        self.backed_up.emit(backup)

    def _show_backed_up(self, backup: Backup) -> None:
        """A quiet note beside the count (not a message: those belong to the person's
        own actions, and a backup must not push one of them away)."""
        when = backup.made.astimezone().strftime("%H:%M")
        self.backed_up_label.setText(self.tr("Backed up at {time}").format(time=when))
        self.backed_up_label.setToolTip(str(backup.path))
        self.backed_up_label.show()

    def _daily_failed(self, error: Exception) -> None:
        self.failure = error
        if not isinstance(error, JournalError):
            _log(error)
        detail = messages.describe(error) if isinstance(error, JournalError) else repr(error)
        self.failure_button.setToolTip(
            detail + "\n" + self.tr("Click to try again now (File → Back Up Now…).")
        )
        self.failure_button.show()
        self.backed_up_label.hide()  # "backed up at" beside "did not work" would confuse

    def _job_failed(self, error: Exception) -> None:
        _log(error)

    # -- by hand -----------------------------------------------------------------------

    def back_up_now(self) -> BackUpNowDialog | None:
        """File → Back Up Now…: a small dialog with the progress, then where it went. A
        journal that can only be read is backed up to a file the person chooses (its
        backups folder cannot be written either). None while the journal is closed, or
        when no file was chosen."""
        if self._closed():
            self.lock.show_unlock()  # when locked (a rewrite or restore ends by itself)
            return None
        if not self._manual.busy and self.journal.read_only:
            target = self._choose_target()
            if target is None:
                return None
            self._target = target
        dialog = self.back_up_dialog
        if dialog is None:
            dialog = BackUpNowDialog(self.parent_widget)
            dialog.again.connect(self._start_manual)
            self.back_up_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if not self._manual.busy:
            self._start_manual()
        return dialog

    def _choose_target(self) -> Path | None:
        """Where a backup of a read-only journal goes (its own folder cannot be written)."""
        stamp = self.journal.clock().astimezone().strftime("%Y-%m-%d-%H%M")
        start = Path.home() / f"advisor-journal-backup-{stamp}.sqlite3"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Back Up to a File"),
            str(start),
            self.tr("Advisor Journal files (*.sqlite3);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def _start_manual(self) -> None:
        dialog = self.back_up_dialog
        assert dialog is not None
        if self._manual.busy or self._closed():
            return
        journal = self.journal
        path, passphrase, now = journal.path, journal.store.passphrase, journal.clock()
        target = self._target if journal.read_only else None
        # Plain numbers, read by the dialog's timer: no Qt object is touched off the ui
        # thread (the window may be gone before the worker is done).
        moved = dialog.working()

        def step(done: int, total: int) -> None:
            moved[:] = [done, total]

        def work() -> Backup:
            return backups.make_backup(
                path, "manual", passphrase, target=target, now=now, progress=step
            )

        self._manual.run(work, self._manual_done, self._manual_failed)

    def _manual_done(self, backup: Backup) -> None:
        self.failure = None
        self.failure_button.hide()
        self._show_backed_up(backup)
        self.backed_up.emit(backup)
        dialog = self.back_up_dialog
        if dialog is not None:
            dialog.succeeded(backup.path)
            if not dialog.isVisible():
                self.status.showMessage(
                    self.tr("Backed up to {path}").format(path=backup.path), 10_000
                )

    def _manual_failed(self, error: Exception) -> None:
        if not isinstance(error, JournalError):
            _log(error)
        dialog = self.back_up_dialog
        if dialog is not None:
            dialog.failed(error)
            dialog.show()  # a failure is said, also when the dialog was hidden meanwhile

    def open_restore(self):
        """File → Restore from Backup… (None while the journal is closed)."""
        if self._closed():
            self.lock.show_unlock()  # when locked (a rewrite or restore ends by itself)
            return None
        dialog = RestoreDialog(self.journal, self.restore_from, self.parent_widget)
        self.restore_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "restore_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore_from(self, backup: Path, backup_passphrase: str | None) -> Path | None:
        """Close the journal, restore ``backup`` over it (the journal as it was becomes a
        "before-restore" backup), open it again and reload the window; what was done
        before can no longer be undone. Returns where the old journal went."""
        journal = self.journal
        passphrase = journal.store.passphrase
        self.wait()
        self.lock.close_journal()
        try:
            kept = restoring.restore(
                backup,
                journal.path,
                journal.clock(),
                backup_passphrase=backup_passphrase if backup_passphrase else passphrase,
                journal_passphrase=passphrase,
            )
        except BaseException:
            self._open_again(passphrase, restored=False)
            raise
        self._open_again(passphrase, restored=True, kept=kept)
        return kept

    # -- the journal closed and opened again -------------------------------------------

    def wait(self) -> None:
        """A check or backup still running reads the file through a connection of its
        own: let it finish before the journal is closed (locked, rewritten, restored),
        so the file is never changed under it and the close can fold in the WAL. The
        restore dialog's count of meetings (it reads the backups) stops."""
        if self.restore_dialog is not None:
            self.restore_dialog.stop_counting()
        if self._backing_up.busy or self._manual.busy or self._checking.busy:
            QThreadPool.globalInstance().waitForDone(120_000)

    def _open_again(self, passphrase: str | None, restored: bool, kept: Path | None = None) -> bool:
        """Open the journal after a restore (``restored``) or a restore that failed, and
        reload the window. When it does not open, the window must not stay on a closed
        journal: a dialog says why, with Try Again and Quit. False: the person quit."""
        while True:
            try:
                self.lock.open_journal(passphrase)
            except JournalError as error:
                if NotOpenedDialog.ask(self.parent_widget, error, restored, kept):
                    continue
                for dialog in (self.restore_dialog, self.damaged_dialog):
                    if dialog is not None:
                        dialog.done(QDialog.DialogCode.Rejected)
                self.quit_requested.emit()
                return False
            # Another journal now: nothing done before can be undone, every view reloads.
            self.changed.emit(replace(EVERYTHING, replaced=True))
            return True


class BackUpNowDialog(QDialog):
    """Backing up, with a progress bar; then where the backup is, or what went wrong."""

    again = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back Up Now"))
        self.setMinimumWidth(520)
        self.path: Path | None = None
        self.error: Exception | None = None
        self.moved = [0, 0]
        self._progress = QTimer(self)
        self._progress.setInterval(100)
        self._progress.timeout.connect(self._show_progress)
        self.icon = QLabel()
        self.headline = headline()
        self.text = wrapped()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.folder_button = QPushButton(self.tr("Show in &Folder"))
        self.folder_button.clicked.connect(self._reveal)
        self.again_button = QPushButton(self.tr("&Try Again"))
        self.again_button.clicked.connect(self.again.emit)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.headline)
        column.addWidget(self.text)
        column.addWidget(self.bar)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def _fit(self) -> None:
        fit_height(self)

    def _set_icon(self, which: QStyle.StandardPixmap) -> None:
        self.icon.setPixmap(self.style().standardIcon(which).pixmap(40, 40))

    def _reveal(self) -> None:
        if self.path is not None:
            damaged_dialog.reveal(self.path)

    def working(self) -> list[int]:
        """Shows the progress bar; returns [pages copied, pages in all], for the worker
        to fill in (a timer here reads it)."""
        self.moved = [0, 0]
        self._progress.start()
        self.error = None
        self._set_icon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self.headline.setText(self.tr("Backing up your journal…"))
        self.text.setText(self.tr("A copy is made and checked. You can keep working meanwhile."))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.folder_button.hide()
        self.again_button.hide()
        self.close_button.setText(self.tr("&Hide"))
        self._fit()
        return self.moved

    def _show_progress(self) -> None:
        done, total = self.moved
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def succeeded(self, path: Path) -> None:
        self._progress.stop()
        self.path = path
        self._set_icon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.headline.setText(self.tr("Your journal is backed up"))
        self.text.setText(self.tr("Backed up to {path}").format(path=path))
        self.bar.hide()
        self.again_button.hide()
        self.folder_button.show()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._fit()

    def failed(self, error: Exception) -> None:
        self._progress.stop()
        self.error = error
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.headline.setText(self.tr("The backup did not work"))
        if isinstance(error, JournalError):
            self.text.setText(messages.describe(error))
        else:
            self.text.setText(
                self.tr("Something went wrong inside Advisor Journal ({kind}).").format(
                    kind=type(error).__name__
                )
            )
        self.bar.hide()
        self.folder_button.hide()
        self.again_button.show()
        self.close_button.setText(self.tr("&Close"))
        self._fit()


def _log(error: BaseException) -> None:
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
