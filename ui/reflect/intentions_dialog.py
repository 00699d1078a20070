"""View → Open Intentions…: every intention no later reflection has settled yet, newest
first, with the client, the meeting and the trait it is about. Settle one by hand
(kept, partly, not kept) or open the meeting it was written after."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.model import Intention
from journal.service import Journal
from ui.common import messages
from ui.common.changes import EVERYTHING
from ui.common.period_text import short_day

MAX_COLUMN = 180  # pixels for date, client, meeting and trait; the intention takes the rest


class IntentionsDialog(QDialog):
    changed = Signal(object)  # Changes: a verdict was set here
    open_meeting = Signal(int)

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.trait_names = {t.id: t.name.in_language(language) for t in journal.bank.traits}
        self.intentions: list[Intention] = []
        self.setWindowTitle(self.tr("Open Intentions"))
        self.resize(820, 460)
        self.intro = QLabel(
            self.tr(
                "What you meant to do next time, not yet looked back on. Your next "
                "reflection with the client asks whether you did; you can also settle "
                "one here."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Open intentions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Client"), self.tr("Meeting"), self.tr("Trait"),
             self.tr("Intention")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The whole intention, wrapped: rows grow to hold it, also when the dialog does.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_args: self.table.resizeRowsToContents()
        )
        self.table.itemActivated.connect(lambda _item: self._open())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No open intentions: every one has been looked back on."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.verdict_buttons = {}
        for verdict, text in (
            ("yes", self.tr("&Kept")),
            ("partly", self.tr("&Partly")),
            ("no", self.tr("&Not Kept")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, v=verdict: self.settle(v))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.verdict_buttons[verdict] = button
        self.open_button = QPushButton(self.tr("&Open Meeting"))
        self.open_button.clicked.connect(self._open)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            self.intentions = self.journal.open_intentions()
        except JournalError as error:
            messages.show_error(self, error)
            self.intentions = []
        self.table.setRowCount(len(self.intentions))
        for row, intention in enumerate(self.intentions):
            day = short_day(intention.meeting_start.astimezone().date())
            trait = self.trait_names.get(intention.trait_id or "", "–")
            for column, text in enumerate(
                (day, intention.client_name, intention.meeting_title, trait, intention.text)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(4):  # long names and titles wrap too: room for the intention
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        has_any = bool(self.intentions)
        self.table.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.table.selectRow(0)
            self.table.setFocus()
        self._selection_changed()

    def selected(self) -> Intention | None:
        rows = self.table.selectionModel().selectedRows()
        return self.intentions[rows[0].row()] if rows else None

    def settle(self, verdict: str) -> bool:
        intention = self.selected()
        if intention is None:
            return False
        row = self.table.currentRow()
        try:
            self.journal.set_intention_verdict(intention.id, verdict)
        except JournalError as error:
            messages.show_error(self, error)
            return False
        self.reload()
        if self.intentions:
            self.table.selectRow(min(row, len(self.intentions) - 1))
        self.changed.emit(EVERYTHING)
        return True

    def _open(self) -> None:
        intention = self.selected()
        if intention is not None:
            self.open_meeting.emit(intention.meeting_id)
            self.reload()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (*self.verdict_buttons.values(), self.open_button):
            button.setEnabled(chosen)
