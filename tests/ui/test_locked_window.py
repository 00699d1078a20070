"""The idle lock engages also when a draft cannot be written (what was typed waits in
memory behind the unlock dialog and comes back after unlocking), and nothing reachable
by a shortcut, a menu or the tray reads the closed journal while it is locked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QTextEdit

from journal.errors import JournalNotWritable
from journal.safety import encryption
from journal.sample import demo
from journal.service import Journal
from tests.conftest import FIXED_NOW
from tests.ui.damage import when_shown
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.safety.unlock_dialog import UnlockDialog

from .test_encryption_ui import PASSPHRASE, WallClock, make_window, unlock

pytestmark = pytest.mark.skipif(
    not encryption.encryption_available(), reason="SQLCipher (sqlcipher3) is not installed"
)

MARKER = "Ijsvogel-4402"


@pytest.fixture
def locking(qtbot, data_dir, settings):
    """A window on an encrypted journal of 12 meetings that locks after 5 minutes, on a
    test clock (as in test_encryption_ui)."""
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW, passphrase=PASSPHRASE)
    demo.fill(journal, 12, 3)
    settings.lock_minutes = 5
    window = make_window(qtbot, journal, settings)
    lock = window.idle_lock
    clock = WallClock()
    lock.clock = clock
    lock.last_used = clock.now
    lock._timer.setInterval(20)
    yield window, clock, []
    if lock.dialog is not None:
        lock.dialog.done(QDialog.DialogCode.Rejected)
    journal.close()


def visible_text() -> str:
    """Every text a visible window shows (labels, text boxes)."""
    found = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            if label.isVisible():
                found.append(label.text())
        for kind in (QTextEdit, QPlainTextEdit):
            for box in window.findChildren(kind):
                if box.isVisible():
                    found.append(box.toPlainText())
    return "\n".join(found)


def drafts_text(journal) -> str:
    return " ".join(str(d.payload) for d in journal.drafts())


def test_a_draft_that_cannot_be_written_does_not_stop_the_lock(qtbot, locking, monkeypatch):
    window, clock, ticks = locking
    journal = window.journal
    save_draft = journal.save_draft

    def disk_full(*_args, **_kwargs):
        raise JournalNotWritable(journal.path, "database or disk is full")

    def type_on_a_full_disk(dialog: ReflectionDialog) -> None:
        monkeypatch.setattr(journal, "save_draft", disk_full)
        dialog.client.setEditText("Gemeente Utrecht")
        dialog.notes.setPlainText(f"Vertrouwelijk: {MARKER}")
        assert MARKER in visible_text()  # (the look below finds it where it is shown)
        clock.now += 6 * 60  # away from the laptop
        window.idle_lock.check()
        if not window.locked:  # (so a refused lock fails the test instead of hanging it)
            dialog.done(QDialog.DialogCode.Rejected)

    when_shown(ReflectionDialog, type_on_a_full_disk)
    assert window.run_reflection(None) is None  # exec() ended by the lock
    assert window.locked and not window.isVisible()
    unlock_dialog = window.idle_lock.dialog
    assert unlock_dialog is not None and unlock_dialog.isVisible()
    assert unlock_dialog.held.isVisible()  # what was typed waits, and quitting loses it
    assert not any(
        isinstance(w, ReflectionDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert MARKER not in visible_text()

    monkeypatch.setattr(journal, "save_draft", save_draft)  # room on the disk again
    reopened: list[str] = []

    def check_and_close(dialog: ReflectionDialog) -> None:
        reopened.append(dialog.notes.toPlainText())
        # Not in the journal yet: written as soon as it can be.
        qtbot.waitUntil(lambda: MARKER in drafts_text(journal), timeout=10_000)
        dialog.done(QDialog.DialogCode.Rejected)

    when_shown(ReflectionDialog, check_and_close)
    unlock(qtbot, window)
    assert not window.locked and window.isVisible()
    qtbot.waitUntil(lambda: bool(reopened), timeout=10_000)
    assert reopened == [f"Vertrouwelijk: {MARKER}"]
    assert MARKER in drafts_text(journal)


def test_a_draft_that_can_be_written_still_comes_back_from_the_journal(qtbot, locking):
    window, clock, ticks = locking
    reopened: list[str] = []

    def type_then_lock(dialog: ReflectionDialog) -> None:
        dialog.notes.setPlainText(MARKER)
        window.idle_lock.lock(idle=True)

    when_shown(ReflectionDialog, type_then_lock)
    window.run_reflection(None)
    assert window.locked
    assert not window.idle_lock.dialog.held.isVisible()  # nothing waits in memory
    when_shown(ReflectionDialog, lambda d: (reopened.append(d.notes.toPlainText()), d.done(0)))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(reopened), timeout=10_000)
    assert reopened == [MARKER]


def test_nothing_reads_the_closed_journal_while_locked(qtbot, locking, shown_messages):
    window, clock, ticks = locking
    window.lock_action.trigger()
    assert window.locked
    actions = window.backup_actions
    for name, act in [
        ("growth", window.show_growth),
        ("intentions", window.open_intentions),
        ("client", window.open_client_view),
        ("tags", window.open_tags),
        ("export", window.open_export),
        ("settings", window.open_settings),
        ("delete", window.delete_selected),
        ("back up now", actions.back_up_now),
        ("restore", actions.open_restore),
        ("new reflection", lambda: window.run_reflection(None)),
        ("to reflect", window.show_to_reflect),
    ]:
        assert not act(), name  # nothing opened, nothing raised
    assert shown_messages == []
    assert window.growth_view is None and window.client_view is None
    open_dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert open_dialogs == [window.idle_lock.dialog]  # only the unlock dialog
    assert not window.isVisible()
    unlock(qtbot, window)
    assert not window.locked
    assert window.show_growth() is None and window.growth_view is not None  # open: works


def test_a_journal_closed_for_a_rewrite_does_not_ask_for_a_passphrase(qtbot, locking):
    window, clock, ticks = locking
    lock = window.idle_lock
    lock.close_journal()  # as the encryption dialog does while it rewrites the file
    try:
        window.bring_to_front()
        window.show_growth()
        assert lock.dialog is None
        assert not any(
            isinstance(w, UnlockDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    finally:
        lock.open_journal(PASSPHRASE)
    assert not window.locked
