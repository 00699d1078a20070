"""Issue 17: the after-meeting prompt always arrives. A notification of the system's own
(desktop-notifier, here a fake backend on the real worker thread), with Reflect Now and
Later; else the tray's message; else the window alone, which shows itself without
taking the focus. The window always asks for attention, and always has the prompt bar.
An encrypted journal's notifications name no meeting."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from desktop_notifier import Capability

from journal.service import Journal
from tests.ui.calendar_helpers import Clock, Meeting, write_calendar
from ui.calendar import notifications
from ui.calendar.notifications import Notifications
from ui.common import diagnostics
from ui.shell import features
from ui.shell.app import AppController
from ui.shell.main_window import MainWindow

START = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)


class FakeServer:
    """What the tests hand in for desktop-notifier's ``DesktopNotifier``."""

    def __init__(self, capabilities=("TITLE", "MESSAGE", "BUTTONS"), fail=None, hang=False):
        self.capabilities = capabilities
        self.fail = fail
        self.hang = hang
        self.sent: list[dict] = []
        self.cleared: list[str] = []

    async def get_capabilities(self):
        if self.hang:
            await asyncio.sleep(30)
        if self.fail is not None:
            raise self.fail
        return frozenset(Capability[name] for name in self.capabilities)

    async def send(self, title, message, buttons, on_clicked):
        self.sent.append(
            {"title": title, "message": message, "buttons": buttons, "clicked": on_clicked}
        )
        return f"n{len(self.sent)}"

    async def clear(self, identifier):
        self.cleared.append(identifier)


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
def server(monkeypatch):
    fake = FakeServer()
    monkeypatch.setattr(notifications, "desktop_backend", lambda: fake)
    return fake


@pytest.fixture
def alerts(monkeypatch):
    seen = []
    monkeypatch.setattr(
        features.QApplication, "alert", staticmethod(lambda w, ms=0: seen.append(w))
    )
    return seen


def started(qtbot, window: MainWindow) -> MainWindow:
    with qtbot.waitSignal(window.features.notifications.probed, timeout=5000):
        window.features.start_calendar()
    return window


def meeting_ends(window: MainWindow, clock: Clock) -> None:
    clock.now = START + timedelta(minutes=36)
    window.calendar.reminder.timer.timeout.emit()


def test_the_probe_answers_on_the_ui_thread(qtbot):
    fake = FakeServer()
    notes = Notifications(lambda: fake)
    with qtbot.waitSignal(notes.probed, timeout=5000) as answer:
        notes.probe()
    assert answer.args == [True] and notes.available and notes.buttons
    notes.stop()


@pytest.mark.parametrize(
    "fake", [FakeServer(fail=ConnectionError()), FakeServer(hang=True), None], ids=str
)
def test_no_server_a_failing_one_or_one_that_does_not_answer_is_none(qtbot, monkeypatch, fake):
    monkeypatch.setattr(notifications, "PROBE_SECONDS", 0.2)
    notes = Notifications(lambda: fake)
    with qtbot.waitSignal(notes.probed, timeout=5000) as answer:
        notes.probe()
    assert answer.args == [False] and notes.available is False
    assert notes.send("t", "m", 1, "Reflect Now", "Later") is False
    notes.stop()


def test_a_notification_with_buttons_reflects_now(qtbot, journal_, settings, clock, server, alerts):
    window = started(qtbot, MainWindow(journal_, settings, "en"))
    qtbot.addWidget(window)
    meeting_ends(window, clock)
    qtbot.waitUntil(lambda: len(server.sent) == 1, timeout=5000)
    [sent] = server.sent
    assert window.features.last_prompt_way == "notification"
    assert sent["title"] == "Time to reflect"
    assert "“Voortgangsoverleg schoonmaak”" in sent["message"] and "Utrecht" in sent["message"]
    assert [b.title for b in sent["buttons"]] == ["Reflect Now", "Later"]
    assert window.calendar.prompt_bar.isVisibleTo(window)  # the bar as well, always
    assert alerts == [window]
    assert "system notifications with buttons" in diagnostics.context.notifications

    opened = []
    window.run_reflection = lambda meeting_id, draft=None: opened.append(meeting_id)
    loop = window.features.notifications._loop
    with qtbot.waitSignal(window.features.notifications.reflect_now, timeout=5000):
        loop.call_soon_threadsafe(sent["buttons"][0].on_pressed)  # as the server would
    [event] = journal_.calendar.to_reflect()
    assert opened == [event.meeting_id]
    qtbot.waitUntil(lambda: server.cleared == ["n1"], timeout=5000)  # taken back
    window.features.stop()


def test_later_puts_it_off(qtbot, journal_, settings, clock, server, alerts):
    window = started(qtbot, MainWindow(journal_, settings, "en"))
    qtbot.addWidget(window)
    meeting_ends(window, clock)
    qtbot.waitUntil(lambda: len(server.sent) == 1, timeout=5000)
    loop = window.features.notifications._loop
    with qtbot.waitSignal(window.features.notifications.later, timeout=5000):
        loop.call_soon_threadsafe(server.sent[0]["buttons"][1].on_pressed)
    [event] = journal_.calendar.to_reflect()
    assert event.snoozed_until is not None and event.snoozed_until > clock.now
    assert not window.calendar.prompt_bar.isVisibleTo(window)
    window.features.stop()


def test_an_encrypted_journal_names_no_meeting(qtbot, journal_, settings, clock, server, alerts):
    journal_.store.encrypted = True  # as an encrypted journal says it is
    window = started(qtbot, MainWindow(journal_, settings, "en"))
    qtbot.addWidget(window)
    meeting_ends(window, clock)
    qtbot.waitUntil(lambda: len(server.sent) == 1, timeout=5000)
    [sent] = server.sent
    assert sent["message"] == "A client meeting has ended."
    assert "Voortgang" not in sent["title"] + sent["message"]
    window.features.stop()


def test_without_notifications_the_tray_says_it(qtbot, journal_, settings, clock, alerts):
    controller = AppController(journal_, settings, "en", tray_available=True)
    qtbot.addWidget(controller.window)
    said = []
    controller.tray.icon.showMessage = lambda *args: said.append(args[:2])
    started(qtbot, controller.window)
    meeting_ends(controller.window, clock)
    assert controller.window.features.last_prompt_way == "tray"
    assert said and "Voortgangsoverleg schoonmaak" in said[0][1]
    assert alerts == [controller.window]
    assert diagnostics.context.notifications == "tray, the window"
    controller.window.quit()
    controller.tray.hide()


def test_with_neither_the_hidden_window_comes_forward_without_the_focus(
    qtbot, journal_, settings, clock, alerts
):
    """Hidden since login in a tray that is gone (or never showed a message)."""
    window = MainWindow(journal_, settings, "en")
    qtbot.addWidget(window)
    window.out_of_sight = True  # as app.run does for --background
    started(qtbot, window)
    assert not window.isVisible()
    shown_quietly = []
    window.showEvent = lambda event: shown_quietly.append(
        window.testAttribute(features.Qt.WidgetAttribute.WA_ShowWithoutActivating)
    )
    meeting_ends(window, clock)
    assert window.features.last_prompt_way == "window"
    assert window.isVisible() and shown_quietly == [True]
    assert not window.testAttribute(features.Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.calendar.prompt_bar.isVisibleTo(window)
    assert alerts == [window]
    assert diagnostics.context.notifications == "the window"


def test_a_window_never_shown_is_not_brought_up(qtbot, journal_, settings, clock, alerts):
    window = MainWindow(journal_, settings, "en")
    qtbot.addWidget(window)
    started(qtbot, window)
    meeting_ends(window, clock)
    assert window.features.last_prompt_way == "window" and not window.isVisible()
    assert alerts == [window]


def test_after_a_no_the_next_prompt_asks_again(qtbot):
    """A server that starts after the app (as at login) is used from the next prompt."""
    fake = FakeServer(fail=ConnectionError())
    notes = Notifications(lambda: fake)
    with qtbot.waitSignal(notes.probed, timeout=5000) as answer:
        notes.probe()
    assert answer.args == [False]
    fake.fail = None  # the server is up now
    with qtbot.waitSignal(notes.probed, timeout=5000) as answer:
        notes.probe()
    assert answer.args == [True] and notes.available
    notes.probe()  # a "yes" is not asked again
    assert not notes._probing
    notes.stop()


def test_no_library_is_not_asked_again(qtbot):
    made = []
    notes = Notifications(lambda: made.append(1))  # returns None: no backend
    with qtbot.waitSignal(notes.probed, timeout=5000):
        notes.probe()
    notes.probe()
    assert made == [1] and notes.available is False


def test_with_neither_a_window_behind_others_comes_on_top_without_the_focus(
    qtbot, journal_, settings, clock, alerts, monkeypatch
):
    window = MainWindow(journal_, settings, "en")
    qtbot.addWidget(window)
    window.show()
    started(qtbot, window)
    moves = []
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)  # another app has it
    monkeypatch.setattr(window, "raise_", lambda: moves.append("raise"))
    monkeypatch.setattr(window, "activateWindow", lambda: moves.append("activate"))
    meeting_ends(window, clock)
    assert moves == ["raise"] and alerts == [window]
    moves.clear()
    monkeypatch.setattr(window, "isMinimized", lambda: True)  # minimized: it only flashes
    window.come_forward()
    assert moves == []
