"""What the growth view shows, computed from the SQL aggregates: series per trait and
for trust with gaps and thin periods marked, a rolling mean, the trait profile against
the previous span and how even it is, and the facts behind the plain-language summary.

Honest when data is thin: a period without answers is a gap (``value`` None), never a
zero; a period with fewer than ``MIN_ANSWERS`` is marked ``thin`` so it can be greyed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from statistics import pstdev

from journal.growth import aggregation
from journal.growth.aggregation import Granularity, Mean, Scope
from journal.store.storage import Store

MIN_ANSWERS = 3
ROLLING_PERIODS = 3
TRUST_SERIES = ("composite", "credibility", "reliability", "intimacy", "self_orientation")


@dataclass(frozen=True)
class Point:
    period: date
    value: float | None  # None: nothing in this period, a gap
    count: int
    rolling: float | None  # count-weighted mean of this and the previous periods

    @property
    def thin(self) -> bool:
        return 0 < self.count < MIN_ANSWERS


@dataclass(frozen=True)
class Change:
    """A trait's first and last solid (not thin) value within the span."""

    trait_id: str
    before: float
    after: float
    since: date
    until: date

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class Summary:
    strongest: tuple[str, float] | None
    weakest: tuple[str, float] | None
    rise: Change | None
    fall: Change | None
    focus: tuple[Change, ...]


@dataclass(frozen=True)
class Coverage:
    period: date
    held: int
    reflected: int


@dataclass(frozen=True)
class Growth:
    granularity: Granularity
    periods: tuple[date, ...]
    traits: dict[str, list[Point]]
    trust: dict[str, list[Point]]
    coverage: list[Coverage]
    profile: dict[str, Mean]
    previous_profile: dict[str, Mean]
    summary: Summary

    @property
    def is_empty(self) -> bool:
        return not self.periods


def period_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def next_period(start: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return start + timedelta(days=7)
    months = 1 if granularity is Granularity.MONTH else 3
    month = start.month - 1 + months
    return start.replace(year=start.year + month // 12, month=month % 12 + 1, day=1)


def periods(first: date, last: date, granularity: Granularity) -> tuple[date, ...]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    result = []
    current = period_start(first, granularity)
    while current <= last:
        result.append(current)
        current = next_period(current, granularity)
    return tuple(result)


def series(means: dict[date, Mean], all_periods: Iterable[date]) -> list[Point]:
    """One point per period; gaps where there is nothing; a rolling mean over the last
    ``ROLLING_PERIODS`` periods, weighted by how many answers each rests on, at the
    periods that have answers of their own (the line never runs past the last answer)."""
    points: list[Point] = []
    window: list[Mean] = []
    for period in all_periods:
        mean = means.get(period)
        window.append(mean or Mean(0.0, 0))
        del window[:-ROLLING_PERIODS]
        answers = sum(m.count for m in window)
        rolling = sum(m.value * m.count for m in window) / answers if mean else None
        points.append(
            Point(period, mean.value if mean else None, mean.count if mean else 0, rolling)
        )
    return points


def balance(profile: dict[str, Mean]) -> float | None:
    """How even the trait profile is, 0–100: 100 − 2 × the standard deviation of the
    trait means (each 0–100). Only traits with enough answers count; None under three."""
    values = [m.value for m in profile.values() if m.count >= MIN_ANSWERS]
    if len(values) < 3:
        return None
    return max(0.0, 100 - 2 * pstdev(values))


def change(trait_id: str, points: list[Point]) -> Change | None:
    solid = [p for p in points if p.value is not None and not p.thin]
    if len(solid) < 2:
        return None
    first, last = solid[0], solid[-1]
    assert first.value is not None and last.value is not None
    return Change(trait_id, first.value, last.value, first.period, last.period)


def summarise(
    traits: dict[str, list[Point]], profile: dict[str, Mean], focus: Iterable[str]
) -> Summary:
    solid = {t: m.value for t, m in profile.items() if m.count >= MIN_ANSWERS}
    strongest = max(solid.items(), key=lambda item: item[1]) if solid else None
    weakest = min(solid.items(), key=lambda item: item[1]) if len(solid) > 1 else None
    changes = [c for t, points in traits.items() if (c := change(t, points)) is not None]
    rises = [c for c in changes if c.delta > 0]
    falls = [c for c in changes if c.delta < 0]
    return Summary(
        strongest=strongest,
        weakest=weakest,
        rise=max(rises, key=lambda c: c.delta) if rises else None,
        fall=min(falls, key=lambda c: c.delta) if falls else None,
        focus=tuple(c for c in changes if c.trait_id in set(focus)),
    )


def profile_of(by_period: dict[date, dict[str, Mean]]) -> dict[str, Mean]:
    """Each trait's mean over all periods, weighted by their answers (no second query)."""
    totals: dict[str, tuple[float, int]] = {}
    for means in by_period.values():
        for trait_id, mean in means.items():
            total, count = totals.get(trait_id, (0.0, 0))
            totals[trait_id] = (total + mean.value * mean.count, count + mean.count)
    return {t: Mean(total / count, count) for t, (total, count) in totals.items()}


def select(growth_: Growth, trait_ids: Iterable[str], focus: Iterable[str]) -> Growth:
    """The same figures for fewer traits, without reading anything again."""
    keep = list(trait_ids)  # in the order given: colours and legend follow it
    traits = {t: growth_.traits[t] for t in keep if t in growth_.traits}
    profile = {t: m for t, m in growth_.profile.items() if t in keep}
    previous = {t: m for t, m in growth_.previous_profile.items() if t in keep}
    return replace(
        growth_,
        traits=traits,
        profile=profile,
        previous_profile=previous,
        summary=summarise(traits, profile, focus),
    )


def previous_scope(scope: Scope) -> Scope | None:
    """The span of the same length just before ``scope``, for the profile comparison."""
    if scope.first_day is None or scope.end_day is None:
        return None
    length = scope.end_day - scope.first_day
    return Scope(scope.first_day - length, scope.first_day, scope.client_ids)


def growth(
    store: Store,
    granularity: Granularity,
    scope: Scope,
    trait_ids: tuple[str, ...] = (),
    focus: tuple[str, ...] = (),
) -> Growth:
    """Everything the growth view draws for ``scope``, in a handful of queries."""
    found = aggregation.span(store, scope)
    if found is None:
        return Growth(granularity, (), {}, {}, [], {}, {}, Summary(None, None, None, None, ()))
    first = scope.first_day or found[0]
    last = (scope.end_day - timedelta(days=1)) if scope.end_day else found[1]
    all_periods = periods(first, last, granularity)

    by_period = aggregation.trait_means(store, granularity, scope, trait_ids)
    shown = trait_ids or tuple(sorted({t for means in by_period.values() for t in means}))
    traits = {
        t: series({p: m[t] for p, m in by_period.items() if t in m}, all_periods) for t in shown
    }
    trust_rows, held = aggregation.activity(store, granularity, scope)
    trust = {
        name: series(
            {p: Mean(getattr(row, name), row.count) for p, row in trust_rows.items()},
            all_periods,
        )
        for name in TRUST_SERIES
    }
    coverage = [
        Coverage(p, held[p].held if p in held else 0, held[p].reflected if p in held else 0)
        for p in all_periods
    ]
    profile = profile_of(by_period)
    before = previous_scope(scope)
    previous = aggregation.trait_profile(store, before) if before else {}
    return Growth(
        granularity,
        all_periods,
        traits,
        trust,
        coverage,
        profile,
        previous,
        summarise(traits, profile, focus),
    )
