"""Every chart of the growth view. The only module that imports QtCharts (deprecated since
Qt 6.10: keeping it here means one file to change when it goes), loaded when the growth
view first opens, never at start-up.

Charts are honest about thin data: a period without answers is a gap, a period with few
answers is drawn faded, and hovering a point says what it rests on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, QSaveFile, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip

from journal.growth.aggregation import ClientTrust, Granularity, Mean
from journal.growth.figures import ROLLING_PERIODS, Coverage, Point
from ui.common.palette import COLOURS, TRUST_COLOUR
from ui.common.period_text import period_label, tick_label

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


def _tip(state: bool, text: str) -> None:
    if state and text:
        QToolTip.showText(QCursor.pos(), text)
    else:
        QToolTip.hideText()


class Chart:
    """One chart and its view, made once and refilled by ``show`` on every change:
    series are replaced, the chart, its axes and its view stay (rebuilding them all
    cost more than the queries)."""

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
        self.view.setMinimumHeight(minimum_height)

    def title(self) -> str:
        return self.chart.title()

    def set_subtitle(self, text: str) -> None:
        self.chart.setTitle(self.base_title + (" · " + text if text else ""))

    def series(self) -> list[QAbstractSeries]:
        return self.chart.series()

    def clear(self) -> None:
        self.chart.removeAllSeries()  # removes and deletes them

    def retheme(self) -> None:
        apply_theme(self.chart)

    def _add(self, series: QAbstractSeries, *axes: QAbstractAxis, legend: bool = True) -> None:
        self.chart.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)
        if not legend:
            _hide_from_legend(self.chart, series)

    def _line(
        self,
        points,
        value,
        colour: QColor,
        width: float,
        name: str,
        *axes,
        bridge: int = 0,
        markers: bool = False,
    ) -> None:
        """The values as a line that breaks at gaps (longer than ``bridge`` periods),
        with small markers if asked (so a lone period shows); one legend entry."""
        for index, run in enumerate(_segments(points, value, bridge)):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(colour, width))
            if markers:
                series.setPointsVisible(True)
                series.setMarkerSize(width + 3)
            series.append(run)
            self._add(series, *axes, legend=index == 0)

    def _dots(self, points, colour: QColor, describe: Callable[[Point], str], *axes) -> None:
        """Solid dots for periods resting on enough answers, faded ones for thin periods;
        hovering one says what it rests on."""
        for thin in (False, True):
            chosen = [p for p in points if p.value is not None and p.thin == thin]
            if not chosen:
                continue
            series = QScatterSeries()
            shade = QColor(colour)
            if thin:
                shade.setAlpha(FADED_ALPHA)
            series.setColor(shade)
            series.setBorderColor(shade)
            series.setMarkerSize(9 if not thin else 7)
            by_x = {_x(p.period): p for p in chosen}
            series.append([QPointF(x, p.value) for x, p in by_x.items()])
            series.hovered.connect(
                lambda point, state, by_x=by_x: _tip(
                    state, describe(by_x[point.x()]) if point.x() in by_x else ""
                )
            )
            self._add(series, *axes, legend=False)


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

    def set_periods(self, periods: Sequence[date], granularity: Granularity) -> None:
        """Label every period, or every second, third … when there are many; leave half
        a period's room at both ends so the first and last dots are whole."""
        for label in self.x_axis.categoriesLabels():
            self.x_axis.remove(label)
        step = -(-len(periods) // self.MAX_LABELS)
        for period in periods[::step]:
            self.x_axis.append(tick_label(period, granularity), _x(period))
        pad = self.HALF_PERIOD_DAYS[granularity]
        self.x_axis.setRange(_x(periods[0]) - pad, _x(periods[-1]) + pad)


def _value_axis(chart: QChart, alignment: Qt.AlignmentFlag, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%g")
    axis.setTitleText(title)
    chart.addAxis(axis, alignment)
    return axis


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
        self.clear()
        self.set_periods(periods, granularity)
        for trait_id, points in series_by_trait.items():
            colour = QColor(colours.get(trait_id, COLOURS[0]))
            name = names.get(trait_id, trait_id)
            axes = (self.x_axis, self.y_axis)
            # The rolling mean still holds answers across a gap shorter than its window.
            self._line(
                points, lambda p: p.rolling, colour, 2.5, name, *axes, bridge=ROLLING_PERIODS - 1
            )
            self._dots(
                points, colour, lambda p, name=name: _point_text(name, p, granularity), *axes
            )


TRUST_PARTS = ("credibility", "reliability", "intimacy", "self_orientation")


class TrustChart(TimeChart):
    """The composite (left axis) with its four parts beside it (right axis, 1–10)."""

    def __init__(self):
        super().__init__("trust", tr("Trust over time"))
        self.composite_axis = _value_axis(self.chart, Qt.AlignmentFlag.AlignLeft, tr("trust"))
        self.parts_axis = _value_axis(self.chart, Qt.AlignmentFlag.AlignRight, tr("parts (1–10)"))
        _set_range(self.parts_axis, 1, 10)

    def show(
        self,
        trust: dict[str, list[Point]],
        labels: dict[str, str],
        periods: Sequence[date],
        granularity: Granularity,
    ) -> None:
        self.clear()
        self.set_periods(periods, granularity)
        composite = trust["composite"]
        highest = max((p.value for p in composite if p.value is not None), default=0)
        _set_range(self.composite_axis, 0, max(10.0, highest * 1.15))
        colour = QColor("#8cc4f0") if is_dark() else QColor(TRUST_COLOUR)
        axes = (self.x_axis, self.composite_axis)
        self._line(composite, lambda p: p.value, colour, 3.5, labels["composite"], *axes)
        self._dots(
            composite,
            colour,
            lambda p: _point_text(labels["composite"], p, granularity, decimals=1),
            *axes,
        )
        for index, part in enumerate(TRUST_PARTS):
            part_colour = QColor(COLOURS[(index + 1) % len(COLOURS)])
            self._line(
                trust[part], lambda p: p.value, part_colour, 1.5, labels[part],
                self.x_axis, self.parts_axis, markers=True,
            )  # fmt: skip


class BarChart(Chart):
    """Horizontal bars with a category per row and a value axis along the bottom."""

    def __init__(self, key: str, title: str, minimum_height: int = 300):
        super().__init__(key, title, minimum_height)
        self.categories = QBarCategoryAxis()
        self.categories.setTruncateLabels(False)
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        self.values = _value_axis(self.chart, Qt.AlignmentFlag.AlignBottom)

    def set_bars(
        self,
        labels: Sequence[str],
        sets: Sequence[tuple[str, QColor, Sequence[float]]],
        high: float,
    ) -> list[QBarSet]:
        """One bar set per (name, colour, values), a value per label; the first label
        at the top (horizontal bars are drawn bottom-up)."""
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
        self.clear()
        self.set_periods([c.period for c in coverage], granularity)
        most = max((c.held for c in coverage), default=0)
        _set_range(self.y_axis, 0, max(1, most) * 1.1)
        for label, value, colour in (
            (tr("held"), lambda c: c.held, QColor(COLOURS[9])),
            (tr("reflected on"), lambda c: c.reflected, QColor(COLOURS[4])),
        ):
            upper = QLineSeries()
            upper.append([QPointF(_x(c.period), value(c)) for c in coverage])
            area = QAreaSeries(upper)
            upper.setParent(area)  # an area series does not own its line; Python would free it
            area.setName(label)
            fill = QColor(colour)
            fill.setAlpha(170)
            area.setBrush(fill)
            area.setPen(QPen(colour, 1.5))
            self._add(area, self.x_axis, self.y_axis)


class ClientsChart(BarChart):
    """Clients compared: the mean trust per client, best first (at most ``LIMIT``); the
    chosen client stands out, and clicking a bar chooses that client."""

    LIMIT = 12

    def __init__(self, choose: Callable[[int], None]):
        super().__init__("clients", tr("Trust per client"))
        self.chart.legend().hide()
        self.choose = choose
        self.shown: list[ClientTrust] = []

    def show(self, clients: Sequence[ClientTrust], chosen: int | None) -> None:
        self.shown = list(clients[: self.LIMIT])
        if chosen is not None and chosen not in [c.client_id for c in self.shown]:
            self.shown += [c for c in clients if c.client_id == chosen]
        labels = [_unique_label(c, self.shown) for c in self.shown]
        high = max((c.trust.composite for c in self.shown), default=10) * 1.15
        values = [c.trust.composite for c in self.shown]
        [bars] = self.set_bars(labels, [(tr("trust"), QColor(COLOURS[0]), values)], high)
        bars.setSelectedColor(QColor(COLOURS[1]))
        for row, client in enumerate(self.shown):
            if client.client_id == chosen:
                bars.setBarSelected(self._index(row), True)
        bars.hovered.connect(self._hovered)
        bars.clicked.connect(lambda index: self._clicked(self._index(index)))

    def _index(self, row: int) -> int:
        """Bar index for a row and back (the bars run bottom-up)."""
        return len(self.shown) - 1 - row

    def _hovered(self, state: bool, index: int) -> None:
        row = self._index(index)
        if not state or not 0 <= row < len(self.shown):
            _tip(False, "")
            return
        client = self.shown[row]
        value = QLocale().toString(client.trust.composite, "f", 1)
        _tip(
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


def _point_text(name: str, point: Point, granularity: Granularity, decimals: int = 0) -> str:
    value = QLocale().toString(point.value or 0.0, "f", decimals)
    template = (
        tr("{name}, {period}: {value} (from {count} reflections)")
        if decimals
        else tr("{name}, {period}: {value} (from {count} answers)")
    )
    text = template.format(
        name=name, period=period_label(point.period, granularity), value=value, count=point.count
    )
    if point.thin:
        text += "\n" + tr("Few answers: read this point with care.")
    return text


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
    out = QSaveFile(path)
    if (
        not out.open(QSaveFile.OpenModeFlag.WriteOnly)
        or not image.save(out, "PNG")
        or not out.commit()
    ):
        raise OSError(
            tr("Could not write {path}: {reason}").format(path=path, reason=out.errorString())
        )
