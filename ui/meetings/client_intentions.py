"""The client view's intentions: the open ones, to settle by hand (Kept, Partly, Not kept),
and all of them with their verdicts."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.model import Intention
from journal.service import Journal
from ui.common import messages
from ui.common.labels import scaled
from ui.common.period_text import short_day
from ui.meetings.client_widgets import empty_note, number, read_only_table

Index = QModelIndex | QPersistentModelIndex
VERDICT_COLOURS = {"yes": "#3d8b37", "partly": "#b8860b", "no": "#c0392b"}


class IntentionsModel(QAbstractTableModel):
    """Intentions as rows: when and after which meeting, the text, its trait, and (for
    the list of all intentions) the verdict and when it was given."""

    WRITTEN, MEETING, INTENTION, TRAIT, VERDICT, SETTLED = range(6)

    def __init__(self, trait_names: dict[str, str], with_verdicts: bool, parent=None):
        super().__init__(parent)
        self.trait_names = trait_names
        self.with_verdicts = with_verdicts
        self._rows: list[Intention] = []

    def set_intentions(self, intentions: list[Intention]) -> None:
        self.beginResetModel()
        self._rows = list(intentions)
        self.endResetModel()

    def intention(self, row: int) -> Intention:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (6 if self.with_verdicts else 4)

    def verdict_text(self, verdict: str | None) -> str:
        return {
            "yes": self.tr("Kept"), "partly": self.tr("Partly"), "no": self.tr("Not kept"),
        }.get(verdict or "", self.tr("Open"))  # fmt: skip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Written"), self.tr("After"), self.tr("Next time I will …"),
            self.tr("Trait"), self.tr("Verdict"), self.tr("Settled"),
        )[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        intention = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(intention, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.MEETING, self.TRAIT):
            return self._display(intention, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.INTENTION:
            return self.tr("{text}\n(after “{meeting}”)").format(
                text=intention.text, meeting=intention.meeting_title
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT and intention.kept:
            return QColor(VERDICT_COLOURS[intention.kept])
        return None

    def _display(self, intention: Intention, column: int) -> str:
        if column == self.WRITTEN:
            return short_day(intention.meeting_start.astimezone().date())
        if column == self.MEETING:
            return intention.meeting_title
        if column == self.INTENTION:
            return " ".join(intention.text.split())
        if column == self.TRAIT:
            trait = intention.trait_id
            return self.trait_names.get(trait, trait) if trait else ""
        if column == self.VERDICT:
            return self.verdict_text(intention.kept)
        if intention.checked_at is None:
            return ""
        return short_day(intention.checked_at.astimezone().date())


class IntentionsPanel(QWidget):
    """Two tabs: the open intentions (with the verdict buttons) and all of them. A
    verdict is a key in either list (K, P, N; O opens one again; other letters in
    Dutch), the context menu, or a button under the open ones."""

    open_meeting = Signal(int)  # the meeting an intention was written after
    settled = Signal(set)  # the meetings whose intentions just got a verdict here
    show_meeting = Signal(int)  # the meeting to select in the client's list

    def __init__(self, journal: Journal, trait_names: dict[str, str]):
        super().__init__()
        self.journal = journal
        self.intentions: list[Intention] = []
        self._menu_table: QTableView | None = None
        self.verdict_actions: dict[str | None, QAction] = {}
        keys = {
            "yes": self.tr("K", "the key for Kept"),
            "partly": self.tr("P", "the key for Partly"),
            "no": self.tr("N", "the key for Not kept"),
            None: self.tr("O", "the key for Open Again"),
        }
        for verdict, text in (
            ("yes", self.tr("&Kept")),
            ("partly", self.tr("&Partly")),
            ("no", self.tr("&Not kept")),
            (None, self.tr("&Open Again")),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys[verdict]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, v=verdict: self._verdict_triggered(v))
            self.verdict_actions[verdict] = action
        self.open_model = IntentionsModel(trait_names, with_verdicts=False, parent=self)
        self.open_table = self._table(self.open_model, self.tr("Open intentions"))
        self.kept_button = QPushButton(self.tr("&Kept"))
        self.partly_button = QPushButton(self.tr("&Partly"))
        self.missed_button = QPushButton(self.tr("&Not kept"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Did you do it?"))
        buttons.addWidget(hint)
        for button, verdict, tip in (
            (self.kept_button, "yes", self.tr("You did what you intended ({key})")),
            (self.partly_button, "partly", self.tr("You did some of it ({key})")),
            (self.missed_button, "no", self.tr("It did not happen ({key})")),
        ):
            button.setToolTip(tip.format(key=keys[verdict]))
            button.clicked.connect(
                lambda _checked=False, v=verdict: self.settle_selected(v, self.open_table)
            )
            buttons.addWidget(button)
        buttons.addStretch(1)
        open_list = QWidget()
        open_layout = QVBoxLayout(open_list)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addWidget(self.open_table, 1)
        open_layout.addLayout(buttons)
        self.no_open = empty_note()
        self.open_pages = QStackedWidget()
        self.open_pages.addWidget(open_list)
        self.open_pages.addWidget(self.no_open)

        self.all_model = IntentionsModel(trait_names, with_verdicts=True, parent=self)
        self.all_table = self._table(self.all_model, self.tr("All intentions"))
        self.all_table.setColumnHidden(IntentionsModel.MEETING, True)  # room for the text
        self.all_table.setColumnWidth(IntentionsModel.VERDICT, scaled(80))
        self.all_table.setColumnWidth(IntentionsModel.SETTLED, scaled(100))
        self.no_intentions = empty_note()
        self.all_pages = QStackedWidget()
        self.all_pages.addWidget(self.all_table)
        self.all_pages.addWidget(self.no_intentions)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Intentions"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.open_pages, "")
        self.tabs.addTab(self.all_pages, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 0, 0)
        layout.addWidget(self.tabs, 1)

    def _table(self, model: IntentionsModel, name: str) -> QTableView:
        table = read_only_table(model, name)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(IntentionsModel.INTENTION, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(IntentionsModel.WRITTEN, scaled(100))
        table.setColumnWidth(IntentionsModel.MEETING, scaled(150))
        table.setColumnWidth(IntentionsModel.TRAIT, scaled(130))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda position, table=table: self._intention_menu(table, position)
        )
        table.activated.connect(
            lambda index, model=model: self.open_meeting.emit(
                model.intention(index.row()).meeting_id
            )
        )
        table.addActions(list(self.verdict_actions.values()))
        if model is self.open_model:
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def verdict_text(self, verdict: str | None) -> str:
        return self.open_model.verdict_text(verdict)

    # -- showing ----------------------------------------------------------------------

    def clear(self) -> None:
        """Blank, for the moment before the intentions are read."""
        self.intentions = []
        for note in (self.no_open, self.no_intentions):
            note.clear()
        self.open_pages.setCurrentWidget(self.no_open)
        self.all_pages.setCurrentWidget(self.no_intentions)
        self.tabs.setTabText(0, self.tr("Open &intentions"))
        self.tabs.setTabText(1, self.tr("&All intentions"))
        self._update_buttons()

    def show_intentions(self, intentions: list[Intention], open_row: int = 0) -> None:
        """Fill both lists; ``open_row`` is the row of the open list to make current (the
        next one after settling), the list of all keeps its row."""
        self.intentions = intentions
        all_row = max(0, self.all_table.currentIndex().row())
        open_ones = [i for i in intentions if i.kept is None]
        self.open_model.set_intentions(open_ones)
        self.all_model.set_intentions(intentions)
        no_traits = not any(i.trait_id for i in intentions)
        for table in (self.open_table, self.all_table):
            table.setColumnHidden(IntentionsModel.TRAIT, no_traits)
        self.tabs.setTabText(
            0, self.tr("Open &intentions ({count})").format(count=number(len(open_ones)))
        )
        self.tabs.setTabText(
            1, self.tr("&All intentions ({count})").format(count=number(len(intentions)))
        )
        if open_ones:
            self.open_pages.setCurrentIndex(0)
            row = min(open_row, len(open_ones) - 1)
            self.open_table.setCurrentIndex(self.open_model.index(row, IntentionsModel.INTENTION))
        else:
            self.no_open.setText(
                self.tr(
                    "No open intentions. What you mean to do differently next time with "
                    "this client waits here until you say how it went."
                )
                if intentions
                else self.tr(
                    "No intentions yet. After a meeting, write what you will do differently "
                    "next time with this client: it waits here until you say how it went."
                )
            )
            self.open_pages.setCurrentIndex(1)
        if intentions:
            self.all_pages.setCurrentIndex(0)
            row = min(all_row, len(intentions) - 1)
            self.all_table.setCurrentIndex(self.all_model.index(row, IntentionsModel.INTENTION))
        else:
            self.no_intentions.setText(self.tr("No intentions written about this client yet."))
            self.all_pages.setCurrentIndex(1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.open_table.selectionModel().selectedRows())
        for button in (self.kept_button, self.partly_button, self.missed_button):
            button.setEnabled(chosen)

    # -- settling ---------------------------------------------------------------------

    def _chosen(self, table: QTableView) -> list[Intention]:
        model = table.model()
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        return [model.intention(row) for row in rows]

    def settle_selected(self, verdict: str | None, table: QTableView | None = None) -> None:
        """Give the selected intentions a verdict ("yes", "partly", "no"; None: open
        again); they leave the open list and show the verdict among all."""
        table = table or self.open_table
        chosen = [i for i in self._chosen(table) if i.kept != verdict]
        if not chosen:
            return
        first_row = min(index.row() for index in table.selectionModel().selectedRows())
        self.settle([i.id for i in chosen], verdict, keep_row=first_row)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def settle(self, intention_ids: list[int], verdict: str | None, keep_row: int = 0) -> None:
        """Give these intentions a verdict and show the lists again; ``keep_row``: the
        row of the open list to go on with."""
        done: set[int] = set()
        try:
            for intention_id in intention_ids:
                self.journal.set_intention_verdict(intention_id, verdict)
                done.add(intention_id)
        except JournalError as error:
            messages.show_error(self, error)
        if not done:
            return
        # Written as the journal writes it, without reading every intention again.
        checked_at = self.journal.clock() if verdict is not None else None
        intentions = [
            replace(i, kept=verdict, checked_at=checked_at) if i.id in done else i
            for i in self.intentions
        ]
        self.show_intentions(intentions, keep_row)
        self.settled.emit({i.meeting_id for i in intentions if i.id in done})

    def _intention_menu(self, table: QTableView, position: QPoint) -> None:
        chosen = self._chosen(table)
        if not chosen:
            return
        menu = QMenu(self)
        for verdict, action in self.verdict_actions.items():
            if verdict is not None or any(i.kept is not None for i in chosen):
                menu.addAction(action)
        menu.addSeparator()
        show = menu.addAction(self.tr("&Show the Meeting"))
        show.triggered.connect(lambda: self.show_meeting.emit(chosen[0].meeting_id))
        edit = menu.addAction(self.tr("Open the &Meeting…"))
        edit.setShortcut(QKeySequence(Qt.Key.Key_Return))  # shown in the menu; Enter does it
        edit.triggered.connect(lambda: self.open_meeting.emit(chosen[0].meeting_id))
        current = table.visualRect(table.currentIndex())
        if not current.contains(position):  # from the keyboard: at the current row
            position = current.center() if current.isValid() else QPoint(0, 0)
        self._menu_table = table
        try:
            menu.exec(table.viewport().mapToGlobal(position))
        finally:
            self._menu_table = None
            menu.deleteLater()

    def _verdict_triggered(self, verdict: str | None) -> None:
        """A verdict from the context menu, or its key in one of the intention lists."""
        table = self._menu_table
        if table is None:
            table = self.all_table if self.all_table.hasFocus() else self.open_table
        self.settle_selected(verdict, table)
