"""The report's charts as SVG text: vector in the HTML file (inline) and in the PDF
(drawn by QSvgRenderer), identical in both, and small. Plain SVG Tiny 1.2 elements
only, because that is what QtSvg draws.

Honest like the growth view: a period without answers is a gap in the line, a period
resting on fewer than three answers is a hollow point.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QLocale

from journal.growth.aggregation import Granularity
from journal.growth.figures import SETTLED_SHARE, Point
from journal.reflect.bank import TRUST_PARTS
from ui.common.palette import COLOURS, TRUST_COLOUR
from ui.common.period_text import tick_labels

WIDTH = 720
PLOT_HEIGHT = 220
LEFT, RIGHT, TOP = 44, 44, 12
LEGEND_ROW = 18
LEGEND_COLUMNS = 3
MAX_TICKS = 12
# The bundled family first (the PDF draws these through Qt); a browser showing the HTML
# export without it falls back to the next.
FONT = 'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="11"'


class Line:
    def __init__(self, label: str, points: Sequence[Point], colour: str, width: float, right=False):
        self.label, self.points, self.colour, self.width = label, points, colour, width
        self.right = right  # drawn against the right-hand axis


def traits_chart(
    traits: dict[str, list[Point]],
    names: dict[str, str],
    colours: dict[str, str],
    periods: Sequence[date],
    granularity: Granularity,
) -> str:
    lines = [Line(names[t], points, colours[t], 2) for t, points in traits.items()]
    return _chart(lines, periods, granularity, (0, 100), None)


PANEL_COLUMNS = 3
PANEL_HEIGHT = 84  # the plot of one trait's small chart
PANEL_GAP = 14
PANEL_TITLE = 18
FOCUS_FILL = "#eef4fa"


def trait_panels(
    traits: dict[str, list[Point]],
    names: dict[str, str],
    colours: dict[str, str],
    periods: Sequence[date],
    granularity: Granularity,
    focus: Sequence[str],
    focus_label: str,
) -> str:
    """Small multiples: one little chart per trait, all on 0–100 and the same periods,
    three to a row; focus traits first, framed and shaded, their line thicker."""
    order = [t for t in traits if t in focus] + [t for t in traits if t not in focus]
    rows = -(-len(order) // PANEL_COLUMNS)
    panel_width = (WIDTH - 2 * 8 - (PANEL_COLUMNS - 1) * PANEL_GAP) / PANEL_COLUMNS
    panel_height = PANEL_TITLE + PANEL_HEIGHT + 22
    height = rows * (panel_height + PANEL_GAP)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    labels = tick_labels(list(periods), granularity)
    for index, trait_id in enumerate(order):
        left = 8 + (index % PANEL_COLUMNS) * (panel_width + PANEL_GAP)
        top = (index // PANEL_COLUMNS) * (panel_height + PANEL_GAP)
        is_focus = trait_id in focus
        if is_focus:
            out.append(
                f'<rect x="{left - 4:.1f}" y="{top:.1f}" width="{panel_width + 8:.1f}" '
                f'height="{panel_height:.1f}" fill="{FOCUS_FILL}" stroke="{TRUST_COLOUR}" '
                'stroke-width="1.5"/>'
            )
        title = names.get(trait_id, trait_id) + (f" · {focus_label}" if is_focus else "")
        weight = ' font-weight="bold"' if is_focus else ""
        out.append(
            f'<text x="{left:.1f}" y="{top + 13:.1f}" text-anchor="start" fill="#222222" '
            f"{FONT}{weight}>{escape(title)}</text>"
        )
        plot_left, plot_right = left + 26, left + panel_width - 6
        plot_top = top + PANEL_TITLE + 2
        bottom = plot_top + PANEL_HEIGHT - 10

        def x(i: int, plot_left=plot_left, plot_right=plot_right) -> float:
            if len(periods) == 1:
                return (plot_left + plot_right) / 2
            return plot_left + 4 + i * (plot_right - plot_left - 8) / (len(periods) - 1)

        def y(value: float, bottom=bottom, plot_top=plot_top) -> float:
            return bottom - value / 100 * (bottom - plot_top)

        for tick in (0, 50, 100):
            out.append(
                f'<line x1="{plot_left:.1f}" y1="{y(tick):.1f}" x2="{plot_right:.1f}" '
                f'y2="{y(tick):.1f}" stroke="#dddddd" stroke-width="1"/>'
            )
            out.append(_text(plot_left - 4, y(tick) + 4, _number(tick), "end"))
        if periods:
            out.append(_text(x(0), bottom + 15, labels[0], "start"))
            if len(periods) > 1:
                out.append(_text(x(len(periods) - 1), bottom + 15, labels[-1], "end"))
        line = Line(names.get(trait_id, trait_id), traits[trait_id], colours[trait_id],
                    2.5 if is_focus else 1.5)  # fmt: skip
        out.extend(_series(line, x, y))
    out.append("</svg>")
    return "\n".join(out)


def trust_chart(
    trust: dict[str, list[Point]],
    labels: dict[str, str],
    periods: Sequence[date],
    granularity: Granularity,
) -> str:
    composite = trust["composite"]
    lines = [Line(labels["composite"], composite, TRUST_COLOUR, 3.5)]
    for index, part in enumerate(TRUST_PARTS):
        colour = COLOURS[(index + 1) % len(COLOURS)]
        lines.append(Line(labels[part], trust[part], colour, 1.5, right=True))
    # Trust 0–100 on the left, the parts 0–10 on the right: the same five gridlines.
    return _chart(lines, periods, granularity, (0, 100), (0, 10))


def _chart(
    lines: list[Line],
    periods: Sequence[date],
    granularity: Granularity,
    left_range: tuple[float, float],
    right_range: tuple[float, float] | None,
) -> str:
    legend_rows = -(-len(lines) // LEGEND_COLUMNS)
    height = TOP + PLOT_HEIGHT + 28 + legend_rows * LEGEND_ROW + 6
    plot_width = WIDTH - LEFT - RIGHT
    bottom = TOP + PLOT_HEIGHT

    def x(index: int) -> float:
        if len(periods) == 1:
            return LEFT + plot_width / 2
        return LEFT + 8 + index * (plot_width - 16) / (len(periods) - 1)

    def y(value: float, scale: tuple[float, float]) -> float:
        low, high = scale
        return bottom - (value - low) / (high - low) * PLOT_HEIGHT

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    for tick in _ticks(left_range):
        ty = y(tick, left_range)
        out.append(
            f'<line x1="{LEFT}" y1="{ty:.1f}" x2="{WIDTH - RIGHT}" y2="{ty:.1f}" '
            'stroke="#dddddd" stroke-width="1"/>'
        )
        out.append(_text(LEFT - 6, ty + 4, _number(tick), "end"))
    if right_range:
        for tick in _ticks(right_range):
            out.append(_text(WIDTH - RIGHT + 6, y(tick, right_range) + 4, _number(tick), "start"))
    out.append(
        f'<line x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" '
        'stroke="#888888" stroke-width="1"/>'
    )
    step = max(1, -(-len(periods) // MAX_TICKS))
    shown = list(range(0, len(periods), step))
    for index, label in zip(
        shown, tick_labels([periods[i] for i in shown], granularity), strict=True
    ):
        out.append(_text(x(index), bottom + 16, label, "middle"))
    for line in lines:
        scale = right_range if line.right and right_range else left_range
        out.extend(_series(line, x, lambda v, s=scale: y(v, s)))
    legend_top = bottom + 28
    column_width = (WIDTH - 2 * LEFT) / LEGEND_COLUMNS
    for index, line in enumerate(lines):
        lx = LEFT + (index % LEGEND_COLUMNS) * column_width
        ly = legend_top + (index // LEGEND_COLUMNS) * LEGEND_ROW
        out.append(
            f'<line x1="{lx:.1f}" y1="{ly + 6}" x2="{lx + 18:.1f}" y2="{ly + 6}" '
            f'stroke="{line.colour}" stroke-width="{max(2.0, line.width)}"/>'
        )
        out.append(_text(lx + 24, ly + 10, line.label, "start"))
    out.append("</svg>")
    return "\n".join(out)


def _series(line: Line, x, y) -> list[str]:
    out: list[str] = []
    segment: list[str] = []
    for index, point in enumerate([*line.points, None]):
        if point is not None and point.value is not None:
            segment.append(f"{x(index):.1f},{y(point.value):.1f}")
            continue
        if len(segment) > 1:
            out.append(
                f'<polyline points="{" ".join(segment)}" fill="none" stroke="{line.colour}" '
                f'stroke-width="{line.width}" stroke-linejoin="round"/>'
            )
        segment = []
    for index, point in enumerate(line.points):
        if point.value is None:
            continue
        fill = "#ffffff" if point.thin or point.share < SETTLED_SHARE else line.colour
        out.append(
            f'<circle cx="{x(index):.1f}" cy="{y(point.value):.1f}" r="3" fill="{fill}" '
            f'stroke="{line.colour}" stroke-width="1.5"/>'
        )
    return out


def _ticks(scale: tuple[float, float]) -> list[float]:
    low, high = scale
    step = (high - low) / 4
    return [low + i * step for i in range(5)]


def _number(value: float) -> str:
    if abs(value - round(value)) < 0.05:
        return QLocale().toString(round(value))
    return QLocale().toString(value, "f", 1)  # 7,5 in Dutch


def _text(x: float, y: float, text: str, anchor: str) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="#333333" {FONT}>'
        f"{escape(text)}</text>"
    )
