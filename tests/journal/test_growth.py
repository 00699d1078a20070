"""Growth figures against a small journal whose averages are worked out by hand."""

from datetime import UTC, date, datetime

import pytest

from journal.growth import figures
from journal.growth.aggregation import (
    Granularity,
    Mean,
    Scope,
    activity,
    client_trust,
    span,
    trait_means,
)
from journal.growth.figures import Point, balance, periods, series
from journal.model import MeetingInput, ReflectionInput
from journal.service import Journal

MARCH, APRIL, MAY = date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)
T21, T2_1 = 92.254902000712, 42.254902000712  # the trust scores of ratios 21 and 2.1


@pytest.fixture
def utc(local_zone):
    """Local time = UTC, so the hand-worked days below are the advisor's days."""
    local_zone("UTC")


def plain(journal, trait_id):
    """A question of the trait that is not reversed: score s is worth (s − 1) × 25."""
    return next(q.id for q in journal.bank.trait(trait_id).questions if not q.reversed)


@pytest.fixture
def worked(utc, data_dir):
    j = Journal.open(data_dir)

    def save(client, day, **scores):
        start = datetime(2026, day[0], day[1], 10, 0, tzinfo=UTC)
        answers = {plain(j, trait): score for trait, score in scores.items()}
        return j.save(MeetingInput(client, "Overleg", start, 60), ReflectionInput(answers))

    # Tue 3 March, client A: listening 100, candour 50, reassurance 100 → ratio 21,
    # trust 50 + 50 · log10(21 / 3) = 92.25
    save("A", (3, 3), listening=5, candour=3, reassurance=5)
    save("B", (3, 5), listening=3)  # Thu 5 March: listening 50
    save("A", (3, 10), listening=4)  # Tue 10 March, the next week: listening 75
    save("A", (3, 4))  # Wed 4 March: held, not reflected
    # Wed 20 May: listening 0, candour 100, reassurance 0 → ratio (10 + 10 + 1) / 10 = 2.1,
    # trust 50 + 50 · log10(2.1 / 3) = 42.25
    save("A", (5, 20), listening=1, candour=5, reassurance=1)
    yield j
    j.close()


def client_id(journal, name):
    return next(c.id for c in journal.clients() if c.name == name)


def test_trait_means_per_month_week_and_quarter(worked):
    months = trait_means(worked.store, Granularity.MONTH, Scope())
    assert months[MARCH]["listening"] == Mean(75.0, 3)  # (100 + 50 + 75) / 3
    assert months[MARCH]["candour"] == Mean(50.0, 1)
    assert months[MAY]["listening"] == Mean(0.0, 1)
    assert APRIL not in months  # nothing then: no row, never a zero
    weeks = trait_means(worked.store, Granularity.WEEK, Scope())
    assert weeks[date(2026, 3, 2)]["listening"] == Mean(75.0, 2)  # (100 + 50) / 2
    assert weeks[date(2026, 3, 9)]["listening"] == Mean(75.0, 1)
    quarters = trait_means(worked.store, Granularity.QUARTER, Scope())
    assert quarters[date(2026, 1, 1)]["listening"] == Mean(75.0, 3)
    assert quarters[date(2026, 4, 1)]["listening"] == Mean(0.0, 1)


def test_filters_by_client_days_and_traits(worked):
    a = client_id(worked, "A")
    months = trait_means(worked.store, Granularity.MONTH, Scope(client_ids=(a,)))
    assert months[MARCH]["listening"] == Mean(87.5, 2)  # (100 + 75) / 2
    march_only = Scope(first_day=date(2026, 3, 1), end_day=date(2026, 3, 10))
    months = trait_means(worked.store, Granularity.MONTH, march_only, ("listening",))
    assert months == {MARCH: {"listening": Mean(75.0, 2)}}


def test_trust_and_coverage_per_month(worked):
    trust, held = activity(worked.store, Granularity.MONTH, Scope())
    assert trust[MARCH].composite == pytest.approx(T21) and trust[MARCH].count == 1
    assert trust[MAY].composite == pytest.approx(T2_1)
    assert trust[MAY].self_orientation == pytest.approx(10.0)
    assert (held[MARCH].held, held[MARCH].reflected) == (4, 3)
    assert (held[MAY].held, held[MAY].reflected) == (1, 1)


def test_trust_per_client_and_the_span(worked):
    [a] = client_trust(worked.store, Scope())  # B has no trust score: not compared
    assert a.name == "A" and a.trust.count == 2
    assert a.trust.composite == pytest.approx((T21 + T2_1) / 2)  # the mean of the scores
    march = client_trust(worked.store, Scope(MARCH, APRIL))
    assert [c.trust.composite for c in march] == [pytest.approx(T21)]
    assert span(worked.store, Scope()) == (date(2026, 3, 3), date(2026, 5, 20))
    b = client_id(worked, "B")
    assert span(worked.store, Scope(client_ids=(b,))) == (date(2026, 3, 5), date(2026, 3, 5))
    assert span(worked.store, Scope(APRIL, MAY)) is None


def test_growth_series_have_gaps_thin_points_and_a_rolling_mean(worked):
    view = figures.growth(worked.store, Granularity.MONTH, Scope(), focus=("listening",))
    assert view.periods == (MARCH, APRIL, MAY)
    march, april, may = view.traits["listening"]
    assert (march.value, march.count, march.thin) == (75.0, 3, False)
    assert (april.value, april.count, april.thin) == (None, 0, False)
    assert (may.value, may.count, may.thin) == (0.0, 1, True)
    assert april.rolling is None  # no answers of its own: a gap, even in the rolling line
    assert may.rolling == pytest.approx((75 * 3 + 0 * 1) / 4)
    assert [c.held for c in view.coverage] == [4, 0, 1]
    assert [p.value for p in view.trust["composite"]] == [
        pytest.approx(T21),
        None,
        pytest.approx(T2_1),
    ]
    assert view.profile["listening"] == Mean(56.25, 4)  # (100 + 50 + 75 + 0) / 4
    assert view.summary.strongest == ("listening", 56.25)
    assert view.summary.weakest is None  # the other traits have too few answers
    assert view.summary.rise is None and view.summary.fall is None  # May is thin


def test_profile_against_the_previous_span(worked):
    scope = Scope(first_day=APRIL, end_day=date(2026, 6, 1))
    view = figures.growth(worked.store, Granularity.MONTH, scope)
    assert view.periods == (APRIL, MAY)
    assert view.profile["listening"] == Mean(0.0, 1)
    assert view.previous_profile["listening"] == Mean(75.0, 3)  # 31 Jan – 31 March


def test_an_empty_journal_has_nothing_to_draw(journal):
    view = figures.growth(journal.store, Granularity.WEEK, Scope())
    assert view.is_empty and view.traits == {} and view.coverage == []


def test_reflections_with_only_open_answers_count_as_reflected_without_scores(utc, journal):
    start = datetime(2026, 3, 3, 10, tzinfo=UTC)
    journal.save(MeetingInput("A", "x", start, 30), ReflectionInput(texts={"open.why": "tekst"}))
    view = figures.growth(journal.store, Granularity.MONTH, Scope())
    assert view.traits == {} and view.coverage[0].reflected == 1
    assert view.trust["composite"][0].value is None


def test_periods_cover_the_span_and_cross_the_year():
    assert periods(date(2026, 3, 4), date(2026, 3, 16), Granularity.WEEK) == (
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
    )
    assert periods(date(2025, 11, 30), date(2026, 2, 1), Granularity.QUARTER) == (
        date(2025, 10, 1),
        date(2026, 1, 1),
    )
    assert periods(date(2025, 12, 31), date(2026, 1, 1), Granularity.MONTH) == (
        date(2025, 12, 1),
        date(2026, 1, 1),
    )


def test_series_rolling_mean_is_weighted_by_answers():
    p = [date(2026, m, 1) for m in range(1, 6)]
    points = series({p[0]: Mean(40.0, 1), p[1]: Mean(70.0, 3), p[4]: Mean(10.0, 2)}, p)
    assert [x.rolling for x in points] == [
        40.0,
        pytest.approx((40 + 210) / 4),
        None,  # nothing this month: no point, though the window still holds answers
        None,
        10.0,  # the window, March to May, holds only May's answers
    ]
    assert points[2] == Point(p[2], None, 0, None)


def test_balance_by_hand():
    even = {t: Mean(60.0, 5) for t in "abc"}
    assert balance(even) == 100.0
    uneven = {"a": Mean(50.0, 3), "b": Mean(50.0, 3), "c": Mean(80.0, 3), "d": Mean(0.0, 1)}
    assert balance(uneven) == pytest.approx(100 - 2 * (200**0.5))  # pstdev of 50, 50, 80
    assert balance({"a": Mean(50.0, 3), "b": Mean(80.0, 3)}) is None


def test_choosing_fewer_traits_needs_no_new_figures(worked):
    everything = figures.growth(worked.store, Granularity.MONTH, Scope(), focus=("listening",))
    fewer = figures.select(everything, ["candour"], focus=("listening",))
    assert set(fewer.traits) == {"candour"} and set(fewer.profile) == {"candour"}
    assert fewer.trust == everything.trust and fewer.coverage == everything.coverage
    assert fewer.summary.strongest is None  # candour has one answer: too few
