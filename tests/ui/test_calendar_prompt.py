"""The prompt after a client meeting, with an injected clock: it appears when the meeting
ends, opens the reflection filled in, and can be put off or turned down; the "to reflect"
list holds what is still waiting."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.service import Journal
from tests.ui.calendar_helpers import Clock, Meeting, write_calendar
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.shell import features
from ui.shell.app import AppController
from ui.shell.main_window import MainWindow

START = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return Clock(START + timedelta(minutes=10))  # during the first meeting


@pytest.fixture
def journal_(data_dir, clock):
    j = Journal.open(data_dir, clock=clock)
    yield j
    j.close()


@pytest.fixture
def agenda(tmp_path, journal_):
    """One client meeting 13:00–13:35, one internal, one client meeting tomorrow."""
    path = write_calendar(
        tmp_path / "agenda.ics",
        [
            Meeting("m1", "Voortgangsoverleg schoonmaak", START, 35),
            Meeting("m2", "Teamoverleg", START + timedelta(hours=1), 30, "adviesbureau.nl"),
            Meeting("m3", "Kennismaking", START + timedelta(days=1), 60, "kestrel.co.uk"),
        ],
    )
    journal_.calendar.import_file(path)
    return path


def window_on(qtbot, journal_, settings) -> MainWindow:
    window = MainWindow(journal_, settings, "en")
    qtbot.addWidget(window)
    window.calendar.start()
    return window


def fire(window: MainWindow) -> None:
    """The reminder's single timer runs out (the clock was moved by the test)."""
    assert window.calendar.reminder.timer.isActive()
    window.calendar.reminder.timer.timeout.emit()


def test_the_prompt_appears_when_the_meeting_ends_and_opens_the_reflection_filled_in(
    qtbot, journal_, settings, clock, agenda, monkeypatch
):
    window = window_on(qtbot, journal_, settings)
    bar = window.calendar.prompt_bar
    assert not bar.isVisibleTo(window)
    # One timer: the meeting ends in 25 minutes, but a wait is capped at 10 (sleep).
    remaining = window.calendar.reminder.timer.remainingTime()
    assert abs(remaining - 10 * 60_000) <= 1500

    clock.now = START + timedelta(minutes=36)
    fire(window)
    assert bar.isVisibleTo(window)
    assert "Voortgangsoverleg schoonmaak" in bar.title.text()
    assert "Utrecht" in bar.title.text()
    assert window.tabs.tabText(window.TO_REFLECT) == "To Reflect (1)"
    assert window.model.total == 1  # the ended meeting now counts as held

    seen = {}

    def fill_in_and_save(dialog):
        seen.update(
            client=dialog.client.currentText(),
            title=dialog.title.text(),
            start=dialog.start.dateTime().toPython().astimezone(),
            minutes=dialog.duration.value(),
        )
        dialog.client.setEditText("Gemeente Utrecht")
        dialog.scale_questions[0].set_value(4)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReflectionDialog, "exec", fill_in_and_save)
    qtbot.mouseClick(bar.reflect_button, Qt.MouseButton.LeftButton)

    assert seen == {
        "client": "Utrecht",
        "title": "Voortgangsoverleg schoonmaak",
        "start": START,
        "minutes": 35,
    }
    assert not bar.isVisibleTo(window)
    assert window.calendar.to_reflect.events == []
    assert window.tabs.tabText(window.TO_REFLECT) == "To Reflect"
    (summary,) = journal_.meeting_page(0, 10)
    meeting = journal_.meeting(summary.id)
    assert meeting.client.name == "Gemeente Utrecht" and meeting.reflection is not None
    # Confirmed once, the client is remembered for its e-mail domain.
    assert journal_.calendar.client_domains() == {"utrecht.nl": "Gemeente Utrecht"}


def test_the_timer_is_set_to_the_end_of_the_next_meeting(qtbot, journal_, settings, clock, agenda):
    clock.now = START + timedelta(minutes=30)  # five minutes before the end
    window = window_on(qtbot, journal_, settings)
    remaining = window.calendar.reminder.timer.remainingTime()
    assert 5 * 60_000 <= remaining <= 5 * 60_000 + 2000


def test_nothing_is_asked_before_the_meeting_ends(qtbot, journal_, settings, clock, agenda):
    window = window_on(qtbot, journal_, settings)
    clock.now = START + timedelta(minutes=34)
    fire(window)  # woken early (a capped wait): still nothing due
    assert not window.calendar.prompt_bar.isVisibleTo(window)
    assert window.model.total == 0


def test_later_asks_again_when_the_snooze_runs_out(qtbot, journal_, settings, clock, agenda):
    window = window_on(qtbot, journal_, settings)
    clock.now = START + timedelta(minutes=36)
    fire(window)
    bar = window.calendar.prompt_bar
    in_15 = bar.later_button.menu().actions()[0]
    assert in_15.text() == "In 15 minutes"
    in_15.trigger()
    assert not bar.isVisibleTo(window)
    assert "You will be asked again at" in window.statusBar().currentMessage()
    remaining = window.calendar.reminder.timer.remainingTime()
    assert 10 * 60_000 - 2000 <= remaining <= 10 * 60_000 + 2000  # capped: looks again

    clock.now += timedelta(minutes=10)
    fire(window)
    assert not bar.isVisibleTo(window)  # not yet
    clock.now += timedelta(minutes=6)
    fire(window)
    assert bar.isVisibleTo(window)
    assert "Voortgangsoverleg schoonmaak" in bar.title.text()


def test_not_a_client_meeting_takes_it_off_for_good(qtbot, journal_, settings, clock, agenda):
    window = window_on(qtbot, journal_, settings)
    clock.now = START + timedelta(minutes=36)
    fire(window)
    qtbot.mouseClick(window.calendar.prompt_bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.calendar.prompt_bar.isVisibleTo(window)
    assert window.calendar.to_reflect.events == []
    assert window.model.total == 0  # its unreflected meeting is gone too
    journal_.calendar.import_file(agenda)  # a re-import keeps it dismissed
    window.calendar.refresh()
    assert window.calendar.to_reflect.events == []


def test_a_meeting_that_ended_long_ago_waits_in_the_list_without_a_prompt(
    qtbot, journal_, settings, clock, agenda
):
    clock.now = START + timedelta(hours=14)  # 12 hours is the limit for asking
    window = window_on(qtbot, journal_, settings)
    assert not window.calendar.prompt_bar.isVisibleTo(window)
    titles = [e.title for e in window.calendar.to_reflect.events]
    assert titles == ["Voortgangsoverleg schoonmaak"]


def test_the_list_of_meetings_to_reflect(qtbot, journal_, settings, clock, tmp_path, monkeypatch):
    meetings = [Meeting(f"m{i}", f"Overleg {i}", START - timedelta(days=i), 60) for i in range(4)]
    journal_.calendar.import_file(write_calendar(tmp_path / "a.ics", meetings))
    clock.now = START + timedelta(hours=2)
    window = window_on(qtbot, journal_, settings)
    view = window.calendar.to_reflect
    window.show_to_reflect()
    assert window.tabs.currentIndex() == window.TO_REFLECT
    assert [e.title for e in view.events] == ["Overleg 0", "Overleg 1", "Overleg 2", "Overleg 3"]
    assert view.table.item(0, view.ENDED).text() == "today at " + _local_hhmm(
        START + timedelta(hours=1)
    )
    assert view.table.item(1, view.ENDED).text().startswith("yesterday at")

    view.table.clearSelection()
    view.table.selectRow(1)
    view.table.selectionModel().select(
        view.table.model().index(3, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert not view.reflect_button.isEnabled()  # reflect on one at a time
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert [e.title for e in view.events] == ["Overleg 0", "Overleg 2"]
    assert window.tabs.tabText(window.TO_REFLECT) == "To Reflect (2)"

    opened = []
    monkeypatch.setattr(ReflectionDialog, "exec", lambda d: opened.append(d.title.text()) or 0)
    view.table.selectRow(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == ["Overleg 2"]
    assert len(view.events) == 2  # cancelled: still waiting


def test_where_there_is_a_tray_it_says_so_there(qtbot, journal_, settings, clock, agenda):
    controller = AppController(journal_, settings, "en", tray_available=True)
    qtbot.addWidget(controller.window)
    said = []
    controller.tray.icon.showMessage = lambda *args: said.append(args[:2])
    controller.window.calendar.start()
    clock.now = START + timedelta(minutes=36)
    fire(controller.window)
    assert said and said[0][0] == "Time to reflect"
    assert "Voortgangsoverleg schoonmaak" in said[0][1]
    assert controller.window.calendar.prompt_bar.isVisibleTo(controller.window)
    controller.window.quit()
    controller.tray.hide()


def test_without_a_tray_the_window_asks_for_attention(
    qtbot, journal_, settings, clock, agenda, monkeypatch
):
    alerts = []
    monkeypatch.setattr(
        features.QApplication, "alert", staticmethod(lambda w, ms=0: alerts.append(w))
    )
    window = window_on(qtbot, journal_, settings)
    clock.now = START + timedelta(minutes=36)
    fire(window)
    assert alerts == [window]
    assert QApplication.instance() is not None


def _local_hhmm(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def test_a_calendar_meeting_reflected_from_the_meetings_list_also_teaches_its_client(
    qtbot, journal_, settings, clock, agenda, monkeypatch
):
    clock.now = START + timedelta(hours=3)
    window = window_on(qtbot, journal_, settings)
    window.tabs.setCurrentIndex(window.MEETINGS)

    def rename_and_save(dialog):
        dialog.client.setEditText("Gemeente Utrecht")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReflectionDialog, "exec", rename_and_save)
    window.table.selectRow(0)
    window.open_selected()
    assert journal_.calendar.client_domains() == {"utrecht.nl": "Gemeente Utrecht"}
