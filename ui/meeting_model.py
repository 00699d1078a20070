"""The meeting list as a Qt table model, fetched from the journal a page at a time.

Only the rows on screen (and a page or two around them) are read, so a journal of
100,000 meetings opens as fast as one of ten. The same paging serves a search: the
model holds the current ``SearchFilters`` and, for a text search, the matched words
marked in each row's title and client and a snippet of where else they were found.
"""

from __future__ import annotations

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
from journal.model import MeetingSummary
from journal.search import MARK_END, MARK_START, SearchFilters
from journal.service import Journal

from .marked_text_delegate import MARKED_ROLE

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class MeetingTableModel(QAbstractTableModel):
    DATE, CLIENT, TITLE, MATCH, REFLECTED, TRUST = range(6)
    COLUMNS = 6
    failed = Signal(object)  # a JournalError while reading a page; the view says why

    def __init__(self, journal: Journal, parent=None):
        super().__init__(parent)
        self._journal = journal
        self._rows: list[MeetingSummary] = []
        self._marks: dict = {}  # meeting id → journal.search_store.Marks
        self._total = 0
        self.filters = SearchFilters()
        self.reload()

    def reload(self) -> None:
        """Read the list again from the start (after a save, or a language change)."""
        self.beginResetModel()
        try:
            self._total = self._journal.search_count(self.filters)
            self._rows = self._journal.search_page(self.filters, 0, PAGE_SIZE)
            self._marks = self._read_marks(self._rows)
        except JournalError:
            self._total, self._rows, self._marks = 0, [], {}
            raise
        finally:
            self.endResetModel()

    def set_filters(self, filters: SearchFilters) -> None:
        """Show the meetings these filters find (the default: every meeting)."""
        self.filters = filters
        self.reload()

    @property
    def searching(self) -> bool:
        return self.filters != SearchFilters()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def _read_marks(self, rows: list[MeetingSummary]) -> dict:
        if not self.filters.text.strip():
            return {}
        return self._journal.search_marks(self.filters.text, [r.id for r in rows])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        try:
            page = self._journal.search_page(self.filters, len(self._rows), PAGE_SIZE)
            self._marks.update(self._read_marks(page))
        except JournalError as error:
            self._total = len(self._rows)  # stop asking until the next reload
            self.failed.emit(error)
            return
        if not page:
            self._total = len(self._rows)
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
            return self.tr(
                "Trust Equation: (credibility + reliability + intimacy) / self-orientation, "
                "from the reflection's answers. About 3 is average; higher is better."
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(meeting, column)
        if role == MARKED_ROLE:
            return self._marked(meeting, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TRUST:
            return self._trust_tip(meeting)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REFLECTED, self.TRUST):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return meeting.title
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MATCH:
            return self._display(meeting, column) or None
        return None

    def _marked(self, meeting: MeetingSummary, column: int) -> str | None:
        marks = self._marks.get(meeting.id)
        if marks is None:
            return None
        return {self.TITLE: marks.title, self.CLIENT: marks.client, self.MATCH: marks.snippet}.get(
            column
        )

    def _trust_tip(self, meeting: MeetingSummary) -> str | None:
        if meeting.reflected and meeting.trust is None:
            return self.tr(
                "No trust score: this reflection did not answer every part of the Trust "
                "Equation (credibility, reliability, intimacy, self-orientation)."
            )
        return None

    def _display(self, meeting: MeetingSummary, column: int) -> str:
        locale = QLocale()
        if column == self.DATE:
            local = meeting.start.astimezone()
            return locale.toString(local.date(), "ddd d MMM yyyy") + "  " + local.strftime("%H:%M")
        if column == self.CLIENT:
            return meeting.client_name
        if column == self.TITLE:
            return meeting.title
        if column == self.MATCH:
            marks = self._marks.get(meeting.id)
            snippet = marks.snippet if marks else ""
            return snippet.replace(MARK_START, "").replace(MARK_END, "")
        if column == self.REFLECTED:
            return self.tr("Yes") if meeting.reflected else self.tr("Not yet")
        if meeting.trust is None:
            return "–"
        return locale.toString(meeting.trust, "f", 1)
