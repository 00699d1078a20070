"""The ways out when the journal cannot be used: a damaged page found at the window's
first read gets the damaged-journal dialog (not a message and an exit); the unlock
dialog at start-up offers "Restore a Backup…" (an encrypted journal no passphrase opens,
random bytes that only look encrypted, backups with a passphrase of their own); a
restore whose journal then does not open says so and offers Try Again or Quit."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import ui.shell.app as app_module
from journal.safety import backups, encryption, health
from journal.service import Journal
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW
from ui.safety import damaged_dialog
from ui.safety.damaged_dialog import DamagedDialog
from ui.safety.journal_opening import RestoreChosen, open_journal
from ui.safety.restore_dialog import NotOpenedDialog
from ui.safety.unlock_dialog import UnlockDialog
from ui.shell.main_window import MainWindow

from . import damage
from .test_damaged_start import BACKED_UP, choose, clock, make_journal

PASSPHRASE = "correct horse battery"
OLD_JOURNAL = (
    Path(__file__).resolve().parents[1] / "journal" / "data" / "journal-m004_calendar.sqlite3"
)
WAIT = 30_000

needs_sqlcipher = pytest.mark.skipif(
    not encryption.encryption_available(), reason="SQLCipher (sqlcipher3) is not installed"
)


@pytest.fixture(autouse=True)
def no_file_manager(monkeypatch):
    monkeypatch.setattr(damaged_dialog, "reveal", lambda path: None)


def garble_table(path: Path, table: str) -> None:
    """The first page of ``table``: the journal opens, reading that table fails."""
    with closing(sqlite3.connect(path)) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [table]
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xa5" * size)


def random_first_page(path: Path) -> None:
    """Random bytes over the first page, header and all: it looks encrypted."""
    with path.open("r+b") as f:
        f.write(os.urandom(4096))


# -- a damaged page at the window's first read ------------------------------------------


def test_a_damaged_page_found_at_the_first_read_offers_the_good_backup(
    qtbot, data_dir, shown_messages
):
    path = make_journal(data_dir)
    garble_table(path, "meetings")
    opened = Journal.open(data_dir, clock=clock)  # its first bytes and schema are fine
    opened.close()
    damaged = path.read_bytes()
    said, act = choose("restore_button")
    damage.when_shown(DamagedDialog, act)
    seen: dict = {}

    def window_shown(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: window.model.total == BACKED_UP, timeout=WAIT)
        seen["count"] = window.count_label.text()
        window.quit()

    damage.when_shown(MainWindow, window_shown, timeout_ms=60_000)
    assert app_module.run(data_dir) == 0
    assert shown_messages == []  # the dialog, not a message and an exit
    assert said["headline"] == "Your journal is damaged"
    assert "malformed" in said["details"]
    assert f"with {BACKED_UP} meetings" in said["restore"]
    assert said["done"] == "Your journal was restored"
    assert seen["count"] == f"Meetings: {BACKED_UP}"
    [kept] = [
        p for p in data_dir.iterdir() if p.name.endswith(".sqlite3") and ".damaged-" in p.name
    ]
    assert kept.read_bytes() == damaged


def test_quitting_at_a_damaged_first_read_changes_nothing(qtbot, data_dir, shown_messages):
    path = make_journal(data_dir)
    garble_table(path, "meetings")
    damaged = path.read_bytes()
    said, act = choose("leave_button")
    damage.when_shown(DamagedDialog, act)
    assert app_module.run(data_dir) == 1
    assert said["headline"] == "Your journal is damaged"
    assert shown_messages == []
    assert path.read_bytes() == damaged
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]


# -- "Restore a Backup…" in the unlock dialog at start-up -------------------------------


def encrypted_journal(data_dir: Path) -> tuple[Path, int]:
    """The journal of ``make_journal`` with its backups, encrypted, and the meetings in
    the newest backup."""
    path = make_journal(data_dir)
    encryption.rewrite(path, None, PASSPHRASE)
    newest = backups.list_backups(path)[0]
    return path, health.check(newest.path, PASSPHRASE).meetings


@needs_sqlcipher
def test_an_encrypted_journal_whose_first_page_is_damaged_is_restored_from_its_backup(
    qtbot, data_dir
):
    path, in_backup = encrypted_journal(data_dir)
    random_first_page(path)  # now no passphrase opens it: the right one is "wrong"
    said: dict = {}

    def second(dialog: UnlockDialog) -> None:
        said["wrong"] = dialog.wrong.isVisible()
        said["wrong text"] = dialog.wrong.text()
        dialog.restore_button.click()  # the way out

    def first(dialog: UnlockDialog) -> None:
        said["offered"] = dialog.restore_button is not None and dialog.restore_button.isVisible()
        said["headline"] = dialog.headline.text()
        dialog.field.setText(PASSPHRASE)
        dialog.unlock_button.click()
        damage.when_shown(UnlockDialog, second)

    chosen, act = choose("restore_button")
    damage.when_shown(UnlockDialog, first)
    damage.when_shown(DamagedDialog, act, timeout_ms=60_000)
    journal = open_journal(data_dir, clock=clock)
    assert journal is not None
    try:
        assert said["offered"] and said["headline"] == "Your journal is locked"
        assert said["wrong"] and "Restore a Backup" in said["wrong text"]
        assert chosen["headline"] == "Your encrypted journal cannot be opened"
        assert f"with {in_backup} meetings" in chosen["restore"]  # opened with the typed one
        assert journal.encrypted and journal.store.passphrase == PASSPHRASE
        assert journal.count_meetings() == in_backup
        [kept] = [
            p for p in data_dir.iterdir() if p.name.endswith(".sqlite3") and ".damaged-" in p.name
        ]
        assert not kept.read_bytes().startswith(b"SQLite format 3")  # kept as it was
    finally:
        journal.close()


def test_a_plain_journal_whose_first_page_is_random_is_called_damaged_not_locked(qtbot, data_dir):
    path = make_journal(data_dir)  # never encrypted; its backup is plain
    random_first_page(path)
    said: dict = {}

    def unlock_dialog(dialog: UnlockDialog) -> None:
        said["headline"] = dialog.headline.text()
        said["intro"] = dialog.intro.text()
        dialog.restore_button.click()

    chosen, act = choose("restore_button")
    damage.when_shown(UnlockDialog, unlock_dialog)
    damage.when_shown(DamagedDialog, act, timeout_ms=60_000)
    journal = open_journal(data_dir, clock=clock)
    assert journal is not None
    try:
        assert said["headline"] == "Your journal looks damaged"
        assert "never encrypted" in said["intro"]
        assert chosen["headline"] == "Your journal is damaged"
        assert not journal.encrypted and journal.count_meetings() == BACKED_UP
    finally:
        journal.close()


@needs_sqlcipher
def test_backups_with_a_passphrase_of_their_own_ask_for_it(qtbot, data_dir):
    path, in_backup = encrypted_journal(data_dir)
    random_first_page(path)
    tried: list[tuple[str, bool]] = []
    findings: list = []

    def ask_backup_passphrase(parent, asked_path, fits):
        assert asked_path == path
        for typed in ("not it at all", PASSPHRASE):
            tried.append((typed, fits(typed)))
            if tried[-1][1]:
                return typed
        return None

    def show_damaged(parent, finding, restore_, start_empty):
        findings.append(finding)
        restore_()
        return True

    journal = open_journal(
        data_dir, clock=clock, ask_passphrase=lambda *_: RestoreChosen(),
        ask_backup_passphrase=ask_backup_passphrase, show_damaged=show_damaged,
    )  # fmt: skip
    assert journal is not None
    try:
        assert tried == [("not it at all", False), (PASSPHRASE, True)]
        [finding] = findings
        assert finding.kind == "unopened" and finding.good.meetings == in_backup
        assert journal.encrypted and journal.count_meetings() == in_backup
    finally:
        journal.close()


@needs_sqlcipher
def test_going_back_from_the_backups_passphrase_asks_for_the_journal_again(qtbot, data_dir):
    path, _in_backup = encrypted_journal(data_dir)
    random_first_page(path)
    before = sorted(p.name for p in data_dir.rglob("*"))
    answers = iter([RestoreChosen(), None])
    asked: list[bool] = []

    def ask(parent, asked_path, wrong):
        asked.append(wrong)
        return next(answers)

    def never(*_args):
        raise AssertionError("the damaged dialog needs a backup or a choice")

    assert (
        open_journal(
            data_dir,
            clock=clock,
            ask_passphrase=ask,
            ask_backup_passphrase=lambda *_: None,
            show_damaged=never,
        )  # fmt: skip
        is None
    )
    assert len(asked) == 2  # back to the journal's passphrase, then Quit
    assert sorted(p.name for p in data_dir.rglob("*")) == before


def test_without_any_backup_restore_offers_an_empty_journal(qtbot, data_dir):
    path = make_journal(data_dir, backup=False)
    random_first_page(path)
    findings: list = []

    def show_damaged(parent, finding, restore_, start_empty):
        findings.append(finding)
        return False  # Quit

    assert open_journal(data_dir, clock=clock, ask_passphrase=lambda *_: RestoreChosen(),
                        show_damaged=show_damaged) is None  # fmt: skip
    [finding] = findings
    assert finding.good is None and finding.kind == "unopened"  # no backups to tell by


# -- a restore whose journal does not open again -----------------------------------------


def restore_old_file_without_backups_folder(qtbot, window: MainWindow, tmp_path: Path):
    """Restore an older journal file while the backups folder cannot be made: the
    restore works, the update it needs first (after a backup) cannot be done."""
    old = tmp_path / "older.sqlite3"
    shutil.copy(OLD_JOURNAL, old)
    folder = window.journal.path.parent
    shutil.move(folder / "backups", tmp_path / "backups-away")
    (folder / "backups").write_text("a file where the backups folder should be")
    dialog = window.backup_actions.open_restore()
    dialog.choose_other_file(old)
    return dialog


def put_backups_folder_back(window: MainWindow, tmp_path: Path) -> None:
    folder = window.journal.path.parent
    (folder / "backups").unlink()
    shutil.move(tmp_path / "backups-away", folder / "backups")


def make_window(qtbot, data_dir: Path, settings) -> MainWindow:
    make_journal(data_dir)
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_actions.started, timeout=WAIT)
    qtbot.waitUntil(lambda: window.backup_actions.check_seconds is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.backup_actions._backing_up.busy, timeout=WAIT)
    return window


def test_a_restored_journal_that_does_not_open_says_so_and_try_again_opens_it(
    qtbot, data_dir, settings, tmp_path
):
    window = make_window(qtbot, data_dir, settings)
    journal = window.journal
    dialog = restore_old_file_without_backups_folder(qtbot, window, tmp_path)
    said: dict = {}

    def fix_and_try_again(shown: NotOpenedDialog) -> None:
        said["headline"] = shown.headline.text()
        said["reason"] = shown.reason.text()
        said["locked"] = window.locked
        put_backups_folder_back(window, tmp_path)
        shown.again_button.click()

    damage.when_shown(NotOpenedDialog, fix_and_try_again)
    dialog.replace_button.click()
    assert said["headline"] == "Your journal was restored, but it cannot be opened"
    assert "backup" in said["reason"]  # why: no backup could be made before the update
    assert said["locked"]  # meanwhile the window could not read it
    assert not window.locked and window.isVisible()
    assert journal.count_meetings() == 3 and window.model.total == 3  # the older file's
    assert dialog.restored
    assert journal_file(data_dir).exists()
    journal.close()


def test_quit_leaves_cleanly_when_the_restored_journal_does_not_open(
    qtbot, data_dir, settings, tmp_path
):
    window = make_window(qtbot, data_dir, settings)
    journal = window.journal
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    dialog = restore_old_file_without_backups_folder(qtbot, window, tmp_path)
    damage.when_shown(NotOpenedDialog, lambda shown: shown.quit_button.click())
    dialog.replace_button.click()
    assert closed == [True]  # the window closed for good: the app quits
    assert not window.isVisible() and not dialog.isVisible()
    # Nothing was lost: the journal file holds the restored one, the old one is kept.
    assert [p.name for p in data_dir.iterdir() if ".replaced-" in p.name]
    with closing(sqlite3.connect(journal_file(data_dir))) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (3,)
    journal.close()
