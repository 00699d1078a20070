"""Issue 15 in the window: an emptied journal gets the damaged-journal dialog (never a
silent new journal); what is not as private as the journal is named after first paint
(plain copies beside an encrypted journal, an encryption a kill interrupted)."""

from __future__ import annotations

import pytest

from journal.safety import backups, encryption
from journal.service import Journal
from journal.store.connection import encryption_available
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW
from ui.safety.damaged_dialog import DamagedDialog
from ui.safety.journal_opening import open_journal
from ui.shell.main_window import MainWindow

from . import damage
from .test_damaged_start import BACKED_UP, choose, clock, make_journal

PASSPHRASE = "een lange zin als sleutel"
needs_sqlcipher = pytest.mark.skipif(not encryption_available(), reason="no sqlcipher3")


def test_an_emptied_journal_is_said_and_its_backup_restored(qtbot, data_dir):
    path = make_journal(data_dir)
    path.write_bytes(b"")  # a full disk, a sync program: 0 bytes left
    said, act = choose("restore_button")
    damage.when_shown(DamagedDialog, act)
    journal = open_journal(data_dir, clock=clock)
    assert journal is not None
    try:
        assert said["headline"] == "Your journal file is empty"
        assert "show it held your journal" in said["text"]
        assert said["done"] == "Your journal was restored"
        assert journal.count_meetings() == BACKED_UP
        [kept] = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
        assert kept.stat().st_size == 0  # kept as it was
    finally:
        journal.close()


def make_window(qtbot, journal: Journal, settings) -> MainWindow:
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_actions.started, timeout=30_000)
    return window


@needs_sqlcipher
def test_plain_copies_beside_an_encrypted_journal_are_named(qtbot, data_dir, settings):
    plain = Journal.open(data_dir / "plain", clock=lambda: FIXED_NOW)
    plain.close()
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW, passphrase=PASSPHRASE)
    stray = backups.folder_of(journal.path) / "journal-20261101-120000-manual.sqlite3"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(journal_file(data_dir / "plain").read_bytes())
    window = make_window(qtbot, journal, settings)
    notice = window.backup_actions.privacy_notice
    qtbot.waitUntil(lambda: bool(notice.text), timeout=30_000)
    assert "stored without encryption" in notice.text and str(stray) in notice.text
    assert notice.holder.isVisible()
    journal.close()


def test_a_plain_journal_has_nothing_to_name(qtbot, data_dir, settings):
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    journal.back_up("manual")
    window = make_window(qtbot, journal, settings)
    qtbot.wait(300)
    assert window.backup_actions.privacy_notice.text == ""
    assert not window.backup_actions.privacy_notice.holder.isVisible()
    journal.close()


@needs_sqlcipher
def test_an_encryption_a_kill_interrupted_is_finished_and_said(
    qtbot, data_dir, settings, monkeypatch
):
    path = make_journal(data_dir)
    with monkeypatch.context() as patched:  # the kill: after the journal, before its backups

        def killed(_plan):
            raise KeyboardInterrupt

        patched.setattr(encryption, "_convert_others", killed)
        with pytest.raises(KeyboardInterrupt):
            encryption.rewrite(path, None, PASSPHRASE)
    assert encryption.conversion_pending(path)
    journal = Journal.open(data_dir, clock=clock, passphrase=PASSPHRASE)  # the next start
    assert not encryption.conversion_pending(path)
    assert encryption.plain_copies(path) == []
    window = make_window(qtbot, journal, settings)
    notice = window.backup_actions.privacy_notice
    qtbot.waitUntil(lambda: bool(notice.text), timeout=30_000)
    assert notice.text.startswith("Encrypting your journal was interrupted; it was finished now.")
    journal.close()
