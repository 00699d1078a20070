"""Every chart of the growth view. The only module that imports QtCharts (deprecated since
Qt 6.10: keeping it here means one file to change when it goes), loaded when the growth
view first opens, never at start-up.

Charts are honest about thin data: a period without answers is a gap, a period with few
answers is drawn faded, and hovering a point says what it rests on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QObject,
    QPointF,
    QSaveFile,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip

from journal.growth.aggregation import ClientTrust, Granularity, Mean
from journal.growth.figures import (
    MIN_ANSWERS,
    ROLLING_PERIODS,
    SETTLED_SHARE,
    Coverage,
    Point,
    next_period,
)
from ui.common.labels import scaled
from ui.common.palette import COLOURS, TRUST_COLOUR
from ui.common.period_text import period_label, so_far_label, tick_labels
from ui.common.trust_text import trust_value

FADED_ALPHA = 90


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def is_dark() -> bool:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def apply_theme(chart: QChart) -> None:
    """The light or dark chart theme, after the application palette (resets colours)."""
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundRoundness(6)


def _x(period: date) -> float:
    """Where ``period`` sits along a time axis: its day number (plain Python, cheap)."""
    return float(period.toordinal())


def _hide_from_legend(chart: QChart, series: QAbstractSeries) -> None:
    for marker in chart.legend().markers(series):
        marker.setVisible(False)


def _segments(
    points: Sequence[Point], value: Callable[[Point], float | None], bridge: int = 0
) -> list[list[QPointF]]:
    """Runs of points that have a value: a line breaks where more than ``bridge``
    periods in a row have none."""
    runs: list[list[QPointF]] = [[]]
    missing = 0
    for point in points:
        y = value(point)
        if y is None:
            missing += 1
            continue
        if missing > bridge and runs[-1]:
            runs.append([])
        missing = 0
        runs[-1].append(QPointF(_x(point.period), y))
    return [run for run in runs if run]


class Tips(QObject):
    """The hovered point's words, shown where the pointer is, and kept shown.

    A chart view is a QGraphicsView: when the pointer rests (``QEvent.ToolTip``) its
    scene looks for an item's own tooltip, finds none and hides every tooltip, which
    took ours away 0.7 s after it appeared under a real pointer (offscreen tests never
    rest). The view's viewport answers that event here instead."""

    def __init__(self, view: QChartView):
        super().__init__(view)
        self.viewport = view.viewport()
        self.text = ""
        self.viewport.installEventFilter(self)

    def show(self, state: bool, text: str) -> None:
        self.text = text if state else ""
        if self.text:
            QToolTip.showText(QCursor.pos(), self.text, self.viewport)
        else:
            QToolTip.hideText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport and event.type() == QEvent.Type.ToolTip:
            if self.text:
                QToolTip.showText(QCursor.pos(), self.text, self.viewport)
            return True
        return False


class Resized(QObject):
    """Calls ``then`` after ``widget`` changed size."""

    def __init__(self, widget, then: Callable[[], None]):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.then()
        return False


@dataclass
class _Planned:
    """A series a chart will show: made by ``make`` the first time, refilled with
    ``points`` when the chart shows the same series again. ``style`` is everything
    ``make`` sets (a change of it makes the series anew)."""

    key: tuple
    style: tuple
    make: Callable[[], QXYSeries | QAreaSeries]
    points: list[QPointF]
    axes: tuple[QAbstractAxis, ...]
    legend: bool = True
    hover: Callable[[QPointF, bool], None] | None = None


class Chart:
    """One chart and its view, made once and refilled by ``show`` on every change. The
    chart, its axes and its view stay; so do its series while a change shows the same
    ones in the same styles (a new period or client: only their points are replaced),
    else they are made anew, in order (adding and removing series, with their legend
    entries, was most of the cost of a redraw)."""

    def __init__(self, key: str, title: str, minimum_height: int = 300):
        self.key = key
        self.base_title = title
        self.chart = QChart()
        apply_theme(self.chart)
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.tips = Tips(self.view)
        self.view.setMinimumHeight(scaled(minimum_height))  # the legend grows with the font
        self._name_view(title)
        self._planned: list[_Planned] = []
        self._shape: list[tuple] = []  # (key, style) of each series shown, in order
        self._shown: dict[tuple, QAbstractSeries] = {}
        self._hover: dict[tuple, Callable[[QPointF, bool], None]] = {}

    def title(self) -> str:
        return self.chart.title()

    def set_subtitle(self, text: str) -> None:
        title = self.base_title + (" · " + text if text else "")
        if title != self.chart.title():  # a new title lays the chart out again
            self.chart.setTitle(title)
            self._name_view(title)

    def _name_view(self, title: str) -> None:
        """A screen reader names the chart (its view and the viewport that takes the
        focus) by its title."""
        self.view.setAccessibleName(title)
        self.view.viewport().setAccessibleName(title)

    def series(self) -> list[QAbstractSeries]:
        return self.chart.series()

    def clear(self) -> None:
        self.chart.removeAllSeries()  # removes and deletes them
        self._shape, self._shown, self._hover = [], {}, {}

    def retheme(self) -> None:
        apply_theme(self.chart)  # resets the series' colours: the next show makes them anew
        self._shape = []

    def _add(self, series: QAbstractSeries, *axes: QAbstractAxis, legend: bool = True) -> None:
        self.chart.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)
        if not legend:
            _hide_from_legend(self.chart, series)

    def _plan(self, planned: _Planned) -> None:
        self._planned.append(planned)

    def _draw_planned(self) -> None:
        """Show the series planned since the last call: the same ones refilled, or all
        made anew."""
        planned, self._planned = self._planned, []
        shape = [(p.key, p.style) for p in planned]
        if shape != self._shape:
            self.clear()
            for p in planned:
                series = p.make()
                _fill(series, p.points)
                self._add(series, *p.axes, legend=p.legend)
                if p.hover is not None:
                    series.hovered.connect(
                        lambda point, state, key=p.key: self._hover[key](point, state)
                    )
                self._shown[p.key] = series
            self._shape = shape
        else:
            for p in planned:
                _fill(self._shown[p.key], p.points)
        self._hover = {p.key: p.hover for p in planned if p.hover is not None}

    def _line(
        self,
        key: tuple,
        points,
        value,
        colour: QColor,
        width: float,
        name: str,
        *axes,
        bridge: int = 0,
        markers: bool = False,
        hover: Callable[[QPointF, bool], None] | None = None,
    ) -> None:
        """The values as a line that breaks at gaps (longer than ``bridge`` periods),
        with small markers if asked (so a lone period shows); one legend entry."""

        def make() -> QLineSeries:
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(colour, width))
            if markers:
                series.setPointsVisible(True)
                series.setMarkerSize(width + 3)
            return series

        style = ("line", colour.rgba(), width, name, markers)
        for index, run in enumerate(_segments(points, value, bridge)):
            self._plan(_Planned((*key, index), style, make, run, axes, index == 0, hover))

    def _dots(
        self, key: tuple, points, colour: QColor, describe: Callable[[Point], str], *axes
    ) -> None:
        """Solid dots for periods resting on enough answers, faded ones for thin periods
        and for a period not yet half over; hovering one says what it rests on. Both
        series are there even when one is empty, so the next change can refill them."""
        for thin in (False, True):
            chosen = [p for p in points if p.value is not None and _faded(p) == thin]
            shade = QColor(colour)
            if thin:
                shade.setAlpha(FADED_ALPHA)

            def make(shade=shade, thin=thin) -> QScatterSeries:
                series = QScatterSeries()
                series.setColor(shade)
                series.setBorderColor(shade)
                series.setMarkerSize(9 if not thin else 7)
                return series

            by_x = {_x(p.period): p for p in chosen}
            self._plan(
                _Planned(
                    (*key, "dots", thin),
                    ("dots", shade.rgba(), thin),
                    make,
                    [QPointF(x, p.value) for x, p in by_x.items()],
                    axes,
                    legend=False,
                    hover=lambda point, state, by_x=by_x: self.tips.show(
                        state, describe(by_x[point.x()]) if point.x() in by_x else ""
                    ),
                )
            )


def _fill(series: QAbstractSeries, points: list[QPointF]) -> None:
    if isinstance(series, QAreaSeries):
        series.upperSeries().replace(points)
    else:
        series.replace(points)


class TimeChart(Chart):
    """A chart over time: labels on the first days of the periods along the bottom."""

    MAX_LABELS = 7
    HALF_PERIOD_DAYS = {Granularity.WEEK: 3.5, Granularity.MONTH: 15, Granularity.QUARTER: 45}

    def __init__(self, key: str, title: str, minimum_height: int = 300):
        super().__init__(key, title, minimum_height)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setTruncateLabels(False)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self._labelled: tuple = ()

    def set_periods(self, periods: Sequence[date], granularity: Granularity) -> None:
        """Label every period, or every second, third … when there are many; leave half
        a period's room at both ends so the first and last dots are whole. The same
        labels (another client, the same span) are left as they are: new ones lay the
        chart out again."""
        step = -(-len(periods) // self.MAX_LABELS)
        labelled = list(periods[::step])
        pad = self.HALF_PERIOD_DAYS[granularity]
        wanted = (
            tuple(zip(labelled, tick_labels(labelled, granularity), strict=True)),
            _x(periods[0]) - pad,
            _x(periods[-1]) + pad,
        )
        if wanted == self._labelled:
            return
        for label in self.x_axis.categoriesLabels():
            self.x_axis.remove(label)
        for period, label in wanted[0]:
            self.x_axis.append(label, _x(period))
        self.x_axis.setRange(wanted[1], wanted[2])
        self._labelled = wanted


def _value_axis(chart: QChart, alignment: Qt.AlignmentFlag, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%g")
    axis.setTitleText(title)
    chart.addAxis(axis, alignment)
    return axis


def _fixed_axis(axis: QValueAxis, low: float, high: float, ticks: int) -> None:
    """A fixed range with ``ticks`` ticks: two axes with the same count share gridlines."""
    axis.setRange(low, high)
    axis.setTickCount(ticks)


def _set_range(axis: QValueAxis, low: float, high: float) -> None:
    axis.setRange(low, high)
    axis.applyNiceNumbers()  # round ticks: 0, 20, 40 … rather than 0, 11, 22 …


class TraitsChart(TimeChart):
    """A line (the rolling mean) and dots (each period) per trait, 0–100."""

    def __init__(self):
        super().__init__("traits", tr("Traits over time"), 360)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # room for the names
        self.y_axis = _value_axis(self.chart, Qt.AlignmentFlag.AlignLeft)
        _set_range(self.y_axis, 0, 100)

    def show(
        self,
        series_by_trait: dict[str, list[Point]],
        names: dict[str, str],
        colours: dict[str, str],
        periods: Sequence[date],
        granularity: Granularity,
    ) -> None:
        self.set_periods(periods, granularity)
        for trait_id, points in series_by_trait.items():
            colour = QColor(colours.get(trait_id, COLOURS[0]))
            name = names.get(trait_id, trait_id)
            axes = (self.x_axis, self.y_axis)
            # The rolling mean still holds answers across a gap shorter than its window.
            self._line(
                (trait_id,), points, lambda p: p.rolling, colour, 2.5, name, *axes,
                bridge=ROLLING_PERIODS - 1,
            )  # fmt: skip
            self._dots(
                (trait_id,), points, colour,
                lambda p, name=name: _point_text(name, p, granularity), *axes,
            )  # fmt: skip
        self._draw_planned()


TRUST_PARTS = ("credibility", "reliability", "intimacy", "self_orientation")


class TrustChart(TimeChart):
    """Trust (left axis, 0–100) with its four parts beside it (right axis, 1–10). The two
    axes tick at the same heights (0, 20 … 100 and 0, 2 … 10), so one set of gridlines
    serves both."""

    TICKS = 6

    def __init__(self):
        super().__init__("trust", tr("Trust over time"))
        self.composite_axis = _value_axis(
            self.chart, Qt.AlignmentFlag.AlignLeft, tr("trust (0–100)")
        )
        self.parts_axis = _value_axis(
            self.chart,
            Qt.AlignmentFlag.AlignRight,
            tr("parts (1–10)"),
        )
        _fixed_axis(self.composite_axis, 0, 100, self.TICKS)
        _fixed_axis(self.parts_axis, 0, 10, self.TICKS)
        self.parts_axis.setGridLineVisible(False)
        self.parts_axis.setMinorGridLineVisible(False)

    def show(
        self,
        trust: dict[str, list[Point]],
        labels: dict[str, str],
        periods: Sequence[date],
        granularity: Granularity,
    ) -> None:
        self.set_periods(periods, granularity)
        composite = trust["composite"]
        colour = QColor("#8cc4f0") if is_dark() else QColor(TRUST_COLOUR)
        axes = (self.x_axis, self.composite_axis)
        self._line(("composite",), composite, lambda p: p.value, colour, 3.5,
                   labels["composite"], *axes)  # fmt: skip
        self._dots(
            ("composite",),
            composite,
            colour,
            lambda p: _point_text(labels["composite"], p, granularity, kind="trust"),
            *axes,
        )
        for index, part in enumerate(TRUST_PARTS):
            part_colour = QColor(COLOURS[(index + 1) % len(COLOURS)])
            name = labels[part]
            if part == "self_orientation":
                name = tr("{part} (lower is better)").format(part=name)
            by_x = {_x(p.period): p for p in trust[part] if p.value is not None}
            self._line(
                (part,), trust[part], lambda p: p.value, part_colour, 1.5, name,
                self.x_axis, self.parts_axis, markers=True,
                hover=lambda point, state, by_x=by_x, name=labels[part], part=part: self.tips.show(
                    state,
                    _point_text(name, by_x[_nearest(by_x, point.x())], granularity, kind=part)
                    if by_x
                    else "",
                ),
            )  # fmt: skip
        self._draw_planned()


class BarChart(Chart):
    """Horizontal bars with a category per row and a value axis along the bottom."""

    def __init__(self, key: str, title: str, minimum_height: int = 300):
        super().__init__(key, title, minimum_height)
        self.categories = QBarCategoryAxis()
        self.categories.setTruncateLabels(False)
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        self.values = _value_axis(self.chart, Qt.AlignmentFlag.AlignBottom)
        self.fresh = True  # the last set_bars made its bars (not refilled them)

    def set_bars(
        self,
        labels: Sequence[str],
        sets: Sequence[tuple[str, QColor, Sequence[float]]],
        high: float,
    ) -> list[QBarSet]:
        """One bar set per (name, colour, values), a value per label; the first label
        at the top (horizontal bars are drawn bottom-up). The same labels and sets as
        shown keep their bars, with the new values (``fresh`` says which happened)."""
        shape = [("bars", tuple(labels), tuple((name, colour.rgba()) for name, colour, _v in sets))]
        if shape == self._shape:
            [series] = self.chart.series()
            made = series.barSets()
            for bar_set, (_name, _colour, values) in zip(made, sets, strict=True):
                for index, value in enumerate(reversed(values)):
                    if bar_set.at(index) != value:
                        bar_set.replace(index, value)
            self.fresh = False
            return made
        self.clear()
        self.categories.clear()
        self.categories.append(list(labels)[::-1])
        series = QHorizontalBarSeries()
        made = []
        for name, colour, values in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(colour)
            bar_set.append(list(values)[::-1])
            series.append(bar_set)
            made.append(bar_set)
        self._add(series, self.categories, self.values)
        _set_range(self.values, 0, high)
        self._shape, self.fresh = shape, True
        return made


class ProfileChart(BarChart):
    """Each trait's mean in the chosen span against the span before it, 0–100."""

    def __init__(self):
        super().__init__("profile", tr("Profile"), 360)

    def show(
        self,
        profile: dict[str, Mean],
        previous: dict[str, Mean],
        names: dict[str, str],
        order: Sequence[str],
        this_label: str,
        previous_label: str,
    ) -> None:
        order = [t for t in order if t in profile]  # a trait without answers gets no bar, not 0
        now = [profile[t].value if t in profile else 0 for t in order]
        before = [previous[t].value if t in previous else 0 for t in order]
        sets = [(this_label, QColor(COLOURS[0]), now)]
        if previous:
            sets.insert(0, (previous_label, QColor(COLOURS[9]), before))
        self.set_bars([names.get(t, t) for t in order], sets, 100)


class CoverageChart(TimeChart):
    """Client meetings held and reflected on per period: the habit, not a streak."""

    def __init__(self):
        super().__init__("coverage", tr("Meetings reflected on"))
        self.y_axis = _value_axis(self.chart, Qt.AlignmentFlag.AlignLeft)

    def show(self, coverage: Sequence[Coverage], granularity: Granularity) -> None:
        """Areas over the periods that are over; a period still going on is two faded
        dots beside them ("so far"), so a young month does not look like a collapse."""
        self.set_periods([c.period for c in coverage], granularity)
        most = max((c.held for c in coverage), default=0)
        _set_range(self.y_axis, 0, max(1, most) * 1.1)
        whole = [c for c in coverage if not c.so_far or c is coverage[0]]
        going = [c for c in coverage if c not in whole]
        axes = (self.x_axis, self.y_axis)
        for label, value, colour in (
            (tr("held"), lambda c: c.held, QColor(COLOURS[9])),
            (tr("reflected on"), lambda c: c.reflected, QColor(COLOURS[4])),
        ):
            # The dots of a period still going on: there even when empty, so the next
            # change can refill them.
            shade = QColor(colour)
            shade.setAlpha(FADED_ALPHA + 60)

            def dots(shade=shade, colour=colour) -> QScatterSeries:
                series = QScatterSeries()
                series.setColor(shade)
                series.setBorderColor(QColor(colour))
                series.setMarkerSize(10)
                return series

            by_x = {_x(c.period): c for c in going}
            self._plan(
                _Planned(
                    (label, "going"),
                    ("dots", shade.rgba(), colour.rgba()),
                    dots,
                    [QPointF(_x(c.period), value(c)) for c in going],
                    axes,
                    legend=False,
                    hover=lambda point, state, by_x=by_x: self.tips.show(
                        state,
                        _coverage_text(by_x[point.x()], granularity) if point.x() in by_x else "",
                    ),
                )
            )

            def area(label=label, colour=colour) -> QAreaSeries:
                upper = QLineSeries()
                made = QAreaSeries(upper)
                upper.setParent(made)  # an area series does not own its line; Python would free it
                made.setName(label)
                fill = QColor(colour)
                fill.setAlpha(170)
                made.setBrush(fill)
                made.setPen(QPen(colour, 1.5))
                return made

            self._plan(
                _Planned(
                    (label, "area"),
                    ("area", colour.rgba()),
                    area,
                    [QPointF(_x(c.period), value(c)) for c in whole],
                    axes,
                )
            )
        self._draw_planned()


class ClientsChart(BarChart):
    """Clients compared: the mean trust per client, best first (at most ``LIMIT``); the
    chosen client stands out, and clicking a bar chooses that client."""

    LIMIT = 12
    LABEL_SHARE = 0.4  # of the chart's width, at most, for a client's name

    def __init__(self, choose: Callable[[int], None]):
        super().__init__("clients", tr("Trust per client"))
        self.chart.legend().hide()
        self.choose = choose
        self.shown: list[ClientTrust] = []
        self._drawn: tuple[Sequence[ClientTrust], int | None] = ((), None)
        self._label_width = 0
        self._resized = Resized(self.view, self._refit)

    def show(self, clients: Sequence[ClientTrust], chosen: int | None) -> None:
        self._drawn = (clients, chosen)
        self.shown = list(clients[: self.LIMIT])
        if chosen is not None and chosen not in [c.client_id for c in self.shown]:
            self.shown += [c for c in clients if c.client_id == chosen]
        self._label_width = self._room()
        labels = [self._fit(_unique_label(c, self.shown)) for c in self.shown]
        values = [c.trust.composite for c in self.shown]
        [bars] = self.set_bars(labels, [(tr("trust"), QColor(COLOURS[0]), values)], 100)
        if self.fresh:
            bars.setSelectedColor(QColor(COLOURS[1]))
            bars.hovered.connect(self._hovered)
            bars.clicked.connect(lambda index: self._clicked(self._index(index)))
        for row, client in enumerate(self.shown):
            selected = client.client_id == chosen
            if bars.isBarSelected(self._index(row)) != selected:
                bars.setBarSelected(self._index(row), selected)

    def _room(self) -> int:
        return max(120, int(self.view.width() * self.LABEL_SHARE))

    def _fit(self, name: str) -> str:
        """A long name cut short with "…" rather than clipped at the chart's edge; the
        bar's hover text has it whole."""
        metrics = QFontMetrics(self.categories.labelsFont())
        return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, self._label_width)

    def _refit(self) -> None:
        if self.shown and self._room() != self._label_width:
            self.show(*self._drawn)

    def _index(self, row: int) -> int:
        """Bar index for a row and back (the bars run bottom-up)."""
        return len(self.shown) - 1 - row

    def _hovered(self, state: bool, index: int) -> None:
        row = self._index(index)
        if not state or not 0 <= row < len(self.shown):
            self.tips.show(False, "")
            return
        client = self.shown[row]
        value = trust_value(client.trust.composite)
        self.tips.show(
            True,
            tr("{client}: trust {value} (from {count} reflections)").format(
                client=client.name, value=value, count=client.trust.count
            )
            + "\n"
            + tr("Click to see this client over time."),
        )

    def _clicked(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.choose(self.shown[row].client_id)


def _unique_label(client: ClientTrust, shown: Sequence[ClientTrust]) -> str:
    same = [c for c in shown if c.name == client.name]
    return client.name if len(same) == 1 else f"{client.name} ({client.client_id})"


def _faded(point: Point) -> bool:
    return point.thin or point.share < SETTLED_SHARE


def _nearest(by_x: dict[float, Point], x: float) -> float:
    return min(by_x, key=lambda key: abs(key - x))


def _point_text(name: str, point: Point, granularity: Granularity, kind: str = "trait") -> str:
    """What a hovered point shows and rests on; ``kind``: "trait", "trust" or a trust
    part. Says why a point is left out of the summary's sentences."""
    period = (
        so_far_label(point.period, granularity)
        if point.so_far
        else period_label(point.period, granularity)
    )
    value = point.value or 0.0
    if kind == "trait":
        text = tr("{name}, {period}: {value} (from {count} answers)").format(
            name=name, period=period, value=QLocale().toString(round(value)), count=point.count
        )
    elif kind == "trust":
        text = tr("{name}, {period}: {value} of 100 (from {count} reflections)").format(
            name=name, period=period, value=trust_value(value), count=point.count
        ) + "\n" + tr("50: the four parts even; higher is better.")  # fmt: skip
    else:
        text = tr("{name}, {period}: {value} of 10 (from {count} reflections)").format(
            name=name, period=period, value=QLocale().toString(value, "f", 1), count=point.count
        )
        if kind == "self_orientation":
            text += "\n" + tr("Self-orientation: lower is better.")
        return text
    if point.share < SETTLED_SHARE:
        text += "\n" + tr(
            "Only {days} of its days have gone by: the summary leaves it out until half "
            "of the period has."
        ).format(days=_days_gone(point, granularity))
    elif point.thin:
        text += "\n" + tr(
            "Few answers (fewer than {count}): read this point with care; the summary "
            "does not compare it."
        ).format(count=MIN_ANSWERS)
    return text


def _days_gone(point: Point, granularity: Granularity) -> str:
    total = (next_period(point.period, granularity) - point.period).days
    return tr("{gone} of {total}").format(gone=round(point.share * total), total=total)


def _coverage_text(cover: Coverage, granularity: Granularity) -> str:
    return tr("{period}: {held} held, {reflected} reflected on").format(
        period=so_far_label(cover.period, granularity), held=cover.held, reflected=cover.reflected
    )


def save(view: QChartView, path: str) -> None:
    """Write the chart to ``path``: SVG (sharp at any size) for .svg, else PNG."""
    if path.lower().endswith(".svg"):
        from PySide6.QtSvg import QSvgGenerator  # only to save a chart as SVG

        generator = QSvgGenerator()
        generator.setFileName(path)
        size = view.size()
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(view.rect())
        generator.setTitle(view.chart().title())
        painter = QPainter(generator)
        view.render(painter)
        if not painter.end():
            raise OSError(tr("Could not write {path}.").format(path=path))
        return
    image = view.grab()
    from journal.store.files import refuse_open_journal

    refuse_open_journal(path)  # OSError: never over the journal this app has open
    out = QSaveFile(path)
    if (
        not out.open(QSaveFile.OpenModeFlag.WriteOnly)
        or not image.save(out, "PNG")
        or not out.commit()
    ):
        raise OSError(
            tr("Could not write {path}: {reason}").format(path=path, reason=out.errorString())
        )
