"""Encryption in the window: the unlock dialog, turning encryption on and off and changing
the passphrase from Settings, the idle lock (on the wall clock), and no note text in the
settings file or unencrypted on disk."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog

from journal.errors import WrongPassphrase
from journal.safety import backups, encryption
from journal.sample import demo
from journal.service import Journal
from journal.store.connection import connect
from tests.conftest import FIXED_NOW, disk_bytes
from tests.ui.calendar_helpers import Meeting, write_calendar
from tests.ui.damage import when_shown
from ui.common import i18n
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.safety import encryption_dialog as ed
from ui.safety.unlock_dialog import UnlockDialog, ask_passphrase
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog

PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "staple gun orange kite"
HEADER = b"SQLite format 3\x00"

pytestmark = pytest.mark.skipif(
    not encryption.encryption_available(), reason="SQLCipher (sqlcipher3) is not installed"
)


# -- helpers -------------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(disk_bytes(path)).hexdigest()


def is_plain(path: Path) -> bool:
    return disk_bytes(path)[:16] == HEADER


def opens_with(path: Path, passphrase: str | None) -> bool:
    """A read-only look with this passphrase (None: as a plain file). Through SQLCipher
    either way: the window may have the file open through it, and a second SQLite library
    in one process would drop its locks (``FileInUse``)."""
    try:
        conn = connect(path, passphrase, read_only=True, cipher=True)
    except (WrongPassphrase, sqlite3.DatabaseError):
        return False
    try:
        conn.execute("SELECT count(*) FROM meetings").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def titles(window: MainWindow) -> list[str]:
    from ui.meetings.meeting_model import MeetingTableModel

    model = window.model
    return [model.index(r, MeetingTableModel.TITLE).data() for r in range(model.rowCount())]


class WallClock:
    """The idle lock's time.time, moved by the test."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def plain(data_dir):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    demo.fill(j, 12, 3)
    j.back_up("manual")
    yield j
    j.close()


@pytest.fixture
def secret(data_dir):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW, passphrase=PASSPHRASE)
    demo.fill(j, 12, 3)
    yield j
    j.close()


def make_window(qtbot, journal, settings) -> MainWindow:
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def settings_dialog(qtbot, window) -> SettingsDialog:
    dialog = SettingsDialog(window.journal, window.settings, "en", window, lock=window.idle_lock)
    dialog.changed.connect(window.apply_changes)
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentWidget(dialog.privacy_page)
    dialog.show()
    return dialog


def fill_passphrases(current: str | None = None, new: str | None = None):
    def act(dialog: ed.PassphraseDialog) -> None:
        if current is not None:
            dialog.current.setText(current)
        if new is not None:
            dialog.new.setText(new)
            dialog.repeat.setText(new)
        dialog.ok_button.click()

    return act


# -- the unlock dialog ---------------------------------------------------------------


def test_a_wrong_passphrase_is_said_inline_and_the_file_is_untouched(qtbot, secret):
    path = secret.path
    secret.close()
    before = digest(path)
    tries: list[str] = []

    def check(passphrase: str) -> bool:
        tries.append(passphrase)
        try:
            Journal.open(path.parent, passphrase=passphrase).close()
        except WrongPassphrase:
            return False
        return True

    dialog = UnlockDialog(None, path, check=check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.headline.text() == "Your journal is locked"
    assert not dialog.wrong.isVisible()
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(dialog.field, "not it at all")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.wrong.isVisible()
    assert "does not open this journal" in dialog.wrong.text()
    assert "the file was not changed" in dialog.wrong.text()
    assert dialog.field.selectedText() == "not it at all"  # typed over at once
    assert digest(path) == before

    dialog.show_button.click()
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal
    dialog.field.setText(PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert tries == ["not it at all", PASSPHRASE]
    assert dialog.passphrase() == PASSPHRASE


def test_ask_passphrase_returns_the_text_or_none_and_shows_wrong_at_once(qtbot, tmp_path):
    shown: list[bool] = []

    def type_and_unlock(dialog: UnlockDialog) -> None:
        shown.append(dialog.wrong.isVisible())
        dialog.field.setText("typed")
        dialog.unlock_button.click()

    when_shown(UnlockDialog, type_and_unlock)
    assert ask_passphrase(None, tmp_path / "journal.sqlite3", True) == "typed"
    when_shown(UnlockDialog, lambda d: d.quit_button.click())
    assert ask_passphrase(None, tmp_path / "journal.sqlite3", False) is None
    assert shown == [True]


def test_caps_lock_hint(qtbot, tmp_path):
    dialog = UnlockDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "A")  # a capital without Shift
    assert dialog.caps.isVisible()
    qtbot.keyClick(dialog.field, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier, delay=-1)
    qtbot.keyClicks(dialog.field, "a")
    assert not dialog.caps.isVisible()


# -- the passphrase itself -----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said", "level"),
    [
        ("Password12345678", "Weak: easy to guess. It is close to a password many people use.",
         "bad"),  # long enough, yet one of the most common passwords
        ("12345678", "Very weak: easy to guess. It is close to a password many people use.",
         "bad"),
        ("aaaaaaaabbbb", "Weak: easy to guess. Repeated characters or words are easy to guess.",
         "bad"),
        ("geheimwachtwoord", "Fair. Add a word or two that do not belong together. It is close "
         "to a password many people use.", "ok"),
        ("paars fiets kaas wolk", "Strong.", "good"),
    ],
)  # fmt: skip
def test_passphrase_strength_is_how_hard_it_is_to_guess_not_its_length(typed, said, level):
    assert ed.strength_hint(typed) == (said, level)


def test_the_strength_hint_speaks_dutch(qtbot):
    i18n.install("nl")
    assert ed.strength_hint("Password12345678") == (
        "Zwak: makkelijk te raden. Het lijkt op een wachtwoord dat veel mensen gebruiken.",
        "bad",
    )


def test_what_a_passphrase_must_be(qtbot):
    assert ed.passphrase_problem("short") == "Use at least 8 characters."
    assert ed.passphrase_problem("aaaaaaaaaaaa") == "Use more than one kind of character."
    assert ed.passphrase_problem("eight ch") is None
    assert ed.strength_hint("correct horse battery") == ("Strong.", "good")

    dialog = ed.PassphraseDialog(ed.CHANGE, PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("not the passphrase")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "That is not the current passphrase of this journal."
    dialog.current.setText(PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "!")
    dialog.ok_button.click()
    assert dialog.error.text() == "The two new passphrases are not the same."
    dialog.new.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.error.text() == "The new passphrase is the same as the current one."
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.old_passphrase(), dialog.new_passphrase()) == (PASSPHRASE, NEW_PASSPHRASE)


# -- turning it on, changing it, turning it off ----------------------------------------


def test_encrypt_change_and_remove_from_settings(qtbot, plain, settings):
    window = make_window(qtbot, plain, settings)
    shown = titles(window)
    assert len(shown) == 12
    assert not window.lock_action.isVisible()
    dialog = settings_dialog(qtbot, window)
    page = dialog.privacy_page
    assert page.encrypt_button.isVisible() and page.encrypt_button.isEnabled()
    assert not page.lock_box.isVisible()
    backup = plain.backups()[0].path
    assert is_plain(plain.path) and is_plain(backup)

    progress_seen = when_shown(ed.ProgressDialog, lambda d: None)
    when_shown(ed.PassphraseDialog, fill_passphrases(new=PASSPHRASE))
    outcome = page.run(ed.ENCRYPT)
    assert outcome is not None and outcome.error is None
    assert progress_seen, "the rewrite ran behind the progress dialog"
    assert plain.encrypted and plain.store.passphrase == PASSPHRASE
    assert not is_plain(plain.path) and not is_plain(backup)
    assert opens_with(plain.path, PASSPHRASE) and not opens_with(plain.path, None)
    assert opens_with(backup, PASSPHRASE) and not opens_with(backup, None)
    assert titles(window) == shown  # the window reads the encrypted journal
    assert plain.count_meetings() == 12
    assert page.done_banner.isVisible() and "now encrypted" in page.done_banner.text()
    assert page.change_button.isVisible() and page.remove_button.isVisible()
    assert page.lock_box.isVisible()
    assert window.lock_action.isVisible()
    assert not window.locked

    when_shown(ed.PassphraseDialog, fill_passphrases(PASSPHRASE, NEW_PASSPHRASE))
    outcome = page.run(ed.CHANGE)
    assert outcome is not None and outcome.error is None
    assert plain.store.passphrase == NEW_PASSPHRASE
    assert opens_with(plain.path, NEW_PASSPHRASE) and not opens_with(plain.path, PASSPHRASE)
    assert opens_with(backup, NEW_PASSPHRASE)
    assert titles(window) == shown

    when_shown(ed.PassphraseDialog, fill_passphrases(current=NEW_PASSPHRASE))
    outcome = page.run(ed.REMOVE)
    assert outcome is not None and outcome.error is None
    assert not plain.encrypted and plain.store.passphrase is None
    assert is_plain(plain.path) and is_plain(backup)
    assert titles(window) == shown
    assert not window.lock_action.isVisible()
    assert page.encrypt_button.isVisible() and not page.lock_box.isVisible()


def test_a_failed_rewrite_opens_the_journal_as_it_was_and_says_so(
    qtbot, plain, settings, monkeypatch
):
    window = make_window(qtbot, plain, settings)
    shown = titles(window)

    def fails(path, old, new):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption, "rewrite", fails)
    page = settings_dialog(qtbot, window).privacy_page
    when_shown(ed.PassphraseDialog, fill_passphrases(new=PASSPHRASE))
    outcome = page.run(ed.ENCRYPT)
    assert outcome is not None and outcome.error is not None and outcome.opened
    assert not plain.encrypted and not window.locked and is_plain(plain.path)
    assert page.error_banner.isVisible()
    assert page.error_banner.text().startswith("Nothing was changed:")
    assert "No space left on device" in page.error_banner.text()
    assert titles(window) == shown
    assert plain.count_meetings() == 12  # open and readable again


def test_without_sqlcipher_the_page_explains_and_offers_nothing(qtbot, plain, monkeypatch):
    monkeypatch.setattr(ed, "encryption_available", lambda: False)
    page = ed.PrivacyPage(plain, ed.Settings())
    qtbot.addWidget(page)
    page.show()
    assert not page.encrypt_button.isEnabled()
    assert "SQLCipher" in page.explanation.text()


def test_the_lock_time_is_a_number_in_the_settings(qtbot, secret, settings):
    window = make_window(qtbot, secret, settings)
    dialog = settings_dialog(qtbot, window)
    page = dialog.privacy_page
    assert page.lock_box.isVisible()
    page.lock_minutes.setCurrentIndex(page.lock_minutes.findData(15))
    dialog.accept()
    assert settings.lock_minutes == 15
    settings.sync()
    assert QSettings().value("privacy/lock_minutes") in (15, "15")
    assert window.idle_lock.minutes == 15 and window.idle_lock._watching


# -- the idle lock -------------------------------------------------------------------


@pytest.fixture
def locking(qtbot, secret, settings):
    """A window on an encrypted journal that locks after 5 minutes, on a test clock,
    checking every 20 ms."""
    settings.lock_minutes = 5
    window = make_window(qtbot, secret, settings)
    lock = window.idle_lock
    clock = WallClock()
    lock.clock = clock
    lock.last_used = clock.now
    lock._timer.setInterval(20)
    ticks: list[float] = []
    lock._timer.timeout.connect(lambda: ticks.append(clock.now))
    yield window, clock, ticks
    if lock.dialog is not None:
        lock.dialog.done(QDialog.DialogCode.Rejected)


def settle(qtbot) -> None:
    """Let the checks and backups the window started after painting end: they read
    through connections of their own, and the last one to close tidies the file."""
    pool = QThreadPool.globalInstance()
    quiet = 0
    while quiet < 3:
        pool.waitForDone(60_000)
        qtbot.wait(10)  # results handed over; a job queued meanwhile starts
        quiet = quiet + 1 if pool.activeThreadCount() == 0 else 0


def wait_ticks(qtbot, ticks: list, count: int = 3) -> None:
    start = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= start + count, timeout=5000)


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    dialog = window.idle_lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.setText(passphrase)
    dialog.unlock_button.click()


def test_it_locks_when_the_wall_clock_jumps_and_not_before(qtbot, locking):
    window, clock, ticks = locking
    journal = window.journal
    clock.now += 5 * 60 - 1  # asleep for almost five minutes
    wait_ticks(qtbot, ticks)
    assert not window.locked and window.isVisible()

    clock.now += 1  # no timer time passed, but the wall clock says five minutes
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert journal.store.passphrase is None
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        journal.store.conn.execute("SELECT 1")
    assert not window.isVisible()
    dialog = window.idle_lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.headline.text() == "Locked after 5 minutes without use"


def test_use_keeps_it_open_and_the_key_after_sleep_locks_first(qtbot, locking):
    window, clock, ticks = locking
    clock.now += 4 * 60
    qtbot.keyClicks(window.search.text, "a")  # use
    clock.now += 4 * 60  # eight minutes since the start, four since the last use
    wait_ticks(qtbot, ticks)
    assert not window.locked

    clock.now += 2 * 60  # the laptop slept; the first key wakes it
    window.search.text.setFocus()
    qtbot.keyClicks(window.search.text, "b")
    assert window.locked
    assert window.search.text.text() == "a"  # the key did not reach the window


def test_while_locked_timers_leave_the_closed_journal_alone_and_unlock_catches_up(
    qtbot, locking, tmp_path, monkeypatch
):
    window, clock, ticks = locking
    journal = window.journal
    window.calendar.start()
    agenda = write_calendar(
        tmp_path / "agenda.ics",
        [Meeting("m1", "Stuurgroep huisvesting", FIXED_NOW - timedelta(hours=3), 60)],
    )
    shown_errors: list = []
    monkeypatch.setattr("ui.common.messages.show_error", lambda *args: shown_errors.append(args))

    window.lock_action.trigger()  # File → Lock Now
    assert window.locked and not window.calendar.reminder.timer.isActive()
    settle(qtbot)
    before = digest(journal.path)
    # A followed file changes and a calendar read finishes while locked: nothing saved.
    window.calendar.watch.changed.emit(agenda)
    window.calendar.importer.start(agenda, quiet=True)
    window.calendar.importer._save("read", agenda, True)  # a read arriving meanwhile
    window.calendar.refresh()
    window.reload()
    window.changed()
    window.bring_to_front()  # the tray's "Show": the unlock dialog, not the window
    assert not window.isVisible() and window.idle_lock.dialog.isVisible()
    assert window.run_reflection(None) is None
    assert shown_errors == []
    assert digest(journal.path) == before

    # Wrong: said inline, the file untouched, still locked.
    unlock(qtbot, window, "wrong passphrase")
    assert window.locked and window.idle_lock.dialog.wrong.isVisible()
    assert digest(journal.path) == before

    saved: list = []
    monkeypatch.setattr(
        window.calendar.importer, "_save", lambda read, path, quiet: saved.append(read)
    )
    unlock(qtbot, window)
    assert not window.locked and window.isVisible()
    assert journal.store.passphrase == PASSPHRASE and journal.count_meetings() == 12
    assert len(titles(window)) == 12
    assert saved == ["read"]  # the read from while locked is saved now
    qtbot.waitUntil(lambda: not window.calendar.importer.busy, timeout=10_000)
    assert window.calendar.reminder.timer.isActive() or journal.calendar.next_moment() is None


def test_a_reflection_open_at_lock_time_is_kept_as_a_draft_and_comes_back(qtbot, locking):
    window, clock, ticks = locking
    journal = window.journal
    marker = "Zwaluwstaart-7731"
    reopened: list[ReflectionDialog] = []

    def type_then_lock(dialog: ReflectionDialog) -> None:
        dialog.client.setEditText("Gemeente Utrecht")
        dialog.notes.setPlainText(f"Gesprek over {marker}")
        window.idle_lock.lock(idle=True)

    when_shown(ReflectionDialog, type_then_lock)
    assert window.run_reflection(None) is None  # exec() ended by the lock
    assert window.locked
    assert not any(
        isinstance(w, ReflectionDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )

    def check_and_close(dialog: ReflectionDialog) -> None:
        reopened.append(dialog)
        assert marker in dialog.notes.toPlainText()
        dialog.done(QDialog.DialogCode.Rejected)

    when_shown(ReflectionDialog, check_and_close)
    unlock(qtbot, window)
    (draft,) = journal.drafts()
    assert marker in draft.payload["notes"]
    qtbot.waitUntil(lambda: bool(reopened), timeout=10_000)


def test_no_note_text_in_the_settings_file_or_plain_on_disk(qtbot, secret, settings, tmp_path):
    window = make_window(qtbot, secret, settings)
    marker = "Kwartelkoning-5519"
    settings.lock_minutes = 15

    def write(dialog: ReflectionDialog) -> None:
        dialog.client.setEditText("Gemeente Utrecht")
        dialog.title.setText("Evaluatie")
        dialog.notes.setPlainText(f"Notitie {marker}")
        dialog.open_answers[next(iter(dialog.open_answers))].setPlainText(marker)
        dialog.drafts.save_now()  # as a draft …
        assert marker in journal_drafts_text(window.journal)
        dialog.save()  # … and saved

    when_shown(ReflectionDialog, write)
    assert window.run_reflection(None) is not None
    window.journal.save_draft(None, {"notes": marker})  # a draft left behind, too
    window.close()
    settings.sync()
    settings_file = Path(QSettings().fileName())
    assert settings_file.exists() and tmp_path in settings_file.parents

    def containing(folder: Path) -> list[Path]:
        needles = (marker.encode(), marker.encode("utf-16-le"))
        return [
            p for p in folder.rglob("*") if p.is_file() and any(n in disk_bytes(p) for n in needles)
        ]

    # The scan finds the marker where it is in plain bytes …
    (tmp_path / "control.txt").write_text(f"x {marker} y", encoding="utf-8")
    assert containing(tmp_path) == [tmp_path / "control.txt"]
    # … and nowhere else: not in the settings, the journal, its WAL or its backups.
    window.journal.back_up("manual")
    assert list(window.journal.path.parent.rglob("*.sqlite3*"))
    assert containing(settings_file.parent) == []
    assert containing(window.journal.path.parent) == []


def journal_drafts_text(journal: Journal) -> str:
    return " ".join(str(d.payload) for d in journal.drafts())


def test_backups_made_while_encrypted_are_encrypted(secret):
    made = secret.back_up("manual")
    assert not is_plain(made.path)
    assert backups.list_backups(secret.path)
