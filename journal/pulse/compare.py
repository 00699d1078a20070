"""Self, predicted, client and coach per trait, on one 0–100 scale, and calibration:
how close the advisor's predictions came to what clients answered. Pure: the storage
module and the growth figures hand everything in.

Enough-data rules: a client or coach figure needs at least two raters (one person's
answer is an anecdote, and shown as a figure it would pass for a verdict); calibration
needs four (pulse, item) pairs from at least two raters. The advisor's own figures
(self, predicted) show from the first answer: they are one rater by nature. Every figure
carries the answers and raters it rests on, so a view can fade thin ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from statistics import fmean

from journal.pulse.items import to_percent
from journal.pulse.model import (
    CLIENT,
    COACH,
    Calibration,
    CalibrationPoint,
    Figure,
    TraitView,
)
from journal.pulse.pulse_store import StoredPrediction, StoredRating

MIN_RATERS = 2
MIN_PAIRS = 4
GRANULARITIES = ("week", "month", "quarter")


def period_start(day: date, granularity: str = "quarter") -> date:
    """The first day of the period ``day`` is in (as ``journal.growth.aggregation``)."""
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    raise ValueError(f"unknown granularity {granularity!r}")


def others_figure(ratings: Sequence[StoredRating]) -> Figure:
    """Other people's answers as 0–100: a figure only from MIN_RATERS raters on."""
    raters = len({r.rater_key for r in ratings})
    if not ratings:
        return Figure(None)
    value = to_percent(fmean(r.score for r in ratings)) if raters >= MIN_RATERS else None
    return Figure(value, len(ratings), raters)


def own_figure(scores: Sequence[int]) -> Figure:
    if not scores:
        return Figure(None)
    return Figure(to_percent(fmean(scores)), len(scores), 1)


def trait_views(
    trait_ids: Sequence[str],
    self_means: Mapping[str, tuple[float, int]],
    predictions: Iterable[StoredPrediction],
    ratings: Iterable[StoredRating],
) -> tuple[TraitView, ...]:
    """Per trait (in the order given): self (0–100 mean and count, from the growth
    figures), predicted, client and coach."""
    predicted: dict[str, list[int]] = defaultdict(list)
    for p in predictions:
        predicted[p.trait_id].append(p.score)
    by_kind: dict[tuple[str, str], list[StoredRating]] = defaultdict(list)
    for r in ratings:
        by_kind[(r.kind, r.trait_id)].append(r)
    views = []
    for trait_id in trait_ids:
        mean = self_means.get(trait_id)
        views.append(
            TraitView(
                trait_id,
                Figure(mean[0], mean[1], 1) if mean and mean[1] else Figure(None),
                own_figure(predicted[trait_id]),
                others_figure(by_kind[(CLIENT, trait_id)]),
                others_figure(by_kind[(COACH, trait_id)]),
            )
        )
    return tuple(views)


def calibration(
    predictions: Iterable[StoredPrediction],
    ratings: Iterable[StoredRating],
    granularity: str = "quarter",
) -> Calibration:
    """Each predicted item against the mean of the clients' answers to it in the same
    pulse; the mean absolute difference and the mean signed difference on 1–5."""
    answers: dict[tuple[int, str], list[StoredRating]] = defaultdict(list)
    for r in ratings:
        if r.kind == CLIENT and r.pulse_id is not None:
            answers[(r.pulse_id, r.item_id)].append(r)
    pairs = []  # (day, pulse, difference, rater keys)
    for p in predictions:
        given = answers.get((p.pulse_id, p.item_id))
        if given:
            difference = p.score - fmean(r.score for r in given)
            pairs.append((p.day, p.pulse_id, difference, {r.rater_key for r in given}))
    overall = _calibrated(pairs)
    periods: dict[date, list] = defaultdict(list)
    for pair in pairs:
        periods[period_start(pair[0], granularity)].append(pair)
    by_period = tuple(
        CalibrationPoint(start, _calibrated(group)[0], len(group), _raters(group))
        for start, group in sorted(periods.items())
    )
    shown = [point.mean_difference for point in by_period if point.mean_difference is not None]
    return Calibration(
        mean_difference=overall[0],
        bias=overall[1],
        pairs=len(pairs),
        raters=_raters(pairs),
        pulses=len({pair[1] for pair in pairs}),
        trend=shown[-1] - shown[0] if len(shown) >= 2 else None,
        by_period=by_period,
    )


def _raters(pairs: Sequence[tuple]) -> int:
    return len(set().union(*(pair[3] for pair in pairs))) if pairs else 0


def _calibrated(pairs: Sequence[tuple]) -> tuple[float | None, float | None]:
    if len(pairs) < MIN_PAIRS or _raters(pairs) < MIN_RATERS:
        return None, None
    return fmean(abs(pair[2]) for pair in pairs), fmean(pair[2] for pair in pairs)
