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
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip

from journal.aggregation import ClientTrust, Granularity, Mean
from journal.growth import Coverage, Point

# Ten colours that stay apart on light and dark backgrounds (Tableau 10).
COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
FADED_ALPHA = 90


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def is_dark() -> bool:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
    )
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setBackgroundRoundness(6)
    return chart


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def period_label(period: date, granularity: Granularity) -> str:
    locale = QLocale()
    qdate = QDate(period.year, period.month, period.day)
    if granularity is Granularity.WEEK:
        return tr("week of {date}").format(date=locale.toString(qdate, "d MMM yyyy"))
    if granularity is Granularity.MONTH:
        return locale.toString(qdate, "MMMM yyyy")
    return tr("Q{quarter} {year}").format(quarter=(period.month - 1) // 3 + 1, year=period.year)


def _x(period: date) -> float:
    return float(
        QDateTime(QDate(period.year, period.month, period.day), QTime(0, 0)).toMSecsSinceEpoch()
    )


def _time_axis(periods: Sequence[date], granularity: Granularity) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    axis.setFormat("d MMM yy" if granularity is Granularity.WEEK else "MMM yy")
    axis.setTruncateLabels(False)
    first, last = periods[0], periods[-1]
    axis.setRange(
        QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0)),
        QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0)),
    )
    axis.setTickCount(min(7, max(2, len(periods))))
    return axis


def _value_axis(low: float, high: float, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.applyNiceNumbers()  # round ticks: 0, 20, 40 … rather than 0, 11, 22 …
    axis.setLabelFormat("%g")
    axis.setTitleText(title)
    return axis


def _attach(chart: QChart, series: QAbstractSeries, x_axis, y_axis) -> None:
    chart.addSeries(series)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


def _hide_from_legend(chart: QChart, series: QAbstractSeries) -> None:
    for marker in chart.legend().markers(series):
        marker.setVisible(False)


def _segments(
    points: Sequence[Point], value: Callable[[Point], float | None]
) -> list[list[QPointF]]:
    """Runs of consecutive points that have a value: lines break at gaps."""
    runs: list[list[QPointF]] = [[]]
    for point in points:
        y = value(point)
        if y is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(QPointF(_x(point.period), y))
    return [run for run in runs if run]


def _line(
    chart, x_axis, y_axis, points, value, colour: QColor, width: float, name: str, legend: bool
):
    for index, run in enumerate(_segments(points, value)):
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(colour, width))
        series.append(run)
        _attach(chart, series, x_axis, y_axis)
        if index > 0 or not legend:
            _hide_from_legend(chart, series)


def _dots(chart, x_axis, y_axis, points, colour: QColor, describe: Callable[[Point], str]) -> list:
    """Solid dots for periods that rest on enough answers, faded ones for thin periods."""
    made = []
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
        series.append([QPointF(_x(p.period), p.value) for p in chosen])
        series.hovered.connect(
            lambda point, state, by_x=by_x: _tip(
                state, describe(by_x.get(point.x())) if by_x.get(point.x()) else ""
            )
        )
        _attach(chart, series, x_axis, y_axis)
        _hide_from_legend(chart, series)
        made.append(series)
    return made


def _tip(state: bool, text: str) -> None:
    if state and text:
        QToolTip.showText(QCursor.pos(), text)
    else:
        QToolTip.hideText()


def traits_chart(
    series_by_trait: dict[str, list[Point]],
    names: dict[str, str],
    periods: Sequence[date],
    granularity: Granularity,
) -> QChart:
    """A line (the rolling mean) and dots (each period) per trait, 0–100."""
    chart = new_chart(tr("Traits over time"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # room for the full names
    x_axis, y_axis = _time_axis(periods, granularity), _value_axis(0, 100)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for index, (trait_id, points) in enumerate(series_by_trait.items()):
        colour = QColor(COLOURS[index % len(COLOURS)])
        name = names.get(trait_id, trait_id)
        _line(chart, x_axis, y_axis, points, lambda p: p.rolling, colour, 2.5, name, True)
        _dots(
            chart,
            x_axis,
            y_axis,
            points,
            colour,
            lambda p, name=name: _point_text(name, p, granularity),
        )
    return chart


def trust_chart(
    trust: dict[str, list[Point]],
    labels: dict[str, str],
    periods: Sequence[date],
    granularity: Granularity,
) -> QChart:
    """The composite (left axis) with its four parts beside it (right axis, 1–10)."""
    chart = new_chart(tr("Trust over time"))
    x_axis = _time_axis(periods, granularity)
    parts_axis = _value_axis(1, 10, tr("parts (1–10)"))
    values = [p.value for p in trust["composite"] if p.value is not None]
    composite_axis = _value_axis(0, max(10.0, max(values, default=0) * 1.15), tr("trust"))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(composite_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(parts_axis, Qt.AlignmentFlag.AlignRight)
    composite = trust["composite"]
    colour = QColor("#2b5f8a") if not is_dark() else QColor("#8cc4f0")
    _line(
        chart,
        x_axis,
        composite_axis,
        composite,
        lambda p: p.value,
        colour,
        3.5,
        labels["composite"],
        True,
    )
    _dots(
        chart,
        x_axis,
        composite_axis,
        composite,
        colour,
        lambda p: _point_text(labels["composite"], p, granularity, decimals=1),
    )
    for index, part in enumerate(("credibility", "reliability", "intimacy", "self_orientation")):
        part_colour = QColor(COLOURS[(index + 1) % len(COLOURS)])
        pen_width = 1.5
        _line(
            chart,
            x_axis,
            parts_axis,
            trust[part],
            lambda p: p.value,
            part_colour,
            pen_width,
            labels[part],
            True,
        )
    return chart


def profile_chart(
    profile: dict[str, Mean],
    previous: dict[str, Mean],
    names: dict[str, str],
    order: Sequence[str],
    this_label: str,
    previous_label: str,
) -> QChart:
    """Each trait's mean in the chosen span against the span before it, 0–100."""
    chart = new_chart(tr("Profile"))
    now_set, before_set = QBarSet(this_label), QBarSet(previous_label)
    now_set.setColor(QColor(COLOURS[0]))
    before = QColor(COLOURS[9])
    before_set.setColor(before)
    for trait_id in order:
        now_set.append(profile[trait_id].value if trait_id in profile else 0)
        before_set.append(previous[trait_id].value if trait_id in previous else 0)
    series = QHorizontalBarSeries()
    if previous:
        series.append(before_set)
    series.append(now_set)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.setTruncateLabels(False)
    categories.append([names.get(t, t) for t in order])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    axis = _value_axis(0, 100)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(axis)
    return chart


def coverage_chart(coverage: Sequence[Coverage], granularity: Granularity) -> QChart:
    """Client meetings held and reflected on per period: the habit, not a streak."""
    chart = new_chart(tr("Meetings reflected on"))
    periods = [c.period for c in coverage]
    x_axis = _time_axis(periods, granularity)
    most = max((c.held for c in coverage), default=0)
    y_axis = _value_axis(0, max(1, most) * 1.1)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
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
        _attach(chart, area, x_axis, y_axis)
    return chart


def clients_chart(clients: Sequence[ClientTrust], limit: int = 10) -> QChart:
    """Mean trust per client, best first (at most ``limit``)."""
    chart = new_chart(tr("Trust per client"))
    shown = list(clients[:limit])[::-1]  # horizontal bars draw bottom-up
    bars = QBarSet(tr("trust"))
    bars.setColor(QColor(COLOURS[0]))
    bars.append([c.trust.composite for c in shown])
    series = QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.setTruncateLabels(False)
    categories.append([_unique_label(c, shown) for c in shown])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    axis = _value_axis(0, max((c.trust.composite for c in shown), default=10) * 1.15)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(axis)
    chart.legend().hide()
    return chart


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
    from PySide6.QtCore import QSaveFile, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    if path.lower().endswith(".svg"):
        generator = QSvgGenerator()
        generator.setFileName(path)
        size = view.size()
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(view.rect())
        generator.setTitle(view.chart().title())
        painter = QPainter(generator)
        view.render(painter)
        if not painter.end():
            raise OSError(tr("could not write {path}").format(path=path))
        return
    image = view.grab()
    out = QSaveFile(path)
    if (
        not out.open(QSaveFile.OpenModeFlag.WriteOnly)
        or not image.save(out, "PNG")
        or not out.commit()
    ):
        raise OSError(
            tr("could not write {path}: {reason}").format(path=path, reason=out.errorString())
        )
