"""What the command line and the window show of the pulse, put together from storage,
the advisor's own growth figures and ``compare``: per trait and per period, and which
answers wait for a prediction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date, datetime

from journal.model import Client
from journal.pulse import compare, pulse_store, schedule
from journal.pulse.bank_view import Bank
from journal.pulse.model import Comparison, HeldBack, Rating, Suggestion
from journal.pulse.pulse_store import prediction_due
from journal.store.storage import Store

# The advisor's own figures, from the growth view's SQL (the front door hands them in):
# per trait, the mean 0–100 and the number of answers; the same per period start.
OwnMeans = Mapping[str, tuple[float, int]]


def suggestion(store: Store, client: Client, now: datetime) -> Suggestion:
    history = pulse_store.history(store, client.id, now)
    due, reason = schedule.decide(history, now)
    return Suggestion(
        client.id, client.name, due, reason, history.meetings_since, history.last_pulse_at
    )


def comparison(
    store: Store,
    bank: Bank,
    client: Client | None,
    now: datetime,
    own: Callable[[], OwnMeans],
    own_periods: Callable[[], Mapping[date, OwnMeans]],
    granularity: str = "quarter",
    first_day: date | None = None,
    end_day: date | None = None,
) -> Comparison:
    """Self, predicted, client and coach per trait (the traits the pulses touched), over
    the whole scope and per period; a pulse's client answers stay out while its
    prediction is due (``held_back``). The advisor's own figures (``own``,
    ``own_periods``) are read only when a pulse touched a trait: the growth view asks
    for a comparison on every change, and most journals have no pulse yet."""
    client_id = client.id if client else None
    pulses = pulse_store.pulses(store, client_id)
    held = [p for p in pulses if p.raters and prediction_due(p, now)]
    held_ids = {p.id for p in held}
    ratings = [
        r
        for r in pulse_store.ratings(store, client_id, first_day, end_day)
        if r.pulse_id not in held_ids
    ]
    predictions = [
        p
        for p in pulse_store.predictions(store, client_id)
        if (first_day is None or p.day >= first_day) and (end_day is None or p.day < end_day)
    ]
    touched = {r.trait_id for r in ratings} | {p.trait_id for p in predictions}
    trait_ids = tuple(t for t in bank.trait_ids() if t in touched)
    traits = compare.trait_views(trait_ids, own() if trait_ids else {}, predictions, ratings)
    rating_periods: dict[date, list] = defaultdict(list)
    for r in ratings:
        rating_periods[compare.period_start(r.day, granularity)].append(r)
    prediction_periods: dict[date, list] = defaultdict(list)
    for p in predictions:
        prediction_periods[compare.period_start(p.day, granularity)].append(p)
    starts = sorted(rating_periods.keys() | prediction_periods.keys())
    own_then = own_periods() if trait_ids and starts else {}
    periods = tuple(
        (
            start,
            compare.trait_views(
                trait_ids,
                own_then.get(start, {}),
                prediction_periods.get(start, []),
                rating_periods.get(start, []),
            ),
        )
        for start in starts
    )
    return Comparison(
        client_name=client.name if client else None,
        traits=traits,
        periods=periods,
        calibration=compare.calibration(predictions, ratings, granularity),
        held_back=tuple(HeldBack(p.code, p.client_name, p.made_at, p.raters) for p in held),
        pulses=tuple(pulses),
    )


def ratings_for_export(
    store: Store, first_day: date | None, end_day: date | None, now: datetime
) -> list[Rating]:
    """Other people's answers in a period, for ``aggregate`` (the export, next phase);
    answers held back for a prediction stay out."""
    held = {p.id for p in pulse_store.pulses(store) if p.raters and prediction_due(p, now)}
    return [
        Rating(r.kind, r.rater_key, r.item_id, r.trait_id, r.score, r.day, r.client_id)
        for r in pulse_store.ratings(store, None, first_day, end_day)
        if r.pulse_id not in held
    ]
