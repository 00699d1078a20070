"""File → Back Up Now… and Restore from Backup…, and a journal that can only be read."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from journal.model import MeetingInput, ReflectionInput
from journal.safety import health
from journal.sample import demo
from journal.service import Journal
from tests.conftest import FIXED_NOW
from ui.common import messages
from ui.safety import damaged_dialog
from ui.safety.restore_dialog import RestoreDialog
from ui.shell.main_window import MainWindow

from . import damage

WAIT = 30_000


@pytest.fixture(autouse=True)
def no_file_manager(monkeypatch):
    shown: list[Path] = []
    monkeypatch.setattr(damaged_dialog, "reveal", shown.append)
    return shown


@pytest.fixture
def journal(data_dir):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    demo.fill(j, 12, 3)
    yield j
    j.close()


def make_window(qtbot, journal: Journal, settings) -> MainWindow:
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_actions.started, timeout=WAIT)
    # The check and the daily backup after start-up are done.
    qtbot.waitUntil(lambda: window.backup_actions.check_seconds is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.backup_actions._backing_up.busy, timeout=WAIT)
    return window


def test_back_up_now_makes_a_checked_backup_and_says_where(
    qtbot, journal, settings, no_file_manager
):
    window = make_window(qtbot, journal, settings)
    before = {b.path for b in journal.backups()}
    window.back_up_action.trigger()
    dialog = window.backup_actions.back_up_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.path is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None
    [made] = [b for b in journal.backups() if b.path not in before]
    assert made.kind == "manual" and made.path == dialog.path and made.path.exists()
    assert health.check(made.path, thorough=True).meetings == 12
    assert dialog.text.text() == f"Backed up to {made.path}"
    assert dialog.headline.text() == "Your journal is backed up"
    dialog.folder_button.click()
    assert no_file_manager == [made.path]
    assert window.backup_actions.backed_up_label.toolTip() == str(made.path)


def test_a_backup_that_fails_says_why(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    shutil.rmtree(journal.path.parent / "backups", ignore_errors=True)
    (journal.path.parent / "backups").write_text("in the way")
    dialog = window.backup_actions.back_up_now()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.headline.text() == "The backup did not work"
    assert "could not be written" in dialog.text.text()
    assert "Your journal is fine" in dialog.text.text()
    assert dialog.again_button.isVisible() and not dialog.folder_button.isVisible()
    (journal.path.parent / "backups").unlink()
    dialog.again_button.click()  # Try Again
    qtbot.waitUntil(lambda: dialog.path is not None, timeout=WAIT)
    assert dialog.path.exists()


def rows(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())
    ]


def test_restore_from_the_dialog_replaces_the_journal_and_can_be_undone(
    qtbot, journal, settings, monkeypatch
):
    journal.clock = lambda: FIXED_NOW - timedelta(hours=2)
    journal.back_up("manual")  # 12 meetings
    journal.clock = lambda: FIXED_NOW
    journal.save(MeetingInput("Kestrel Engineering", "Na de back-up", FIXED_NOW, 30),
                 ReflectionInput())  # fmt: skip
    window = make_window(qtbot, journal, settings)
    assert window.model.total == 13
    monkeypatch.setattr(messages, "confirm_delete_meeting", lambda parent, meeting: True)
    window.table.selectRow(1)  # an older meeting, one the backup holds
    assert window.delete_selected()  # something to undo
    assert window.undo_stack.count() == 1
    as_it_was = sorted(m.id for m in journal.meeting_page(0, 50))
    backed_up = list(range(1, 13))
    assert len(as_it_was) == 12 and as_it_was != backed_up
    dialog = window.backup_actions.open_restore()
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: "…" not in [r[3] for r in rows(dialog)], timeout=WAIT)
    listed = rows(dialog)
    assert [r[1] for r in listed] == ["Made by you"]  # the daily one was not due: made today
    assert listed[0][0] == "Mon 23 Nov 2026  " + (FIXED_NOW - timedelta(hours=2)).astimezone(
    ).strftime("%H:%M")  # fmt: skip
    assert listed[0][3] == "12"
    dialog.next_button.click()
    assert dialog.confirm_page.isVisible() and not dialog.list_page.isVisible()
    assert dialog.confirm_text.text().startswith(
        f"Your journal will be replaced by the backup of {listed[0][0]}. The current journal "
        "is kept as a backup first. This can be undone by restoring that backup."
    )
    dialog.replace_button.click()
    assert dialog.restored, dialog.failed.text()
    assert dialog.confirm_headline.text() == "Your journal was restored"
    assert sorted(m.id for m in journal.meeting_page(0, 50)) == backed_up
    assert window.model.total == 12  # the window reloaded
    assert window.undo_stack.count() == 0  # the deletion belonged to the journal replaced
    [before_restore] = [b for b in journal.backups() if b.kind == "before-restore"]
    assert before_restore.path.name in dialog.confirm_text.text()
    assert health.check(before_restore.path).meetings == 12  # 13, one deleted
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.backup_actions.restore_dialog is None, timeout=WAIT)

    # Undone by restoring that backup.
    dialog = window.backup_actions.open_restore()
    assert [r[1] for r in rows(dialog)] == ["Before a restore", "Made by you"]  # newest first
    dialog.choose(dialog.backups[0])
    dialog.replace_button.click()
    assert dialog.restored
    assert sorted(m.id for m in journal.meeting_page(0, 50)) == as_it_was
    assert window.model.total == 12
    dialog.close_button.click()


def test_restore_from_another_file_and_a_damaged_one_is_refused(qtbot, journal, settings, tmp_path):
    window = make_window(qtbot, journal, settings)
    elsewhere = tmp_path / "elders"
    other = Journal.open(elsewhere, clock=lambda: FIXED_NOW)
    demo.fill(other, 3, 7)
    other.close()
    broken = tmp_path / "kapot.sqlite3"
    shutil.copy(other.path, broken)
    damage.garble_schema(broken)
    count = journal.count_meetings()

    dialog = window.backup_actions.open_restore()
    dialog.choose_other_file(broken)
    assert str(broken) in dialog.confirm_text.text()
    dialog.replace_button.click()
    assert not dialog.restored
    assert dialog.failed.isVisible() and "so it cannot be restored" in dialog.failed.text()
    assert journal.count_meetings() == count  # nothing changed

    dialog.back_button.click()
    dialog.choose_other_file(other.path)
    dialog.replace_button.click()
    assert dialog.restored
    assert journal.count_meetings() == 3 and window.model.total == 3
    dialog.close_button.click()


def make_read_only(folder: Path) -> list[Path]:
    """Really read-only: permissions for an ordinary user; for root (who ignores them)
    the immutable attribute. Returns what to undo."""
    if os.name == "nt":
        pytest.skip("on Windows chmod sets only the read-only attribute: a folder keeps its ACL")
    paths = [*folder.iterdir(), folder]
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o500 if path.is_dir() else 0o400)
        return paths
    if shutil.which("chattr") is None:
        pytest.skip("root without chattr cannot make a folder read-only")
    result = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
    if result.returncode != 0 or os.access(folder, os.W_OK):
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
        pytest.skip("this file system cannot make a folder read-only for root")
    return paths


def make_writable(paths: list[Path]) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
    else:
        for path in paths:
            path.chmod(0o700 if path.is_dir() else 0o600)


def test_a_journal_that_can_only_be_read_says_so_and_reads(qtbot, data_dir, settings):
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    demo.fill(journal, 12, 3)
    journal.close()
    undo = make_read_only(data_dir)
    try:
        journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
        assert journal.read_only
        window = MainWindow(journal, settings, "en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.backup_actions.started, timeout=WAIT)
        actions = window.backup_actions
        assert window.read_only_banner.isVisible()
        assert "This journal can only be read:" in window.read_only_banner.text.text()
        assert str(data_dir) in window.read_only_banner.text.text()
        for action in (window.new_action, window.delete_action, window.import_action,
                       window.tags_action, window.restore_action):  # fmt: skip
            assert not action.isEnabled(), action.text()
        for action in (window.open_action, window.find_action, window.export_action,
                       window.client_action, window.back_up_action):  # fmt: skip
            assert action.isEnabled(), action.text()
        assert window.model.total == 12
        window.table.selectRow(0)
        window._refresh_view()  # a reload keeps Delete off
        assert not window.delete_action.isEnabled()
        window.show_growth()
        assert window.growth_view is not None
        qtbot.waitUntil(lambda: actions.check_seconds is not None, timeout=WAIT)
        QApplication.processEvents()
        assert journal.backups() == []  # no daily backup into a folder that is read-only
        window.close()
        journal.close()
    finally:
        make_writable(undo)


def test_a_writable_journal_has_no_banner(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    assert not window.read_only_banner.isVisible()
    assert window.new_action.isEnabled() and window.restore_action.isEnabled()
