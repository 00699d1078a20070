"""The Growth view on empty, small and larger journals: what is drawn, and the filters."""

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCharts import QAreaSeries, QHorizontalBarSeries, QLineSeries, QScatterSeries

from journal.growth.aggregation import Granularity
from journal.growth.figures import SETTLED_SHARE
from journal.model import MeetingInput, ReflectionInput
from journal.sample import demo
from ui.growth.charts import _point_text
from ui.shell.main_window import MainWindow


def make_view(qtbot, journal, settings):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    window.show_growth()
    return window, window.growth_view


def series_of(view, key, kind):
    """The series of that kind drawn (dots of a kind none of the points are, kept for
    the next change, are empty and left out)."""
    return [
        s
        for s in view.charts[key].series()
        if isinstance(s, kind) and not (isinstance(s, QScatterSeries) and s.count() == 0)
    ]


def test_the_growth_tab_is_built_when_first_opened(qtbot, journal, settings):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    assert window.growth_view is None  # QtCharts is not loaded at start
    window.tabs.setCurrentIndex(1)
    assert window.growth_view is not None
    assert window.tabs.currentWidget() is window.growth_view


def test_an_empty_journal_says_what_to_do(qtbot, journal, settings):
    _window, view = make_view(qtbot, journal, settings)
    assert view.pages.currentWidget() is view.empty
    assert "Nothing to show yet" in view.empty.text()
    assert not view.save_button.isEnabled()
    assert all(not chart.series() for chart in view.charts.values())


def test_one_reflection_draws_single_points_without_trends(qtbot, journal, settings):
    start = datetime(2026, 11, 20, 10, tzinfo=UTC)
    questions = journal.next_questions()
    journal.save(MeetingInput("A", "x", start, 60), ReflectionInput({q.id: 4 for q in questions}))
    _window, view = make_view(qtbot, journal, settings)
    dots = series_of(view, "traits", QScatterSeries)
    assert len(dots) == len(questions)  # one faded dot per trait asked, nothing else
    assert all(s.count() == 1 for s in dots)
    assert "too few answers" in view.summary.text()


def test_a_demo_year_is_drawn_per_month_with_every_trait(qtbot, journal, settings):
    demo.fill(journal, 400, 1)
    _window, view = make_view(qtbot, journal, settings)
    growth = view.current
    assert growth.granularity is Granularity.MONTH and len(growth.periods) in (12, 13)
    lines = series_of(view, "traits", QLineSeries)
    legend_names = {s.name() for s in lines}
    assert legend_names == set(view.names.values())
    listening = growth.traits["listening"]
    drawn = [s for s in series_of(view, "traits", QScatterSeries) if s.count()]
    values = sorted(round(p.y(), 6) for s in drawn for p in s.points())
    expected = sorted(
        round(p.value, 6)
        for points in growth.traits.values()
        for p in points
        if p.value is not None
    )
    assert values == expected
    assert listening[-1].value is not None and view.summary.text().startswith(
        ("Your strongest trait", "Your strongest traits")
    )
    assert len(series_of(view, "coverage", QAreaSeries)) == 2
    [bars] = series_of(view, "profile", QHorizontalBarSeries)
    assert bars.barSets()[-1].count() == 10


def test_filters_change_what_is_drawn(qtbot, journal, settings):
    demo.fill(journal, 400, 1)
    _window, view = make_view(qtbot, journal, settings)
    with qtbot.waitSignal(view.refreshed):
        view.period.setCurrentIndex(view.period.findData("quarter"))
    assert view.current.granularity is Granularity.WEEK
    assert 13 <= len(view.current.periods) <= 15
    for trait_id, action in view.trait_actions.items():
        if trait_id not in ("listening", "entree"):
            action.setChecked(False)
    assert set(view.current.traits) == {"listening", "entree"}
    assert len({s.name() for s in series_of(view, "traits", QLineSeries)}) == 2
    client = view.client.findText("Gemeente Utrecht")
    with qtbot.waitSignal(view.refreshed):
        view.client.setCurrentIndex(client)
    assert view.scope().client_ids == (view.client.itemData(client),)


def test_a_saved_reflection_refreshes_the_view(qtbot, journal, settings, monkeypatch):
    from ui.reflect.reflection_dialog import ReflectionDialog

    window, view = make_view(qtbot, journal, settings)
    assert view.current.is_empty

    def save_one(dialog):
        for row in dialog.scale_questions:
            row.set_value(4)
        dialog.client.setEditText("Gemeente Utrecht")
        dialog.title.setText("Evaluatie")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ReflectionDialog, "exec", save_one)
    with qtbot.waitSignal(view.refreshed):
        window.new_reflection()
    assert not view.current.is_empty
    assert view.client.findText("Gemeente Utrecht") > 0


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_charts_are_saved_as_png_and_svg(qtbot, journal, settings, tmp_path, suffix):
    demo.fill(journal, 120, 1)
    _window, view = make_view(qtbot, journal, settings)
    path = view.save_chart("traits", str(tmp_path / f"traits.{suffix}"))
    data = (tmp_path / f"traits.{suffix}").read_bytes()
    assert path and len(data) > 2000
    assert data.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in data[:400]


def test_clicking_a_client_shows_that_client_over_time(qtbot, journal, settings):
    demo.fill(journal, 400, 1)
    _window, view = make_view(qtbot, journal, settings)
    chart = view.charts["clients"]
    [bars] = series_of(view, "clients", QHorizontalBarSeries)
    assert len(chart.shown) == len(view.clients) == bars.barSets()[0].count()
    trusts = [c.trust.composite for c in chart.shown]
    assert trusts == sorted(trusts, reverse=True)  # best first, drawn at the top
    chosen = chart.shown[0]
    with qtbot.waitSignal(view.refreshed):
        bars.barSets()[0].clicked.emit(len(chart.shown) - 1)  # the top bar
    assert view.client.currentData() == chosen.client_id
    assert chosen.name in view.charts["traits"].title()
    [bars] = series_of(view, "clients", QHorizontalBarSeries)
    assert bars.barSets()[0].selectedBars() == [len(chart.shown) - 1]
    # The client's own figures: coverage counts only its meetings.
    held = sum(c.held for c in view.current.coverage)
    [(count,)] = journal.store.query(
        "SELECT count(*) FROM meetings WHERE client_id = ? AND local_day >= ?",
        [chosen.client_id, view.scope().first_day.isoformat()],
    )
    assert held == count
    # another bar: the same bars (only the choice moved), one refresh per click
    refreshes = []
    view.refreshed.connect(lambda: refreshes.append(1))
    other = chart.shown[2]
    bars.barSets()[0].clicked.emit(len(chart.shown) - 3)
    assert view.client.currentData() == other.client_id and len(refreshes) == 1
    [kept] = series_of(view, "clients", QHorizontalBarSeries)
    assert kept is bars and bars.barSets()[0].selectedBars() == [len(chart.shown) - 3]
    [profile] = series_of(view, "profile", QHorizontalBarSeries)
    now = profile.barSets()[-1]
    order = [t for t in journal.bank.trait_ids() if t in view.current.profile]
    drawn = [now.at(i) for i in range(now.count())][::-1]
    assert drawn == [view.current.profile[t].value for t in order]


def test_a_large_journal_over_all_time_per_quarter(qtbot, journal, settings):
    demo.fill(journal, 5000, 2)
    _window, view = make_view(qtbot, journal, settings)
    with qtbot.waitSignal(view.refreshed):
        view.period.setCurrentIndex(view.period.findData("all"))
    growth = view.current
    assert growth.granularity is Granularity.QUARTER
    assert sum(c.held for c in growth.coverage) == 5000
    [(reflected,)] = journal.store.query("SELECT count(*) FROM reflections")
    assert sum(c.reflected for c in growth.coverage) == reflected
    areas = series_of(view, "coverage", QAreaSeries)
    drawn_held = [p.y() for p in areas[0].upperSeries().points()]
    *over, going = growth.coverage
    assert going.so_far and all(not c.so_far for c in over)
    assert drawn_held == [c.held for c in over]  # the quarter going on does not dive
    held_dot, _reflected_dot = series_of(view, "coverage", QScatterSeries)
    assert [p.y() for p in held_dot.points()] == [going.held]  # beside them, "so far"
    # every trait has a line and solid dots (nothing is thin over a quarter of 5,000
    # meetings), and faded ones for the quarter not yet half over
    young = going.share < SETTLED_SHARE
    assert len(series_of(view, "traits", QScatterSeries)) == (20 if young else 10)
    assert len(series_of(view, "trust", QLineSeries)) == 5


def save_on(journal, client, day, scores=None, texts=None):
    start = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    journal.save(
        MeetingInput(client, "Overleg", start, 60), ReflectionInput(scores or {}, texts or {})
    )


def test_reflections_with_only_open_answers_draw_coverage_and_no_trait_values(
    qtbot, journal, settings
):
    for day in (date(2026, 10, 5), date(2026, 11, 2)):
        save_on(journal, "A", day, texts={"open.intended": "Luisteren"})
    _window, view = make_view(qtbot, journal, settings)
    assert view.pages.currentWidget() is not view.empty  # they were reflected on
    assert series_of(view, "traits", QScatterSeries) == []
    assert series_of(view, "traits", QLineSeries) == []
    [bars] = series_of(view, "profile", QHorizontalBarSeries)
    assert bars.barSets()[0].count() == 0  # no bars at zero
    assert sum(c.reflected for c in view.current.coverage) == 2
    assert "too few answers" in view.summary.text()


def test_a_year_with_months_gap_breaks_the_lines(qtbot, journal, settings):
    scores = {f"{trait}.1": 4 for trait in ("listening", "candour", "entree")}
    for day in (date(2025, 12, 1), date(2025, 12, 8), date(2025, 12, 15)):
        save_on(journal, "A", day, scores)
    for day in (date(2026, 9, 7), date(2026, 9, 14), date(2026, 9, 21)):
        save_on(journal, "A", day, scores)
    _window, view = make_view(qtbot, journal, settings)
    listening = [
        s for s in series_of(view, "traits", QLineSeries) if s.name() == view.names["listening"]
    ]
    assert len(listening) == 2  # December, then September onwards
    months = [date.fromordinal(int(p.x())) for s in listening for p in s.points()]
    assert date(2026, 6, 1) not in months  # the empty summer is a gap, not a zero
    coverage = {c.period: c.held for c in view.current.coverage}
    assert coverage[date(2026, 6, 1)] == 0 and coverage[date(2026, 9, 1)] == 3


def test_a_hovered_point_keeps_its_tooltip_when_the_pointer_rests(qtbot, journal, settings):
    """The chart view's scene answers a resting pointer by hiding every tooltip; the
    hovered point's words must survive that (under Xvfb they vanished after 0.7 s)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    demo.fill(journal, 60, 1)
    window, view = make_view(qtbot, journal, settings)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.wait(200)  # activation events hide tooltips: let them pass first
    chart = view.charts["traits"]
    chart.tips.show(True, "Listening, October 2026: 76 (from 34 answers)")
    assert QToolTip.isVisible() and QToolTip.text().startswith("Listening")
    viewport = chart.view.viewport()
    rest = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), viewport.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(viewport, rest)
    qtbot.wait(600)  # a hidden tooltip goes after 300 ms
    assert QToolTip.isVisible() and QToolTip.text().startswith("Listening")
    chart.tips.show(False, "")
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_long_client_name_is_shortened_not_clipped_and_whole_on_hover(qtbot, journal, settings):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QToolTip

    long = "Van der Meer Installatietechniek en Onderhoud Noord-Holland BV"
    all_parts = {t: 4 for t in ("honest_limits", "client_focus", "reassurance", "listening")}
    for client in (long, "Abc"):
        save_on(journal, client, date(2026, 11, 2), {f"{t}.1": s for t, s in all_parts.items()})
    window, view = make_view(qtbot, journal, settings)
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: view.charts["clients"].shown != [])
    chart = view.charts["clients"]
    labels = chart.categories.categories()
    metrics = QFontMetrics(chart.categories.labelsFont())
    room = chart._room()
    assert "Abc" in labels and long not in labels
    [shortened] = [label for label in labels if "…" in label]
    assert shortened.startswith("Van der") and metrics.horizontalAdvance(shortened) <= room
    row = [c.name for c in chart.shown].index(long)
    chart._hovered(True, chart._index(row))
    assert QToolTip.text().startswith(long)
    # Maximised: room for more of it.
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: chart._room() > room)
    qtbot.waitUntil(lambda: chart.categories.categories() != labels)


def test_trusts_two_axes_share_gridlines_and_months_read_as_months(qtbot, journal, settings):
    import re

    demo.fill(journal, 60, 1)
    _window, view = make_view(qtbot, journal, settings)
    chart = view.charts["trust"]
    left, right = chart.composite_axis, chart.parts_axis
    assert (left.min(), left.max(), right.min(), right.max()) == (0, 100, 0, 10)
    assert left.tickCount() == right.tickCount()  # each tick of one is a tick of the other
    assert "0–100" in left.titleText() and "1–10" in right.titleText()
    labels = view.charts["traits"].x_axis.categoriesLabels()
    assert labels and all(re.fullmatch(r"[A-Z][a-z]{2,4} \d{4}", label) for label in labels)


def test_a_change_of_client_refills_the_same_series_with_its_figures_and_words(
    qtbot, journal, settings
):
    """Series are kept while a change shows the same ones (only their points replaced):
    what is drawn, and what hovering says, follows the new figures all the same."""
    demo.fill(journal, 400, 1)
    _window, view = make_view(qtbot, journal, settings)

    def drawn(chart_key, kind):
        return sorted(
            (s.name(), round(p.x()), round(p.y(), 6))
            for s in series_of(view, chart_key, kind)
            for p in s.points()
        )

    shown = []
    for index in range(1, view.client.count()):
        with qtbot.waitSignal(view.refreshed):
            view.client.setCurrentIndex(index)
        growth = view.current
        trait_dots = sorted(
            round(p.value, 6) for ps in growth.traits.values() for p in ps if p.value is not None
        )
        assert sorted(v for _n, _x, v in drawn("traits", QScatterSeries)) == trait_dots
        composite = [round(p.value, 6) for p in growth.trust["composite"] if p.value is not None]
        assert [v for name, _x, v in drawn("trust", QLineSeries) if name == "Trust"] == composite
        areas = series_of(view, "coverage", QAreaSeries)
        whole = [c for c in growth.coverage if not c.so_far or c is growth.coverage[0]]
        assert [p.y() for p in areas[0].upperSeries().points()] == [c.held for c in whole]
        # hovering a dot says that client's figure for that period
        dots = series_of(view, "traits", QScatterSeries)[0]
        point = dots.points()[0]
        dots.hovered.emit(point, True)
        shown.append(view.charts["traits"].tips.text)
        assert shown[-1] in {
            _point_text(view.names[trait], p, growth.granularity)
            for trait, ps in growth.traits.items()
            for p in ps
            if p.value == point.y() and p.period.toordinal() == point.x()
        }
    assert len(set(shown)) > 1
    # drawn again with the same figures (a refresh after a save): the very same series
    before = {key: list(chart.series()) for key, chart in view.charts.items()}
    points = drawn("traits", QScatterSeries)
    view.refresh()
    for key in ("traits", "trust", "coverage"):
        now = view.charts[key].series()
        assert all(a is b for a, b in zip(now, before[key], strict=True))
    assert drawn("traits", QScatterSeries) == points


def test_a_chart_shown_again_in_the_same_shape_keeps_its_series_and_follows_the_new_figures(
    qtbot,
):
    """Same traits, periods and kinds of dots: the series stay, their points and what
    hovering says are the new figures'; another shape makes them anew."""
    from journal.growth.figures import Point
    from ui.growth.charts import TraitsChart

    chart = TraitsChart()
    qtbot.addWidget(chart.view)
    months = [date(2026, month, 1) for month in (9, 10, 11)]

    def show(values, counts=(40, 40, 40)):
        points = [Point(m, v, c, v) for m, v, c in zip(months, values, counts, strict=True)]
        chart.show({"listening": points}, {"listening": "Listening"}, {}, months,
                   Granularity.MONTH)  # fmt: skip
        return points

    show((50.0, 60.0, 70.0))
    made = chart.series()
    second = show((20.0, 30.0, 40.0))
    assert all(a is b for a, b in zip(chart.series(), made, strict=True))
    [line, dots, faded] = chart.series()
    assert [p.y() for p in line.points()] == [20.0, 30.0, 40.0]
    assert [p.y() for p in dots.points()] == [20.0, 30.0, 40.0] and faded.count() == 0
    dots.hovered.emit(dots.points()[1], True)
    assert chart.tips.text == _point_text("Listening", second[1], Granularity.MONTH)
    third = show((20.0, 35.0, 40.0), counts=(40, 2, 40))  # a thin period: a faded dot
    assert all(a is b for a, b in zip(chart.series(), made, strict=True))
    assert [p.y() for p in dots.points()] == [20.0, 40.0]
    assert [p.y() for p in faded.points()] == [35.0]
    faded.hovered.emit(faded.points()[0], True)
    assert chart.tips.text == _point_text("Listening", third[1], Granularity.MONTH)
    chart.show({"candour": third}, {"candour": "Candour"}, {}, months, Granularity.MONTH)
    assert not any(s in made for s in chart.series())  # another trait: made anew
