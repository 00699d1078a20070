"""Issue 17, diagnostics: a log file in the platform's log folder, Help → Show Log
Folder and Copy Diagnostics, the dialog for an unexpected error offering both; and never
a word the advisor wrote in any of them (marker text is grepped for)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from journal.errors import InvalidInput, JournalBusy
from journal.model import MeetingInput, ReflectionInput
from journal.service import Journal
from ui.common import app_log, diagnostics, messages
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
MARKERS = ("ZQXCLIENT", "ZQXTITLE", "ZQXNOTES", "ZQXANSWER", "ZQXINTENT", "zqxtag")


@pytest.fixture
def log_folder():
    """The platform's log folder (Linux: $XDG_STATE_HOME/advisor-journal/log), which
    tests/conftest.py puts beside tmp_path (and detaches after the test)."""
    yield Path(os.environ["XDG_STATE_HOME"]) / "advisor-journal" / "log"
    diagnostics.attach(None, None)


def write_the_markers(journal: Journal) -> None:
    journal.save(
        MeetingInput(
            "Klant ZQXCLIENT", "Overleg ZQXTITLE", datetime(2026, 11, 20, 9, tzinfo=UTC), 60,
            "Notitie ZQXNOTES", ("zqxtag",),
        ),
        ReflectionInput(
            {"listening.1": 4}, {"open.happened": "Antwoord ZQXANSWER"}, "Plan ZQXINTENT",
            "listening",
        ),
    )  # fmt: skip


def leaks(text: str) -> list[str]:
    return [marker for marker in MARKERS if marker.lower() in text.lower()]


def test_the_log_goes_to_the_platform_log_folder_and_rotates(log_folder):
    assert app_log.log_dir() == log_folder
    path = app_log.start("test")
    assert path == log_folder / "advisor-journal.log"
    assert app_log.start("again") == path  # once per process
    for _ in range(2500):  # ~2.5 MB: rotated into at most 4 files of ~1 MB
        logging.getLogger("advisor_journal").info("x" * 1000)
    files = sorted(p.name for p in log_folder.glob("advisor-journal.log*"))
    assert files == [
        "advisor-journal.log", "advisor-journal.log.1", "advisor-journal.log.2",
    ]  # fmt: skip
    assert all(p.stat().st_size <= app_log.MAX_BYTES for p in log_folder.glob("*.log*"))
    assert (log_folder / "crash.log").is_file()  # faulthandler's file


def test_an_exception_is_logged_without_its_message(log_folder):
    app_log.start("test")
    app_log.install_excepthook(show=lambda value: None)

    def parse_answer(answer: str):
        raise KeyError(answer)  # our code's line is logged, the typed text is not

    try:
        parse_answer("Antwoord " + MARKERS[3])
    except KeyError:
        sys.excepthook(*sys.exc_info())
    app_log.log_error("told", InvalidInput("clients", "no such client: Klant ZQXCLIENT"))
    app_log.log_error("told", JournalBusy(Path("/x/journal.sqlite3"), "Overleg ZQXTITLE"))
    text = app_log.log_file().read_text(encoding="utf-8")
    assert "builtins.KeyError" in text
    assert 'File "tests/ui/test_diagnostics.py"' in text and "in parse_answer" in text
    assert "journal.errors.InvalidInput" in text and "journal.errors.JournalBusy" in text
    assert leaks(text) == []


@pytest.mark.qt_log_level_fail("CRITICAL")  # the warning below is on purpose
def test_qt_warnings_reach_the_log(log_folder, qtlog):
    app_log.start("test")
    app_log.install_qt_handler()
    from PySide6.QtCore import qWarning

    qWarning("a Qt warning for the log")
    app_log.stop()  # puts pytest-qt's handler back
    assert "WARNING advisor_journal.qt" in app_log.log_file().read_text(encoding="utf-8")
    assert "a Qt warning for the log" in app_log.log_file().read_text(encoding="utf-8")
    assert [r.message for r in qtlog.records if r.type == QtMsgType.QtWarningMsg] == [
        "a Qt warning for the log"
    ]  # the handler before ours still had it


def test_copy_diagnostics_has_versions_paths_and_errors_but_no_word_written(
    qtbot, log_folder, data_dir, settings, monkeypatch
):
    app_log.start("test")
    journal = Journal.open(data_dir)
    try:
        write_the_markers(journal)
        app_log.log_error("told", InvalidInput("title", "too long", length=300, limit=200))
        window = MainWindow(journal, settings, "en")
        qtbot.addWidget(window)
        window.copy_diagnostics()
        text = QGuiApplication.clipboard().text()
    finally:
        journal.close()
    assert text.startswith("Advisor Journal diagnostics\n")
    for expected in (
        "App: ", "Python: 3.", "Qt: 6.", "PySide6 6.", "SQLite: 3.", "SQLCipher: ",
        "Platform: ", f"Data folder: {data_dir}", f"Journal: {data_dir / 'journal.sqlite3'}",
        "Journal schema: m0", "Journal mode: normal", f"Log folder: {log_folder}",
        "WARNING advisor_journal [", "told: journal.errors.InvalidInput",
    ):  # fmt: skip
        assert expected in text, expected
    assert int(text.split("Journal size: ")[1].split(" bytes")[0].replace(",", "")) > 0
    assert leaks(text) == []
    assert leaks(app_log.log_file().read_text(encoding="utf-8")) == []


def test_diagnostics_of_a_closed_journal_still_come(log_folder, data_dir):
    journal = Journal.open(data_dir)
    journal.close()  # as when locked
    diagnostics.attach(data_dir, journal)
    text = diagnostics.report()
    assert "Journal schema: unknown (" in text
    assert "(none)" in text  # no log yet: no errors in it


def test_the_unexpected_error_box_offers_the_diagnostics_and_the_log_folder(
    qtbot, log_folder, monkeypatch
):
    app_log.start("test")
    monkeypatch.undo()  # the real show_unexpected (conftest records it instead)
    monkeypatch.setenv("XDG_STATE_HOME", str(log_folder.parents[1]))  # undone as well
    opened = []
    monkeypatch.setattr(
        diagnostics.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    QGuiApplication.clipboard().clear()
    seen = {}

    def answer(box: QMessageBox, choice: str):
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["text"] = box.text() + box.informativeText()
        (button,) = [b for b in box.buttons() if b.text() == choice]
        return button

    for choice in ("Copy Diagnostics", "Show Log Folder"):
        monkeypatch.setattr(
            QMessageBox, "exec", lambda box, choice=choice: _click(box, answer(box, choice))
        )
        messages.show_unexpected(None, RuntimeError("ZQXTITLE"))
    assert {"Copy Diagnostics", "Show Log Folder"} <= set(seen["buttons"])
    assert "RuntimeError" in seen["text"] and leaks(seen["text"]) == []
    assert QGuiApplication.clipboard().text().startswith("Advisor Journal diagnostics")
    assert [u.toLocalFile() for u in opened] == [str(log_folder)]


def _click(box: QMessageBox, button) -> int:
    button.click()
    return 0


def test_a_start_from_the_entry_point_leaves_a_log_with_the_forced_error(tmp_path, data_dir):
    """The window started as a launcher would (``python -m ui.cli``, fresh home and XDG
    folders), with an unexpected error once it is up: the error is in the log file of
    the platform's log folder, and nothing the advisor wrote is."""
    journal = Journal.open(data_dir)
    write_the_markers(journal)
    journal.close()
    home = tmp_path / "home"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "QT_", "DBUS_"))  # no notification server either
    } | {
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(data_dir), "--crash-test"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    folder = home / ".local" / "state" / "advisor-journal" / "log"
    text = (folder / "advisor-journal.log").read_text(encoding="utf-8")
    assert "INFO advisor_journal [" in text and "start window" in text
    assert "journal open (schema m0" in text
    assert "ERROR advisor_journal [" in text and "ui.shell.app.CrashTestError" in text
    assert 'File "ui/shell/app.py"' in text
    assert "CrashTestError: crash test" not in text  # its message stays out; the type is enough
    assert "INFO advisor_journal.app [" in text and text.rstrip().endswith("quit")
    assert (folder / "crash.log").is_file()
    assert leaks(text) == []


def test_a_command_logs_too(tmp_path, log_folder, data_dir, capsys):
    from ui.cli.main import main

    Journal.open(data_dir).close()
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    text = app_log.log_file().read_text(encoding="utf-8")
    assert "start command check" in text


def test_the_help_menu_shows_the_log_folder_and_copies_the_diagnostics(
    qtbot, log_folder, journal, settings, monkeypatch
):
    opened = []
    monkeypatch.setattr(
        diagnostics.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    bar = window.menuBar().actions()  # kept: on PySide6 6.9 menu() dies with its action
    [help_menu] = [a.menu() for a in bar if a.text() == "&Help"]
    actions = {action.text(): action for action in help_menu.actions() if action.text()}
    actions["Show &Log Folder"].trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_folder)]
    assert log_folder.is_dir()  # made, so there is a folder to show
    QGuiApplication.clipboard().clear()
    actions["&Copy Diagnostics"].trigger()
    assert QGuiApplication.clipboard().text().startswith("Advisor Journal diagnostics")
    assert f"Journal: {journal.path}" in QGuiApplication.clipboard().text()
    assert window.statusBar().currentMessage().startswith("Diagnostics copied")


def test_without_a_file_manager_the_log_folder_is_named(
    qtbot, log_folder, journal, settings, monkeypatch
):
    monkeypatch.setattr(diagnostics.QDesktopServices, "openUrl", lambda url: False)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show_log_folder()
    [text] = shown
    assert str(log_folder) in text


def test_an_exception_in_a_thread_is_logged(log_folder):
    import threading

    app_log.start("test")
    app_log.install_excepthook()

    def work():
        raise OSError(28, "No space left on device")

    thread = threading.Thread(target=work, name="backup")
    thread.start()
    thread.join()
    text = app_log.log_file().read_text(encoding="utf-8")
    assert "unexpected error (thread backup):\nbuiltins.OSError (errno=28)" in text


def test_a_hard_crash_leaves_the_python_stacks_in_crash_log(tmp_path):
    """faulthandler: a segmentation fault (here on purpose) still says where it was."""
    state = tmp_path / "state"
    env = dict(os.environ, XDG_STATE_HOME=str(state), PYTHONPATH=str(ROOT))
    code = "from ui.common import app_log; app_log.start('test'); import faulthandler; faulthandler._sigsegv()"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert result.returncode != 0
    crash = (state / "advisor-journal" / "log" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert 'File "<string>", line 1' in crash
