"""The search box above the meeting list, and the filters under it (client, trait,
period, score range, tag, reflected or not). Emits the whole ``SearchFilters`` a
moment after the person stops typing or changes a filter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

# The filters' widget classes through the module: PySide builds a class (and its enum
# classes) when it is first used, so these cost nothing until the filters first show.
from PySide6 import QtWidgets
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from journal.errors import JournalError
from journal.find.search import SearchFilters
from journal.service import Journal
from ui.common.labels import keys

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox

TYPING_PAUSE_MS = 120  # searches as you type, without a query per keystroke
ANY_DAY = QDate(2000, 1, 1)  # a date edit at its minimum shows "Any"


class SearchBar(QWidget):
    filters_changed = Signal(object)  # SearchFilters
    done_typing = Signal()  # Enter in the box: on to the list

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.language = language
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)

        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(
            self.tr("Search titles, clients, answers, intentions and notes ({keys})").format(
                keys=keys(QKeySequence.StandardKey.Find)
            )
        )
        self.text.setAccessibleName(self.tr("Search"))
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self._enter)
        self.filters_button = QToolButton()
        self.filters_button.setText(self.tr("Fi&lters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip(self.tr("Narrow the list by client, trait, period …"))
        self.filters_button.toggled.connect(self._show_filters)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Clear the search and every filter"))
        self.reset_button.clicked.connect(self.reset)
        self.reset_button.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.text, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.reset_button)

        self.filter_row = QWidget()  # filled when first shown (``_build_filters``)
        self.filter_row.hide()
        self._built = False
        self._choices_read = False  # clients and tags: read when the filters first show

        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 6)
        column.setSpacing(6)
        column.addLayout(top)
        column.addWidget(self.filter_row)

    # -- building ---------------------------------------------------------------------

    def _build_filters(self) -> None:
        """The filters under the box, the first time they are shown (before that
        ``filters()`` is the text alone): not part of the window's first paint."""
        if self._built:
            return
        self._built = True
        rows = QVBoxLayout(self.filter_row)
        rows.setContentsMargins(0, 0, 0, 0)
        row, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        self.client = self._combo(self.tr("Client"))
        self.trait = self._combo(self.tr("Trait"))
        for trait in self.journal.bank.traits:
            self.trait.addItem(trait.name.in_language(self.language), trait.id)
        self.tag = self._combo(self.tr("Tag"))
        self.reflected = QtWidgets.QComboBox()
        self.reflected.addItem(self.tr("Reflected or not"), None)
        self.reflected.addItem(self.tr("Reflected"), True)
        self.reflected.addItem(self.tr("Not yet reflected"), False)
        self.reflected.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reflected.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.day_from = self._date_edit(self.tr("From: any day"))
        self.day_to = self._date_edit(self.tr("To: any day"))
        self.score_min = self._score(0, self.tr("Score from "))
        self.score_max = self._score(100, self.tr("to "))
        self.score_min.setToolTip(
            self.tr("0–100: the chosen trait's score, or the reflection's average")
        )
        self.score_max.setToolTip(self.score_min.toolTip())
        for label, widget in (
            (self.tr("Client:"), self.client),
            (self.tr("Trait:"), self.trait),
            (self.tr("Tag:"), self.tag),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1)
        row.addWidget(self.reflected)
        for widget in (self.day_from, self.day_to, self.score_min, self.score_max):
            second.addWidget(widget)
        second.addStretch(1)
        # Tab goes from the box's buttons through the filters, as when built with them.
        chain = [self.reset_button, self.client, self.trait, self.tag, self.reflected]
        chain += [self.day_from, self.day_to, self.score_min, self.score_max]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _combo(self, name: str) -> QComboBox:
        combo = QtWidgets.QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Any"), None)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        return combo

    def _date_edit(self, any_text: str) -> QDateEdit:
        edit = QtWidgets.QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(any_text)
        edit.setDate(ANY_DAY)
        edit.dateChanged.connect(lambda _d: self._timer.start())
        return edit

    def _score(self, value: int, prefix: str) -> QSpinBox:
        spin = QtWidgets.QSpinBox()
        spin.setRange(0, 100)
        spin.setSingleStep(10)
        spin.setPrefix(prefix)
        spin.setValue(value)
        spin.valueChanged.connect(lambda _v: self._timer.start())
        return spin

    def reload_choices(self) -> None:
        """Clients and tags as they are now (after a save, an import or a rename)."""
        if not self._built or (not self.filter_row.isVisibleTo(self) and not self._choices_read):
            return  # nobody has seen them yet: read when the filters are first shown
        self._choices_read = True
        try:
            clients = [(c.name, c.id) for c in self.journal.clients()]
            tags = [(t.name, t.id) for t in self.journal.tags()]
        except JournalError:
            return  # the list says why; the filters keep what they had
        for combo, items in ((self.client, clients), (self.tag, tags)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for name, item_id in items:
                combo.addItem(name, item_id)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            if chosen is not None and found < 0:
                self._timer.start()  # the chosen one is gone: the list changes

    # -- reading ----------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        if not self._built:
            return SearchFilters(text=self.text.text())
        score_min = self.score_min.value()
        score_max = self.score_max.value()
        return SearchFilters(
            text=self.text.text(),
            client_id=self.client.currentData(),
            trait_id=self.trait.currentData(),
            day_from=_day(self.day_from),
            day_to=_day(self.day_to),
            score_min=score_min if score_min > 0 else None,
            score_max=score_max if score_max < 100 else None,
            tag_id=self.tag.currentData(),
            reflected=self.reflected.currentData(),
        )

    # -- behaviour --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def show_client(self, client_id: int) -> None:
        """Narrow the list to one client (from elsewhere in the window)."""
        self.filters_button.setChecked(True)
        self.reload_choices()
        index = self.client.findData(client_id)
        if index >= 0:
            self.client.setCurrentIndex(index)

    def reset(self) -> None:
        if self._built:
            self._reset_filters()
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._emit()

    def _reset_filters(self) -> None:
        for widget in (self.client, self.trait, self.tag, self.reflected):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for edit in (self.day_from, self.day_to):
            edit.blockSignals(True)
            edit.setDate(ANY_DAY)
            edit.blockSignals(False)
        for spin, value in ((self.score_min, 0), (self.score_max, 100)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def apply_now(self) -> None:
        """Search without waiting for the typing pause (Enter, tests)."""
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        filters = self.filters()
        self.reset_button.setVisible(filters != SearchFilters())
        self.filters_changed.emit(filters)

    def _show_filters(self, shown: bool) -> None:
        if shown:
            self._build_filters()
        self.filter_row.setVisible(shown)
        if shown:
            self._choices_read = True
            self.reload_choices()
            self.client.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter(self) -> None:
        self.apply_now()
        self.done_typing.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filters() != SearchFilters():
            self.reset()
            return
        super().keyPressEvent(event)


def _day(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    return None if chosen == ANY_DAY else chosen.toPython()
