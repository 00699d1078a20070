"""The mirror over time, for the Growth view: per period, how many telling and asking
phrases the reflections held, and how many reflections were read. Counts, never a
ratio to aim at. Periods as the growth view has them: weeks from Monday, months,
quarters, keyed by their first day; periods without reflections are left out (a gap,
never a zero)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal.mirror.marks import Mirror


@dataclass(frozen=True)
class MirrorPeriod:
    first_day: date
    telling: int
    asking: int
    reflections: int  # read in this period (with or without marks)


def period_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    raise ValueError(f"unknown granularity {granularity!r}")


def trend(days: Iterable[tuple[date, Mirror]], granularity: str) -> list[MirrorPeriod]:
    counted = ((day, found.counts) for day, found in days)
    return trend_of_counts(
        ((day, counts["telling"], counts["asking"], 1) for day, counts in counted), granularity
    )


def trend_of_counts(
    days: Iterable[tuple[date, int, int, int]], granularity: str
) -> list[MirrorPeriod]:
    """The periods of (day, telling, asking, reflections read) counts."""
    sums: dict[date, list[int]] = {}
    for day, telling, asking, reflections in days:
        bucket = sums.setdefault(period_start(day, granularity), [0, 0, 0])
        bucket[0] += telling
        bucket[1] += asking
        bucket[2] += reflections
    return [MirrorPeriod(first, *values) for first, values in sorted(sums.items())]
