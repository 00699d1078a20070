"""Growth figures straight from SQL: per period, the mean of each trait, the trust parts,
how many meetings were held and reflected on, and how the intentions turned out.

Rotating questions mean a trait is not asked every time, so every figure carries the
count it rests on. Periods are calendar weeks (from Monday), months or quarters of the
advisor's own calendar (``meetings.local_day``), keyed by their first day. Trait figures
come from the per-day sums in ``trait_days`` (migration m002), trust and coverage from
those in ``meeting_days`` (m003), how intentions turned out from ``intention_days`` (m011). A storage module: with storage.py, the only place with queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from journal.model import KeptCount
from journal.store.storage import Store


class Granularity(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


def _period_sql(granularity: Granularity, day: str) -> str:
    """SQL for the first day of the period that the ISO date ``day`` falls in."""
    if granularity is Granularity.WEEK:
        return f"date({day}, '-6 days', 'weekday 1')"
    if granularity is Granularity.MONTH:
        return f"substr({day}, 1, 8) || '01'"
    return (
        f"substr({day}, 1, 5) || "
        f"printf('%02d', (CAST(substr({day}, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) || '-01'"
    )


@dataclass(frozen=True)
class Scope:
    """Which meetings count: those on a local day in [first_day, end_day) (None: open
    ended) with any of ``client_ids`` (empty: every client)."""

    first_day: date | None = None
    end_day: date | None = None
    client_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Mean:
    """An average and the number of answers (or reflections) it rests on."""

    value: float
    count: int


@dataclass(frozen=True)
class TrustMeans:
    credibility: float
    reliability: float
    intimacy: float
    self_orientation: float
    composite: float
    count: int


@dataclass(frozen=True)
class Coverage:
    held: int
    reflected: int


@dataclass(frozen=True)
class ClientTrust:
    client_id: int
    name: str
    trust: TrustMeans


def trait_means(
    store: Store, granularity: Granularity, scope: Scope, trait_ids: tuple[str, ...] = ()
) -> dict[date, dict[str, Mean]]:
    """Per period and trait: the mean 0–100 value of the answers given."""
    where, params = _where(scope, "t.day", "t.client_id", trait_ids)
    # Days first (in key order, no sorting), then the few day rows into periods.
    rows = store.query(
        f"""
        SELECT {_period_sql(granularity, "day")} AS period, trait_id, sum(total) / sum(n), sum(n)
        FROM (
            SELECT t.day AS day, t.trait_id AS trait_id,
                   sum(t.value_sum) AS total, sum(t.answers) AS n
            FROM trait_days t WHERE {where} GROUP BY t.day, t.trait_id
        )
        GROUP BY period, trait_id
        """,
        params,
    )
    result: dict[date, dict[str, Mean]] = {}
    for period, trait_id, value, count in rows:
        result.setdefault(date.fromisoformat(period), {})[trait_id] = Mean(value, count)
    return result


def activity(
    store: Store, granularity: Granularity, scope: Scope
) -> tuple[dict[date, TrustMeans], dict[date, Coverage]]:
    """Per period, in one pass over the meetings: the mean trust parts and composite of
    the reflections that have one, and how many meetings were held and reflected on."""
    where, params = _where(scope, "d.day", "d.client_id")
    rows = store.query(
        f"""
        SELECT {_period_sql(granularity, "day")} AS period, sum(held), sum(done), {_MEANS}
        FROM (
            SELECT d.day AS day, sum(d.held) AS held, sum(d.reflected) AS done,
                   {_DAY_SUMS}
            FROM meeting_days d WHERE {where} GROUP BY d.day
        )
        GROUP BY period
        """,
        params,
    )
    trust: dict[date, TrustMeans] = {}
    coverage: dict[date, Coverage] = {}
    for period_text, held, done, c, r, i, s, t, count in rows:
        period = date.fromisoformat(period_text)
        coverage[period] = Coverage(held, done)
        if count:
            trust[period] = TrustMeans(c, r, i, s, t, count)
    return trust, coverage


def trait_profile(store: Store, scope: Scope) -> dict[str, Mean]:
    """Per trait: the mean over the whole scope."""
    where, params = _where(scope, "t.day", "t.client_id")
    rows = store.query(
        f"""
        SELECT t.trait_id, sum(t.value_sum) / sum(t.answers), sum(t.answers)
        FROM trait_days t
        WHERE {where}
        GROUP BY t.trait_id
        """,
        params,
    )
    return {trait_id: Mean(value, count) for trait_id, value, count in rows}


def client_trust(store: Store, scope: Scope) -> list[ClientTrust]:
    """Per client with a trust score in the scope: the mean trust, best first."""
    where, params = _where(scope, "d.day", "d.client_id")
    rows = store.query(
        f"""
        SELECT c.id, c.name, {_MEANS}
        FROM (
            SELECT d.client_id AS client_id, {_DAY_SUMS}
            FROM meeting_days d WHERE {where} GROUP BY d.client_id
        ) AS s
        JOIN clients c ON c.id = s.client_id
        GROUP BY c.id HAVING sum(n) > 0
        ORDER BY sum(t) / sum(n) DESC, c.id
        """,
        params,
    )
    return [ClientTrust(row[0], row[1], TrustMeans(*row[2:])) for row in rows]


def span(store: Store, scope: Scope) -> tuple[date, date] | None:
    """The first and last day with a meeting in the scope, or None when it has none."""
    where, params = _where(scope, "d.day", "d.client_id")
    row = store.query_one(
        f"SELECT min(d.day), max(d.day) FROM meeting_days d WHERE {where}", params
    )
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


# Per day (or client): the sums of the trust parts, and the reflections they come from.
_DAY_SUMS = (
    "sum(d.credibility_sum) AS c, sum(d.reliability_sum) AS r, sum(d.intimacy_sum) AS i, "
    "sum(d.self_orientation_sum) AS s, sum(d.trust_sum) AS t, sum(d.trusted) AS n"
)
# The means of those sums, and the count; in the order of ``TrustMeans``.
_MEANS = (
    "sum(c) / sum(n), sum(r) / sum(n), sum(i) / sum(n), sum(s) / sum(n), sum(t) / sum(n), sum(n)"
)


def _where(
    scope: Scope,
    day: str = "m.local_day",
    client: str = "m.client_id",
    trait_ids: tuple[str, ...] = (),
) -> tuple[str, list[Any]]:
    """The WHERE condition and its parameters for ``scope`` over the given columns."""
    clauses = ["1"]
    params: list[Any] = []
    if scope.first_day is not None:
        clauses.append(f"{day} >= ?")
        params.append(scope.first_day.isoformat())
    if scope.end_day is not None:
        clauses.append(f"{day} < ?")
        params.append(scope.end_day.isoformat())
    if scope.client_ids:
        clauses.append(f"{client} IN ({_marks(scope.client_ids)})")
        params.extend(scope.client_ids)
    if trait_ids:
        clauses.append(f"t.trait_id IN ({_marks(trait_ids)})")
        params.extend(trait_ids)
    return " AND ".join(clauses), params


def _marks(values: tuple) -> str:
    return ", ".join("?" for _ in values)


def kept_counts(store: Store, scope: Scope) -> dict[str | None, KeptCount]:
    """Per trait (None: intentions without a trait), how the intentions written in
    meetings within ``scope`` turned out: from their sums per day and client in
    ``intention_days`` (m011), "" there for no trait."""
    where, params = _where(scope, "k.day", "k.client_id")
    rows = store.query(
        f"""
        SELECT k.trait_id, sum(k.yes), sum(k.partly), sum(k.no), sum(k.open)
        FROM intention_days k WHERE {where}
        GROUP BY k.trait_id
        """,
        params,
    )
    return {r[0] or None: KeptCount(r[1], r[2], r[3], r[4]) for r in rows}
