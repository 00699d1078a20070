"""The meeting list as a Qt table model, fetched from the journal a page at a time.

Only the rows on screen (and a page or two around them) are read, so a journal of
100,000 meetings opens as fast as one of ten. The same paging serves a search: the
model holds the current ``SearchFilters`` and, for a text search, the matched words
marked in each row's title and client and a snippet of where else they were found.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from journal.errors import JournalError
from journal.find.search import MARK_END, MARK_START, SearchFilters
from journal.model import MeetingSummary
from journal.service import Journal
from ui.common.period_text import day_and_time
from ui.common.trust_text import trust_explained, trust_value

PAGE_SIZE = 200
MARKS_BLOCK = 30  # about a screen of rows
DAYS_KEPT = 20_000  # meetings' start texts kept between searches (~2 MB)
# The cell's text with ``journal.find.search`` markers, or None (drawn by
# ``ui.meetings.marked_text_delegate``).
MARKED_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles as plain ints: comparing Qt's enum members costs more than the lookup itself.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
MARKED = int(MARKED_ROLE)
# Where each role's cells sit in a row's ``MeetingTableModel._cells_of`` tuple.
_SLOTS = {DISPLAY: 0, ALIGNMENT: 1, TOOLTIP: 2, MARKED: 3}
CENTRED = Qt.AlignmentFlag.AlignCenter.value
Index = QModelIndex | QPersistentModelIndex
_NONE = (None,) * 6
_ALIGNED = (None, None, None, None, CENTRED, CENTRED)  # the reflected and trust columns


class MeetingPages(QAbstractTableModel):
    """Meetings found by ``filters`` (None: none), newest first, fetched a page at a
    time; the total is counted the first time it is asked. Subclasses add columns."""

    failed = Signal(object)  # a JournalError while reading a page; the view says why

    def __init__(self, journal: Journal, filters: SearchFilters | None, parent=None):
        super().__init__(parent)
        self._journal = journal
        self._rows: list[MeetingSummary] = []
        self._more = False
        self._total: int | None = 0
        self.filters = filters

    def reload(self) -> None:
        """Read the list again from the start (after a save, or a language change)."""
        self.beginResetModel()
        try:
            self._forget()
            self._rows, self._more = self._page(0)
            self._total = None if self._more else len(self._rows)
        except JournalError:
            self._rows, self._more, self._total = [], False, 0
            raise
        finally:
            self.endResetModel()

    def _forget(self) -> None:
        """What a subclass keeps about the rows it had (before they are read again)."""

    def _page(self, offset: int) -> tuple[list[MeetingSummary], bool]:
        """A page of rows, and whether more follow (one row more is read to know)."""
        if self.filters is None:
            return [], False
        rows = self._journal.search_page(self.filters, offset, PAGE_SIZE + 1)
        return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE

    def set_filters(self, filters: SearchFilters | None) -> None:
        """Show the meetings these filters find."""
        self.filters = filters
        self.reload()

    @property
    def total(self) -> int:
        """How many meetings the filters find, counted the first time it is asked
        (a search with filters can take longer to count than to show its first page)."""
        if self._total is None and self.filters is not None:
            try:
                self._total = self._journal.search_count(self.filters)
            except JournalError as error:
                self.failed.emit(error)
                return len(self._rows)
        return self._total or 0

    @property
    def counted(self) -> bool:
        return self._total is not None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        try:
            page, self._more = self._page(len(self._rows))
        except JournalError as error:
            self._more = False  # stop asking until the next reload
            self.failed.emit(error)
            return
        if not page:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def meeting_id(self, row: int) -> int:
        return self._rows[row].id

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int | None:
        """The row of a meeting, fetching further pages until it is found."""
        start = 0
        while True:
            for row in range(start, len(self._rows)):
                if self._rows[row].id == meeting_id:
                    return row
            if not self.canFetchMore():
                return None
            start = len(self._rows)
            self.fetchMore()


class MeetingTableModel(MeetingPages):
    """The main list: every meeting, or those a search finds, with the matched words."""

    DATE, CLIENT, TITLE, MATCH, REFLECTED, TRUST = range(6)
    COLUMNS = 6
    MARKED_COLUMNS = (CLIENT, TITLE, MATCH)  # where matched words are marked

    def __init__(self, journal: Journal, parent=None):
        super().__init__(journal, SearchFilters(), parent)
        self._marks: dict = {}  # meeting id → journal.search_store.Marks
        # Row → its cells per role (``_SLOTS``), made the first time the row is drawn.
        self._cells: dict[int, tuple] = {}
        # A meeting's start as the list shows it, kept from search to search (typing
        # shows many of the same meetings again): for this language and time zone.
        self._days: dict[datetime, str] = {}
        self._days_for: tuple = ()
        self.reload()

    def _forget(self) -> None:
        self._marks = {}
        self._cells = {}
        shown_for = (QLocale().name(), time.tzname, time.timezone)
        if shown_for != self._days_for or len(self._days) > DAYS_KEPT:
            self._days, self._days_for = {}, shown_for

    def _day(self, start: datetime) -> str:
        shown = self._days.get(start)
        if shown is None:
            shown = self._days[start] = day_and_time(start)
        return shown

    @property
    def searching(self) -> bool:
        return self.filters != SearchFilters()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def _marks_of(self, row: int):
        """The marks of a row, read with the rows after it the first time one is drawn:
        only what is on screen is marked (~0.2 ms a row)."""
        meeting_id = self._rows[row].id
        if meeting_id not in self._marks:
            block = [r.id for r in self._rows[row : row + MARKS_BLOCK] if r.id not in self._marks]
            try:
                found = self._journal.search_marks(self.filters.text, block)
            except JournalError:
                found = {}  # the list still shows the rows; only the marks are missing
            for other in block:
                self._marks[other] = found.get(other)
        return self._marks[meeting_id]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Date"),
                self.tr("Client"),
                self.tr("Title"),
                self.tr("Found in"),
                self.tr("Reflected"),
                self.tr("Trust"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.TRUST:
            return trust_explained()
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Qt asks some seven roles per cell per repaint: each answer is a lookup in the
        # row's cells, made once per row (roles without cells leave first).
        slot = _SLOTS.get(role)
        if slot is None:
            return None
        cells = self._cells.get(index.row()) or self._cells_of(index.row())
        return cells[slot][index.column()] if cells else None

    def row_cells(self, row: int) -> tuple | None:
        """The row's cells, without the way through Qt (for the delegate): display
        texts, alignments, tooltips and marked texts, each a tuple by column; None for
        a row the model does not have."""
        return self._cells.get(row) or self._cells_of(row)

    def _cells_of(self, row: int) -> tuple | None:
        """The row's cells: display texts, alignments, tooltips and marked texts, each a
        tuple by column; None for a row the model does not have."""
        if not 0 <= row < len(self._rows):
            return None
        meeting = self._rows[row]
        marks = self._marks_of(row) if self.filters.text.strip() else None
        snippet = marks.snippet if marks else ""
        found = snippet.replace(MARK_START, "").replace(MARK_END, "")
        display = (
            self._day(meeting.start),
            meeting.client_name,
            meeting.title,
            found,
            self.tr("Yes") if meeting.reflected else self.tr("Not yet"),
            "–" if meeting.trust is None else trust_value(meeting.trust),
        )
        tooltips = (None, None, meeting.title, found or None, None, self._trust_tip(meeting))
        marked = (None, marks.client, marks.title, marks.snippet, None, None) if marks else _NONE
        cells = self._cells[row] = (display, _ALIGNED, tooltips, marked)
        return cells

    def _trust_tip(self, meeting: MeetingSummary) -> str | None:
        if meeting.reflected and meeting.trust is None:
            return self.tr(
                "No trust score: this reflection did not answer every part of the Trust "
                "Equation (credibility, reliability, intimacy, self-orientation)."
            )
        return None
