"""Search as you type, undo and redo, delete, tags and the intentions loop, driven like a
person would: the keyboard, the menus, the dialogs."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHeaderView

from journal.find.search import MARK_END, MARK_START, SearchFilters
from journal.model import MeetingInput, ReflectionInput
from tests.conftest import FIXED_NOW
from ui.common import messages
from ui.meetings.meeting_model import MARKED_ROLE, MeetingTableModel
from ui.meetings.tags_dialog import TagsDialog
from ui.reflect.intentions_dialog import IntentionsDialog
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.shell.main_window import MainWindow

from .test_reflection_flow import click_save, make_dialog


@pytest.fixture
def three(journal):
    """Three meetings, newest last: two with Utrecht, one with Kestrel."""
    ids = []
    for days, client, title, notes, intention in (
        (9, "Gemeente Utrecht", "Kick-off aanbesteding", "Pieter wil faseren", "Eerst luisteren."),
        (5, "Kestrel Engineering", "Requirements workshop", "", ""),
        (1, "Gemeente Utrecht", "Evaluatie leverancier", "Budget is krap", ""),
    ):
        ids.append(
            journal.save(
                MeetingInput(client, title, FIXED_NOW - timedelta(days=days), 60, notes),
                ReflectionInput({"listening.1": 4}, intention=intention),
            )
        )
    return ids


@pytest.fixture
def window(qtbot, journal, settings, three):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def shown_titles(window):
    model = window.model
    return [model.index(row, MeetingTableModel.TITLE).data() for row in range(model.rowCount())]


def search(qtbot, window, text):
    window.search.text.clear()
    qtbot.keyClicks(window.search.text, text)
    qtbot.waitUntil(lambda: window.model.filters.text == text)


def test_typing_in_the_search_box_narrows_the_list_and_marks_the_words(qtbot, window, three):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text.hasFocus()
    search(qtbot, window, "fas")  # a prefix while typing: "faseren" in the notes
    assert shown_titles(window) == ["Kick-off aanbesteding"]
    assert not window.table.isColumnHidden(MeetingTableModel.MATCH)
    snippet = window.model.index(0, MeetingTableModel.MATCH).data(MARKED_ROLE)
    assert f"{MARK_START}faseren{MARK_END}" in snippet
    assert window.count_label.text() == "Found: 1"

    search(qtbot, window, "utrecht")  # the client's name
    assert shown_titles(window) == ["Evaluatie leverancier", "Kick-off aanbesteding"]
    client = window.model.index(0, MeetingTableModel.CLIENT).data(MARKED_ROLE)
    assert client == f"Gemeente {MARK_START}Utrecht{MARK_END}"

    search(qtbot, window, 'luisteren NOT (")')  # operators and quotes are just words
    assert window.pages.currentWidget() is window.no_results
    window.search.reset()
    assert len(shown_titles(window)) == 3
    assert window.table.isColumnHidden(MeetingTableModel.MATCH)


def test_filters_combine_with_the_text(qtbot, window, journal, three):
    window.search.filters_button.setChecked(True)
    kestrel = journal.client_by_name("Kestrel Engineering").id
    window.search.client.setCurrentIndex(window.search.client.findData(kestrel))
    window.search.apply_now()
    assert shown_titles(window) == ["Requirements workshop"]
    window.search.client.setCurrentIndex(0)
    window.search.reflected.setCurrentIndex(window.search.reflected.findData(False))
    window.search.apply_now()
    assert window.pages.currentWidget() is window.no_results  # all three are reflected
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # Esc clears every filter
    assert len(shown_titles(window)) == 3


def test_delete_asks_then_undo_and_redo_bring_it_back_and_take_it_away(
    qtbot, window, journal, three, monkeypatch
):
    asked = []
    monkeypatch.setattr(messages, "confirm_delete_meeting", lambda p, m: asked.append(m) or True)
    before = journal.snapshot(three[1])
    window.table.selectRow(1)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [m.title for m in asked] == ["Requirements workshop"]
    assert journal.count_meetings() == 2
    assert "Requirements workshop" not in shown_titles(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.snapshot(three[1]) == before  # the same ids, stamps and answers
    assert shown_titles(window)[1] == "Requirements workshop"

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert journal.snapshot(three[1]) is None
    assert window.undo_stack.undoText() == "Delete “Requirements workshop”"


def test_declining_the_question_deletes_nothing(qtbot, window, journal, three, monkeypatch):
    monkeypatch.setattr(messages, "confirm_delete_meeting", lambda p, m: False)
    window.table.selectRow(0)
    assert not window.delete_selected()
    assert journal.count_meetings() == 3
    assert not window.undo_stack.canUndo()


def test_an_edit_is_undone_and_redone_and_keeps_when_it_was_edited(qtbot, window, journal, three):
    meeting_id = three[2]
    original = journal.meeting(meeting_id)

    def edit():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReflectionDialog)
        dialog.title.setText("Evaluatie leverancier (bijgesteld)")
        dialog.tags.setText("evaluatie, Q4")
        click_save(qtbot, dialog)

    journal.clock = lambda: FIXED_NOW + timedelta(hours=2)
    QTimer.singleShot(0, edit)
    window.table.selectRow(window.model.row_of(meeting_id))
    window.open_selected()
    edited = journal.meeting(meeting_id)
    assert edited.title == "Evaluatie leverancier (bijgesteld)"
    assert edited.tags == ("evaluatie", "Q4")
    assert edited.reflection.created_at == original.reflection.created_at
    assert edited.reflection.updated_at == FIXED_NOW + timedelta(hours=2)
    assert window.undo_stack.undoText() == "Edit “Evaluatie leverancier (bijgesteld)”"

    window.undo_action.trigger()
    assert journal.meeting(meeting_id) == original
    assert journal.tags() == []  # the tags went with the edit
    window.redo_action.trigger()
    assert journal.meeting(meeting_id) == edited


def test_undo_refuses_when_the_meeting_changed_meanwhile(
    qtbot, window, journal, three, monkeypatch, shown_messages
):
    monkeypatch.setattr(messages, "confirm_delete_meeting", lambda p, m: True)
    window.table.selectRow(0)
    window.delete_selected()
    # Something else (an import) takes the freed id in the meantime.
    journal.save(MeetingInput("Nieuw", "Ander gesprek", FIXED_NOW, 30), ReflectionInput())
    if journal.snapshot(three[2]) is None:
        pytest.skip("SQLite did not reuse the id")
    window.undo_action.trigger()
    assert "changed since" in shown_messages[-1][1]
    assert journal.meeting(three[2]).title == "Ander gesprek"
    assert not window.undo_stack.canUndo()


def test_the_next_reflection_asks_whether_the_intention_was_kept(qtbot, journal, three):
    (open_one,) = journal.open_intentions()
    assert open_one.text == "Eerst luisteren."
    dialog = make_dialog(qtbot, journal)
    dialog.client.setEditText("Gemeente Utrecht")
    dialog._update_last_intention()
    assert dialog.last_intention.isVisible()
    assert "Eerst luisteren." in dialog.last_intention.text()
    qtbot.keyClick(dialog.kept_buttons.buttons()[1], Qt.Key.Key_Space)  # Partly
    dialog.title.setText("Voortgang")
    click_save(qtbot, dialog)
    assert journal.open_intentions() == []
    saved = journal.meeting(dialog.saved_meeting_id)
    assert saved.reflection.intention_check.verdict == "partly"
    # Opened again, the dialog shows the answer it gave.
    again = make_dialog(qtbot, journal, dialog.saved_meeting_id)
    assert again.verdict() == "partly"
    assert "Eerst luisteren." in again.last_intention.text()


def test_the_intention_is_about_the_weakest_trait_until_chosen(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    # Two questions asked the plain way round (5 is good): a reversed one would make
    # "5" the weakest answer, and one of each a tie.
    rows = {
        row.question.trait_id: row for row in dialog.scale_questions if not row.question.reversed
    }
    first, second = list(rows)[:2]
    rows[first].set_value(5)
    rows[second].set_value(1)
    assert dialog.intention_trait.currentData() == second
    dialog.intention_trait.setCurrentIndex(0)
    dialog.intention_trait.activated.emit(0)  # chosen by hand: it stays
    rows[first].set_value(1)
    assert dialog.intention_trait.currentData() is None


def test_open_intentions_can_be_settled_by_hand(qtbot, journal, three):
    dialog = IntentionsDialog(journal, "en")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    with qtbot.waitSignal(dialog.changed):
        dialog.verdict_buttons["yes"].click()
    assert journal.open_intentions() == []
    assert dialog.empty.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)


def test_tags_are_saved_filtered_on_and_renamed(qtbot, window, journal, three):
    for meeting_id, tags in ((three[0], ("tender",)), (three[2], ("Tender", "evaluatie"))):
        meeting = journal.meeting(meeting_id)
        journal.save(
            MeetingInput(meeting.client.name, meeting.title, meeting.start, 60, tags=tags),
            ReflectionInput({"listening.1": 4}),
            meeting_id,
        )
    assert [(t.name, t.meetings) for t in journal.tags()] == [("evaluatie", 1), ("tender", 2)]
    window.search.reload_choices()
    window.search.filters_button.setChecked(True)
    window.search.tag.setCurrentIndex(window.search.tag.findText("tender"))
    window.search.apply_now()
    assert shown_titles(window) == ["Evaluatie leverancier", "Kick-off aanbesteding"]

    tags = TagsDialog(journal)
    qtbot.addWidget(tags)
    tags.list.setCurrentRow(0)  # evaluatie, renamed onto tender: merged
    assert tags.rename_selected("TENDER")
    assert [(t.name, t.meetings) for t in journal.tags()] == [("TENDER", 2)]
    assert tags.list.count() == 1


def test_the_model_passes_qtmodeltester_while_searching(qtmodeltester, journal):
    from journal.sample import demo

    demo.fill(journal, 450, 3)  # more than two pages
    model = MeetingTableModel(journal)
    qtmodeltester.check(model)
    model.set_filters(SearchFilters(text="klant"))
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total == journal.search_count(SearchFilters(text="klant"))
    model.set_filters(SearchFilters(text="geen-enkele-treffer"))
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_ctrl_l_opens_the_selected_meetings_client(qtbot, window, journal, three):
    window.table.selectRow(window.model.row_of(three[1]))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.client_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.is_loaded)
    kestrel = journal.client_by_name("Kestrel Engineering")
    assert view.client_id == kestrel.id


def test_the_growth_summary_says_how_often_intentions_were_kept(qtbot, journal, three):
    from ui.growth.growth_view import GrowthView

    (intention,) = journal.open_intentions()
    journal.set_intention_verdict(intention.id, "partly")
    view = GrowthView(journal, "en")
    qtbot.addWidget(view)
    assert "You kept 50% of the one intention you looked back on." in view.summary.text()


def test_found_in_belongs_to_a_search_and_does_not_come_back_at_the_next_start(
    qtbot, window, journal, settings
):
    search(qtbot, window, "utrecht")
    assert not window.table.isColumnHidden(MeetingTableModel.MATCH)
    window.quit()  # in the middle of the search: the columns are saved
    again = MainWindow(journal, settings, "en")
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(MeetingTableModel.MATCH)
    header = again.table.horizontalHeader()
    assert header.sectionResizeMode(MeetingTableModel.TITLE) == QHeaderView.ResizeMode.Stretch
    # Saved shown by an older version: hidden all the same.
    window_state = again.table.horizontalHeader()
    again.table.setColumnHidden(MeetingTableModel.MATCH, False)
    settings.set_geometry("main_header", window_state.saveState())
    third = MainWindow(journal, settings, "en")
    qtbot.addWidget(third)
    assert third.table.isColumnHidden(MeetingTableModel.MATCH)


def test_open_intentions_show_the_whole_intention(qtbot, journal):
    long = (
        "Eerst vragen hoe hun eigen planning voor de aanbesteding eruitziet, dan pas "
        "onze fasering noemen, en expliciet zeggen wat ik over de migratie nog niet weet; "
        "daarna samen de risico's langslopen en afspreken wie wat uitzoekt voor vrijdag."
    )
    journal.save(
        MeetingInput("Van der Meer Installatietechniek", "Kick-off", FIXED_NOW, 60),
        ReflectionInput({"listening.1": 4}, intention=long),
    )
    dialog = IntentionsDialog(journal, "en")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.table.item(0, 4)
    assert item.text() == long and item.toolTip() == long
    # Wrapped into as many lines as it needs, none cut off.
    width = dialog.table.columnWidth(4) - 8
    needed = dialog.table.fontMetrics().boundingRect(
        0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, long
    )
    assert dialog.table.rowHeight(0) >= needed.height()
    assert needed.height() > 2 * dialog.table.fontMetrics().lineSpacing()


def test_matched_words_are_drawn_highlighted_in_the_columns_that_mark_them(qtbot, window):
    """Every column paints through the marking delegate (from the model's cells); a
    marked word is drawn on the highlight, the same text unmarked not."""
    from ui.meetings.marked_text_delegate import MATCH_COLOUR, MarkedTextDelegate

    table = window.table
    for column in range(MeetingTableModel.COLUMNS):
        used = table.itemDelegateForIndex(window.model.index(0, column))
        assert isinstance(used, MarkedTextDelegate), column

    def highlighted(row, column):
        table.clearSelection()  # drawn on the list's own background
        image = table.viewport().grab(table.visualRect(window.model.index(row, column)))
        image = image.toImage()
        pixels = {image.pixelColor(x, y).name() for x in range(image.width())
                  for y in range(image.height())}  # fmt: skip
        shade = table.palette().base().color()
        mixed = [round(s + (m - s) * MATCH_COLOUR.alphaF())
                 for s, m in zip(shade.getRgb()[:3], MATCH_COLOUR.getRgb()[:3], strict=True)]  # fmt: skip
        return any(
            all(abs(a - b) <= 8 for a, b in zip(_rgb(p), mixed, strict=True)) for p in pixels
        )

    search(qtbot, window, "kick")
    assert shown_titles(window) == ["Kick-off aanbesteding"]
    assert highlighted(0, MeetingTableModel.TITLE)
    assert not highlighted(0, MeetingTableModel.DATE)
    window.search.reset()
    qtbot.waitUntil(lambda: len(shown_titles(window)) == 3)
    assert not any(highlighted(row, MeetingTableModel.TITLE) for row in range(3))


def _rgb(name: str) -> tuple[int, int, int]:
    return int(name[1:3], 16), int(name[3:5], 16), int(name[5:7], 16)


def test_every_cell_answers_as_its_meeting_and_follows_the_search_and_a_save(
    qtbot, window, journal, three
):
    """The cells are made once per row: what each role gives must still be the row's
    meeting as it is now, after a search and after a save (the list read again)."""
    model = window.model
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        MARKED_ROLE,
    )

    def cells(row):
        return [[model.index(row, c).data(r) for c in range(model.COLUMNS)] for r in roles]

    centred = Qt.AlignmentFlag.AlignCenter.value
    aligned = [None, None, None, None, centred, centred]
    meeting = journal.meeting(three[2])
    date = model.index(0, MeetingTableModel.DATE).data()
    no_score = model.index(0, MeetingTableModel.TRUST).data(Qt.ItemDataRole.ToolTipRole)
    assert no_score.startswith("No trust score")  # one trait answered: no trust score
    assert cells(0) == [
        [date, "Gemeente Utrecht", "Evaluatie leverancier", "", "Yes", "–"],
        aligned,
        [None, None, "Evaluatie leverancier", None, None, no_score],
        [None] * 6,
    ]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(QModelIndex()) is None

    search(qtbot, window, "budget")  # in the notes of the same meeting
    found = f"{MARK_START}Budget{MARK_END} is krap"
    assert cells(0) == [
        [date, "Gemeente Utrecht", "Evaluatie leverancier", "Budget is krap", "Yes", "–"],
        aligned,
        [None, None, "Evaluatie leverancier", "Budget is krap", None, no_score],
        [None, "Gemeente Utrecht", "Evaluatie leverancier", found, None, None],
    ]  # fmt: skip
    search(qtbot, window, "evaluatie")
    assert cells(0)[3][MeetingTableModel.TITLE] == f"{MARK_START}Evaluatie{MARK_END} leverancier"

    journal.save(
        MeetingInput(meeting.client.name, "Evaluatie en budget", meeting.start, 60, "Krap"),
        ReflectionInput({}),
        meeting_id=three[2],
    )
    window.reload(select=three[2])
    assert cells(0) == [
        [date, "Gemeente Utrecht", "Evaluatie en budget", "", "Not yet", "–"],
        aligned,
        [None, None, "Evaluatie en budget", None, None, None],
        [None, "Gemeente Utrecht", f"{MARK_START}Evaluatie{MARK_END} en budget", "", None, None],
    ]
