"""What the data-safety dialogs say and how they fit: the files encryption could not
rewrite are named, the progress dialog says what a stop meanwhile leaves, no dialog
clips its text when a message appears (also in Dutch), a read-only journal can be
backed up to a chosen file, and the restore list tells "another passphrase" from
"damaged"."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from journal.safety import backups, encryption, health
from journal.sample import demo
from journal.service import Journal
from tests.conftest import FIXED_NOW
from ui.common import i18n
from ui.safety import damaged_dialog
from ui.safety import encryption_dialog as ed
from ui.safety.backup_actions import BackUpNowDialog
from ui.safety.damaged_dialog import DamagedDialog, Finding, GoodBackup
from ui.safety.restore_dialog import RestoreDialog
from ui.safety.unlock_dialog import UnlockDialog
from ui.shell.main_window import MainWindow

from . import damage
from .test_backup_restore import make_read_only, make_writable

PASSPHRASE = "correct horse battery"
OTHER_PASSPHRASE = "a wholly different one"
WAIT = 30_000

needs_sqlcipher = pytest.mark.skipif(
    not encryption.encryption_available(), reason="SQLCipher (sqlcipher3) is not installed"
)


@pytest.fixture(autouse=True)
def no_file_manager(monkeypatch):
    monkeypatch.setattr(damaged_dialog, "reveal", lambda path: None)


@pytest.fixture
def journal(data_dir):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    demo.fill(j, 12, 3)
    yield j
    j.close()


def needed(label: QLabel) -> int:
    """The height ``label``'s text needs at its width, measured on a free twin (the
    label itself may be pinned to a height)."""
    twin = QLabel(label.text())
    twin.setWordWrap(True)
    twin.setFont(label.font())
    twin.setStyleSheet(label.styleSheet())
    twin.setObjectName(label.objectName())
    twin.setParent(label.parentWidget())  # the same style sheets apply
    height = twin.heightForWidth(label.width())
    twin.deleteLater()
    return height


def clipped(dialog: QWidget) -> list[str]:
    """The visible wrapped labels that are shorter than their text needs."""
    QApplication.processEvents()
    return [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.height() < needed(label)
    ]


def loose(dialog: QWidget) -> list[str]:
    """The visible wrapped labels given clearly more height than their text needs (room
    spread between the lines of a dialog instead of below them)."""
    QApplication.processEvents()
    return [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.height() > needed(label) + 4
    ]


def make_window(qtbot, journal: Journal, settings) -> MainWindow:
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_actions.started, timeout=WAIT)
    qtbot.waitUntil(lambda: window.backup_actions.check_seconds is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.backup_actions._backing_up.busy, timeout=WAIT)
    return window


# -- encryption: what could not be rewritten, and the progress ---------------------------


@needs_sqlcipher
def test_files_encryption_could_not_rewrite_are_named(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    folder = journal.path.parent
    broken = journal.back_up("manual").path
    damage.garble_schema(broken)  # a backup damaged on disk: it cannot be rewritten
    aside = folder / "journal.damaged-2026-11-01-101010.sqlite3"
    aside.write_text("Boodschappen: melk, brood\n" * 40, encoding="utf-8")  # nor this

    from ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(journal, settings, "en", window, lock=window.idle_lock)
    qtbot.addWidget(dialog)
    page = dialog.privacy_page

    def fill(passphrases: ed.PassphraseDialog) -> None:
        passphrases.new.setText(PASSPHRASE)
        passphrases.repeat.setText(PASSPHRASE)
        passphrases.ok_button.click()

    damage.when_shown(ed.PassphraseDialog, fill)
    outcome = page.run(ed.ENCRYPT)
    assert outcome is not None and outcome.error is None
    assert journal.encrypted
    assert set(outcome.left_as_they_were) == {broken, aside}
    said = page.left_banner.text()
    assert not page.left_banner.isHidden()
    assert "still stored without encryption" in said
    assert f"backups/{broken.name}" in said and aside.name in said
    assert "Delete them if you do not need them" in said
    assert "Under Locking" in page.done_banner.text()  # the box is above, not below
    dialog.done(0)


@needs_sqlcipher
def test_nothing_left_over_shows_no_list(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    from ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(journal, settings, "en", window, lock=window.idle_lock)
    qtbot.addWidget(dialog)
    page = dialog.privacy_page
    damage.when_shown(ed.PassphraseDialog, lambda d: (d.new.setText(PASSPHRASE),
                      d.repeat.setText(PASSPHRASE), d.ok_button.click()))  # fmt: skip
    outcome = page.run(ed.ENCRYPT)
    assert outcome.left_as_they_were == []
    assert page.left_banner.isHidden() and not page.done_banner.isHidden()
    dialog.done(0)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (None, PASSPHRASE, "either without a passphrase, as before, or with the new one"),
        (PASSPHRASE, OTHER_PASSPHRASE, "with either the old passphrase or the new one"),
        (PASSPHRASE, None, "either with your passphrase, as before, or without one"),
    ],
)
def test_the_progress_says_what_a_stop_meanwhile_leaves(qtbot, journal, old, new, words):
    seen: list[str] = []
    shown = threading.Event()

    def record(progress: ed.ProgressDialog) -> None:
        seen.append(progress.detail.text())
        shown.set()

    def slow_rewrite(path, old_, new_):  # on the worker thread: no Qt here
        shown.wait(10)
        return []

    damage.when_shown(ed.ProgressDialog, record)
    outcome = ed.rewrite_journal(journal, old, new, "…", rewrite=slow_rewrite)
    assert outcome.opened
    assert len(seen) == 1 and words in seen[0]
    assert "the passphrase it had before" not in seen[0]


# -- nothing clipped, no uneven gaps ---------------------------------------------------


def test_the_passphrase_dialog_grows_when_an_error_appears(qtbot):
    dialog = ed.PassphraseDialog(ed.REMOVE, PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
    dialog.current.setText("not the passphrase")
    dialog.ok_button.click()
    assert dialog.error.isVisible()
    assert clipped(dialog) == []  # the intro and the message both whole
    dialog.done(0)


def test_the_encrypt_dialog_has_no_gap_under_the_strength_hint(qtbot):
    dialog = ed.PassphraseDialog(ed.ENCRYPT, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == [] and loose(dialog) == []
    dialog.new.setText("short")
    dialog.repeat.setText("other")
    dialog.ok_button.click()
    assert clipped(dialog) == [] and loose(dialog) == []
    dialog.new.setText("four words long enough")  # "Strong.": one line now
    assert clipped(dialog) == [] and loose(dialog) == []
    dialog.done(0)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_unlock_dialog_with_its_message_is_even(qtbot, tmp_path, language):
    i18n.install(language)
    dialog = UnlockDialog(None, tmp_path / "journal.sqlite3", wrong=True, offer_restore=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == [] and loose(dialog) == []
    dialog.wrong.hide()
    dialog.show_wrong()  # said again after another try
    assert clipped(dialog) == [] and loose(dialog) == []
    dialog.done(0)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_back_up_now_fits_while_working(qtbot, language, tmp_path):
    i18n.install(language)
    dialog = BackUpNowDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.working()
    assert clipped(dialog) == []
    dialog.succeeded(tmp_path / "backups" / "journal-20261123-150000-manual.sqlite3")
    assert clipped(dialog) == []
    dialog.done(0)


def test_the_damaged_dialog_says_where_the_file_is_kept(qtbot, tmp_path):
    backup = backups.Backup(tmp_path / "b.sqlite3", FIXED_NOW, "daily", 1000)
    words = {}
    for kind in ("damaged", "text_file"):
        dialog = DamagedDialog(Finding(tmp_path / "journal.sqlite3", kind, "x",
                                       GoodBackup(backup, 3)), restore=lambda: tmp_path)  # fmt: skip
        qtbot.addWidget(dialog)
        words[kind] = dialog.advice.text()
    assert "The damaged file is moved aside and kept in the journal's folder" in words["damaged"]
    assert "beside it" not in words["damaged"]
    # Not damaged, another file: not called "the damaged file".
    assert "The file that is there now is moved aside" in words["text_file"]
    assert "damaged file" not in words["text_file"]


# -- a read-only journal is backed up to a chosen file -----------------------------------


def test_a_read_only_journal_is_backed_up_to_a_file_of_choice(
    qtbot, data_dir, settings, tmp_path, monkeypatch
):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    demo.fill(j, 12, 3)
    j.close()
    undo = make_read_only(data_dir)
    try:
        journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
        assert journal.read_only
        window = make_window(qtbot, journal, settings)
        actions = window.backup_actions
        assert window.back_up_action.isEnabled()
        target = tmp_path / "elsewhere" / "copy.sqlite3"
        asked: list[str] = []

        def choose(parent, caption, start, filters):
            asked.append(start)
            return (str(target) if len(asked) > 1 else "", filters)

        monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
        window.back_up_action.trigger()  # cancelled in the file chooser: nothing
        assert actions.back_up_dialog is None
        window.back_up_action.trigger()
        dialog = actions.back_up_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.path is not None or dialog.error is not None, timeout=WAIT)
        assert dialog.error is None and dialog.path == target
        assert health.check(target, thorough=True).meetings == 12
        assert not (data_dir / "backups").exists()  # nothing tried in the read-only folder
        assert "Back Up Now" in window.read_only_banner.text.text()
        window.close()
        journal.close()
    finally:
        make_writable(undo)


# -- the restore list ----------------------------------------------------------------


@needs_sqlcipher
def test_the_restore_list_says_another_passphrase_not_damaged(qtbot, data_dir, tmp_path):
    secret = Journal.open(data_dir, clock=lambda: FIXED_NOW, passphrase=PASSPHRASE)
    demo.fill(secret, 4, 3)
    secret.back_up("daily")
    other = Journal.open(tmp_path / "other", clock=lambda: FIXED_NOW, passphrase=OTHER_PASSPHRASE)
    demo.fill(other, 2, 5)
    made = other.back_up("manual")
    other.close()
    shutil.copy(made.path, data_dir / "backups" / "journal-20261101-080000-manual.sqlite3")
    broken = data_dir / "backups" / "journal-20261001-080000-manual.sqlite3"
    shutil.copy(made.path, broken)
    with broken.open("r+b") as f:  # a plain file gone bad
        f.write(b"SQLite format 3\x00" + b"\xff" * 4000)
    dialog = RestoreDialog(secret, lambda path, passphrase: None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog._counter.running, timeout=WAIT)
    qtbot.waitUntil(lambda: "…" not in [r[3] for r in rows(dialog)], timeout=WAIT)
    assert [r[3] for r in rows(dialog)] == ["4", "another passphrase", "damaged"]
    dialog.done(0)
    secret.close()


def rows(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())
    ]
