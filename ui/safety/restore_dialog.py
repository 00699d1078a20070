"""File → Restore from Backup…: the backups newest first (when, what kind, size, and the
meetings each holds, counted by a quick check on a worker thread), or any other journal
file; then a confirmation, then what was done.

The dialog does not touch the journal: ``restore(path, passphrase)`` is given by the
window's backup actions, which close the journal, restore, open it again and reload.
When it does not open again, ``NotOpenedDialog`` says why, with Try Again and Quit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from threading import Event, Thread

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError, NeedsPassphrase, WrongPassphrase
from journal.safety import health
from journal.safety.backups import Backup
from journal.service import Journal
from ui.common import messages
from ui.common.labels import error_banner, fit_height, headline, tr, wrapped
from ui.common.period_text import day_and_time
from ui.safety.unlock_dialog import ask_passphrase

STYLE = """
QLabel#restoreHeadline { font-weight: 600; }
QLabel#restoreNote { color: palette(placeholder-text); }
QTreeWidget::item { padding: 4px 2px; }
"""

# Restores ``path`` (opened with the passphrase, None: the journal's own) over the
# journal; returns where the journal as it was went (a before-restore backup).
Restore = Callable[[Path, "str | None"], "Path | None"]
AskPassphrase = Callable[[QWidget | None, Path, bool], "str | None"]


def kind_words(kind: str) -> str:
    words = {
        "daily": tr("Daily"),
        "manual": tr("Made by you"),
        "before-update": tr("Before an update"),
        "before-restore": tr("Before a restore"),
        "before-change": tr("Before a passphrase change"),
    }
    return words.get(kind, kind)


class RestoreDialog(QDialog):
    WHEN, KIND, SIZE, MEETINGS = range(4)

    def __init__(
        self,
        journal: Journal,
        restore: Restore,
        parent: QWidget | None = None,
        ask_passphrase: AskPassphrase | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self._restore = restore
        self._ask_passphrase = ask_passphrase
        self.chosen: Path | None = None  # the backup or file to restore
        self.chosen_words = ""
        self.kept: Path | None = None  # where the journal as it was went
        self.restored = False
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(660)
        self.backups = journal.backups()
        # Two pages, one shown: the dialog takes the size of the one shown.
        self.list_page = self._list_page()
        self.confirm_page = self._confirm_page()
        self.confirm_page.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addWidget(self.list_page)
        layout.addWidget(self.confirm_page)
        self._layout = layout
        self.resize(720, 460)
        for button in (self.other_button, self.cancel_button, self.back_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)  # now that it is in the dialog
        self._counter = _Counter([b.path for b in self.backups], journal.store.passphrase)
        self._counter.start()
        self._poll = QTimer(self)
        self._poll.setInterval(40)
        self._poll.timeout.connect(self._take_counts)
        self._poll.start()

    # -- choosing --------------------------------------------------------------------

    def _list_page(self) -> QWidget:
        title = headline(self.tr("Go back to a backup"), "restoreHeadline")
        intro = wrapped(
            self.tr(
                "Choose a backup. Your journal as it is now is kept as a backup first, so "
                "you can always come back to it."
            )
        )
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Meetings")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.WHEN, QHeaderView.ResizeMode.Stretch)
        for column in (self.KIND, self.SIZE, self.MEETINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        locale = QLocale()
        for backup in self.backups:
            item = QTreeWidgetItem(
                [day_and_time(backup.made), kind_words(backup.kind),
                 locale.formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat), "…"]
            )  # fmt: skip
            for column in (self.SIZE, self.MEETINGS):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            item.setToolTip(self.WHEN, str(backup.path))
            self.table.addTopLevelItem(item)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda *_: self._choose_selected())
        self.none_label = wrapped(
            self.tr(
                "There are no backups yet. Advisor Journal makes one every day while it "
                "runs; File → Back Up Now… makes one at once."
            )
        )
        self.none_label.setObjectName("restoreNote")
        self.none_label.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        where = wrapped(
            self.tr("Backups are kept in {folder}").format(
                folder=self.journal.path.parent / "backups"
            )
        )
        where.setObjectName("restoreNote")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.other_button = QPushButton(self.tr("&Other File…"))
        self.other_button.setToolTip(self.tr("Restore from a journal file somewhere else"))
        self.other_button.clicked.connect(self.choose_other_file)
        self.next_button = QPushButton(self.tr("&Restore…"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._choose_selected)
        self.cancel_button = cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(cancel)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.none_label)
        if not self.backups:
            layout.addStretch(1)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
            self.table.setFocus()
        self._selection_changed()
        return page

    def _selection_changed(self) -> None:
        self.next_button.setEnabled(bool(self.table.selectedItems()))

    def _take_counts(self) -> None:
        running = self._counter.running
        for row, found in self._counter.take():
            self._counted(row, found)
        if not running:
            self._poll.stop()

    def _counted(self, row: int, found: health.Health) -> None:
        item = self.table.topLevelItem(row)
        if found.ok:
            text = QLocale().toString(found.meetings) if found.meetings is not None else ""
            item.setText(self.MEETINGS, text)
            return
        if found.kind == "wrong_passphrase":  # or damaged: an encrypted file cannot tell
            text = self.tr("another passphrase")
            tip = self.tr(
                "It does not open with your journal's passphrase: it was made with another "
                "one (or it is damaged). Restoring it asks for its passphrase."
            )
        elif found.kind == "locked":
            text = self.tr("encrypted")
            tip = self.tr("It is encrypted. Restoring it asks for its passphrase.")
        else:
            text = self.tr("damaged")
            tip = "; ".join(found.problems)
        item.setText(self.MEETINGS, text)
        item.setToolTip(self.MEETINGS, tip)
        item.setForeground(self.MEETINGS, self.palette().placeholderText())

    def _choose_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        backup = self.backups[self.table.indexOfTopLevelItem(items[0])]
        self.choose(backup)

    def choose(self, backup: Backup) -> None:
        """Ask to confirm restoring this backup."""
        self._confirm(backup.path, day_and_time(backup.made))

    def choose_other_file(self, path: Path | None = None) -> None:
        """Pick any journal file (``path`` skips the file dialog) and ask to confirm."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from a Journal File"),
                str(self.journal.path.parent),
                self.tr("Advisor Journal files (*.sqlite3);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self._confirm(path, "", other=True)

    # -- confirming ------------------------------------------------------------------

    def _confirm_page(self) -> QWidget:
        self.confirm_headline = headline(self.tr("Replace your journal?"), "restoreHeadline")
        self.confirm_text = wrapped("")
        self.failed = error_banner(object_name="restoreFailed")
        icon = self.confirm_icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(48, 48)
        )
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.confirm_headline)
        column.addWidget(self.confirm_text)
        column.addWidget(self.failed)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, 1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self._back)
        self.replace_button = QPushButton(self.tr("Replace My &Journal"))
        self.replace_button.clicked.connect(self.replace)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.close_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addSpacing(14)
        layout.addLayout(buttons)
        return page

    def _confirm(self, path: Path, when: str, other: bool = False) -> None:
        self.chosen = path
        self.chosen_words = when
        if other:
            text = self.tr(
                "Your journal will be replaced by the journal file {file}. The current "
                "journal is kept as a backup first. This can be undone by restoring that "
                "backup."
            ).format(file=path)
        else:
            text = self.tr(
                "Your journal will be replaced by the backup of {date}. The current "
                "journal is kept as a backup first. This can be undone by restoring that "
                "backup."
            ).format(date=when)
        self.confirm_text.setText(text)
        self.failed.hide()
        self._list_size = self.size()
        self.list_page.hide()
        self.confirm_page.show()
        self._fit()
        self.replace_button.setDefault(True)
        self.replace_button.setFocus()

    def _fit(self) -> None:
        """As tall as the confirmation needs at this width."""
        fit_height(self)

    def _back(self) -> None:
        self.confirm_page.hide()
        self.list_page.show()
        self.resize(self._list_size)
        self.next_button.setDefault(True)

    def replace(self) -> None:
        """Restore the chosen file; asks for its passphrase when it is encrypted."""
        assert self.chosen is not None
        passphrase: str | None = None
        while True:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.kept = self._restore(self.chosen, passphrase)
            except NeedsPassphrase as error:
                QApplication.restoreOverrideCursor()
                # Wrong: what the person typed did not fit (the journal's own passphrase,
                # tried first, not fitting is no mistake of theirs).
                wrong = isinstance(error, WrongPassphrase) and passphrase is not None
                passphrase = self._ask(wrong)
                if passphrase is None:
                    return
                continue
            except JournalError as error:
                QApplication.restoreOverrideCursor()
                self._failed(messages.describe(error))
                return
            except OSError as error:
                QApplication.restoreOverrideCursor()
                self._failed(
                    self.tr("The backup could not be restored: {reason}.").format(
                        reason=error.strerror or str(error)
                    )
                )
                return
            QApplication.restoreOverrideCursor()
            break
        self._done()

    def _ask(self, wrong: bool) -> str | None:
        assert self.chosen is not None
        ask = self._ask_passphrase or ask_passphrase
        return ask(self, self.chosen, wrong)

    def _failed(self, text: str) -> None:
        self.failed.setText(text)
        self.failed.show()
        self._fit()

    def _done(self) -> None:
        self.restored = True
        self.confirm_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(48, 48)
        )
        self.confirm_headline.setText(self.tr("Your journal was restored"))
        if self.chosen_words:
            text = self.tr("It now holds the backup of {date}.").format(date=self.chosen_words)
        else:
            text = self.tr("It now holds the journal file {file}.").format(file=self.chosen)
        if self.kept is not None:
            text += " " + self.tr(
                "Your journal as it was is kept as a backup ({name}): restore it to go back."
            ).format(name=self.kept.name)
        self.confirm_text.setText(text)
        self.failed.hide()
        self.back_button.hide()
        self.replace_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._fit()

    def stop_counting(self) -> None:
        """Stop counting meetings, and wait for the backup being counted (before the
        journal and its backups are closed, restored or rewritten)."""
        self._counter.stop()
        self._counter.join()
        self._take_counts()
        self._poll.stop()

    def done(self, result: int) -> None:
        self._counter.stop()
        self._poll.stop()
        super().done(result)


class _Counter:
    """Counts the meetings of each backup on a thread of its own (a quick check each: a
    fraction of a second for a large journal), newest first. Nothing of Qt crosses the
    thread: the results go into a list that a timer on the ui thread empties."""

    def __init__(self, paths: list[Path], passphrase: str | None):
        self.found: list[tuple[int, health.Health]] = []
        self._stop = Event()
        self._thread = Thread(
            target=_count, args=(paths, passphrase, self.found, self._stop), daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def take(self) -> list[tuple[int, health.Health]]:
        taken = []
        while self.found:
            taken.append(self.found.pop(0))
        return taken

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float = 60.0) -> None:
        if self._thread.is_alive():
            self._thread.join(timeout)


def _count(paths: list[Path], passphrase: str | None, found: list, stop: Event) -> None:
    for row, path in enumerate(paths):
        if stop.is_set():
            return
        found.append((row, health.check(path, passphrase, thorough=False)))


class NotOpenedDialog(QDialog):
    """The journal did not open again after a restore (or after a restore that failed):
    why, and the two ways on: Try Again (once the cause is fixed) or Quit. The window
    behind it cannot be used meanwhile, its journal is closed; closing this dialog quits.
    """

    def __init__(
        self,
        error: JournalError,
        restored: bool,
        kept: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Advisor Journal"))
        self.setMinimumWidth(560)
        self.setStyleSheet(STYLE)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        self.headline = headline(
            self.tr("Your journal was restored, but it cannot be opened")
            if restored
            else self.tr("Your journal cannot be opened again"),
            "restoreHeadline",
        )
        self.reason = error_banner(messages.describe(error))
        self.reason.show()
        text = (
            self.tr("The restore itself is done: the journal file now holds what you chose.")
            if restored
            else self.tr("The restore did not happen; your journal is as it was.")
        )
        if restored and kept is not None:
            text += " " + self.tr("Your journal as it was is kept as {name}.").format(
                name=kept.name
            )
        text += " " + self.tr(
            "Fix what is said above and choose Try Again, or quit and start Advisor Journal "
            "again later."
        )
        self.text = wrapped(text)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_button = QPushButton(self.tr("&Try Again"))
        self.again_button.setDefault(True)
        self.again_button.clicked.connect(self.accept)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.quit_button)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.headline)
        column.addWidget(self.reason)
        column.addWidget(self.text)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addLayout(top, 1)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        fit_height(self, 560)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        error: JournalError,
        restored: bool,
        kept: Path | None = None,
    ) -> bool:
        """Modal; True: try again, False: quit (also when the dialog is closed)."""
        dialog = cls(error, restored, kept, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        waiting = 0  # a caller's wait cursor must not hang over the question
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
            waiting += 1
        try:
            again = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            for _ in range(waiting):
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            dialog.deleteLater()
        return again
