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
from journal.growth.figures import Change, Point, balance, periods, series
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
    assert view.summary.strongest == (("listening", 56.25),)
    assert view.summary.weakest == ()  # the other traits have too few answers
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
    assert fewer.summary.strongest == ()  # candour has one answer: too few


# -- thin and unfinished periods: what the summary may put into words -----------------

SEPTEMBER, DECEMBER = date(2026, 9, 1), date(2026, 12, 1)


@pytest.fixture
def autumn(utc, data_dir):
    """Listening 75 in three meetings in September; four meetings on 1 and 2 December
    scoring it 50: the fall a new user saw in the coach's PDF two days into December."""
    j = Journal.open(data_dir)
    question = plain(j, "listening")
    for day in (8, 15, 22):
        j.save(
            MeetingInput("A", "Overleg", datetime(2026, 9, day, 10, tzinfo=UTC), 60),
            ReflectionInput({question: 4}),
        )
    for day, hour in ((1, 9), (1, 14), (2, 9), (2, 14)):
        j.save(
            MeetingInput("A", "Overleg", datetime(2026, 12, day, hour, tzinfo=UTC), 60),
            ReflectionInput({question: 3}),
        )
    yield j
    j.close()


def test_a_period_two_days_old_is_drawn_but_not_put_into_words(autumn):
    view = figures.growth(
        autumn.store, Granularity.MONTH, Scope(SEPTEMBER), today=date(2026, 12, 2)
    )
    december = view.traits["listening"][-1]
    assert december.period == DECEMBER and (december.value, december.count) == (50.0, 4)
    assert december.share == pytest.approx(2 / 31) and december.so_far
    assert not december.settled  # four answers, but only 2 of 31 days gone by
    assert view.coverage[-1].so_far and view.coverage[0].share == 1.0
    assert view.summary.fall is None  # no "fell from 75 to 50 between September and December"
    assert view.summary.strongest == (("listening", 75.0),)  # from September alone
    # Once half of December has gone by, the same answers may speak.
    later = figures.growth(
        autumn.store, Granularity.MONTH, Scope(SEPTEMBER), today=date(2026, 12, 16)
    )
    assert later.traits["listening"][-1].settled
    assert later.summary.fall == Change("listening", 75.0, 50.0, SEPTEMBER, DECEMBER)


def test_a_span_that_ends_inside_a_period_leaves_that_period_unfinished(autumn):
    # An export to 2 December, made later: December is cut short by the span, not by today.
    view = figures.growth(autumn.store, Granularity.MONTH, Scope(SEPTEMBER, date(2026, 12, 3)))
    assert view.traits["listening"][-1].share == pytest.approx(2 / 31)
    assert view.summary.fall is None


def test_one_new_reflection_does_not_change_the_summary(autumn):
    scope, today = Scope(SEPTEMBER), date(2026, 12, 2)
    before = figures.growth(autumn.store, Granularity.MONTH, scope, today=today).summary
    autumn.save(
        MeetingInput("A", "Overleg", datetime(2026, 12, 2, 16, tzinfo=UTC), 60),
        ReflectionInput({plain(autumn, "listening"): 1, plain(autumn, "candour"): 5}),
    )
    after = figures.growth(autumn.store, Granularity.MONTH, scope, today=today).summary
    assert after == before


def test_small_changes_and_narrow_leads_are_not_put_into_words():
    p = [date(2026, m, 1) for m in (1, 2, 3)]
    small = series({p[0]: Mean(60.0, 4), p[2]: Mean(60.0 + figures.MIN_CHANGE - 1, 4)}, p)
    big = series({p[0]: Mean(60.0, 4), p[2]: Mean(60.0 + figures.MIN_CHANGE, 4)}, p)
    assert figures.summarise({"a": small}, {}, ()).rise is None
    assert figures.summarise({"a": big}, {}, ()).rise.delta == figures.MIN_CHANGE
    near = 70.0 - figures.MIN_LEAD + 1
    close = {
        "a": series({p[0]: Mean(70.0, 4)}, p),
        "b": series({p[0]: Mean(near, 4)}, p),
        "c": series({p[0]: Mean(40.0, 4)}, p),
    }
    summary = figures.summarise(close, {}, ())
    assert summary.strongest == (("a", 70.0), ("b", near))  # too close to call: both
    assert summary.weakest == (("c", 40.0),)
    for extra in "de"[: figures.MAX_NAMED - 1]:
        close[extra] = series({p[0]: Mean(near + 1, 4)}, p)
    assert figures.summarise(close, {}, ()).strongest == ()  # too many at the top: none


def test_the_share_of_a_period_gone_by():
    weeks = periods(date(2026, 11, 30), date(2026, 12, 9), Granularity.WEEK)
    got = figures.shares(weeks, Granularity.WEEK, Scope(), date(2026, 12, 9))
    assert got == {date(2026, 11, 30): 1.0, date(2026, 12, 7): 3 / 7}
    quarter = figures.shares(
        (date(2026, 10, 1),), Granularity.QUARTER, Scope(date(2026, 11, 1)), None
    )
    assert quarter == {date(2026, 10, 1): pytest.approx(61 / 92)}  # the span starts in it
