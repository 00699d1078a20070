"""The meeting list paints every cell through ``MarkedTextDelegate``, from the row's cells
the model made, each text laid out once (issue 19: a repaint after a search is most of
searching as you type). A cell without a matched word must look exactly as Qt's own
delegate draws it: compared pixel for pixel, selected or not, elided, centred, in
another font, disabled, and with the keyboard's focus frame."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QProxyStyle, QStyledItemDelegate, QStyleFactory

from journal.find.search import MARK_START
from journal.model import MeetingInput, ReflectionInput
from tests.conftest import FIXED_NOW
from ui.meetings.marked_text_delegate import MarkedTextDelegate
from ui.meetings.meeting_model import MARKED_ROLE, MeetingTableModel
from ui.shell.main_window import MainWindow

from .test_find_and_edit import search


@pytest.fixture
def window(qtbot, journal, settings):
    """Three meetings, two reflected (without a trust score: "–", centred), one not yet."""
    for days, client, title, notes, answers in (
        (9, "Gemeente Utrecht", "Kick-off aanbesteding", "Pieter wil faseren", {}),
        (5, "Kestrel Engineering", "Requirements workshop", "", {"listening.1": 4}),
        (1, "Gemeente Utrecht", "Evaluatie leverancier", "Budget is krap", {"listening.2": 3}),
    ):
        meeting = MeetingInput(client, title, FIXED_NOW - timedelta(days=days), 60, notes)
        journal.save(meeting, ReflectionInput(answers))
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def painted(table, delegate) -> QImage:
    """The list's cells as ``delegate`` draws them (the delegate in use put back)."""
    used = table.itemDelegate()
    table.setItemDelegate(delegate)
    try:
        table.viewport().repaint()
        return table.viewport().grab().toImage()
    finally:
        table.setItemDelegate(used)


def cell_image(table, image: QImage, row: int, column: int) -> QImage:
    return image.copy(table.visualRect(table.model().index(row, column)))


@pytest.fixture
def qt_own(window):
    return QStyledItemDelegate(window.table)


def ours(window) -> MarkedTextDelegate:
    window.meetings.mark_matches()
    delegate = window.table.itemDelegate()
    assert isinstance(delegate, MarkedTextDelegate)
    return delegate


@pytest.mark.parametrize("style", ["fusion", "windows"])
def test_the_list_looks_as_qt_draws_it_selected_elided_and_centred(qtbot, window, qt_own, style):
    table = window.table
    table.setStyle(QStyleFactory.create(style))  # each style this delegate draws for
    table.selectRow(1)
    table.setColumnWidth(MeetingTableModel.DATE, 70)  # "Mon 23 Nov 2026  …" elided
    table.setColumnWidth(MeetingTableModel.CLIENT, 95)
    delegate = ours(window)
    assert painted(table, delegate) == painted(table, qt_own)
    assert delegate._plain  # drawn from its own layouts, not Qt's
    table.setColumnWidth(MeetingTableModel.DATE, 400)  # laid out again for the new width
    assert painted(table, delegate) == painted(table, qt_own)


def test_under_a_style_not_known_here_the_plain_cells_are_qt_own(qtbot, window, qt_own):
    """Windows' and macOS's own styles cannot be looked at here: under any style but
    those in ``DRAWN_HERE`` (here one wrapped in a proxy, which has no name) the plain
    cells go through Qt's own code."""
    from ui.meetings.marked_text_delegate import DRAWN_HERE

    table = window.table
    table.setStyle(QProxyStyle(QStyleFactory.create("fusion")))
    assert table.style().name() not in DRAWN_HERE
    table.selectRow(1)
    delegate = ours(window)
    assert painted(table, delegate) == painted(table, qt_own)
    assert not delegate._plain  # nothing laid out by the delegate itself


def test_another_font_disabled_and_the_focus_frame_look_as_qt_draws_them(qtbot, window, qt_own):
    table = window.table
    table.setColumnWidth(MeetingTableModel.DATE, 90)  # elided: where depends on the font
    delegate = ours(window)
    assert painted(table, delegate) == painted(table, qt_own)
    font = QFont(table.font())
    font.setBold(True)  # the same height: only the font tells the layouts are stale
    table.setFont(font)
    assert painted(table, delegate) == painted(table, qt_own)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    table.setFont(font)  # the font size setting
    assert painted(table, delegate) == painted(table, qt_own)
    table.setEnabled(False)  # the journal locked: the text greyed
    assert painted(table, delegate) == painted(table, qt_own)
    table.setEnabled(True)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the keyboard: the style draws a focus frame
    assert table.hasFocus() and table.currentIndex().row() == 1
    assert painted(table, delegate) == painted(table, qt_own)


def test_while_searching_the_unmarked_cells_look_as_qt_draws_them(qtbot, window, qt_own):
    """Cells with a matched word are drawn marked; every other cell of the same rows is
    as Qt draws it."""
    search(qtbot, window, "budget")  # in the notes of one meeting: "Found in" marked
    table, model = window.table, window.model
    delegate = ours(window)
    mine, theirs = painted(table, delegate), painted(table, qt_own)
    compared = 0
    for column in range(model.COLUMNS):
        if table.isColumnHidden(column):
            continue
        marked = model.index(0, column).data(MARKED_ROLE)
        same = cell_image(table, mine, 0, column) == cell_image(table, theirs, 0, column)
        assert same == (not (marked and MARK_START in marked)), column
        compared += 1
    assert compared == model.COLUMNS  # "Found in" shown, and marked


def test_the_start_of_a_meeting_follows_the_time_zone_and_the_language(qtbot, window, local_zone):
    """Each meeting's start text is kept from search to search (typing shows the same
    meetings again); a list read again in another zone or language shows it anew."""
    from PySide6.QtCore import QLocale

    from ui.common.period_text import day_and_time

    model = window.model

    def dates():
        return [model.index(r, MeetingTableModel.DATE).data() for r in range(model.rowCount())]

    starts = [model.summary(r).start for r in range(model.rowCount())]
    local_zone("UTC")
    window.reload()
    in_utc = dates()
    assert in_utc == [day_and_time(s) for s in starts]
    local_zone("Asia/Tokyo")  # nine hours on: 16:15 UTC is 01:15 the next day
    window.reload()
    assert dates() == [day_and_time(s) for s in starts] != in_utc
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    try:
        window.reload()
        dutch = dates()
        assert dutch == [day_and_time(s) for s in starts]
        assert QLocale().toString(starts[0].astimezone().date(), "ddd") in dutch[0]
    finally:
        QLocale.setDefault(before)
        window.reload()
    assert dates() != dutch


def test_a_search_that_finds_nothing_says_so_and_an_empty_journal_says_it_is_empty(
    qtbot, window, journal
):
    """Nothing found: "No meetings found" while the journal has meetings; the empty
    journal's page once the last one is gone, even in the middle of a search."""
    search(qtbot, window, "zzzz")
    assert window.pages.currentWidget() is window.no_results
    search(qtbot, window, "budget")
    assert window.pages.currentWidget() is window.table
    for row in reversed(range(3)):
        journal.delete_meeting(journal.meeting_page(0, 10)[row].id)
    window.reload()
    assert window.model.rowCount() == 0
    assert window.pages.currentWidget() is window.empty_state


def test_a_title_with_a_line_break_or_a_tab_looks_as_qt_draws_it(qtbot, journal, settings):
    """A title that came in with a line break or a tab (a script, an import) is drawn by
    Qt's own code: several lines, tab stops."""
    title = "Eerste regel\nTweede\tregel"
    journal.save(MeetingInput("Klant", title, FIXED_NOW, 60), ReflectionInput({}))
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.model.index(0, MeetingTableModel.TITLE).data() == title
    table = window.table
    table.setRowHeight(0, 3 * table.fontMetrics().height())  # room for both lines
    assert painted(table, ours(window)) == painted(table, QStyledItemDelegate(table))


def test_marked_pieces_are_cut_where_qt_elides_them_at_every_width(qtbot, window):
    """A piece that fits is measured once (unrounded, as ``elidedText`` compares); the
    offsets, widths and texts are those of eliding each piece in the room left, for
    every room, also one pixel either side of each piece's width."""
    from PySide6.QtGui import QFontMetrics

    from journal.find.search import MARK_END, marked_spans

    delegate = ours(window)
    search(qtbot, window, "budget")
    window.table.viewport().repaint()  # the delegate takes the list's font
    font = delegate._font
    bold = QFont(font)
    bold.setBold(True)
    metrics = {False: QFontMetrics(font), True: QFontMetrics(bold)}
    marked = f"Het {MARK_START}budget{MARK_END} is krap, af en toe{MARK_START}f{MARK_END}ff"

    def expected(room):
        pieces, x = [], 0
        for piece, matched in marked_spans(marked):
            if room - x <= 0:
                break
            text = metrics[matched].elidedText(piece, Qt.TextElideMode.ElideRight, room - x)
            width = metrics[matched].horizontalAdvance(text)
            pieces.append((x, width, text, matched))
            x += width
            if text != piece:
                break
        return pieces

    full = sum(metrics[m].horizontalAdvance(p) for p, m in marked_spans(marked))
    rooms = set(range(0, full + 3))
    assert all(delegate._pieces(room, marked) == expected(room) for room in rooms)


def test_the_hidden_row_header_never_asks_the_model(qtbot, journal, settings, monkeypatch):
    """The rows' header is hidden before the model is set: shown even for a moment, it asked
    the model four roles for each of the page's rows while the window was built (issue 19:
    ~9.5M instructions of the first paint), the list looking the same."""
    for days in range(1, 31):
        journal.save(
            MeetingInput(
                "Gemeente Utrecht", f"Overleg {days}", FIXED_NOW - timedelta(days=days), 60
            ),
            ReflectionInput(),
        )
    asked = []
    own = MeetingTableModel.headerData

    def counted(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        asked.append(orientation)
        return own(self, section, orientation, role)

    monkeypatch.setattr(MeetingTableModel, "headerData", counted)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.table.verticalHeader().isHidden()
    assert Qt.Orientation.Horizontal in asked  # the columns' titles are asked for
    assert Qt.Orientation.Vertical not in asked
