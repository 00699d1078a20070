"""Settings: your name, the language of the app, and the traits you want to work on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.model import Profile
from journal.selection import MAX_FOCUS_TRAITS
from journal.service import Journal

from . import messages
from .settings import Settings

TRAIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SettingsDialog(QDialog):
    def __init__(self, journal: Journal, settings: Settings, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 560)
        profile = journal.profile()

        self.name = QLineEdit(profile.advisor_name)
        self.name.setPlaceholderText(self.tr("Shown on summaries you export for your coach"))
        self.language = QComboBox()
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.focus = QListWidget()
        for trait in journal.bank.traits:
            item = QListWidgetItem(trait.name.in_language(language))
            item.setData(TRAIT_ID_ROLE, trait.id)
            item.setToolTip(trait.description.in_language(language))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if trait.id in profile.focus_traits else Qt.CheckState.Unchecked
            )
            self.focus.addItem(item)
        self.focus.itemChanged.connect(self._limit_focus)
        self._limit_focus()
        focus_hint = QLabel(
            self.tr("Choose up to {n} traits to work on. They are asked in every reflection; "
                    "the others take turns.").format(n=MAX_FOCUS_TRAITS)
        )
        focus_hint.setWordWrap(True)

        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        focus_label = QLabel(self.tr("&Focus traits:"))
        focus_label.setBuddy(self.focus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(focus_label)
        layout.addWidget(focus_hint)
        layout.addWidget(self.focus, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(buttons)

    def chosen_focus(self) -> tuple[str, ...]:
        return tuple(
            self.focus.item(i).data(TRAIT_ID_ROLE)
            for i in range(self.focus.count())
            if self.focus.item(i).checkState() == Qt.CheckState.Checked
        )

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _limit_focus(self, *_args) -> None:
        """Once the maximum is ticked, the other traits cannot be ticked too."""
        full = len(self.chosen_focus()) >= MAX_FOCUS_TRAITS
        self.focus.blockSignals(True)
        for i in range(self.focus.count()):
            item = self.focus.item(i)
            checkable = not full or item.checkState() == Qt.CheckState.Checked
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if checkable else flags & ~Qt.ItemFlag.ItemIsEnabled)
        self.focus.blockSignals(False)

    def accept(self) -> None:
        try:
            self.journal.save_profile(Profile(self.name.text(), self.chosen_focus()))
        except JournalError as error:
            self.error_banner.setText(messages.describe(error))
            self.error_banner.show()
            return
        self.settings.language = self.chosen_language()
        super().accept()
