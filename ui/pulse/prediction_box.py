"""The prediction in the reflection that follows a pulse: before seeing the client's
answers, how does the advisor think the client answered each statement (1–5)? Asked
once, optional: "Skip" says no (the answers then show at once); the scores are saved
with the reflection when every statement has one.

Built by ``ui.shell.features`` and placed in the reflection dialog; it follows the
client typed there (``follow_client``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.pulse.model import Pulse
from journal.service import Journal
from ui.common import messages
from ui.common.labels import error_banner

FOLLOW_DELAY_MS = 300  # after the last key typed in the client's name


class PredictionBox(QFrame):
    """Hidden unless the client has a pulse waiting for a prediction."""

    skipped = Signal()
    saved = Signal()

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.language = language
        self.pulse: Pulse | None = None
        self._timer: QTimer | None = None
        self._client_name: Callable[[], str] = str
        self.groups: dict[str, QButtonGroup] = {}
        self.setObjectName("predictionBox")
        self.setStyleSheet(
            "QFrame#predictionBox { background: rgba(43, 95, 138, 22);"
            " border: 1px solid rgba(43, 95, 138, 90); border-radius: 6px; }"
            " QLabel#predictionTitle { font-weight: 600; }"
        )
        self.title = QLabel()
        self.title.setObjectName("predictionTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Before you see their answers: how do you expect them to score each statement? "
                "Optional, asked once; you will see how close you came."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("sectionHint")
        self.scale_hint = QLabel()
        self.scale_hint.setObjectName("sectionHint")
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.setToolTip(self.tr("No prediction this time: the answers show at once"))
        self.skip_button.clicked.connect(self.skip)
        self.error_banner = error_banner()
        self.error_banner.hide()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.scale_hint)
        layout.addLayout(self.grid)
        layout.addWidget(self.error_banner)
        self.hide()

    def follow(self, client_name: Callable[[], str], edited: SignalInstance) -> None:
        """Follow the client typed in the reflection: now, and a moment after each
        ``edited``."""
        self._client_name = client_name
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self._follow_typed)
        edited.connect(self._timer.start)
        self._follow_typed()

    def _follow_typed(self) -> None:
        self.follow_client(self._client_name())

    def stop(self) -> None:
        """The reflection closed: no more reading (the journal may close after it)."""
        if self._timer is not None:
            self._timer.stop()

    def follow_client(self, client_name: str) -> None:
        """Show the prediction for this client's pulse, if one is due (else hide)."""
        try:
            pulse = self.journal.pulse_due_prediction(client_name) if client_name.strip() else None
        except JournalError:
            pulse = None  # a hint only: never block the reflection over it
        if pulse is not None and self.pulse is not None and pulse.code == self.pulse.code:
            return
        self.pulse = pulse
        self._build()

    def _build(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.groups = {}
        pulse = self.pulse
        if pulse is None:
            self.hide()
            return
        self.title.setText(
            self.tr("Your prediction: {client}'s pulse").format(client=pulse.client_name)
        )
        bank = self.journal.bank
        labels = [label.in_language(self.language) for label in bank.scale]
        self.scale_hint.setText(
            self.tr("1 = {lowest} … 5 = {highest}").format(lowest=labels[0], highest=labels[-1])
        )
        for row, item_id in enumerate(pulse.items):
            text = QLabel(bank.client_item(item_id).text.in_language(self.language))
            text.setWordWrap(True)
            self.grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            for value in range(1, 6):
                button = QRadioButton(str(value))
                button.setToolTip(labels[value - 1])
                button.setAccessibleName(f"{value} · {labels[value - 1]}")
                group.addButton(button, value)
                self.grid.addWidget(button, row, value)
            self.groups[item_id] = group
        self.grid.setColumnStretch(0, 1)
        self.error_banner.hide()
        self.show()

    def scores(self) -> dict[str, int]:
        """The scores chosen so far (item id → 1–5)."""
        return {i: g.checkedId() for i, g in self.groups.items() if g.checkedId() > 0}

    def set_scores(self, scores: dict[str, int]) -> None:
        for item_id, value in scores.items():
            button = self.groups[item_id].button(value) if item_id in self.groups else None
            if button is not None:
                button.setChecked(True)

    def complete(self) -> bool:
        return bool(self.groups) and len(self.scores()) == len(self.groups)

    def save(self) -> bool:
        """With the reflection: the prediction when every statement has a score (a
        partial one is not saved: the pulse is asked again next time)."""
        if self.pulse is None or not self.complete():
            return False
        try:
            self.journal.save_prediction(self.pulse.code, self.scores())
        except JournalError as error:
            messages.show_error(self.window(), error)
            return False
        self.saved.emit()
        return True

    def skip(self) -> None:
        if self.pulse is None:
            return
        try:
            self.journal.skip_prediction(self.pulse.code)
        except JournalError as error:
            self.error_banner.setText(messages.describe(error))
            self.error_banner.show()
            return
        self.pulse = None
        self._build()
        self.skipped.emit()
