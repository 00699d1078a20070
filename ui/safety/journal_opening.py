"""Getting an open journal at start-up: the passphrase when it is encrypted, and the way
out when it cannot be read (``DamagedDialog``): at opening, at the first read of the
window (``damaged()``), or when the person chooses "Restore a Backup…" in the unlock
dialog (an encrypted journal that no passphrase opens, or random bytes that only look
encrypted). The passphrase lives only in memory.

A journal that is damaged, cut short, wiped, replaced by another file, or written by a
newer version is never overwritten or deleted: replacing it (by the newest good backup,
or by an empty journal) first moves it aside with ``journal.safety.health.move_aside``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal.errors import (
    JournalError,
    JournalTooNew,
    NeedsPassphrase,
    NotAJournal,
    WrongPassphrase,
)
from journal.safety import health
from journal.service import Clock, Journal, utc_now
from journal.store import files
from journal.store.paths import journal_file
from ui.common import messages

if TYPE_CHECKING:  # loaded when a journal turns out damaged, not at every start
    from ui.safety.damaged_dialog import Finding, GoodBackup


@dataclass(frozen=True)
class RestoreChosen:
    """The unlock dialog's answer "Restore a Backup…" (instead of a passphrase), with
    what was typed in it (tried on encrypted backups)."""

    typed: str = ""

    def __repr__(self) -> str:  # never the passphrase in a log
        return "RestoreChosen()"


# Passed the dialog's parent, the journal file and whether the last one was wrong;
# returns the passphrase, a RestoreChosen, or None (quit).
AskPassphrase = Callable[[QWidget | None, Path, bool], "str | RestoreChosen | None"]
# Asks for the passphrase of the backups; ``fits`` tries one (True: a backup opens).
AskBackupPassphrase = Callable[[QWidget | None, Path, Callable[[str], bool]], "str | None"]
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
    ask_backup_passphrase: AskBackupPassphrase | None = None,
) -> Journal | None:
    """The journal in ``folder``, open; None when it cannot be opened (the person was
    told why) or the person chose to quit."""
    return JournalOpening(
        folder, parent, title, clock, ask_passphrase, show_damaged, ask_backup_passphrase
    ).run()


class JournalOpening:
    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        title: str | None = None,
        clock: Clock = utc_now,
        ask_passphrase: AskPassphrase | None = None,
        show_damaged: ShowDamaged | None = None,
        ask_backup_passphrase: AskBackupPassphrase | None = None,
    ):
        self.folder = folder
        self.path = journal_file(folder)
        self.parent = parent
        self.title = title
        self.clock = clock
        self.ask_passphrase = ask_passphrase or self._ask_with_dialog
        self.show_damaged = show_damaged or show_damaged_dialog
        self.ask_backup_passphrase = ask_backup_passphrase or _ask_backup_passphrase
        self.passphrase: str | None = None
        self._good: GoodBackup | None = None

    def run(self) -> Journal | None:
        while True:
            try:
                return Journal.open(self.folder, clock=self.clock, passphrase=self.passphrase)
            except NeedsPassphrase as error:
                wrong = isinstance(error, WrongPassphrase)
                answer = self.ask_passphrase(self.parent, self.path, wrong)
                if isinstance(answer, RestoreChosen):
                    if self._restore_instead(answer.typed) is False:
                        return None
                    continue  # replaced: open it; else back to the passphrase
                self.passphrase = answer
                if self.passphrase is None:
                    return None
            except JournalTooNew as error:
                self.show_damaged(self.parent, self._finding("too_new", str(error)),
                                  self._restore, self._start_empty)  # fmt: skip
                return None
            except NotAJournal as error:
                if not self.damaged(error):
                    return None
            except JournalError as error:  # a folder that cannot be written, busy, …
                messages.show_error(self.parent, error, self.title)
                return None

    def damaged(self, error: NotAJournal) -> bool:
        """The journal (closed) could not be read, at opening or at its first read: the
        dialog. True when it was replaced and can be opened again."""
        if error.problem == "folder":  # not a damaged journal: nothing to replace
            messages.show_error(self.parent, error, self.title)
            return False
        finding = self._finding(error.problem, str(error))
        return self.show_damaged(self.parent, finding, self._restore, self._start_empty)

    def _finding(self, kind: str, detail: str) -> Finding:
        from ui.safety.damaged_dialog import Finding

        good = None
        if kind != "too_new":
            with _busy():
                good = good_backup(self.path, self.passphrase)
        self._good = good
        return Finding(self.path, kind, detail, good)

    def _restore(self) -> Path:
        assert self._good is not None
        good = self._good
        return replace_with_backup(
            self.path, good.backup.path, self.passphrase, self.clock(),
            backup_passphrase=good.passphrase or self.passphrase,
        )  # fmt: skip

    def _start_empty(self) -> Path:
        return health.move_aside(self.path, "damaged", self.clock())

    # -- "Restore a Backup…" in the unlock dialog -------------------------------------

    def _restore_instead(self, typed: str) -> bool | None:
        """The newest good backup instead of the journal no passphrase opens: plain
        backups open without one, encrypted ones with what was typed (or tried before),
        else their passphrase is asked for. True: replaced; False: the person quit;
        None: back to the passphrase."""
        from ui.safety.damaged_dialog import Finding

        tried = [p for p in dict.fromkeys([typed, self.passphrase]) if p]
        with _busy():
            good = good_backup(self.path, None, *tried)
        plain, encrypted = backup_kinds(self.path)
        if good is None and encrypted:

            def fits(passphrase: str) -> bool:
                nonlocal good
                with _busy():
                    good = good_backup(self.path, passphrase)
                return good is not None

            if self.ask_backup_passphrase(self.parent, self.path, fits) is None or good is None:
                return None
        # Every backup a plain database: this journal was never encrypted, it is damaged.
        kind = "damaged" if plain and not encrypted else "unopened"
        detail = str(WrongPassphrase(self.path) if self.passphrase else NeedsPassphrase(self.path))
        # The restored journal is as its backup is: plain, or with the backup's passphrase.
        self.passphrase = good.passphrase if good is not None else None
        self._good = good
        finding = Finding(self.path, kind, detail, good)
        return self.show_damaged(self.parent, finding, self._restore, self._start_empty)

    def _ask_with_dialog(self, parent: QWidget | None, path: Path, wrong: bool):
        from ui.safety.unlock_dialog import UnlockDialog

        plain, encrypted = backup_kinds(path)
        dialog = UnlockDialog(parent, path, wrong, offer_restore=True,
                              looks_damaged=bool(plain) and not encrypted)  # fmt: skip
        result = dialog.exec()
        dialog.deleteLater()
        if dialog.restore_chosen:
            return RestoreChosen(dialog.passphrase())
        if result != UnlockDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()


def _ask_backup_passphrase(
    parent: QWidget | None, path: Path, fits: Callable[[str], bool]
) -> str | None:
    from ui.safety.unlock_dialog import ask_passphrase

    return ask_passphrase(parent, path, False, check=fits, backups=True)


class _busy:
    """The wait cursor while backups are checked."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc) -> None:
        QApplication.restoreOverrideCursor()


def show_damaged_dialog(
    parent: QWidget | None,
    finding: Finding,
    restore_: Callable[[], Path],
    start_empty: Callable[[], Path],
    running: bool = False,
) -> bool:
    """The dialog, modal; True when the journal was replaced."""
    from ui.safety.damaged_dialog import DamagedDialog

    dialog = DamagedDialog(
        finding, parent, restore=restore_, start_empty=start_empty, running=running
    )
    dialog.exec()
    replaced = bool(dialog.outcome)
    dialog.deleteLater()
    return replaced


def good_backup(journal_path: Path, *passphrases: str | None) -> GoodBackup | None:
    """The newest backup that opens and passes ``quick_check`` (``health.newest_good``),
    with its meetings counted by that same check. A plain backup opens without a
    passphrase; an encrypted one is tried with each of ``passphrases``."""
    from journal.safety import backups
    from ui.safety.damaged_dialog import GoodBackup

    keys = [p for p in dict.fromkeys(passphrases) if p]
    for backup in backups.list_backups(journal_path):
        for key in [None] if _plain(backup.path) else keys:
            found = health.check(backup.path, key, thorough=False)
            if found.ok:
                return GoodBackup(backup, found.meetings, key if found.encrypted else None)
            if found.kind != "wrong_passphrase":
                break  # damaged: no other passphrase makes it whole
    return None


def backup_kinds(journal_path: Path) -> tuple[int, int]:
    """How many backups are plain SQLite files and how many look encrypted, by their
    first bytes (nothing is opened in SQLite; one this process has open, not at all)."""
    from journal.safety import backups

    plain = encrypted = 0
    for backup in backups.list_backups(journal_path):
        kind = health.kind_of_file(backup.path)
        plain += kind == "plain"
        encrypted += kind == "encrypted"
    return plain, encrypted


def _plain(path: Path) -> bool:
    return files.has_plain_header(path)


def replace_with_backup(
    journal_path: Path,
    backup: Path,
    passphrase: str | None,
    now: datetime,
    backup_passphrase: str | None = None,
) -> Path | None:
    """Restore ``backup`` (opened with ``backup_passphrase``, else ``passphrase``) over the
    (closed) damaged journal, encrypted with ``passphrase`` (None: plain); returns where
    the damaged one went: renamed beside it, or (when SQLite could read it after all) a
    "before-restore" backup. When the restore fails, the damaged journal stays where it
    was, so nothing is lost or left half done (``journal.safety.restore``)."""
    from journal.safety.restore import restore

    return restore(backup, journal_path, now, backup_passphrase=backup_passphrase or passphrase,
                   journal_passphrase=passphrase, aside="damaged")  # fmt: skip
