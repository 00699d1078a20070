"""Your view and theirs: per trait the advisor's own figure, their prediction, the
client's answers and the coach's ratings (0–100), and how close the predictions came
(the calibration). In the Growth view (all clients, or the one chosen there) and in the
client view (``ClientPulsePanel``, with the suggestion to ask and the Ask button)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.growth.aggregation import Granularity, Scope
from journal.pulse.model import Comparison, TraitView
from journal.service import Journal
from ui.common.labels import quiet
from ui.common.period_text import period_label
from ui.pulse.pulse_words import figure_text, figure_tip, suggestion_text

COLUMNS = ("self", "predicted", "client", "coach")


class ComparisonPanel(QGroupBox):
    """``show_for(client, scope)`` reads and shows; hidden while there is nothing yet
    (``always`` keeps it, saying so)."""

    def __init__(
        self, journal: Journal, language: str, always: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.journal = journal
        self.always = always
        self.comparison: Comparison | None = None
        self.names = {t.id: t.name.in_language(language) for t in journal.bank.traits}
        self.setObjectName("comparisonPanel")
        self.setStyleSheet(
            "QGroupBox#comparisonPanel { background: palette(base); border: 1px solid"
            " palette(midlight); border-radius: 6px; margin-top: 0px; }"
        )
        self.heading = QLabel(self.tr("Your view and theirs"))
        self.heading.setObjectName("comparisonHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.span = QComboBox()
        self.span.addItem(self.tr("All together"), "all")
        self.span.addItem(self.tr("Per quarter"), "quarter")
        self.span.setAccessibleName(self.tr("Show"))
        self.span.currentIndexChanged.connect(self._fill)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("You"), self.tr("Your prediction"), self.tr("Client"), self.tr("Coach")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calibration = QLabel()
        self.calibration.setWordWrap(True)
        self.calibration.setObjectName("calibration")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("sectionHint")
        quiet(self.note)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.span)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.calibration)
        layout.addWidget(self.note)
        self.setVisible(always)

    def show_for(self, client_name: str | None, scope: Scope | None = None) -> None:
        try:
            self.comparison = self.journal.pulse_comparison(client_name, scope=scope)
        except JournalError:
            self.comparison = None  # a view beside the others: never in the way
        self._fill()

    def rows(self) -> list[tuple[str, TraitView]]:
        """What the table shows: per trait, or per quarter and trait (over time)."""
        view = self.comparison
        if view is None:
            return []
        if self.span.currentData() == "quarter" and len(view.periods) >= 2:
            return [
                (
                    f"{period_label(start, Granularity.QUARTER)} · "
                    f"{self.names.get(t.trait_id, t.trait_id)}",
                    t,
                )
                for start, traits in view.periods
                for t in traits
            ]
        return [(self.names.get(t.trait_id, t.trait_id), t) for t in view.traits]

    def _fill(self) -> None:
        view = self.comparison
        traits = view.traits if view else ()
        self.span.setVisible(bool(view and len(view.periods) >= 2))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([label for label, _trait in rows])
        for row, (_label, trait) in enumerate(rows):
            for column, key in enumerate(COLUMNS):
                figure = getattr(trait, key)
                item = QTableWidgetItem(figure_text(figure))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(figure_tip(figure))
                self.table.setItem(row, column, item)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
        height += sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height)
        self.table.setVisible(bool(traits))
        self.calibration.setText(self._calibration_text(view) if view else "")
        self.calibration.setVisible(bool(traits))
        notes = []
        if not traits:
            notes.append(
                self.tr(
                    "No answers from a client or your coach yet. Ask a client for a short "
                    "pulse (File → Ask the Client…), then import their answers."
                )
            )
        else:
            notes.append(
                self.tr("0–100 as your own figures. –: none yet; *: too few raters for a figure.")
            )
        for held in view.held_back if view else ():
            notes.append(
                (
                    self.tr(
                        "The answers of 1 person at {client} wait for your prediction: "
                        "predict them in your next reflection on a meeting with them (or "
                        "skip it there)."
                    )
                    if held.raters == 1
                    else self.tr(
                        "The answers of {count} people at {client} wait for your prediction: "
                        "predict them in your next reflection on a meeting with them (or "
                        "skip it there)."
                    )
                ).format(count=held.raters, client=held.client_name)
            )
        self.note.setText(" ".join(notes))
        self.setVisible(self.always or bool(traits) or bool(view and view.held_back))

    def _calibration_text(self, view: Comparison) -> str:
        c = view.calibration
        locale = QLocale()
        if c.mean_difference is None:
            return self.tr(
                "How close your predictions came: not yet ({pairs} statements predicted and "
                "answered; a figure needs 4, answered by at least 2 people)."
            ).format(pairs=c.pairs)
        text = self.tr(
            "How close your predictions came: {difference} points from the clients' answers "
            "on average (1–5 scale; {pairs} statements predicted, answered by {raters} people)."
        ).format(
            difference=locale.toString(c.mean_difference, "f", 2), pairs=c.pairs, raters=c.raters
        )
        if c.bias is not None and abs(c.bias) >= 0.05:
            text += " " + (
                self.tr("You expected {value} higher than they answered.")
                if c.bias > 0
                else self.tr("You expected {value} lower than they answered.")
            ).format(value=locale.toString(abs(c.bias), "f", 2))
        points = [p for p in c.by_period if p.mean_difference is not None]
        if len(points) >= 2:  # over time: each quarter with a figure of its own
            text += " " + self.tr("Per quarter: {points}.").format(
                points=" · ".join(
                    f"{period_label(p.period, Granularity.QUARTER)} "
                    f"{locale.toString(p.mean_difference, 'f', 2)}"
                    for p in points
                )
            )
        if c.trend is not None:
            text += " " + (
                self.tr("Closer than at first ({value}).")
                if c.trend < 0
                else self.tr("Further off than at first ({value}).")
            ).format(value=locale.toString(c.trend, "f", 2))
        return text


class ClientPulsePanel(QWidget):
    """In the client view: whether a pulse is due, Ask the Client…, and the comparison
    for this client."""

    ask = Signal(str)  # the client's name

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.client_name: str | None = None
        self.suggestion = QLabel()
        self.suggestion.setObjectName("pulseSuggestion")
        self.suggestion.setWordWrap(True)
        self.ask_button = QPushButton(self.tr("&Ask the Client…"))
        self.ask_button.setAutoDefault(False)
        self.ask_button.setToolTip(
            self.tr("A short pulse: a few statements your client scores in under a minute")
        )
        self.ask_button.clicked.connect(
            lambda: self.client_name and self.ask.emit(self.client_name)
        )
        self.comparison = ComparisonPanel(journal, language)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.suggestion, 1)
        top.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.comparison)

    def follow(self, view: QWidget) -> None:
        """Show the client of ``view`` (the client view: its ``client`` and ``loaded``)
        each time it is read."""
        self._view = view
        view.loaded.connect(self._view_loaded)

    def _view_loaded(self) -> None:
        client = getattr(self._view, "client", None)
        self.show_client(client.name if client is not None else None)

    def show_client(self, client_name: str | None) -> None:
        self.client_name = client_name
        self.ask_button.setEnabled(client_name is not None and not self.journal.read_only)
        text = ""
        if client_name is not None:
            try:
                text = suggestion_text(self.journal.pulse_suggestion(client_name))
            except JournalError:
                text = ""
        self.suggestion.setText(text)
        self.comparison.show_for(client_name)
