"""The coach's feedback on one reviewed period: a remark overall and one per trait,
edited one at a time (a trait with a remark is marked in the list)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from journal.coach.feedback import PeriodFeedback

OVERALL = ""  # the combo box's key for the remark on the period as a whole
MARK = "✎ "


class FeedbackEditor(QGroupBox):
    changed = Signal()

    def __init__(
        self, first: date, last: date, traits: dict[str, str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Your feedback on this period"))
        self.first, self.last = first, last
        self.names = traits
        self.texts: dict[str, str] = {OVERALL: "", **{t: "" for t in traits}}
        self.topic = QComboBox()
        self.topic.addItem(self.tr("The period as a whole"), OVERALL)
        for trait_id, name in traits.items():
            self.topic.addItem(name, trait_id)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("What stands out, what to keep doing, what to try next…")
        )
        self.text.setMaximumHeight(110)
        label = QLabel(self.tr("&About:"))
        label.setBuddy(self.topic)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.topic)
        layout.addWidget(self.text)
        self.topic.currentIndexChanged.connect(self._show_topic)
        self.text.textChanged.connect(self._typed)

    def current(self) -> str:
        return self.topic.currentData()

    def choose(self, key: str) -> None:
        self.topic.setCurrentIndex(self.topic.findData(key))

    def _show_topic(self) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(self.texts.get(self.current(), ""))
        self.text.blockSignals(False)

    def _typed(self) -> None:
        self.texts[self.current()] = self.text.toPlainText()
        self._mark(self.topic.currentIndex())
        self.changed.emit()

    def _mark(self, index: int) -> None:
        key = self.topic.itemData(index)
        name = self.tr("The period as a whole") if key == OVERALL else self.names[key]
        self.topic.setItemText(index, (MARK if self.texts[key].strip() else "") + name)

    def feedback(self) -> PeriodFeedback:
        return PeriodFeedback(
            self.first,
            self.last,
            self.texts[OVERALL],
            {t: text for t, text in self.texts.items() if t != OVERALL and text.strip()},
        )

    def load(self, feedback: PeriodFeedback) -> None:
        """Feedback saved before, to go on with (traits this app does not know are kept)."""
        self.texts[OVERALL] = feedback.overall
        for trait_id, text in feedback.traits.items():
            self.texts[trait_id] = text
            self.names.setdefault(trait_id, trait_id)
            if self.topic.findData(trait_id) < 0:
                self.topic.addItem(trait_id, trait_id)
        for index in range(self.topic.count()):
            self._mark(index)
        self._show_topic()
