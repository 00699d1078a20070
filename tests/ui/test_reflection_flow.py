"""The real flow, driven with qtbot: log a meeting, answer, save, find it listed and stored."""

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal.model import MeetingInput, ReflectionInput
from journal.reflect.validation import MAX_TEXT
from tests.conftest import FIXED_NOW
from ui.common import messages
from ui.meetings.meeting_model import MeetingTableModel
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.shell.main_window import MainWindow


def make_window(qtbot, journal, settings, language="en"):
    window = MainWindow(journal, settings, language)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def make_dialog(qtbot, journal, meeting_id=None, language="en"):
    dialog = ReflectionDialog(journal, language, meeting_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_text(qtbot, widget, text):
    """Key presses for plain ASCII; other text arrives as an input method would send it
    (QTest can only synthesise ASCII keys)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insert"):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def fill_in(qtbot, dialog, client="Gemeente Utrecht", title="Evaluatie leverancier"):
    """Type like a person: the keyboard only, keys 1–5 for the scale questions."""
    dialog.client.lineEdit().clear()
    type_text(qtbot, dialog.client.lineEdit(), client)
    type_text(qtbot, dialog.title, title)
    for n, row in enumerate(dialog.scale_questions):
        qtbot.keyClick(row._group.button(1), str(n % 5 + 1))
    qtbot.keyClicks(dialog.open_answers["open.intended"], "Scope afstemmen")
    type_text(qtbot, dialog.open_answers["open.happened"], "Ze kwamen zelf met fasering")
    type_text(qtbot, dialog.open_answers["open.happened"], " 😀")
    qtbot.keyClicks(dialog.intention, "Eerst naar hun planning vragen.")


def click_save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_empty_journal_shows_a_friendly_start(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    assert window.pages.currentWidget() is window.empty_state
    assert not window.open_action.isEnabled()
    assert window.empty_button.text() == "Log a meeting and reflect"


def test_new_reflection_from_the_main_window_is_saved_and_listed(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    seen = {}

    def answer_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReflectionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        fill_in(qtbot, dialog)
        seen["questions"] = [q.id for q in dialog.questions()]
        click_save(qtbot, dialog)

    QTimer.singleShot(0, answer_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert window.pages.currentWidget() is window.table
    assert window.model.rowCount() == 1
    cell = lambda col: window.model.index(0, col).data()  # noqa: E731
    assert cell(MeetingTableModel.CLIENT) == "Gemeente Utrecht"
    assert cell(MeetingTableModel.TITLE) == "Evaluatie leverancier"
    assert cell(MeetingTableModel.REFLECTED) == "Yes"
    assert cell(MeetingTableModel.TRUST) != "–"

    stored = journal.meeting(window.model.meeting_id(0))
    assert list(stored.reflection.scores) == seen["questions"]
    assert list(stored.reflection.scores.values()) == [
        n % 5 + 1 for n in range(len(seen["questions"]))
    ]
    assert stored.reflection.texts["open.happened"] == "Ze kwamen zelf met fasering 😀"
    assert stored.reflection.intention == "Eerst naar hun planning vragen."
    assert 6 <= len(seen["questions"]) <= 8


def test_opening_a_saved_meeting_shows_it_again(qtbot, journal):
    questions = journal.next_questions()
    scores = {q.id: 4 for q in questions[:3]}
    meeting_id = journal.save(
        MeetingInput("Kestrel Engineering", "Roadmap discussion", FIXED_NOW, 45, "notes"),
        ReflectionInput(scores, {"open.why": "They trusted the plan"}, "Ask about budget first"),
    )
    dialog = make_dialog(qtbot, journal, meeting_id)
    assert dialog.client.currentText() == "Kestrel Engineering"
    assert dialog.title.text() == "Roadmap discussion"
    assert dialog.duration.value() == 45
    assert {r.question.id: r.value() for r in dialog.scale_questions} == scores
    assert dialog.open_answers["open.why"].toPlainText() == "They trusted the plan"
    assert dialog.intention.toPlainText() == "Ask about budget first"
    assert dialog.progress.text() == "3 of 3 questions answered"
    # Change one answer and save: the same meeting is updated, not duplicated.
    dialog.scale_questions[0].set_value(1)
    click_save(qtbot, dialog)
    assert journal.count_meetings() == 1
    assert journal.meeting(meeting_id).reflection.scores[dialog.scale_questions[0].question.id] == 1


def test_the_last_intention_for_this_client_is_shown(qtbot, journal):
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off", FIXED_NOW - timedelta(days=9), 60),
        ReflectionInput(intention="Laten merken dat ik hun zorgen serieus neem."),
    )
    dialog = make_dialog(qtbot, journal)
    assert not dialog.last_intention.isVisible()
    qtbot.keyClicks(dialog.client.lineEdit(), "gemeente utrecht")
    qtbot.waitUntil(dialog.last_intention.isVisible)
    assert "Laten merken dat ik hun zorgen serieus neem." in dialog.last_intention.text()
    assert "Kick-off" in dialog.last_intention.text()
    dialog.client.lineEdit().clear()
    qtbot.keyClicks(dialog.client.lineEdit(), "Kestrel Engineering")
    qtbot.waitUntil(lambda: not dialog.last_intention.isVisible())


def test_empty_client_name_is_explained_and_nothing_typed_is_lost(qtbot, journal, monkeypatch):
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog, client="   ")
    answers_before = [r.value() for r in dialog.scale_questions]
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error_banner.isVisible()
    assert dialog.error_banner.text() == "Enter the client's name."
    assert dialog.client.lineEdit().hasFocus()
    assert [r.value() for r in dialog.scale_questions] == answers_before
    assert dialog.intention.toPlainText() == "Eerst naar hun planning vragen."
    assert journal.count_meetings() == 0


def test_a_failed_save_keeps_the_reflection_in_the_dialog(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog)
    journal.store.conn.execute("PRAGMA query_only = ON")  # SQLite now refuses every write
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    banner = dialog.error_banner.text()
    assert "cannot write" in banner and "readonly" in banner
    assert banner.endswith("Your reflection is still here; nothing was lost.")
    assert dialog.open_answers["open.happened"].toPlainText() == "Ze kwamen zelf met fasering 😀"
    assert journal.count_meetings() == 0
    journal.store.conn.execute("PRAGMA query_only = OFF")
    click_save(qtbot, dialog)
    assert dialog.result() == ReflectionDialog.DialogCode.Accepted
    assert (
        journal.meeting(dialog.saved_meeting_id).reflection.intention
        == "Eerst naar hun planning vragen."
    )


def test_very_long_notes_right_to_left_and_emoji(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog, client="شركة الأفق 🌅", title="مراجعة العقد")
    dialog.notes.setPlainText("n" * (MAX_TEXT + 1))
    click_save(qtbot, dialog)
    assert "100,001 characters" in dialog.error_banner.text()
    assert "100,000" in dialog.error_banner.text()
    assert dialog.notes.hasFocus()
    dialog.notes.setPlainText("n" * MAX_TEXT)
    click_save(qtbot, dialog)
    saved = journal.meeting(dialog.saved_meeting_id)
    assert saved.client.name == "شركة الأفق 🌅" and saved.title == "مراجعة العقد"
    assert len(saved.notes) == MAX_TEXT


def test_keys_one_to_five_answer_and_tab_moves_on(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    first, second = dialog.scale_questions[:2]
    first._group.button(1).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert first.value() == 3
    assert dialog.progress.text().startswith("1 of ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert first.value() == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().parent() is second
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    assert second.value() == 5


def test_cancelling_typed_text_asks_first(qtbot, journal, monkeypatch):
    dialog = make_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.intention, "Niet kwijtraken")
    answers = []
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: answers.append(1) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers == [1]
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert journal.count_meetings() == 0


def test_cancelling_an_untouched_dialog_does_not_ask(qtbot, journal, monkeypatch):
    dialog = make_dialog(qtbot, journal)
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: pytest_fail())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def pytest_fail():
    raise AssertionError("asked to confirm although nothing was typed")


def test_ctrl_s_saves(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog)
    qtbot.keyClick(dialog.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ReflectionDialog.DialogCode.Accepted
    assert journal.count_meetings() == 1


def test_enter_in_a_field_does_not_save_a_half_written_reflection(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.client.lineEdit(), "Gemeente Utrecht")
    qtbot.keyClicks(dialog.title, "Evaluatie")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.client.lineEdit(), Qt.Key.Key_Enter)
    assert dialog.isVisible()
    assert journal.count_meetings() == 0


def test_saving_a_meeting_far_down_the_list_keeps_it_selected(qtbot, journal, settings):
    from journal.sample import demo
    from ui.meetings.meeting_model import PAGE_SIZE

    demo.fill(journal, PAGE_SIZE * 3, 2)
    window = make_window(qtbot, journal, settings)
    old = journal.meeting_page(PAGE_SIZE * 2 + 5, 1)[0]
    window.reload(select=old.id)
    [selected] = window.table.selectionModel().selectedRows()
    assert window.model.meeting_id(selected.row()) == old.id
    assert selected.row() == PAGE_SIZE * 2 + 5


# -- the two-minute keyboard path ------------------------------------------------------


def test_one_tab_leaves_the_date_and_letters_typed_there_are_refused_out_loud(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    dialog.start.setFocus()
    qtbot.waitUntil(dialog.start.hasFocus)
    before = dialog.start.dateTime()
    qtbot.keyClicks(dialog.start, "Hallo Tom")  # meant for the notes
    assert dialog.start.dateTime() == before
    refused = dialog.fields.refused
    assert refused.isVisible() and "Hallo" in refused.text() and "Tom" in refused.text()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)  # one Tab, not one per part of the date
    assert dialog.duration.hasFocus()
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Backtab)
    assert dialog.start.hasFocus()
    # Digits are the date's own: typing one takes the refusal away.
    qtbot.keyClick(dialog.start, Qt.Key.Key_Up)
    assert dialog.start.dateTime() != before and not refused.isVisible()


def test_it_is_about_stays_in_sight_while_the_intention_is_typed(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    dialog.resize(1000, 640)
    dialog.intention.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.intention.hasFocus)
    qtbot.keyClicks(dialog.intention, "Eerst vragen")
    viewport = dialog._scroll.viewport()

    def in_sight(widget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    qtbot.waitUntil(lambda: in_sight(dialog.intention_trait))
    assert in_sight(dialog.intention)


def test_the_save_shortcut_is_shown_and_works(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text().replace("&", "") == "Save (Ctrl+S)"
    assert "Ctrl+Return" in save.toolTip()
    fill_in(qtbot, dialog)
    qtbot.keyClick(dialog.intention, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_meeting_id is not None and not dialog.isVisible()
