"""Getting an open journal at start-up: the passphrase when it is encrypted, and the way
out when it cannot be read (``DamagedDialog``). The passphrase lives only in memory.

A journal that is damaged, cut short, wiped, replaced by another file, or written by a
newer version is never overwritten or deleted: replacing it (by the newest good backup,
or by an empty journal) first moves it aside with ``journal.health.move_aside``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal import health
from journal.errors import (
    JournalError,
    JournalTooNew,
    NeedsPassphrase,
    NotAJournal,
    WrongPassphrase,
)
from journal.paths import journal_file
from journal.service import Clock, Journal, utc_now

from . import messages

if TYPE_CHECKING:  # loaded when a journal turns out damaged, not at every start
    from .damaged_dialog import Finding, GoodBackup

# Passed the dialog's parent, the journal file and whether the last one was wrong.
AskPassphrase = Callable[[QWidget | None, Path, bool], "str | None"]
# Shows the dialog; returns whether the journal was replaced (and can be opened again).
ShowDamaged = Callable[[QWidget | None, "Finding", Callable[[], Path], Callable[[], Path]], bool]


def open_journal(
    folder: Path,
    parent: QWidget | None = None,
    *,
    title: str | None = None,
    clock: Clock = utc_now,
    ask_passphrase: AskPassphrase | None = None,
    show_damaged: ShowDamaged | None = None,
) -> Journal | None:
    """The journal in ``folder``, open; None when it cannot be opened (the person was
    told why) or the person chose to quit."""
    return JournalOpening(folder, parent, title, clock, ask_passphrase, show_damaged).run()


class JournalOpening:
    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        title: str | None = None,
        clock: Clock = utc_now,
        ask_passphrase: AskPassphrase | None = None,
        show_damaged: ShowDamaged | None = None,
    ):
        self.folder = folder
        self.path = journal_file(folder)
        self.parent = parent
        self.title = title
        self.clock = clock
        self.ask_passphrase = ask_passphrase or _ask_passphrase
        self.show_damaged = show_damaged or show_damaged_dialog
        self.passphrase: str | None = None
        self._good: GoodBackup | None = None

    def run(self) -> Journal | None:
        wrong = False
        while True:
            try:
                return Journal.open(self.folder, clock=self.clock, passphrase=self.passphrase)
            except NeedsPassphrase as error:
                wrong = isinstance(error, WrongPassphrase)
                self.passphrase = self.ask_passphrase(self.parent, self.path, wrong)
                if self.passphrase is None:
                    return None
            except JournalTooNew as error:
                self.show_damaged(self.parent, self._finding("too_new", str(error)),
                                  self._restore, self._start_empty)  # fmt: skip
                return None
            except NotAJournal as error:
                if error.problem == "folder":  # not a damaged journal: nothing to replace
                    messages.show_error(self.parent, error, self.title)
                    return None
                finding = self._finding(error.problem, str(error))
                if not self.show_damaged(self.parent, finding, self._restore, self._start_empty):
                    return None
            except JournalError as error:  # a folder that cannot be written, busy, …
                messages.show_error(self.parent, error, self.title)
                return None

    def _finding(self, kind: str, detail: str) -> Finding:
        from .damaged_dialog import Finding

        good = None
        if kind != "too_new":
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                good = good_backup(self.path, self.passphrase)
            finally:
                QApplication.restoreOverrideCursor()
        self._good = good
        return Finding(self.path, kind, detail, good)

    def _restore(self) -> Path:
        assert self._good is not None
        return replace_with_backup(self.path, self._good.backup.path, self.passphrase, self.clock())

    def _start_empty(self) -> Path:
        return health.move_aside(self.path, "damaged", self.clock())


def _ask_passphrase(parent: QWidget | None, path: Path, wrong: bool) -> str | None:
    from .unlock_dialog import ask_passphrase

    return ask_passphrase(parent, path, wrong)


def show_damaged_dialog(
    parent: QWidget | None,
    finding: Finding,
    restore_: Callable[[], Path],
    start_empty: Callable[[], Path],
    running: bool = False,
) -> bool:
    """The dialog, modal; True when the journal was replaced."""
    from .damaged_dialog import DamagedDialog

    dialog = DamagedDialog(
        finding, parent, restore=restore_, start_empty=start_empty, running=running
    )
    dialog.exec()
    replaced = bool(dialog.outcome)
    dialog.deleteLater()
    return replaced


def good_backup(journal_path: Path, passphrase: str | None) -> GoodBackup | None:
    """The newest backup that opens and passes ``quick_check`` (``backups.newest_good``),
    with its meetings counted by that same check."""
    from journal import backups

    from .damaged_dialog import GoodBackup

    for backup in backups.list_backups(journal_path):
        found = health.check(backup.path, passphrase, thorough=False)
        if found.ok:
            return GoodBackup(backup, found.meetings)
    return None


def replace_with_backup(
    journal_path: Path, backup: Path, passphrase: str | None, now: datetime
) -> Path:
    """Move the (closed) damaged journal aside, then restore ``backup`` in its place;
    returns where the damaged one went. When the restore fails, the damaged journal is
    put back where it was, so nothing is lost or left half done."""
    from journal.restore import restore

    kept = health.move_aside(journal_path, "damaged", now)
    try:
        restore(backup, journal_path, now, backup_passphrase=passphrase,
                journal_passphrase=passphrase)  # fmt: skip
    except BaseException:
        _put_back(kept, journal_path)
        raise
    return kept


def _put_back(kept: Path, journal_path: Path) -> None:
    if journal_path.exists():  # pragma: no cover - restore leaves nothing behind on failure
        return
    for side in health.SIDE_FILES:
        with suppress(FileNotFoundError):
            os.rename(f"{kept}{side}", f"{journal_path}{side}")
    os.rename(kept, journal_path)
