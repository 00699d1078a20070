"""Rate a Meeting You Observed…: the coach scores the statements the advisor's clients
score (each trait's first client item, worded from the client's side), 1–5, for one
meeting of the summary. Saved in the feedback file (format 1.1) and shown to the advisor
as a third view beside their own and their clients'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal.reflect.bank import QuestionBank
from ui.common.labels import wrapped
from ui.common.period_text import short_day


@dataclass(frozen=True)
class ObservedMeeting:
    """A meeting of the summary the coach may have observed."""

    id: int
    start: datetime
    title: str
    client: str


def observed_meetings(bundle: dict) -> list[ObservedMeeting]:
    meetings = []
    for m in bundle.get("meetings", []):
        try:
            start = datetime.fromisoformat(m["start"])
        except (KeyError, TypeError, ValueError):
            continue
        meetings.append(ObservedMeeting(m["id"], start, m.get("title", ""), m.get("client", "")))
    return sorted(meetings, key=lambda m: m.start, reverse=True)


def rated_items(bank: QuestionBank, traits: list[str]) -> list[tuple[str, str]]:
    """(item id, trait id): each trait's first client item, for the summary's traits."""
    known = {t.id: t for t in bank.traits}
    return [
        (known[t].client_items[0].id, t) for t in traits if t in known and known[t].client_items
    ]


class RatingDialog(QDialog):
    """``ratings``: meeting id → (start, item id → 1–5), edited here; a meeting with no
    score chosen is not rated."""

    def __init__(
        self,
        meetings: list[ObservedMeeting],
        bank: QuestionBank,
        traits: list[str],
        language: str,
        ratings: dict[int, tuple[datetime, dict[str, int]]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rate a Meeting You Observed"))
        self.meetings = meetings
        self.ratings = {k: (s, dict(v)) for k, (s, v) in ratings.items()}
        self.items = rated_items(bank, traits)
        intro = wrapped(
            self.tr(
                "If you were there: how true is each statement about the advisor in this "
                "meeting? The advisor's clients score the same statements, so your view "
                "sits beside theirs. Leave a statement you cannot judge."
            )
        )
        self.meeting = QComboBox()
        for m in meetings:
            self.meeting.addItem(
                self.tr("{date} · {client} · {title}").format(
                    date=short_day(m.start.date()), client=m.client, title=m.title
                ),
                m.id,
            )
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        labels = [label.in_language(language) for label in bank.scale]
        self.groups: dict[str, QButtonGroup] = {}
        for row, (item_id, _trait) in enumerate(self.items):
            text = QLabel(bank.client_item(item_id).text.in_language(language))
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(False)  # a second click takes a score back
            for value in range(1, 6):
                button = QRadioButton(str(value))
                button.setToolTip(labels[value - 1])
                button.setAutoExclusive(False)  # one per row, not one in the dialog
                group.addButton(button, value)
                grid.addWidget(button, row, value)
            group.idToggled.connect(lambda value, on, group=group: on and self._only(group, value))
            self.groups[item_id] = group
        grid.setColumnStretch(0, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self._shown: int | None = None
        self.meeting.currentIndexChanged.connect(self._show_meeting)
        self._show_meeting()

    def _only(self, group: QButtonGroup, value: int) -> None:
        for button in group.buttons():
            if group.id(button) != value and button.isChecked():
                button.setChecked(False)

    def scores(self) -> dict[str, int]:
        chosen = {}
        for item_id, group in self.groups.items():
            checked = [group.id(b) for b in group.buttons() if b.isChecked()]
            if checked:
                chosen[item_id] = checked[0]
        return chosen

    def set_scores(self, scores: dict[str, int]) -> None:
        for item_id, group in self.groups.items():
            for button in group.buttons():
                button.setChecked(group.id(button) == scores.get(item_id))

    def _keep_shown(self) -> None:
        if self._shown is None:
            return
        meeting = next(m for m in self.meetings if m.id == self._shown)
        scores = self.scores()
        if scores:
            self.ratings[meeting.id] = (meeting.start, scores)
        else:
            self.ratings.pop(meeting.id, None)

    def _show_meeting(self) -> None:
        self._keep_shown()
        self._shown = self.meeting.currentData()
        self.set_scores(self.ratings.get(self._shown, (None, {}))[1])

    def choose(self, meeting_id: int) -> None:
        self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))

    def accept(self) -> None:
        self._keep_shown()
        super().accept()
