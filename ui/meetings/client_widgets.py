"""What the client view's panels share: a read-only table, a note in place of an empty
list, a section heading, and numbers in the person's locale. (Their looks are in the
client view's style sheet, by object name.)"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget


def read_only_table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setHighlightSections(False)
    table.setAccessibleName(name)
    return table


def empty_note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyNote")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    label.setBuddy(buddy)
    return label


def number(value: int) -> str:
    return QLocale().toString(value)
