"""Other people's ratings as they may leave the advisor's laptop: aggregates over at
least three raters per group, as 360° tools do, so no client's (or coach's) answer can
be picked out. A client's individual answers are the advisor's to see; an export for the
coach gets these figures instead, unless the advisor chooses otherwise (``min_raters``
1). Pure: the export (next phase) hands the ratings in.

Groups partition the ratings (each rating in exactly one group). An export must use one
grouping: two overlapping groupings (per quarter and per half-year, say) would let a
reader subtract one from the other and find a single rater's answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from journal.pulse.items import to_percent
from journal.pulse.model import Rating

MIN_RATERS_FOR_EXPORT = 3


@dataclass(frozen=True)
class GroupFigure:
    kind: str  # "client" or "coach"
    trait_id: str
    client_id: int | None  # None: every client together
    raters: int
    answers: int
    mean: float | None  # on the 1–5 scale; None when withheld
    percent: float | None  # the same on 0–100

    @property
    def withheld(self) -> bool:
        return self.mean is None


def aggregate(
    ratings: Iterable[Rating],
    per_client: bool = False,
    min_raters: int = MIN_RATERS_FOR_EXPORT,
) -> list[GroupFigure]:
    """Per rater kind and trait (and client, when ``per_client``): the mean of the
    answers, or nothing but the counts when fewer than ``min_raters`` distinct raters
    gave them. Ordered by kind, trait, client."""
    if min_raters < 1:
        raise ValueError("min_raters must be at least 1")
    groups: dict[tuple[str, str, int | None], list[Rating]] = defaultdict(list)
    for rating in ratings:
        client = rating.client_id if per_client else None
        groups[(rating.kind, rating.trait_id, client)].append(rating)
    figures = []
    for (kind, trait_id, client), members in sorted(
        groups.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or 0)
    ):
        raters = len({r.rater_key for r in members})
        mean = fmean(r.score for r in members) if raters >= min_raters else None
        figures.append(
            GroupFigure(
                kind,
                trait_id,
                client,
                raters,
                len(members),
                mean,
                None if mean is None else to_percent(mean),
            )
        )
    return figures
