"""A start at login (``--background``) on a desktop without a system tray (stock GNOME):
the window waits minimized in the task bar without taking the focus, the prompts run
anyway, and when a client meeting ends with no notification to say so, the window comes
up (still without the focus); one the person minimized only flashes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from journal.service import Journal
from tests.ui.calendar_helpers import Clock, Meeting, write_calendar
from ui.shell import features
from ui.shell.app import AppController, present

START = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)


class Guard:
    """The instance guard's part in this: whether later starts are answered."""

    def __init__(self):
        self.listening = 0

    def listen(self):
        self.listening += 1


@pytest.fixture
def clock():
    return Clock(START + timedelta(minutes=10))


@pytest.fixture
def journal_(data_dir, clock, tmp_path):
    j = Journal.open(data_dir, clock=clock)
    path = write_calendar(
        tmp_path / "agenda.ics", [Meeting("m1", "Voortgangsoverleg schoonmaak", START, 35)]
    )
    j.calendar.import_file(path)
    yield j
    j.close()


@pytest.fixture
def no_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def alerts(monkeypatch):
    seen = []
    monkeypatch.setattr(
        features.QApplication, "alert", staticmethod(lambda w, ms=0: seen.append(w))
    )
    return seen


def controller_of(qtbot, journal_, settings) -> AppController:
    controller = AppController(journal_, settings, "en", guard=Guard())
    qtbot.addWidget(controller.window)
    return controller


def quiet_shows(window) -> list[bool]:
    """Each show of ``window``: whether it was to take no focus."""
    shown: list[bool] = []
    real = window.showEvent

    def show_event(event):
        shown.append(window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating))
        real(event)

    window.showEvent = show_event
    return shown


def test_without_a_tray_a_login_start_is_minimized_and_takes_no_focus(
    qtbot, journal_, settings, no_tray
):
    controller = controller_of(qtbot, journal_, settings)
    window = controller.window
    assert not controller.tray.available
    shown = quiet_shows(window)
    guard = controller.guard
    # A minimized window does not paint on a real desktop (offscreen, it does): what
    # waits for the first paint must not be what starts the prompts here.
    window.after_paint.start = lambda: None
    assert present(controller, guard, background=True) == "minimized"
    assert window.isVisible() and window.isMinimized()  # in the task bar
    assert shown == [True]  # without taking the focus
    assert not window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # Later starts answered, the prompts, the lock and the backups run though the
    # window may never paint (``ui.shell.after_paint``'s hidden steps).
    qtbot.waitUntil(lambda: guard.listening == 1)
    qtbot.waitUntil(lambda: window.features._calendar is not None)
    assert window.features.calendar._started
    window.quit()


def test_with_a_tray_a_login_start_stays_in_the_tray(qtbot, journal_, settings, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    controller = controller_of(qtbot, journal_, settings)
    assert present(controller, controller.guard, background=True) == "tray"
    assert not controller.window.isVisible() and controller.window.out_of_sight
    controller.window.quit()
    controller.tray.hide()


def test_a_start_by_hand_shows_the_window(qtbot, journal_, settings, no_tray):
    controller = controller_of(qtbot, journal_, settings)
    assert present(controller, controller.guard, background=False) == "shown"
    assert controller.window.isVisible() and not controller.window.isMinimized()
    controller.window.quit()


def meeting_ends(qtbot, window, clock) -> None:
    with qtbot.waitSignal(window.features.notifications.probed, timeout=5000):
        window.after_paint.run_now()  # the calendar's start among them
    clock.now = START + timedelta(minutes=36)
    window.calendar.reminder.timer.timeout.emit()


def test_the_prompt_brings_up_the_window_minimized_at_login(
    qtbot, journal_, settings, clock, no_tray, alerts
):
    """Neither a tray nor notifications (none in the tests): the window is the way."""
    controller = controller_of(qtbot, journal_, settings)
    window = controller.window
    present(controller, controller.guard, background=True)
    shown = quiet_shows(window)
    meeting_ends(qtbot, window, clock)
    assert window.features.last_prompt_way == "window"
    assert window.isVisible() and not window.isMinimized()
    assert shown == [True]  # up, but the keyboard stays where the person typed
    assert window.calendar.prompt_bar.isVisibleTo(window)
    assert alerts == [window]
    window.quit()


def test_a_window_the_person_minimized_only_flashes(
    qtbot, journal_, settings, clock, no_tray, alerts
):
    controller = controller_of(qtbot, journal_, settings)
    window = controller.window
    present(controller, controller.guard, background=True)
    window.showNormal()  # the person opened it from the task bar …
    window.showMinimized()  # … and put it away again
    meeting_ends(qtbot, window, clock)
    assert window.features.last_prompt_way == "window"
    assert window.isMinimized()
    assert alerts == [window]  # the task bar entry asks for attention
    window.quit()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("closing the window quits", "notification", "minimized in the task bar")),
        ("nl", ("stopt de app", "melding", "geminimaliseerd in de taakbalk")),
    ],
)
def test_settings_say_what_happens_without_a_tray(qtbot, journal_, settings, language, words):
    from PySide6.QtWidgets import QLabel

    from ui.calendar.calendar_settings import CalendarSettings
    from ui.common import i18n

    i18n.install(language)
    page = CalendarSettings(journal_, settings, tray_available=False)
    qtbot.addWidget(page)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert all(word in texts for word in words)
    assert not page.keep_in_tray.isEnabled()
