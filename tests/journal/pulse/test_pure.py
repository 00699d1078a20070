"""The pure parts: item choice, when to suggest, calibration figures, and the privacy
aggregation (at least three raters per group)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from journal.pulse import aggregate, compare, items, schedule
from journal.pulse.model import CLIENT, COACH, Rating
from journal.pulse.pulse_store import StoredPrediction, StoredRating
from journal.reflect.bank import default_bank

BANK = default_bank()
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def test_items_focus_first_then_weakest_then_bank_order():
    chosen = items.choose_items(BANK, ("reciprocity",), {"entree": 80.0, "candour": 20.0})
    assert [i.trait_id for i in chosen] == ["reciprocity", "candour", "entree", "client_focus"]
    assert len(items.choose_items(BANK, (), {})) == items.MAX_ITEMS
    assert [i.trait_id for i in items.choose_items(BANK, ("nope", "listening"), {}, 2)] == [
        "listening", "client_focus",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        items.choose_items(BANK, (), {}, 5)


def test_one_scale_read_as_the_growth_views_0_to_100():
    assert [items.to_percent(s) for s in (1, 2, 3, 4, 5)] == [0, 25, 50, 75, 100]
    assert items.is_score(3) and not items.is_score(True) and not items.is_score(6)


@pytest.mark.parametrize(
    "meetings, last_days_ago, since, answered, expected",
    [
        (2, None, 2, False, (False, "few_meetings")),
        (3, None, 3, False, (True, "first")),
        (9, 10, 1, False, (False, "waiting")),
        (9, 35, 9, True, (False, "too_soon")),  # never sooner than six weeks
        (9, 50, 6, True, (True, "meetings")),
        (9, 50, 5, True, (False, "too_soon")),
        (9, 95, 1, True, (True, "quarter")),
        (9, 95, 0, True, (False, "nothing_since")),
        (9, 95, 1, False, (True, "quarter")),  # unanswered, but long ago: ask again
    ],
)
def test_when_a_pulse_is_suggested(meetings, last_days_ago, since, answered, expected):
    last = NOW - timedelta(days=last_days_ago) if last_days_ago is not None else None
    history = schedule.History(meetings, last, since, answered)
    assert schedule.decide(history, NOW) == expected


def rating(key, score, pulse=1, item="listening.c1", kind=CLIENT, day=date(2026, 11, 2)):
    return StoredRating(pulse, kind, key, item, item.split(".")[0], score, day, 1)


def prediction(score, pulse=1, item="listening.c1", day=date(2026, 11, 2)):
    return StoredPrediction(pulse, item, item.split(".")[0], score, day)


def test_a_figure_of_others_needs_two_raters():
    assert compare.others_figure([]).value is None
    one = compare.others_figure([rating("a", 5), rating("a", 3)])
    assert (one.value, one.answers, one.raters) == (None, 2, 1)
    two = compare.others_figure([rating("a", 5), rating("b", 3)])
    assert (two.value, two.raters) == (75.0, 2)


def test_calibration_over_pulses_and_its_trend():
    q3, q4 = date(2026, 8, 3), date(2026, 11, 2)
    predictions = [
        prediction(5, 1, "listening.c1", q3), prediction(4, 1, "candour.c1", q3),
        prediction(4, 2, "listening.c1", q4), prediction(3, 2, "candour.c1", q4),
    ]  # fmt: skip
    ratings = [
        rating("a", 3, 1, "listening.c1", day=q3), rating("b", 3, 1, "listening.c1", day=q3),
        rating("a", 2, 1, "candour.c1", day=q3), rating("b", 4, 1, "candour.c1", day=q3),
        rating("c", 4, 2, "listening.c1", day=q4), rating("d", 3, 2, "listening.c1", day=q4),
        rating("c", 3, 2, "candour.c1", day=q4), rating("d", 3, 2, "candour.c1", day=q4),
        rating("x", 1, 2, "candour.c1", kind=COACH, day=q4),  # a coach: not calibration
    ]  # fmt: skip
    result = compare.calibration(predictions, ratings)
    # pairs: 5 vs 3 (+2), 4 vs 3 (+1), 4 vs 3.5 (+0.5), 3 vs 3 (0)
    assert (result.pairs, result.raters, result.pulses) == (4, 4, 2)
    assert result.mean_difference == pytest.approx(3.5 / 4)
    assert result.bias == pytest.approx(3.5 / 4)
    # per quarter only two pairs each: no figure, so no trend
    assert [p.pairs for p in result.by_period] == [2, 2]
    assert result.trend is None
    doubled = compare.calibration(predictions * 2, ratings, "quarter")
    assert doubled.trend == pytest.approx(0.25 - 1.5)  # closer in the later quarter


def test_the_same_rater_everywhere_gives_no_calibration():
    predictions = [prediction(4, p, i) for p in (1, 2) for i in ("listening.c1", "candour.c1")]
    ratings = [rating("a", 2, p, i) for p in (1, 2) for i in ("listening.c1", "candour.c1")]
    result = compare.calibration(predictions, ratings)
    assert (result.pairs, result.raters, result.mean_difference) == (4, 1, None)


def test_period_start():
    day = date(2026, 11, 25)  # a Wednesday
    assert compare.period_start(day, "week") == date(2026, 11, 23)
    assert compare.period_start(day, "month") == date(2026, 11, 1)
    assert compare.period_start(day, "quarter") == date(2026, 10, 1)


def others(kind, key, trait, score, client=1):
    return Rating(kind, key, f"{trait}.c1", trait, score, date(2026, 11, 2), client)


def test_aggregates_for_an_export_need_three_raters():
    ratings = [
        others(CLIENT, "a", "listening", 4), others(CLIENT, "b", "listening", 2, client=2),
        others(CLIENT, "c", "listening", 3, client=3), others(CLIENT, "a", "listening", 5),
        others(CLIENT, "a", "candour", 1), others(CLIENT, "b", "candour", 5, client=2),
        others(COACH, "m", "listening", 4),
    ]  # fmt: skip
    figures = {(f.kind, f.trait_id): f for f in aggregate.aggregate(ratings)}
    listening = figures[(CLIENT, "listening")]
    assert (listening.raters, listening.answers, listening.mean) == (3, 4, 3.5)
    assert listening.percent == 62.5 and not listening.withheld
    candour = figures[(CLIENT, "candour")]
    assert candour.withheld and (candour.raters, candour.answers, candour.percent) == (2, 2, None)
    assert figures[(COACH, "listening")].withheld
    per_client = aggregate.aggregate(ratings, per_client=True)
    assert all(f.withheld for f in per_client)  # one client is never three raters here
    shown = aggregate.aggregate(ratings, per_client=True, min_raters=1)  # the advisor chose
    assert {(f.trait_id, f.client_id): f.mean for f in shown if f.kind == CLIENT} == {
        ("candour", 1): 1, ("candour", 2): 5,
        ("listening", 1): 4.5, ("listening", 2): 2, ("listening", 3): 3,
    }  # fmt: skip
    with pytest.raises(ValueError):
        aggregate.aggregate(ratings, min_raters=0)
