"""What the window loads before its first paint, and what waits for it
(``ui.shell.after_paint``): the heavy modules wait, everything is there a moment later,
and whatever a person asks for sooner is built then."""

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyledItemDelegate

from journal.find.search import SearchFilters
from journal.model import MeetingInput, ReflectionInput
from tests.conftest import FIXED_NOW
from ui.common import app_log
from ui.shell.after_paint import steps
from ui.shell.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]

# Modules that must not be loaded when the window first paints: each is a feature or a
# library the first page does not need, and each once cost start-up time or memory.
HEAVY = (
    "PySide6.QtCharts",  # the growth charts
    "PySide6.QtSvg",  # the report's charts
    "PySide6.QtNetwork",  # the instance server
    "ui.growth.growth_view",
    "ui.growth.charts",
    "journal.growth.figures",
    "ui.calendar.calendar_flow",
    "ui.calendar.notifications",
    "journal.calendar.api",  # the calendar reader
    "journal.calendar.ics_file",
    "icalendar",
    "desktop_notifier",
    "ui.pulse.comparison_panel",  # the pulse
    "journal.pulse.api",
    "ui.transcripts.brief_bar",  # transcripts, briefs
    "journal.transcripts.api",
    "journal.brief.api",
    "journal.mirror.api",
    "ui.reflect.reflection_dialog",
    "ui.reflect.draft_offer",
    "ui.safety.idle_lock",
    "ui.safety.backup_actions",
    "ui.coach.exports",
    "ui.meetings.marked_text_delegate",  # QStyle, the painter: when marks are drawn
    "ui.shell.welcome",
    "sqlite_utils",  # the first write
    "importlib.metadata",  # the diagnostics report
    "logging.handlers",  # the log file
    "ui.cli.main",  # the commands and their parser: the window needs none (ui/cli/entry.py)
    "ctypes",  # the data folder's DACL, on Windows only (journal/store/win32_dacl.py)
    # Imported on first use by the front door (journal/service.py, on_first_use): their
    # frozen dataclasses cost ~50M instructions of the first paint (issue 19).
    "journal.reflect.bank",
    "journal.reflect.scoring",
    "journal.reflect.validation",
    "journal.reflect.meeting_history",  # undo's snapshots
    "journal.growth.aggregation",  # the growth sums (ui/common/period_text.py names them)
    "html",  # html.escape with its table of entities: the read-only banner's text
)

# The app as the console script starts it: at the window's first paint (argv[2] "paint")
# or once every step after it ran ("steps"), the loaded modules and the steps run so far
# on stdout, then exit.
CHILD = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from ui.shell import main_window

    def report(window):
        done = list(window.after_paint.done)
        print(json.dumps({"modules": sorted(sys.modules), "done": done}), flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                if sys.argv[2] == "paint":
                    report(watched)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: wait_for_the_steps(watched))
            return False

    def wait_for_the_steps(window):
        if window.after_paint.finished:
            report(window)
        QTimer.singleShot(20, lambda: wait_for_the_steps(window))

    probe = FirstPaint()
    made = main_window.MainWindow.__init__

    def watched(self, *args, **kwargs):
        made(self, *args, **kwargs)
        self.installEventFilter(probe)

    main_window.MainWindow.__init__ = watched
    from ui.cli.entry import main

    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


@pytest.fixture
def some_meetings(journal):
    for days in range(1, 6):
        journal.save(
            MeetingInput("Gemeente Utrecht", f"Overleg {days}", FIXED_NOW - _days(days), 60),
            ReflectionInput({"listening.1": 4}, intention="Eerst luisteren."),
        )
    return journal


def _days(n: int):
    from datetime import timedelta

    return timedelta(days=n)


def test_no_heavy_module_is_loaded_before_the_first_paint(some_meetings, data_dir, tmp_path):
    some_meetings.close()
    seen = start_the_app(data_dir, tmp_path, "paint")
    modules = set(seen["modules"])
    assert "ui.meetings.meetings_page" in modules  # the probe saw the real window
    assert sorted(m for m in HEAVY if m in modules) == []
    assert seen["done"] == []  # nothing of after_paint ran before the paint
    assert not (tmp_path / "state" / "advisor-journal").exists()  # the log file waits too


def test_the_reflection_dialog_is_ready_once_the_steps_ran(some_meetings, data_dir, tmp_path):
    """Its code is imported after the first paint, so the first Ctrl+N does not wait."""
    some_meetings.close()
    seen = start_the_app(data_dir, tmp_path, "steps")
    assert seen["done"][-1] == "the reflection dialog's code (Ctrl+N)"
    modules = set(seen["modules"])
    for needed in ("ui.reflect.reflection_dialog", "ui.pulse.prediction_box", "journal.mirror.api"):
        assert needed in modules, needed


def start_the_app(data_dir: Path, tmp_path: Path, until: str) -> dict:
    env = dict(os.environ)
    env.pop("ADVISOR_JOURNAL_HOME", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p),
    )
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), until],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stderr
    return json.loads(lines[-1])


@pytest.fixture
def window(qtbot, some_meetings, settings):
    window = MainWindow(some_meetings, settings, "en")
    qtbot.addWidget(window)
    return window


def marking(table) -> bool:
    """The list paints through the marking delegate: every column, so that the columns
    that can show matched words paint them marked."""
    columns = range(table.model().columnCount())
    kinds = {type(table.itemDelegateForIndex(table.model().index(0, c))).__name__ for c in columns}
    return kinds == {"MarkedTextDelegate"}


def test_everything_is_there_a_moment_after_the_first_paint(qtbot, window):
    assert window.after_paint.done == []  # built, not shown: nothing waits for it yet
    assert window.features._calendar is None
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.after_paint.finished, timeout=10_000)
    assert window.after_paint.done == [step.what for step in steps(window)]  # in order
    assert window.features._calendar is not None  # To Reflect, the prompt
    assert window.features._idle_lock is not None
    assert window.features._backups is not None
    assert window.features.draft_offer is not None
    assert marking(window.table)
    assert window.table.viewport().acceptDrops()  # a transcript dropped on a row


def test_what_is_asked_for_before_its_step_ran_is_built_then(qtbot, window):
    """Never shown, so nothing of after_paint ran: a text search marks its matches, the
    To Reflect tab and Growth build themselves, the shortcuts are there from the start."""
    assert window.after_paint.done == []
    assert isinstance(window.table.itemDelegate(), QStyledItemDelegate)
    assert not marking(window.table)
    window.meetings.set_filters(SearchFilters(text="Overleg"))
    assert marking(window.table)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.tabs.setCurrentIndex(window.TO_REFLECT)
    assert window.features._calendar is not None
    window.show_growth()
    assert window.growth_view is not None
    window.after_paint.run_now()  # the steps still run once, without doubling anything
    assert window.after_paint.finished
    assert marking(window.table)


def test_started_hidden_in_the_tray_runs_what_must_run_without_a_window(qtbot, window):
    window.after_paint.start_hidden()
    hidden = [step.what for step in steps(window) if step.hidden_too]
    qtbot.waitUntil(lambda: window.after_paint.done == hidden, timeout=10_000)
    assert window.features._calendar is not None  # the prompts after a meeting
    assert window.features.draft_offer is None  # offered once the window is shown
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.after_paint.finished, timeout=10_000)
    assert window.features.draft_offer is not None


def test_a_closed_window_starts_nothing_more(qtbot, window):
    window.after_paint.start()
    window.after_paint.stop()
    qtbot.wait(50)
    assert window.after_paint.done == []


def test_what_is_logged_before_the_file_opens_is_written_to_it_first(tmp_path, monkeypatch):
    monkeypatch.setattr(app_log, "log_dir", lambda: tmp_path / "log")
    app_log.hold("window")
    logging.getLogger("advisor_journal.app").info("journal open (schema 9)")
    assert not (tmp_path / "log").exists()
    app_log.start_file()
    text = (tmp_path / "log" / app_log.LOG_FILE).read_text(encoding="utf-8")
    assert text.index("start window") < text.index("journal open (schema 9)")
    logging.getLogger("advisor_journal.app").info("after")
    assert "after" in (tmp_path / "log" / app_log.LOG_FILE).read_text(encoding="utf-8")


def test_a_start_that_ends_before_its_window_still_writes_its_log(tmp_path, monkeypatch):
    monkeypatch.setattr(app_log, "log_dir", lambda: tmp_path / "log")
    app_log.hold("window")
    app_log.log_error("start", OSError(13, "refused"))
    app_log._written_at_exit()  # registered with atexit by hold()
    text = (tmp_path / "log" / app_log.LOG_FILE).read_text(encoding="utf-8")
    assert "start: builtins.PermissionError (errno=13)" in text
