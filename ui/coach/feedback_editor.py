"""The coach's feedback on one reviewed period: a remark overall and one per trait,
edited one at a time (a trait with a remark is marked in the list), and the coach's
1–5 ratings of meetings they observed (``RatingDialog``: the statements the clients
score; feedback format 1.1)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.coach.feedback import CoachRating, PeriodFeedback
from journal.reflect.bank import QuestionBank
from ui.coach.rating_dialog import ObservedMeeting, RatingDialog, rated_items
from ui.common.labels import quiet

OVERALL = ""  # the combo box's key for the remark on the period as a whole
MARK = "✎ "


class FeedbackEditor(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        first: date,
        last: date,
        traits: dict[str, str],
        parent: QWidget | None = None,
        meetings: list[ObservedMeeting] | None = None,
        bank: QuestionBank | None = None,
        language: str = "en",
    ):
        super().__init__(parent)
        self.meetings = meetings or []
        self.bank, self.language = bank, language
        # meeting id → (its start, client item id → 1–5)
        self.rated: dict[int, tuple[datetime, dict[str, int]]] = {}
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
        self.rate_button = QPushButton(self.tr("&Rate a Meeting You Observed…"))
        self.rate_button.setToolTip(
            self.tr("Score the statements the advisor's clients score, for a meeting you saw")
        )
        self.rate_button.setAutoDefault(False)
        self.rate_button.clicked.connect(lambda: self.rate())
        self.rated_label = QLabel()
        quiet(self.rated_label)
        rating_row = QHBoxLayout()
        rating_row.addWidget(self.rate_button)
        rating_row.addWidget(self.rated_label, 1)
        layout.addLayout(rating_row)
        can_rate = (
            bool(self.meetings) and bank is not None and bool(rated_items(bank, list(traits)))
        )
        self.rate_button.setVisible(can_rate)
        self._show_rated()
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

    # -- the coach's ratings -------------------------------------------------------------

    def rating_dialog(self) -> RatingDialog:
        assert self.bank is not None
        return RatingDialog(
            self.meetings, self.bank, list(self.names), self.language, self.rated, self
        )

    def rate(self, dialog: RatingDialog | None = None) -> bool:
        """Open the ratings (``dialog``: one made by ``rating_dialog``, for the tests);
        True when they were changed."""
        dialog = dialog or self.rating_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.ratings == self.rated:
            return False
        self.rated = dialog.ratings
        self._show_rated()
        self.changed.emit()
        return True

    def _show_rated(self) -> None:
        count = len(self.rated)
        self.rated_label.setText(
            ""
            if not count
            else self.tr("You rated 1 meeting.")
            if count == 1
            else self.tr("You rated {count} meetings.").format(count=count)
        )

    def ratings(self) -> tuple[CoachRating, ...]:
        return tuple(
            CoachRating(meeting_id, start, dict(scores))
            for meeting_id, (start, scores) in sorted(self.rated.items())
        )

    def load_ratings(self, ratings) -> None:
        """Ratings saved before, for this summary's meetings."""
        mine = {m.id: m for m in self.meetings}
        for rating in ratings:
            meeting = mine.get(rating.meeting_id)
            if meeting is not None and meeting.start == rating.start:
                self.rated[meeting.id] = (meeting.start, dict(rating.scores))
        self._show_rated()
