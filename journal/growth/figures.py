"""What the growth view shows, computed from the SQL aggregates: series per trait and
for trust with gaps and thin periods marked, a rolling mean, the trait profile against
the previous span and how even it is, and the facts behind the plain-language summary.

Honest when data is thin: a period without answers is a gap (``value`` None), never a
zero; a period with fewer than ``MIN_ANSWERS`` is marked ``thin`` so it can be greyed.

Honest about periods that have not ended: each point knows how much of its period has
passed within the span shown (``share``; 2 December is 2/31 of December). The words
(the summary: strongest, weakest, rose, fell) leave out a period until at least
``SETTLED_SHARE`` of it has gone by (it is finished, or at least half over). A rise or
fall compares *settled* points: at least ``MIN_ANSWERS`` answers for the trait in such
a period, and it must be at least ``MIN_CHANGE`` points. The strongest and weakest
traits rest on at least ``MIN_ANSWERS`` answers; traits within ``MIN_LEAD`` points of
them are named together (at most ``MAX_NAMED``, else none), so a near tie does not
flip with every reflection. So one new
reflection cannot change the summary while its period is in its first half, and later
only by a clear difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from statistics import pstdev

from journal.growth import aggregation
from journal.growth.aggregation import Granularity, Mean, Scope
from journal.store.storage import Store

MIN_ANSWERS = 3  # answers for a trait in a period before it counts as more than thin
SETTLED_SHARE = 0.5  # how much of a period must have passed before the words use it
MIN_CHANGE = 10.0  # points (0–100) between two periods before a trait "rose" or "fell"
MIN_LEAD = 3.0  # traits this close to the strongest (weakest) are named with it
MAX_NAMED = 3  # more than this many that close: the summary names none
ROLLING_PERIODS = 3
TRUST_SERIES = ("composite", "credibility", "reliability", "intimacy", "self_orientation")


@dataclass(frozen=True)
class Point:
    period: date
    value: float | None  # None: nothing in this period, a gap
    count: int
    rolling: float | None  # count-weighted mean of this and the previous periods
    share: float = 1.0  # how much of the period has passed, within the span shown

    @property
    def thin(self) -> bool:
        return 0 < self.count < MIN_ANSWERS

    @property
    def so_far(self) -> bool:
        """The period is not over (today falls in it, or the span ends inside it)."""
        return self.share < 1.0

    @property
    def settled(self) -> bool:
        """Enough to put into words: enough answers, in a period mostly gone by."""
        return self.value is not None and not self.thin and self.share >= SETTLED_SHARE


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
    # The traits at the top and at the bottom, best (or worst) first: one, or the few
    # within ``MIN_LEAD`` of it (never more than ``MAX_NAMED``); empty when there is none.
    strongest: tuple[tuple[str, float], ...]
    weakest: tuple[tuple[str, float], ...]
    rise: Change | None
    fall: Change | None
    focus: tuple[Change, ...]


@dataclass(frozen=True)
class Coverage:
    period: date
    held: int
    reflected: int
    share: float = 1.0  # as ``Point.share``

    @property
    def so_far(self) -> bool:
        return self.share < 1.0


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


def shares(
    all_periods: Iterable[date], granularity: Granularity, scope: Scope, today: date | None
) -> dict[date, float]:
    """Per period, the part of its days that lie within ``scope`` and not after
    ``today``: 1 for a period over and whole, 2/31 for December on 2 December."""
    result = {}
    for start in all_periods:
        end = next_period(start, granularity)
        first = max(start, scope.first_day) if scope.first_day else start
        stop = min(end, scope.end_day) if scope.end_day else end
        if today is not None:
            stop = min(stop, today + timedelta(days=1))
        result[start] = max(0, (stop - first).days) / (end - start).days
    return result


def series(
    means: dict[date, Mean], all_periods: Iterable[date], share: dict[date, float] | None = None
) -> list[Point]:
    """One point per period; gaps where there is nothing; a rolling mean over the last
    ``ROLLING_PERIODS`` periods, weighted by how many answers each rests on, at the
    periods that have answers of their own (the line never runs past the last answer)."""
    share = share or {}
    points: list[Point] = []
    window: list[Mean] = []
    for period in all_periods:
        mean = means.get(period)
        window.append(mean or Mean(0.0, 0))
        del window[:-ROLLING_PERIODS]
        answers = sum(m.count for m in window)
        rolling = sum(m.value * m.count for m in window) / answers if mean else None
        points.append(
            Point(
                period,
                mean.value if mean else None,
                mean.count if mean else 0,
                rolling,
                share.get(period, 1.0),
            )
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
    """From the first settled period to the last one (None with fewer than two)."""
    settled = [p for p in points if p.settled]
    if len(settled) < 2:
        return None
    first, last = settled[0], settled[-1]
    assert first.value is not None and last.value is not None
    return Change(trait_id, first.value, last.value, first.period, last.period)


def settled_profile(traits: dict[str, list[Point]]) -> dict[str, Mean]:
    """Each trait's mean over the periods at least ``SETTLED_SHARE`` gone by, weighted by
    their answers (a trait asked twice a month still adds up over the months)."""
    result = {}
    for trait_id, points in traits.items():
        kept = [
            (p.value, p.count) for p in points if p.value is not None and p.share >= SETTLED_SHARE
        ]
        count = sum(n for _, n in kept)
        if count:
            result[trait_id] = Mean(sum(value * n for value, n in kept) / count, count)
    return result


def summarise(
    traits: dict[str, list[Point]], profile: dict[str, Mean], focus: Iterable[str]
) -> Summary:
    """The facts the summary puts into words, from settled periods only (see above);
    ``profile`` is kept for callers that pass it, the words use ``settled_profile``."""
    del profile
    ranked = sorted(
        ((t, m.value) for t, m in settled_profile(traits).items() if m.count >= MIN_ANSWERS),
        key=lambda item: item[1],
        reverse=True,
    )
    strongest = _ends(ranked)
    rest = [item for item in ranked if item not in strongest]
    weakest = _ends(rest[::-1]) if len(rest) >= 1 and len(ranked) > 1 else ()
    changes = [c for t, points in traits.items() if (c := change(t, points)) is not None]
    rises = [c for c in changes if c.delta >= MIN_CHANGE]
    falls = [c for c in changes if c.delta <= -MIN_CHANGE]
    return Summary(
        strongest=strongest,
        weakest=weakest,
        rise=max(rises, key=lambda c: c.delta) if rises else None,
        fall=min(falls, key=lambda c: c.delta) if falls else None,
        focus=tuple(c for c in changes if c.trait_id in set(focus)),
    )


def _ends(ranked: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """The first trait and those within ``MIN_LEAD`` of it; none if more than
    ``MAX_NAMED`` are that close."""
    if not ranked:
        return ()
    close = tuple(item for item in ranked if abs(item[1] - ranked[0][1]) < MIN_LEAD)
    return close if len(close) <= MAX_NAMED else ()


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
    today: date | None = None,
) -> Growth:
    """Everything the growth view draws for ``scope``, in a handful of queries;
    ``today`` (None: no day is in the future) tells which period is not over."""
    found = aggregation.span(store, scope)
    if found is None:
        return Growth(granularity, (), {}, {}, [], {}, {}, Summary((), (), None, None, ()))
    first = scope.first_day or found[0]
    last = (scope.end_day - timedelta(days=1)) if scope.end_day else found[1]
    all_periods = periods(first, last, granularity)
    share = shares(all_periods, granularity, scope, today)

    by_period = aggregation.trait_means(store, granularity, scope, trait_ids)
    shown = trait_ids or tuple(sorted({t for means in by_period.values() for t in means}))
    traits = {
        t: series({p: m[t] for p, m in by_period.items() if t in m}, all_periods, share)
        for t in shown
    }
    trust_rows, held = aggregation.activity(store, granularity, scope)
    trust = {
        name: series(
            {p: Mean(getattr(row, name), row.count) for p, row in trust_rows.items()},
            all_periods,
            share,
        )
        for name in TRUST_SERIES
    }
    coverage = [
        Coverage(
            p, held[p].held if p in held else 0, held[p].reflected if p in held else 0, share[p]
        )
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
