"""The client view: one client's meetings, what was written, trust, and intentions settled
by hand; the client picker, the keyboard and the empty states."""

import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from journal.model import MeetingInput, ReflectionInput
from tests.conftest import november_at
from ui.meetings.client_intentions import IntentionsModel
from ui.meetings.client_meetings import ClientMeetingsModel
from ui.meetings.client_view import ClientView


@pytest.fixture
def two_clients(journal, local_zone):
    """Gemeente Utrecht: three meetings (one with notes, an open answer and an intention
    about listening; one not reflected on; one with scores only); Kestrel Engineering: one
    meeting with an intention of its own. Amsterdam time."""
    local_zone("Europe/Amsterdam")
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off", november_at(2, 9), 60,
                     "Pieter (pieter@utrecht.nl) vroeg naar de planning."),
        ReflectionInput(
            {"listening.1": 4, "listening.2": 5, "honest_limits.1": 2, "client_focus.1": 3,
             "reassurance.1": 4, "candour.1": 3, "process_partner.1": 4},
            {"open.happened": "Gemeente Utrecht wilde vooral zekerheid."},
            "Eerst vragen naar hun planning.",
            "listening",
        ),
    )  # fmt: skip
    journal.save(
        MeetingInput("Kestrel Engineering", "Requirements workshop", november_at(10, 14), 90),
        ReflectionInput({"listening.1": 2, "candour.2": 4}, intention="Zeggen wat ik niet weet."),
    )
    journal.save(
        MeetingInput("Gemeente Utrecht", "Voortgang", november_at(20, 10), 30), ReflectionInput()
    )
    journal.save(
        MeetingInput("Gemeente Utrecht", "Oktober", datetime(2026, 10, 5, 9, tzinfo=UTC), 30),
        ReflectionInput({"listening.1": 1}),
    )
    return journal


def open_view(qtbot, journal, client_name: str | None = None) -> ClientView:
    client = journal.client_by_name(client_name) if client_name else None
    view = ClientView(journal, "en", client.id if client else 1)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # the rest is read right after the first paint
        view.show()
    return view


def titles(view: ClientView) -> list[str]:
    model = view.meetings_model
    return [model.summary(row).title for row in range(model.rowCount())]


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def choose_client(qtbot, view: ClientView, name: str) -> None:
    with qtbot.waitSignal(view.loaded):
        view.picker.setCurrentIndex(view.picker.findText(name))


def test_shows_the_clients_meetings_newest_first_and_nothing_of_other_clients(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    assert titles(view) == ["Voortgang", "Kick-off", "Oktober"]
    assert view.name.text() == "Gemeente Utrecht"
    assert "Gemeente Utrecht" in view.windowTitle()
    assert view.facts.text().startswith("3 meetings since 5 Oct 2026 · 2 reflected on")
    model = view.meetings_model
    assert cell(model, 0, ClientMeetingsModel.REFLECTED) == "Not yet"
    assert cell(model, 1, ClientMeetingsModel.REFLECTED) == "Yes"
    # Kestrel's workshop, in the same month, and its intention are nowhere.
    assert "Requirements workshop" not in titles(view)
    assert view.open_model.rowCount() == view.all_model.rowCount() == 1
    assert cell(view.open_model, 0, IntentionsModel.INTENTION) == "Eerst vragen naar hun planning."
    assert cell(view.open_model, 0, IntentionsModel.MEETING) == "Kick-off"
    assert cell(view.open_model, 0, IntentionsModel.TRAIT) == "Listening"
    assert not view.open_table.isColumnHidden(IntentionsModel.TRAIT)
    assert view.growth is not None and view.trust_pages.currentWidget() is view.trust_chart.view


def test_the_picker_switches_client_without_closing(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    assert [view.picker.itemText(i) for i in range(view.picker.count())] == [
        "Gemeente Utrecht",
        "Kestrel Engineering",
    ]
    choose_client(qtbot, view, "Kestrel Engineering")
    assert view.isVisible()
    assert titles(view) == ["Requirements workshop"]
    assert view.name.text() == "Kestrel Engineering"
    assert view.client_id == two_clients.client_by_name("Kestrel Engineering").id
    # Kestrel's own intention; Gemeente Utrecht's stays there.
    assert view.open_model.rowCount() == 1
    assert cell(view.open_model, 0, IntentionsModel.INTENTION) == "Zeggen wat ik niet weet."
    assert view.open_table.isColumnHidden(IntentionsModel.TRAIT)  # none has a trait
    assert view.meeting is not None and view.meeting.title == "Requirements workshop"
    choose_client(qtbot, view, "Gemeente Utrecht")
    assert titles(view)[0] == "Voortgang" and view.open_model.rowCount() == 1


def test_the_selected_meetings_open_answers_and_notes_are_shown(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    assert "not reflected on this meeting yet" in view.reflection.toPlainText()  # Voortgang
    view.meetings.setCurrentIndex(view.meetings_model.index(1, ClientMeetingsModel.TITLE))
    text = view.reflection.toPlainText()
    assert "Kick-off" in text
    assert "What actually happened?" in text
    assert "Gemeente Utrecht wilde vooral zekerheid." in text
    assert "Eerst vragen naar hun planning." in text  # the intention written
    assert "Pieter (pieter@utrecht.nl) vroeg naar de planning." in text  # the notes
    assert view.reflection.isReadOnly()


def test_open_intentions_are_settled_by_hand(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    assert view.open_model.rowCount() == 1
    assert cell(view.open_model, 0, IntentionsModel.INTENTION) == "Eerst vragen naar hun planning."
    assert "1 open" in view.facts.text()
    view.open_table.selectRow(0)
    assert view.kept_button.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.partly_button, Qt.MouseButton.LeftButton)
    assert view.open_model.rowCount() == 0  # it left the open list
    assert view.open_pages.currentWidget() is view.no_open
    assert "No open intentions" in view.no_open.text()
    assert not view.kept_button.isEnabled()
    assert cell(view.all_model, 0, IntentionsModel.VERDICT) == "Partly"  # the verdict shown
    assert cell(view.all_model, 0, IntentionsModel.SETTLED) == "23 Nov 2026"
    assert "1 partly kept" in view.facts.text()
    [stored] = two_clients.intentions_of_client(two_clients.client_by_name("Gemeente Utrecht").id)
    assert stored.kept == "partly"
    # The verdict can be taken back from the list of all intentions.
    view.all_table.selectRow(0)
    with qtbot.waitSignal(view.changed):
        view.settle_selected(None, view.all_table)
    assert view.open_model.rowCount() == 1
    assert cell(view.all_model, 0, IntentionsModel.VERDICT) == "Open"
    assert two_clients.open_intentions()[0].kept is None


def test_settling_several_goes_on_with_the_next_open_one(qtbot, two_clients):
    for day in (12, 13, 14):
        two_clients.save(
            MeetingInput("Gemeente Utrecht", f"Overleg {day}", november_at(day, 9), 30),
            ReflectionInput(intention=f"Voornemen {day}"),
        )
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    texts = [cell(view.open_model, r, IntentionsModel.INTENTION) for r in range(4)]
    assert texts[:3] == ["Voornemen 14", "Voornemen 13", "Voornemen 12"]
    view.open_table.selectRow(1)
    view.settle_selected("no")
    assert view.open_model.rowCount() == 3
    assert view.open_table.currentIndex().row() == 1  # now "Voornemen 12"
    assert cell(view.open_model, 1, IntentionsModel.INTENTION) == "Voornemen 12"
    verdicts = {
        cell(view.all_model, r, IntentionsModel.INTENTION): cell(
            view.all_model, r, IntentionsModel.VERDICT
        )
        for r in range(view.all_model.rowCount())
    }
    assert verdicts["Voornemen 13"] == "Not kept" and verdicts["Voornemen 14"] == "Open"


def test_enter_on_a_meeting_asks_to_open_it(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    kick_off = view.meetings_model.summary(1).id
    view.meetings.setFocus()
    qtbot.keyClick(view.meetings, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_meeting) as opened:
        qtbot.keyClick(view.meetings, Qt.Key.Key_Return)
    assert opened.args == [kick_off]
    with qtbot.waitSignal(view.open_meeting) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [kick_off]


def test_the_keyboard_reaches_everything_and_escape_closes(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    reached = set()
    widget = view.meetings
    widget.setFocus()
    for _ in range(20):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = view.focusWidget()
        reached.add(widget)
    for wanted in (
        view.picker, view.meetings, view.open_button, view.reflection, view.granularity,
        view.open_table, view.kept_button, view.partly_button, view.missed_button,
    ):  # fmt: skip
        assert wanted in reached, wanted
    view.open_table.setFocus()
    view.open_table.selectRow(0)
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.open_table, Qt.Key.Key_K)  # kept
    assert cell(view.all_model, 0, IntentionsModel.VERDICT) == "Kept"
    view.intention_tabs.setCurrentIndex(1)
    view.all_table.setFocus()
    view.all_table.selectRow(0)
    qtbot.keyClick(view.all_table, Qt.Key.Key_O)  # open again
    assert cell(view.all_model, 0, IntentionsModel.VERDICT) == "Open"
    assert view.open_model.rowCount() == 1
    qtbot.keyClick(view.meetings, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_client_without_reflections_or_intentions_says_so(qtbot, journal):
    journal.save(
        MeetingInput("Nieuwe Klant", "Kennismaking", november_at(20, 9), 45), ReflectionInput()
    )
    view = open_view(qtbot, journal, "Nieuwe Klant")
    assert titles(view) == ["Kennismaking"]
    assert view.trust_chart is None  # nothing to draw: QtCharts is not even needed
    assert view.trust_pages.currentWidget() is view.no_trust
    assert "No trust to show yet" in view.no_trust.text()
    assert view.open_pages.currentWidget() is view.no_open
    assert "No intentions yet" in view.no_open.text()
    assert view.all_pages.currentWidget() is view.no_intentions
    assert view.intention_tabs.tabText(0) == "Open &intentions (0)"
    assert "not reflected on this meeting yet" in view.reflection.toPlainText()
    assert view.facts.text() == "1 meeting since 20 Nov 2026 · 0 reflected on"


def test_a_reflection_without_written_words_says_so(qtbot, journal):
    journal.save(
        MeetingInput("Kestrel Engineering", "Workshop", datetime(2026, 11, 20, 9, tzinfo=UTC), 60),
        ReflectionInput({"listening.1": 4}),
    )
    view = open_view(qtbot, journal, "Kestrel Engineering")
    assert "nothing written in your own words" in view.reflection.toPlainText()


def test_a_journal_without_clients(qtbot, journal):
    view = open_view(qtbot, journal)
    assert view.name.text() == "No clients yet"
    assert not view.picker.isEnabled()
    assert view.meetings_pages.currentWidget() is view.no_meetings
    assert not view.open_button.isEnabled()


def test_reload_follows_changes_and_keeps_the_selected_meeting(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    view.meetings.setCurrentIndex(view.meetings_model.index(2, ClientMeetingsModel.TITLE))
    assert view.meeting.title == "Oktober"
    two_clients.save(
        MeetingInput("Gemeente Utrecht", "Nieuw", november_at(22, 9), 30),
        ReflectionInput(intention="Beter luisteren."),
    )
    view.reload()
    assert titles(view)[0] == "Nieuw" and view.meeting.title == "Oktober"
    assert view.open_model.rowCount() == 2
    assert "QtCharts" in " ".join(sys.modules)  # the chart was drawn for this client


def test_the_selected_reflection_shows_its_1_to_5_answers_with_their_questions(qtbot, two_clients):
    view = open_view(qtbot, two_clients, "Gemeente Utrecht")
    view.meetings.setCurrentIndex(view.meetings_model.index(1, ClientMeetingsModel.TITLE))
    text = view.reflection.toPlainText()
    bank = two_clients.bank
    labels = [label.en for label in bank.scale]
    assert "Answers" in text
    for question_id, score in (("listening.2", 5), ("honest_limits.1", 2), ("candour.1", 3)):
        question = bank.question(question_id)
        assert question.text.en in text
        assert f"{score} · {labels[score - 1]}" in text
    assert bank.trait("listening").name.en in text
