"""One 1–5 question: its text, and five labelled choices that work from the keyboard.

Tab reaches the row; the arrow keys move between choices and the keys 1–5 pick one
directly, so a reflection can be answered without the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal.reflect.bank import Question


class ScaleQuestion(QFrame):
    answered = Signal(str, int)

    def __init__(
        self,
        question: Question,
        trait_name: str,
        text: str,
        labels: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self.setObjectName("scaleQuestion")
        self.setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)

        trait = QLabel(trait_name.upper())
        trait.setObjectName("traitLabel")
        prompt = QLabel(text)
        prompt.setWordWrap(True)
        prompt.setObjectName("questionText")
        layout.addWidget(trait)
        layout.addWidget(prompt)

        row = QHBoxLayout()
        row.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for value, label in enumerate(labels, start=1):
            button = QRadioButton(f"{value} · {label}")
            button.setToolTip(self.tr("Press {value}").format(value=value))
            button.setAccessibleDescription(text)  # a screen reader says what is rated
            self._group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._group.idToggled.connect(
            lambda value, checked: checked and self.answered.emit(question.id, value)
        )

    def value(self) -> int | None:
        checked = self._group.checkedId()
        return checked if checked > 0 else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            return
        button = self._group.button(value)
        if button is not None:
            button.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            button = self._group.button(key - Qt.Key.Key_0)
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)
