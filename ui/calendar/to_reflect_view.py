"""The "to reflect" list: ended client meetings from the calendar still without a
reflection, most recent first, with the same choices as the prompt."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.calendar.calendar_text import client_or_unknown, ended_when, reason_text
from ui.calendar.prompt_bar import snooze_menu
from ui.common.empty_state import empty_page
from ui.common.labels import scaled

if TYPE_CHECKING:  # the calendar flow, built after the first paint, loads them
    from journal.calendar.events_store import StoredEvent


class ToReflectView(QWidget):
    reflect = Signal(object)  # StoredEvent
    snooze = Signal(list, str)  # StoredEvents, "15m" / "1h" / "evening"
    dismiss = Signal(list)  # StoredEvents: not client meetings
    import_requested = Signal()

    ENDED, CLIENT, TITLE, WHY = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.events: list[StoredEvent] = []
        self.table = self._make_table()

        self.reflect_button = QPushButton(self.tr("&Reflect"))
        self.reflect_button.setToolTip(self.tr("Reflect on the selected meeting (Enter)"))
        self.reflect_button.clicked.connect(self._reflect)
        self.later_button = QToolButton()
        self.later_button.setText(self.tr("&Later"))
        self.later_button.setToolTip(self.tr("Ask again about the selected meetings later"))
        self.later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.later_button.setMenu(
            snooze_menu(self, lambda choice: self._send_selected(self.snooze, choice))
        )
        self.dismiss_button = QPushButton(self.tr("&Not a client meeting"))
        self.dismiss_button.setToolTip(
            self.tr("Take the selected meetings off the list; a new import keeps them off")
        )
        self.dismiss_button.clicked.connect(lambda: self._send_selected(self.dismiss))
        import_button = QPushButton(self.tr("&Import Calendar…"))
        import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        for button in (self.reflect_button, self.later_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(import_button)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.hint)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.empty_page = self._make_empty_page()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.dismiss_button.click)
        self._update_buttons()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Ended"), self.tr("Client"), self.tr("Title"), self.tr("Why it counts")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(self.ENDED, scaled(190))
        table.setColumnWidth(self.CLIENT, scaled(220))
        table.setColumnWidth(self.WHY, scaled(280))
        table.activated.connect(lambda _index: self._reflect())
        table.itemSelectionChanged.connect(self._update_buttons)
        table.setAccessibleName(self.tr("Meetings to reflect on"))
        return table

    def _make_empty_page(self) -> QWidget:
        button = QPushButton(self.tr("Import Calendar…"))
        button.clicked.connect(self.import_requested)
        return empty_page(
            self.tr("Nothing waiting for a reflection"),
            self.tr(
                "Import your calendar and Advisor Journal asks you to reflect as soon as a "
                "client meeting ends. Meetings you have not reflected on yet wait here."
            ),
            [button],
            scale=1.4,
        )

    # -- filling ----------------------------------------------------------------------

    def show_events(self, events: list[StoredEvent], now: datetime) -> None:
        kept = {e.id for e in self.selected()}
        self.events = list(events)
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (
                ended_when(event.end, now),
                client_or_unknown(event.client_name),
                event.title or self.tr("(no title)"),
                reason_text(event.reason),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.hint.setText(
            self.tr(
                "Ended client meetings without a reflection. Reflect on one (Enter), or "
                "choose later or not a client meeting for those selected."
            )
        )
        self.pages.setCurrentIndex(1 if events else 0)
        self.table.clearSelection()
        for row, event in enumerate(events):
            if event.id in kept:
                self.table.selectRow(row)
        if events and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> list[StoredEvent]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.events[row] for row in rows if row < len(self.events)]

    # -- behaviour --------------------------------------------------------------------

    def _reflect(self) -> None:
        chosen = self.selected()
        if chosen:
            self.reflect.emit(chosen[0])

    def _send_selected(self, signal, *args) -> None:
        chosen = self.selected()
        if chosen:
            signal.emit(chosen, *args)

    def _update_buttons(self) -> None:
        count = len(self.selected())
        self.reflect_button.setEnabled(count == 1)
        self.later_button.setEnabled(count > 0)
        self.dismiss_button.setEnabled(count > 0)
