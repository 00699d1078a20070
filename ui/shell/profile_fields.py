"""Your name and the traits you want to work on: the part of Settings that the first
start asks too (``ui.shell.welcome``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.model import Profile
from journal.reflect.selection import MAX_FOCUS_TRAITS
from journal.reflect.validation import MAX_NAME
from journal.service import Journal

STYLE = """
QLabel#traitDescription { color: palette(placeholder-text); }
"""


class ProfileFields(QWidget):
    """The name field, and a box per trait with its description (at most
    ``MAX_FOCUS_TRAITS`` ticked). ``form`` takes further rows (Settings adds the
    language)."""

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        profile = journal.profile()
        self.name = QLineEdit(profile.advisor_name)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Shown on summaries you export for your coach"))

        self.focus: dict[str, QCheckBox] = {}
        traits = QWidget()
        grid = QGridLayout(traits)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        for row, trait in enumerate(journal.bank.traits):
            box = QCheckBox(trait.name.in_language(language))
            box.setChecked(trait.id in profile.focus_traits)
            box.toggled.connect(self._limit_focus)
            description = QLabel(trait.description.in_language(language))
            description.setObjectName("traitDescription")
            description.setWordWrap(True)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(description, row, 1, Qt.AlignmentFlag.AlignTop)
            self.focus[trait.id] = box
        self._limit_focus()
        focus_hint = QLabel(
            self.tr(
                "Choose up to {n} traits to work on. They are asked in every reflection; "
                "the others take turns."
            ).format(n=MAX_FOCUS_TRAITS)
        )
        focus_hint.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Your &name:"), self.name)
        focus_label = QLabel(self.tr("&Focus traits:"))
        focus_label.setBuddy(next(iter(self.focus.values())))
        bold = focus_label.font()
        bold.setBold(True)
        focus_label.setFont(bold)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(focus_label)
        layout.addWidget(focus_hint)
        layout.addWidget(traits)
        layout.addStretch(1)  # room to spare goes below the traits, not between the rows

    def chosen_focus(self) -> tuple[str, ...]:
        return tuple(trait_id for trait_id, box in self.focus.items() if box.isChecked())

    def profile(self) -> Profile:
        return Profile(self.name.text(), self.chosen_focus())

    def _limit_focus(self, *_args) -> None:
        """Once the maximum is ticked, the other traits cannot be ticked too."""
        full = len(self.chosen_focus()) >= MAX_FOCUS_TRAITS
        for box in self.focus.values():
            box.setEnabled(box.isChecked() or not full)
