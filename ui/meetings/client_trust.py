"""The client view's trust over time: the Trust Equation and its four parts, per week,
month or quarter. The chart comes from ``ui.growth.charts`` (the only QtCharts user),
loaded with the first chart: the client view paints first without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from journal.errors import JournalError
from journal.growth.aggregation import ClientTrust, Granularity, Scope
from journal.growth.figures import Growth
from journal.service import Journal
from ui.common import messages
from ui.meetings.client_widgets import empty_note, heading

if TYPE_CHECKING:
    from ui.growth.charts import TrustChart

# Periods on the chart: per month, unless that gives too few or too many points.
FEW_PERIODS, MANY_PERIODS = 3, 36


class TrustPanel(QWidget):
    def __init__(self, journal: Journal):
        super().__init__()
        self.journal = journal
        self.client_id: int | None = None
        self.growth: Growth | None = None
        self.client_trust: list[ClientTrust] = []  # the client's mean trust (or nothing)
        self.trust_chart: TrustChart | None = None  # made for the first client with trust
        self.granularity = QComboBox()
        for value, label in (
            ("week", self.tr("per week")),  # journal.aggregation.Granularity's values
            ("month", self.tr("per month")),
            ("quarter", self.tr("per quarter")),
        ):
            self.granularity.addItem(label, value)
        self.granularity.setCurrentIndex(1)
        self.granularity.currentIndexChanged.connect(self._granularity_chosen)
        trust_row = QHBoxLayout()
        trust_row.addWidget(heading(self.tr("&Trust over time"), self.granularity), 1)
        trust_row.addWidget(self.granularity)
        self.no_trust = empty_note()
        self.trust_pages = QStackedWidget()
        self.trust_pages.addWidget(self.no_trust)
        self.trust_pages.setMinimumHeight(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 6)
        layout.addLayout(trust_row)
        layout.addWidget(self.trust_pages, 1)

    def clear(self) -> None:
        """Blank, for the moment before the figures are read."""
        self.growth, self.client_trust = None, []
        self.no_trust.clear()
        self.trust_pages.setCurrentWidget(self.no_trust)
        self.granularity.setEnabled(False)

    def read(self, client_id: int | None, choose: bool) -> None:
        """Read the client's trust figures (raises JournalError); ``choose``: per month,
        per week for a short history, per quarter for a long one."""
        self.client_id = client_id
        self.growth = None
        if client_id is None:
            return
        scope = Scope(client_ids=(client_id,))
        if choose:
            growth = self.journal.growth(Granularity.MONTH, scope)
            granularity = Granularity.MONTH
            if len(growth.periods) > MANY_PERIODS:
                granularity = Granularity.QUARTER
            elif 0 < len(growth.periods) <= FEW_PERIODS:
                granularity = Granularity.WEEK
            if granularity is not Granularity.MONTH:
                growth = self.journal.growth(granularity, scope)
            self.granularity.blockSignals(True)
            self.granularity.setCurrentIndex(self.granularity.findData(granularity.value))
            self.granularity.blockSignals(False)
        else:
            growth = self.journal.growth(Granularity(self.granularity.currentData()), scope)
        self.client_trust = self.journal.client_trust(scope)
        self.growth = growth

    def _granularity_chosen(self) -> None:
        try:
            self.read(self.client_id, choose=False)
        except JournalError as error:
            messages.show_error(self, error)
        self.draw()

    def draw(self) -> None:
        growth = self.growth
        has_trust = growth is not None and any(
            p.value is not None for p in growth.trust.get("composite", [])
        )
        self.granularity.setEnabled(has_trust)
        if not has_trust:
            self.no_trust.setText(
                self.tr(
                    "No trust to show yet. Once you reflect on a meeting with this client, "
                    "the Trust Equation and its four parts appear here over time."
                )
            )
            if self.trust_chart is not None:
                self.trust_chart.clear()
            self.trust_pages.setCurrentWidget(self.no_trust)
            return
        chart = self._chart()
        labels = {
            "composite": self.tr("Trust"), "credibility": self.tr("Credibility"),
            "reliability": self.tr("Reliability"), "intimacy": self.tr("Intimacy"),
            "self_orientation": self.tr("Self-orientation"),
        }  # fmt: skip
        chart.show(growth.trust, labels, growth.periods, growth.granularity)
        self.trust_pages.setCurrentWidget(chart.view)

    def _chart(self) -> TrustChart:
        if self.trust_chart is None:
            # The lazy point for QtCharts (130–170 ms to load on the development
            # machine): the view's first paint, its meetings, comes without it.
            from ui.growth.charts import TrustChart

            self.trust_chart = TrustChart()
            self.trust_chart.chart.setTitle("")  # the heading above says it
            self.trust_chart.view.setMinimumHeight(240)
            self.trust_chart.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.trust_pages.addWidget(self.trust_chart.view)
        return self.trust_chart

    def retheme(self) -> None:
        """The system went from light to dark or back."""
        if self.trust_chart is not None:
            self.trust_chart.retheme()
            self.draw()
