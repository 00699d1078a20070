"""Which client-side items a pulse asks, and the one scale every rater uses.

The scale is the journal's own 1–5 ("Not at all" … "Fully", the labels in the question
bank), for the client, the coach and the advisor's prediction alike, so a client's 4 and
the advisor's 4 mean the same and compare without conversion. Goldsmith's −3…+3 asks
about *change* since a baseline ("has this person become more or less effective?"),
which fits a follow-up survey on one chosen behaviour but not a first pulse, and not the
advisor's own 1–5 reflections beside it. On the growth view's 0–100 a score s reads as
(s − 1) / 4 · 100, the same mapping the advisor's own answers get (client items are
never reversed).

A pulse asks at most four items (under a minute, about the relationship: Charles Green
warns that clients will not criticise a professional in a long survey): one per trait,
the advisor's focus traits first, then the traits the advisor scores weakest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from journal.pulse.bank_view import SCALE_POINTS, Bank, ClientItem

MAX_ITEMS = 4
LOWEST, HIGHEST = 1, SCALE_POINTS
LANGUAGES = ("en", "nl")


def to_percent(score: float) -> float:
    """A 1–5 score (or a mean of them) on the growth view's 0–100."""
    return (score - LOWEST) / (HIGHEST - LOWEST) * 100


def is_score(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and LOWEST <= value <= HIGHEST


def choose_items(
    bank: Bank,
    focus: Sequence[str],
    self_means: Mapping[str, float],
    limit: int = MAX_ITEMS,
) -> tuple[ClientItem, ...]:
    """At most ``limit`` items, one per trait: the focus traits (in the order chosen),
    then the traits with the lowest own mean (0–100), then traits without answers in
    the bank's order. Each trait's first client item."""
    if not 1 <= limit <= MAX_ITEMS:
        raise ValueError(f"a pulse asks 1 to {MAX_ITEMS} items")
    known = {t.id: t for t in bank.traits}
    order = list(dict.fromkeys(t for t in focus if t in known))
    rest = [t.id for t in bank.traits if t.id not in order]
    position = {trait_id: i for i, trait_id in enumerate(rest)}
    rest.sort(key=lambda t: (t not in self_means, self_means.get(t, 0.0), position[t]))
    chosen = (order + rest)[:limit]
    return tuple(known[t].client_items[0] for t in chosen)


def items_by_id(bank: Bank, item_ids: Sequence[str]) -> tuple[ClientItem, ...]:
    """The items a stored pulse asks (ids are permanent; an unknown one raises KeyError)."""
    return tuple(bank.client_item(i) for i in item_ids)
