"""Edit → Rename Tags…: every tag with how many meetings carry it; rename one (onto
another tag's name merges the two)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.service import Journal
from ui.common import messages
from ui.common.changes import EVERYTHING


class TagsDialog(QDialog):
    changed = Signal(object)  # Changes: a tag was renamed or merged

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Tags"))
        self.resize(420, 420)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.rename_selected())
        self.empty = QLabel(
            self.tr("No tags yet. Add them to a meeting in its reflection, under Tags.")
        )
        self.empty.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        column.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            tags = self.journal.tags()
        except JournalError as error:
            messages.show_error(self, error)
            tags = []
        for tag in tags:
            if tag.meetings == 1:
                text = self.tr("{name} (1 meeting)").format(name=tag.name)
            else:
                text = self.tr("{name} ({count} meetings)").format(
                    name=tag.name, count=tag.meetings
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (tag.id, tag.name))
            self.list.addItem(item)
        self.empty.setVisible(not tags)
        self.list.setVisible(bool(tags))
        self.rename_button.setEnabled(bool(tags))
        if tags:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def rename_selected(self, new_name: str | None = None) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        tag_id, name = item.data(Qt.ItemDataRole.UserRole)
        if new_name is None:
            new_name, accepted = QInputDialog.getText(
                self, self.tr("Rename Tag"), self.tr("New name for “{name}”:").format(name=name),
                text=name,
            )  # fmt: skip
            if not accepted:
                return False
        try:
            self.journal.rename_tag(tag_id, new_name)
        except JournalError as error:
            messages.show_error(self, error)
            return False
        self.reload()
        self.changed.emit(EVERYTHING)
        return True
