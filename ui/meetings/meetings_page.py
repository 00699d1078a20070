"""The Meetings tab, the first thing the window paints: the search bar over the list of
meetings, newest first; or a page that says the journal is empty, or that nothing
matches the search."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.find.search import SearchFilters
from journal.service import Journal
from ui.common import messages
from ui.common.empty_state import empty_page
from ui.common.labels import scaled
from ui.common.settings import Settings
from ui.meetings.meeting_model import MeetingTableModel
from ui.meetings.search_bar import SearchBar


class MeetingTable(QTableView):
    """The list. Files dropped on a row go to ``dropped`` (the view's own handlers: an
    event filter needs the viewport from Python, which makes PySide build ~70 enum
    classes before the first paint)."""

    def __init__(self, dropped: Callable[[QDragEnterEvent | QDragMoveEvent | QDropEvent], object]):
        super().__init__()
        self._dropped = dropped
        self.setAcceptDrops(True)  # also the viewport's

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self._dropped(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._dropped(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._dropped(event)


class MeetingsPage(QWidget):
    """``count_label`` (found or total) is for the window's status bar. The window
    decides when the list is read (``reload``), also after the search changed
    (``search.filters_changed``, then ``set_filters``)."""

    open_meeting = Signal(int)  # Enter or a double click on a meeting
    new_requested = Signal()  # "Log a meeting and reflect" on the empty page
    import_requested = Signal()  # "Import Your Calendar…" on the empty page
    refreshed = Signal(int)  # shown again: how many meetings are listed
    files_dropped = Signal(int, list)  # files (Paths) dropped on this meeting's row

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        # Set by the window: the journal is closed (locked, or being rewritten or restored).
        self.journal_closed: Callable[[], bool] = lambda: False
        self.model = MeetingTableModel(journal, self)
        self._marking = False  # the marked-text delegate is installed (``mark_matches``)
        self.model.failed.connect(lambda error: messages.show_error(self, error))
        self.table = self._make_table()
        self.search = SearchBar(journal, language)
        self.search.done_typing.connect(self.focus_list)
        self.empty_state = self._make_empty_state()
        self.no_results = self._make_no_results()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.no_results)
        self.count_label = QLabel()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.search)
        column.addWidget(self.pages, 1)

    # -- building ---------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = MeetingTable(self._file_drop)
        table.verticalHeader().hide()  # before the model: a hidden header asks it nothing
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MeetingTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(MeetingTableModel.DATE, scaled(190))
        table.setColumnWidth(MeetingTableModel.CLIENT, scaled(240))
        table.setColumnWidth(MeetingTableModel.REFLECTED, scaled(100))
        table.setColumnWidth(MeetingTableModel.TRUST, scaled(80))
        table.setColumnWidth(MeetingTableModel.MATCH, scaled(320))
        table.setColumnHidden(MeetingTableModel.MATCH, True)  # shown while searching text
        table.activated.connect(self._open_index)
        table.setAccessibleName(self.tr("Meetings"))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    def _file_drop(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        row = self.table.indexAt(event.position().toPoint()).row()
        if not paths or (row < 0 and event.type() != QEvent.Type.DragEnter):
            event.ignore()
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.table.selectRow(row)
            self.files_dropped.emit(self.model.meeting_id(row), paths)
        return True

    def _make_empty_state(self) -> QWidget:
        button = QPushButton(self.tr("Log a meeting and reflect"))
        button.setDefault(True)
        button.clicked.connect(self.new_requested)
        self.empty_button = button
        import_button = QPushButton(self.tr("Import Your Calendar…"))
        import_button.setToolTip(
            self.tr("Then Advisor Journal asks you to reflect when a client meeting ends")
        )
        import_button.clicked.connect(self.import_requested)
        return empty_page(
            self.tr("Your journal is empty"),
            self.tr(
                "Right after your next client meeting, take two minutes to look back: "
                "did you listen, were you honest about what you did not know, did you take "
                "the client's fears away? Over the weeks you will see each trait grow."
            ),
            [button, import_button],
        )

    def _make_no_results(self) -> QWidget:
        button = QPushButton(self.tr("Clear the Search"))
        button.clicked.connect(self.search.reset)
        return empty_page(
            self.tr("No meetings found"),
            self.tr(
                "Nothing in your journal matches the search and filters. Try fewer or "
                "shorter words, or clear a filter."
            ),
            [button],
            scale=1.3,
        )

    # -- the list ---------------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting.emit(self.model.meeting_id(index.row()))

    def reload(self, select: int | None = None, row: int | None = None) -> None:
        """Read the list again; select meeting ``select``, else the row at ``row``."""
        try:
            self.model.reload()
        except JournalError as error:
            messages.show_error(self, error)
        self.refresh()
        found = self.model.row_of(select) if select is not None else None
        if found is None and row is not None and self.model.rowCount():
            found = min(row, self.model.rowCount() - 1)
        if found is not None:
            self.table.selectRow(found)
            self.table.scrollTo(self.model.index(found, 0))

    def set_filters(self, filters: SearchFilters) -> None:
        """List what ``filters`` find from the next ``reload``."""
        self.model.filters = filters
        if filters.text.strip():
            self.mark_matches()
        self._show_match_column(bool(filters.text.strip()))

    def mark_matches(self) -> None:
        """Matched words drawn marked in the list (after the first paint, or the first
        text search if that comes sooner)."""
        if self._marking:
            return
        from ui.meetings.marked_text_delegate import MarkedTextDelegate  # not on first paint

        # Every column: it paints from the row's cells the model made, each text laid out
        # once, where Qt's own delegate asks seven roles per cell and lays out each paint.
        self.table.setItemDelegate(MarkedTextDelegate(self.model, self.table))
        self._marking = True

    def _show_match_column(self, shown: bool) -> None:
        """While searching text, "Found in" takes the room the title has otherwise."""
        if shown == (not self.table.isColumnHidden(MeetingTableModel.MATCH)):
            return
        self._lay_out_match_column(shown)

    def _lay_out_match_column(self, shown: bool) -> None:
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(MeetingTableModel.MATCH, not shown)
        stretched, fixed = (
            (MeetingTableModel.MATCH, MeetingTableModel.TITLE)
            if shown
            else (MeetingTableModel.TITLE, MeetingTableModel.MATCH)
        )
        header.setSectionResizeMode(fixed, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        if shown:
            self.table.setColumnWidth(MeetingTableModel.TITLE, scaled(220))

    def refresh(self) -> None:
        """The list, the empty page or "nothing found", as the model now holds."""
        shown = self.model.rowCount()
        searching = self.model.searching
        try:  # a search that shows rows needs no look at the journal (a query per key)
            empty = shown == 0 and (not searching or not self._any_meeting())
        except JournalError:
            empty = shown == 0
        page = self.empty_state if empty else self.no_results if shown == 0 else self.table
        self.pages.setCurrentWidget(page)
        self.search.setVisible(not empty)
        if self.model.counted:
            self._show_count()
        else:  # counted once the list is drawn: the first rows matter more
            QTimer.singleShot(0, self, self._show_count)
        focus = QApplication.focusWidget()
        if focus is None or not self.search.isAncestorOf(focus):
            (self.empty_button if empty else self.table).setFocus()
        if shown and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.refreshed.emit(shown)

    def _any_meeting(self) -> bool:
        """Whether the journal has a meeting: the newest one read (counting them all
        took a few ms at 100,000 meetings, at each key typed that finds nothing)."""
        return bool(self.journal.search_page(SearchFilters(), 0, 1))

    def _show_count(self) -> None:
        if self.journal_closed():  # closed meanwhile (a restore, an encryption change)
            return  # counted when it opens again
        count = QLocale().toString(self.model.total)
        self.count_label.setText(
            self.tr("Found: {count}").format(count=count)
            if self.model.searching
            else self.tr("Meetings: {count}").format(count=count)
        )

    def focus_search(self) -> None:
        self.search.focus_search()

    def focus_list(self) -> None:
        if self.pages.currentWidget() is self.table:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the columns, kept between starts ---------------------------------------------

    def restore_columns(self, settings: Settings) -> None:
        """The widths last used, without a search: "Found in" belongs to a search, so it
        is hidden again whatever was saved (older versions saved it shown)."""
        header = settings.geometry("main_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        filters = self.model.filters  # None while the list shows nothing
        self._lay_out_match_column(bool(filters is not None and filters.text.strip()))

    def save_columns(self, settings: Settings) -> None:
        """Saved as they are without a search, even in the middle of one."""
        searching = not self.table.isColumnHidden(MeetingTableModel.MATCH)
        if searching:
            self._lay_out_match_column(False)
        settings.set_geometry("main_header", self.table.horizontalHeader().saveState())
        if searching:
            self._lay_out_match_column(True)
