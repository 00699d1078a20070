"""Starting with a journal that cannot be read: the dialog says what was found in plain
words, restoring the newest good backup or starting empty moves the damaged file aside
(kept byte for byte, never deleted), a newer version's journal is never replaced; the
check after start-up finds damage the opening did not; the daily backup."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import ui.shell.app as app_module
from journal.model import MeetingInput, ReflectionInput
from journal.sample import demo
from journal.service import Journal
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW, disk_bytes
from ui.safety import damaged_dialog
from ui.safety.damaged_dialog import DamagedDialog
from ui.safety.journal_opening import open_journal
from ui.shell.main_window import MainWindow

from . import damage

BACKED_UP = 12  # meetings in the backup; the journal had one more when it was damaged


@pytest.fixture(autouse=True)
def no_file_manager(monkeypatch):
    shown: list[Path] = []
    monkeypatch.setattr(damaged_dialog, "reveal", shown.append)
    return shown


def clock():
    return FIXED_NOW


def make_journal(folder: Path, backup: bool = True) -> Path:
    """A journal of 13 meetings with a backup of its first 12; closed."""
    journal = Journal.open(folder, clock=clock)
    demo.fill(journal, BACKED_UP, 3)
    if backup:
        journal.back_up("daily")
    journal.save(
        MeetingInput("Gemeente Utrecht", "Na de back-up", FIXED_NOW - timedelta(hours=2), 30),
        ReflectionInput(),
    )
    journal.close()
    return journal_file(folder)


def choose(button_name: str, then_continue: bool = True):
    """Click a choice of the dialog (and Continue on the page that says what was done);
    keeps what the dialog said."""
    said: dict = {}

    def act(dialog: DamagedDialog) -> None:
        said["dialog"] = dialog
        said["headline"] = dialog.headline.text()
        said["text"] = dialog.explanation.text() + " " + dialog.advice.text()
        said["restore"] = dialog.restore_button.description() if dialog.restore_button else None
        said["empty"] = dialog.empty_button is not None
        said["details"] = dialog.details.toPlainText()
        getattr(dialog, button_name).click()
        said["failed"] = dialog.failed.text() if dialog.failed.isVisible() else ""
        if dialog.outcome:
            said["done"] = dialog.done_headline.text()
            said["kept"] = dialog.kept.text()
            if then_continue:
                dialog.continue_button.click()

    return said, act


DAMAGES = [
    (damage.zero_header, "The start of your journal file was wiped", "its first bytes are zeros"),
    (damage.garble_schema, "Your journal is damaged", "malformed"),
    (damage.truncate, "Your journal file is incomplete", "cut off"),
    (damage.text_file, "A text file is where your journal should be", "a text file"),
]


@pytest.mark.parametrize(("spoil", "headline", "detail"), DAMAGES)
def test_a_damaged_journal_is_restored_from_the_newest_good_backup(
    qtbot, data_dir, spoil, headline, detail
):
    path = make_journal(data_dir)
    spoil(path)
    damaged = path.read_bytes()
    said, act = choose("restore_button")
    damage.when_shown(DamagedDialog, act)
    journal = open_journal(data_dir, clock=clock)
    assert journal is not None
    try:
        assert said["headline"] == headline
        assert detail in said["details"] and str(path) in said["details"]
        assert "Nothing has been changed or deleted" in said["text"]
        assert f"with {BACKED_UP} meetings" in said["restore"]
        assert "Mon 23 Nov 2026" in said["restore"]  # the backup's day
        assert said["done"] == "Your journal was restored"
        # The app opens with the backup's meetings …
        assert journal.count_meetings() == BACKED_UP
        assert journal.check(thorough=True).ok
        # … and the damaged file sits aside, byte for byte as it was.
        [kept] = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
        assert kept.name in said["kept"]
        assert kept.read_bytes() == damaged
        assert not Path(f"{kept}-wal").exists()
    finally:
        journal.close()


def test_without_a_backup_it_starts_empty_and_keeps_the_file(qtbot, data_dir):
    path = make_journal(data_dir, backup=False)
    damage.text_file(path)
    said, act = choose("empty_button")
    damage.when_shown(DamagedDialog, act)
    journal = open_journal(data_dir, clock=clock)
    assert journal is not None
    try:
        assert said["restore"] is None  # nothing to restore is offered
        assert "No good backup was found" in said["text"]
        assert said["done"] == "You start with an empty journal"
        assert journal.count_meetings() == 0
        [kept] = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
        assert kept.read_text(encoding="utf-8").startswith("Boodschappen:")
    finally:
        journal.close()


def test_a_journal_of_a_newer_version_is_never_replaced(qtbot, data_dir, no_file_manager):
    path = make_journal(data_dir)
    damage.too_new(path)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}

    def act(dialog: DamagedDialog) -> None:
        said.update(headline=dialog.headline.text(), text=dialog.advice.text(),
                    offers=(dialog.restore_button, dialog.empty_button))  # fmt: skip
        dialog.folder_button.click()
        dialog.leave_button.click()  # Quit

    said: dict = {}
    damage.when_shown(DamagedDialog, act)
    assert open_journal(data_dir, clock=clock) is None
    assert said["headline"] == "Your journal was written by a newer version"
    assert "leaves the file exactly as it is" in said["text"]
    assert said["offers"] == (None, None)  # neither a backup nor an empty journal
    assert no_file_manager == [path]
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


def test_quitting_changes_nothing(qtbot, data_dir):
    path = make_journal(data_dir)
    damage.zero_header(path)
    before = sorted(p.name for p in data_dir.rglob("*"))
    said, act = choose("leave_button")
    damage.when_shown(DamagedDialog, act)
    assert open_journal(data_dir, clock=clock) is None
    assert "done" not in said
    assert sorted(p.name for p in data_dir.rglob("*")) == before
    assert path.read_bytes()[:100] == bytes(100)


def test_a_backup_that_cannot_be_restored_puts_the_damaged_file_back(qtbot, data_dir, monkeypatch):
    import journal.safety.restore as restore_module
    from journal.errors import BackupFailed

    path = make_journal(data_dir)
    damage.truncate(path)
    damaged = path.read_bytes()

    def fails(backup, *args, **kwargs):
        raise BackupFailed(backup, "not_written", "No space left on device")

    monkeypatch.setattr(restore_module, "restore", fails)
    said, act = choose("restore_button")

    def then_quit(dialog: DamagedDialog) -> None:
        act(dialog)
        dialog.leave_button.click()

    damage.when_shown(DamagedDialog, then_quit)
    assert open_journal(data_dir, clock=clock) is None
    assert "could not be written" in said["failed"]
    assert path.read_bytes() == damaged  # back where it was
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]


def test_the_app_starts_with_the_restored_journal(qtbot, data_dir, shown_messages):
    """The whole start: run() shows the dialog, then the window with the backup's
    meetings."""
    path = make_journal(data_dir)
    damage.garble_schema(path)
    said, act = choose("restore_button")
    damage.when_shown(DamagedDialog, act)
    seen: dict = {}

    def window_shown(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: window.model.total == BACKED_UP, timeout=30_000)
        seen["count"] = window.count_label.text()
        window.quit()

    damage.when_shown(MainWindow, window_shown, timeout_ms=60_000)
    assert app_module.run(data_dir) == 0
    assert said["done"] == "Your journal was restored"
    assert seen["count"] == f"Meetings: {BACKED_UP}"
    assert shown_messages == []


# -- while the app runs ------------------------------------------------------------------


def make_window(qtbot, journal: Journal, settings) -> MainWindow:
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_actions.started, timeout=30_000)
    return window


def test_the_check_after_start_up_finds_damage_and_restores(qtbot, data_dir, settings):
    path = make_journal(data_dir)
    # A day later: a daily backup would be due, were the journal whole.
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW + timedelta(hours=21))
    assert journal.count_meetings() == BACKED_UP + 1
    journal.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage.garble_middle(path)
    damaged = disk_bytes(path)
    window = make_window(qtbot, journal, settings)
    actions = window.backup_actions
    qtbot.waitUntil(lambda: actions.damaged_dialog is not None, timeout=30_000)
    dialog = actions.damaged_dialog
    assert dialog.headline.text() == "Your journal is damaged"
    assert "checking your journal in the background" in dialog.advice.text()
    assert dialog.leave_button.text() == "&Keep Working"
    assert dialog.empty_button is None  # not offered while the journal is in use
    assert actions.check_seconds is not None and actions.check_seconds >= 0
    assert [b.kind for b in journal.backups()] == ["daily"]  # no backup of a damaged file
    window.undo_stack.push(_Nothing())
    dialog.restore_button.click()
    assert dialog.outcome == "restored"
    assert journal.count_meetings() == BACKED_UP  # the same Journal, open again
    assert window.model.total == BACKED_UP  # the window reloaded
    assert window.undo_stack.count() == 0
    [kept] = [
        p for p in data_dir.iterdir() if p.name.endswith(".sqlite3") and ".damaged-" in p.name
    ]
    assert kept.read_bytes() == damaged  # closing it wrote nothing into it
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: actions.damaged_dialog is None)
    journal.close()


def test_a_healthy_journal_is_checked_quietly(qtbot, data_dir, settings):
    make_journal(data_dir)
    journal = Journal.open(data_dir, clock=clock)
    window = make_window(qtbot, journal, settings)
    qtbot.waitUntil(lambda: window.backup_actions.health is not None, timeout=30_000)
    found = window.backup_actions.health
    assert found.ok and found.meetings == BACKED_UP + 1
    assert window.backup_actions.damaged_dialog is None
    journal.close()


def test_the_daily_backup_is_made_once_a_day(qtbot, data_dir, settings):
    journal = Journal.open(data_dir, clock=clock)
    demo.fill(journal, 5, 3)
    window = make_window(qtbot, journal, settings)
    actions = window.backup_actions
    qtbot.waitUntil(lambda: [b.kind for b in journal.backups()] == ["daily"], timeout=30_000)
    qtbot.waitUntil(lambda: not actions._backing_up.busy, timeout=30_000)
    assert actions.backed_up_label.text() == "Backed up at " + FIXED_NOW.astimezone().strftime(
        "%H:%M"
    )
    actions.start()  # a second paint, the hourly timer: nothing more
    assert actions.daily_backup() is False
    actions._daily_timer.timeout.emit()
    assert [b.kind for b in journal.backups()] == ["daily"]
    # A day later the next one is due (and only one, however often it is asked).
    journal.clock = lambda: FIXED_NOW + timedelta(hours=21)
    assert actions.daily_backup() is True
    assert actions.daily_backup() is False  # still running
    qtbot.waitUntil(lambda: len(journal.backups()) == 2, timeout=30_000)
    qtbot.waitUntil(lambda: not actions._backing_up.busy, timeout=30_000)
    assert actions.daily_backup() is False
    assert [b.kind for b in journal.backups()] == ["daily", "daily"]
    journal.close()


def test_no_daily_backup_when_one_was_made_within_the_day(qtbot, data_dir, settings):
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW - timedelta(hours=3))
    demo.fill(journal, 5, 3)
    journal.back_up("manual")
    journal.clock = clock
    window = make_window(qtbot, journal, settings)
    qtbot.waitUntil(lambda: window.backup_actions.health is not None, timeout=30_000)
    QApplication.processEvents()
    assert not window.backup_actions._backing_up.busy
    assert [b.kind for b in journal.backups()] == ["manual"]
    journal.close()


def test_a_failed_daily_backup_shows_in_the_status_bar(qtbot, data_dir, settings, shown_messages):
    journal = Journal.open(data_dir, clock=clock)
    (data_dir / "backups").write_text("a file where the backups folder should be")
    window = make_window(qtbot, journal, settings)
    actions = window.backup_actions
    qtbot.waitUntil(lambda: actions.failure is not None, timeout=30_000)
    assert actions.failure_button.isVisible()
    assert actions.failure_button.text() == "The daily backup did not work"
    assert "could not be written" in actions.failure_button.toolTip()
    assert shown_messages == []  # no message box
    journal.close()


class _Nothing:
    """An undo step that does nothing, to see the stack cleared."""

    def __new__(cls):
        from PySide6.QtGui import QUndoCommand

        return QUndoCommand("nothing")


def test_an_encrypted_journal_asks_for_its_passphrase_until_it_fits(qtbot, data_dir):
    journal = Journal.open(data_dir, clock=clock, passphrase="juiste zin")
    demo.fill(journal, 4, 3)
    journal.close()
    path = journal_file(data_dir)
    asked: list[tuple[Path, bool]] = []
    answers = iter(["verkeerde zin", "juiste zin"])

    def ask(parent, asked_path, wrong):
        asked.append((asked_path, wrong))
        return next(answers)

    opened = open_journal(data_dir, clock=clock, ask_passphrase=ask)
    assert opened is not None
    try:
        assert asked == [(path, False), (path, True)]
        assert opened.encrypted and opened.count_meetings() == 4
    finally:
        opened.close()
    # Giving up opens nothing and leaves the file as it was.
    before = path.read_bytes()
    assert open_journal(data_dir, clock=clock, ask_passphrase=lambda *_: None) is None
    assert path.read_bytes() == before
