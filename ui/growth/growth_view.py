"""The Growth view: how each trusted-advisor trait develops, at a glance.

Filters on top (period, per week/month/quarter, client, traits), the summary in words,
then the charts. Everything comes from ``Journal.growth``; charts are built by
``ui.growth.charts`` (the only QtCharts user), imported with this module when the view first opens.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.growth.aggregation import Granularity, Scope
from journal.growth.figures import balance, select
from journal.service import Journal
from ui.common import messages, period_text
from ui.common.labels import keys, name_for_screen_readers, sized
from ui.growth import charts
from ui.growth.growth_summary import kept_table, kept_text, summary_rule, summary_text

# (key, days back from today; None for everything). "custom" shows two date fields.
PERIODS = (("month", 30), ("quarter", 91), ("year", 365), ("all", None), ("custom", None))
DEFAULT_GRANULARITY = {"month": "week", "quarter": "week", "year": "month", "all": "quarter"}

STYLE = """
QLabel#growthSummary { font-size: 1.15em; padding: 10px; border-radius: 6px;
                       background: rgba(43, 95, 138, 28); border: 1px solid rgba(43, 95, 138, 90); }
QLabel#emptyGrowth { font-size: 1.3em; }
"""


class GrowthView(QWidget):
    refreshed = Signal()

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.language = language
        self.setStyleSheet(sized(STYLE))
        self.names = {t.id: t.name.in_language(language) for t in journal.bank.traits}
        # A trait keeps its colour whichever traits are shown.
        self.colours = {
            t.id: charts.COLOURS[i % len(charts.COLOURS)] for i, t in enumerate(journal.bank.traits)
        }

        self.period = QComboBox()
        labels = {
            "month": self.tr("Last month"), "quarter": self.tr("Last quarter"),
            "year": self.tr("Last year"), "all": self.tr("All time"), "custom": self.tr("Custom…"),
        }  # fmt: skip
        for key, _days in PERIODS:
            self.period.addItem(labels[key], key)
        self.period.setCurrentIndex(self.period.findData("year"))
        self.first_day, self.last_day = QDateEdit(), QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
            edit.dateChanged.connect(self.refresh)
        name_for_screen_readers(self.first_day, self.tr("First day of the period"))
        name_for_screen_readers(self.last_day, self.tr("Last day of the period"))
        self.granularity = QComboBox()
        for value, label in (
            (Granularity.WEEK, self.tr("per week")),
            (Granularity.MONTH, self.tr("per month")),
            (Granularity.QUARTER, self.tr("per quarter")),
        ):
            self.granularity.addItem(label, value)
        self.granularity.setCurrentIndex(self.granularity.findData(Granularity.MONTH))
        self.client = QComboBox()
        self.client.addItem(self.tr("All clients"), None)
        self.traits_button = QToolButton()
        self.traits_button.setText(self.tr("&Traits"))
        self.traits_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.traits_menu = QMenu(self)
        self.trait_actions: dict[str, QAction] = {}
        for trait in journal.bank.traits:
            action = self.traits_menu.addAction(self.names[trait.id])
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self.redraw)
            self.trait_actions[trait.id] = action
        self.traits_button.setMenu(self.traits_menu)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("&Save chart…"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_menu = QMenu(self)
        self.save_button.setMenu(self.save_menu)

        controls = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        client_label = QLabel(self.tr("C&lient:"))
        client_label.setBuddy(self.client)
        for widget in (
            period_label,
            self.period,
            self.first_day,
            self.last_day,
            self.granularity,
            client_label,
            self.client,
            self.traits_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.save_button)

        self.summary = QLabel()
        self.summary.setObjectName("growthSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(10)
        self.charts: dict[str, charts.Chart] = {
            "traits": charts.TraitsChart(),
            "trust": charts.TrustChart(),
            "profile": charts.ProfileChart(),
            "coverage": charts.CoverageChart(),
            "clients": charts.ClientsChart(self.choose_client),
        }
        positions = {"traits": (0, 0, 1, 2), "trust": (1, 0, 1, 1), "profile": (1, 1, 1, 1),
                     "coverage": (2, 0, 1, 1), "clients": (2, 1, 1, 1)}  # fmt: skip
        # Issue 21: telling and asking in the reflections, and the transcripts' figures,
        # per period: counts as a table, never a score.
        self.words_trend = QLabel()
        self.words_trend.setObjectName("wordsTrend")
        self.words_trend.setTextFormat(Qt.TextFormat.RichText)
        self.words_trend.setWordWrap(True)
        self.grid.addWidget(self.words_trend, 3, 0, 1, 2)
        for key, chart in self.charts.items():
            self.grid.addWidget(chart.view, *positions[key])
            action = self.save_menu.addAction(chart.base_title + "…")
            action.triggered.connect(lambda _checked=False, key=key: self.save_chart(key))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Growth charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)

        self.empty = QLabel(
            self.tr(
                "<p><b>Nothing to show yet.</b></p><p>Your growth appears here once you have "
                "reflected on a few client meetings: press {keys} after your next meeting. "
                "Choose a longer period above if you have reflected before.</p>"
            ).format(keys=keys(QKeySequence.StandardKey.New))
        )
        self.empty.setObjectName("emptyGrowth")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(scroll)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.granularity.currentIndexChanged.connect(self.refresh)
        self.client.currentIndexChanged.connect(lambda: self.refresh(clients_too=False))
        self.reload_clients()
        self.refresh()

    def add_panel(self, widget: QWidget) -> None:
        """A panel another feature draws under the charts (placed by ``ui.shell.features``;
        it follows ``refreshed``, reading ``scope()`` and ``client_name()``)."""
        self.grid.addWidget(widget, self.grid.rowCount(), 0, 1, 2)

    def client_name(self) -> str | None:
        """The client chosen above (None: all clients)."""
        return self.client.currentText() if self.client.currentData() is not None else None

    # -- state ------------------------------------------------------------------------

    def scope(self) -> Scope:
        key = self.period.currentData()
        client = self.client.currentData()
        clients = (client,) if client is not None else ()
        if key == "custom":
            first = self.first_day.date().toPython()
            last = self.last_day.date().toPython()
            return Scope(min(first, last), max(first, last) + timedelta(days=1), clients)
        days = dict(PERIODS)[key]
        if days is None:
            return Scope(client_ids=clients)
        end = self.today() + timedelta(days=1)
        return Scope(end - timedelta(days=days), end, clients)

    def today(self) -> date:
        return self.journal.clock().astimezone().date()

    def chosen_traits(self) -> tuple[str, ...]:
        return tuple(t for t, action in self.trait_actions.items() if action.isChecked())

    def reload_clients(self) -> None:
        chosen = self.client.currentData()
        self.client.blockSignals(True)
        while self.client.count() > 1:
            self.client.removeItem(1)
        for client in self.journal.clients():
            self.client.addItem(client.name, client.id)
        index = self.client.findData(chosen)
        self.client.setCurrentIndex(max(0, index))
        self.client.blockSignals(False)

    def show_span(self, first: date, last: date, granularity: Granularity) -> None:
        """Show exactly these days (a reviewed summary's period)."""
        for widget in (self.period, self.first_day, self.last_day, self.granularity):
            widget.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData("custom"))
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setVisible(True)
        self.granularity.setCurrentIndex(self.granularity.findData(granularity))
        for widget in (self.period, self.first_day, self.last_day, self.granularity):
            widget.blockSignals(False)
        self.refresh()

    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        if custom:
            today = self.today()
            for edit, day in ((self.first_day, today - timedelta(days=90)), (self.last_day, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for edit in (self.first_day, self.last_day):
            edit.setVisible(custom)
        if key in DEFAULT_GRANULARITY:
            self.granularity.blockSignals(True)
            self.granularity.setCurrentIndex(
                self.granularity.findData(Granularity(DEFAULT_GRANULARITY[key]))
            )
            self.granularity.blockSignals(False)
        self.refresh()

    # -- drawing ----------------------------------------------------------------------

    def refresh(self, clients_too: bool = True) -> None:
        """Read the figures for the current filters and redraw (after a save too).

        Choosing traits only redraws; choosing a client leaves the per-client chart,
        which compares all clients, as it was."""
        scope = self.scope()
        granularity = Granularity(self.granularity.currentData())
        try:
            self.loaded = self.journal.growth(granularity, scope)
            self.kept = self.journal.kept_counts(scope)
            if clients_too or not hasattr(self, "clients"):
                self.clients = self.journal.client_trust(Scope(scope.first_day, scope.end_day))
            mirror = self.journal.mirror
            self.words = (
                mirror.trend(granularity.value, scope, self.language) if mirror.enabled() else [],
                self.journal.transcripts.trend(granularity.value, scope),
            )
        except JournalError as error:
            messages.show_error(self, error)
            return
        self.redraw()

    def choose_client(self, client_id: int) -> None:
        """Show one client over time (clicking its bar in the clients chart)."""
        index = self.client.findData(client_id)
        if index >= 0:
            self.client.setCurrentIndex(index)

    def redraw(self) -> None:
        """Draw what was read, for the traits now chosen."""
        focus = self.journal.profile().focus_traits
        growth = select(self.loaded, self.chosen_traits(), focus)
        granularity = growth.granularity
        self.current = growth
        if growth.is_empty:
            for chart in self.charts.values():
                chart.clear()
            self.summary.hide()
            self.pages.setCurrentWidget(self.empty)
            self.save_button.setEnabled(False)
            self.refreshed.emit()
            return
        kept = kept_text(self.kept, self.names) if hasattr(self, "kept") else ""
        self.summary.setText(" ".join(filter(None, [summary_text(growth, self.names), kept])))
        self.summary.setToolTip(
            "\n\n".join(
                filter(None, [summary_rule(), kept_table(self.kept, self.names) if kept else ""])
            )
        )
        self.summary.show()
        self.pages.setCurrentWidget(self.pages.widget(1))
        self.save_button.setEnabled(True)
        trust_labels = {
            "composite": self.tr("Trust"), "credibility": self.tr("Credibility"),
            "reliability": self.tr("Reliability"), "intimacy": self.tr("Intimacy"),
            "self_orientation": self.tr("Self-orientation"),
        }  # fmt: skip
        client = self.client.currentText() if self.client.currentData() is not None else ""
        shown = self.charts
        shown["traits"].show(growth.traits, self.names, self.colours, growth.periods, granularity)
        shown["trust"].show(growth.trust, trust_labels, growth.periods, granularity)
        shown["profile"].show(
            growth.profile, growth.previous_profile, self.names,
            [t for t in self.journal.bank.trait_ids() if t in self.chosen_traits()],
            self.tr("This period"), self.tr("The period before"),
        )  # fmt: skip
        shown["coverage"].show(growth.coverage, granularity)
        shown["clients"].show(self.clients, self.client.currentData())
        for key in ("traits", "trust", "coverage"):
            shown[key].set_subtitle(client)
        shown["profile"].set_subtitle(", ".join(filter(None, [client, self._balance_text(growth)])))
        self._show_words(granularity)
        self.refreshed.emit()

    def _show_words(self, granularity: Granularity) -> None:
        """Telling and asking in the reflections, and the transcripts, per period (the
        latest six): counts, shown as context, never as a target."""
        told, transcribed = getattr(self, "words", ([], []))
        mirror = {p.first_day: p for p in told}
        figures = {p.first_day: p for p in transcribed}
        periods = sorted(set(mirror) | set(figures))[-6:]
        if not periods:
            self.words_trend.hide()
            return
        head = [
            self.tr("Period"), self.tr("Telling"), self.tr("Asking"),
            self.tr("Transcripts"), self.tr("You spoke"), self.tr("Questions (open)"),
            self.tr("Directions (early)"),
        ]  # fmt: skip
        rows = []
        for first in periods:
            m, f = mirror.get(first), figures.get(first)
            cells = [period_text.period_label(first, granularity)]
            cells += [str(m.telling), str(m.asking)] if m else ["–", "–"]
            if f:
                cells += [
                    str(f.meetings), f"{round(f.advisor_share * 100)}%",
                    f"{f.questions_open + f.questions_closed} ({f.questions_open})",
                    f"{f.directions} ({f.directions_early})",
                ]  # fmt: skip
            else:
                cells += ["–"] * 4
            rows.append(cells)

        def row(cells: list[str], tag: str = "td") -> str:
            return (
                "<tr>"
                + "".join(
                    f"<{tag} style='padding: 2px 10px; text-align: left;'>{escape(c)}</{tag}>"
                    for c in cells
                )
                + "</tr>"
            )

        table = row(head, "th") + "".join(row(cells) for cells in rows)
        self.words_trend.setText(
            "<p><b>" + escape(self.tr("Your words and your transcripts")) + "</b><br>"
            + escape(self.tr(
                "Telling and asking phrases in your reflections, and the figures of the "
                "meetings you added a transcript to. Counts to look at, not targets."
            ))
            + "</p><table>" + table + "</table>"
        )  # fmt: skip
        self.words_trend.show()

    def _balance_text(self, growth) -> str:
        value = balance(growth.profile)
        if value is None:
            return ""
        return self.tr("balance {value}/100 (100: all traits equally strong)").format(
            value=round(value)
        )

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "current"):
            for chart in self.charts.values():
                chart.retheme()
            self.redraw()

    def save_chart(self, key: str, path: str | None = None) -> str | None:
        """Save one chart as PNG or SVG (by the file name's ending); returns the path."""
        view = self.charts[key].view
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                f"{key}.png",
                self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            )
            if not path:
                return None
        try:
            charts.save(view, path)
        except OSError as error:
            messages.show_error(self, JournalError(str(error)))
            return None
        return path
