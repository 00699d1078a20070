"""The export of a period as one plain structure, "advisor-journal/1": what every export
format is written from, and what a coach's review reads back.

Private by default: client names pseudonymised (also inside titles, tags and texts), free
text (open answers, intentions, notes) left out; attendees, e-mail addresses and
locations are never part of it. Whether an intention was kept is not free text: its
verdict and trait leave also without the words.

Minor version 1.1 adds ``others``: what the advisor's clients and coach answered to the
client items (``journal.pulse``), per rater kind and trait over every client together,
only as means over at least three raters (``journal.pulse.aggregate``), unless the
advisor chose to let single answers' groups through (``ExportChoice.others_min_raters``).
A period without such answers is still written as "/1", so every released app reads it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from journal.coach import export_store
from journal.coach.privacy import Pseudonyms
from journal.errors import InvalidInput
from journal.growth.aggregation import Scope
from journal.pulse.aggregate import MIN_RATERS_FOR_EXPORT, aggregate
from journal.store.storage import translating

if TYPE_CHECKING:
    from journal.service import Journal

FORMAT = "advisor-journal/1"
MINOR = 1  # the newest minor version of advisor-journal/1 this app writes


@dataclass(frozen=True)
class ExportChoice:
    """What the advisor chose to let leave the laptop."""

    first: date
    last: date  # included
    clients: tuple[str, ...] = ()  # none: every client
    traits: tuple[str, ...] = ()  # none: every trait
    real_names: bool = False
    include_texts: bool = False  # open answers, intentions and notes
    pseudonym_label: str = "Client"
    # Clients' and coaches' answers: a group's mean leaves only with this many raters
    # (the 360° rule); 1 lets every group's mean leave.
    others_min_raters: int = MIN_RATERS_FOR_EXPORT


@translating  # a damaged page read here is a NotAJournal like any other read
def build(
    journal: Journal, choice: ExportChoice, names: Pseudonyms | None = None
) -> dict[str, Any]:
    """The whole export as JSON-ready values. Raises InvalidInput for an empty period,
    an unknown client or trait. ``names``: the stand-ins to use (from ``pseudonyms``),
    when the caller wants to show the advisor which client became which."""
    if choice.last < choice.first:
        raise InvalidInput("period", "ends before it starts")
    bank = journal.bank
    unknown = [t for t in choice.traits if t not in bank.trait_ids()]
    if unknown:
        raise InvalidInput("traits", "unknown trait " + ", ".join(unknown))
    ids = export_store.client_ids(journal.store, choice.clients)
    missing = [name for name, client_id in ids.items() if client_id is None]
    if missing:
        raise InvalidInput("clients", "no such client: " + ", ".join(missing))
    traits = choice.traits or tuple(bank.trait_ids())
    names = names or pseudonyms(journal, choice)
    rows = export_store.meetings(
        journal.store, choice.first, choice.last, tuple(i for i in ids.values() if i)
    )
    bundle = {
        "format": FORMAT,
        "exported_at": journal.clock().astimezone().isoformat(timespec="seconds"),
        "period": {"from": choice.first.isoformat(), "to": choice.last.isoformat()},
        "advisor": {"name": journal.profile().advisor_name},
        "privacy": {
            "client_names": "real" if choice.real_names else "pseudonymised",
            "texts": choice.include_texts,
        },
        "traits": [_trait(bank.trait(t)) for t in traits],
        "meetings": _all(_meetings(rows, set(traits), names, choice.include_texts)),
    }
    others = _others(journal, choice, set(traits), {i for i in ids.values() if i})
    if others is not None:
        bundle["format"] = f"{FORMAT}.{MINOR}"
        bundle["others"] = others
    return bundle


def _others(
    journal: Journal, choice: ExportChoice, traits: set[str], client_ids: set[int]
) -> dict[str, Any] | None:
    """The clients' and coach's answers in the period, as aggregates, and beside them the
    advisor's own predictions of those answers (None: there are none). One grouping
    only, kind and trait over every client chosen: two overlapping groupings would let a
    reader subtract one from the other."""
    scope = Scope(choice.first, choice.last + timedelta(days=1))

    def chosen(trait_id: str, client_id: int | None) -> bool:
        return trait_id in traits and (not client_ids or client_id in client_ids)

    ratings = [r for r in journal.pulse_ratings(scope) if chosen(r.trait_id, r.client_id)]
    predicted: dict[str, list[int]] = {}
    for client_id, trait_id, score in journal.pulse_predictions(scope):
        if chosen(trait_id, client_id):
            predicted.setdefault(trait_id, []).append(score)
    if not ratings and not predicted:
        return None
    minimum = max(1, choice.others_min_raters)
    groups = [
        {
            "kind": g.kind,
            "trait_id": g.trait_id,
            "raters": g.raters,
            "answers": g.answers,
            "mean": None if g.mean is None else round(g.mean, 2),
        }
        for g in aggregate(ratings, per_client=False, min_raters=minimum)
    ]
    # The advisor's own figure: no one else's answer is in it, so no minimum applies.
    groups += [
        {
            "kind": "prediction",
            "trait_id": trait_id,
            "raters": 1,
            "answers": len(scores),
            "mean": round(sum(scores) / len(scores), 2),
        }
        for trait_id, scores in sorted(predicted.items())
    ]
    return {"min_raters": minimum, "groups": groups}


def pseudonyms(journal: Journal, choice: ExportChoice) -> Pseudonyms:
    return Pseudonyms(
        [c.name for c in journal.clients()],
        journal.calendar.client_aliases(),
        choice.pseudonym_label,
        choice.real_names,
    )


def _all(meetings: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """The meetings as a list, with Python's cycle collector paused: it would walk the
    growing heap of a 100,000-meeting export again and again (a third of the time),
    while these plain dicts and lists hold no cycles to collect."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return list(meetings)
    finally:
        if was_enabled:
            gc.enable()


def _trait(trait) -> dict[str, Any]:
    return {
        "id": trait.id,
        "names": {"en": trait.name.in_language("en"), "nl": trait.name.in_language("nl")},
    }


def _meetings(
    rows: Iterator[export_store.ExportRow], traits: set[str], names: Pseudonyms, texts: bool
) -> Iterator[dict[str, Any]]:
    scored: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        start = row.start.astimezone()
        meeting: dict[str, Any] = {
            "id": row.id,
            "title": names.text(row.title),
            "client": names.client(row.client),
            "start": start.isoformat(timespec="minutes"),
            "end": (start + timedelta(minutes=row.duration_minutes)).isoformat(timespec="minutes"),
            "tags": _tags(row.tags, names) if row.tags else [],
            "reflection": _reflection(row, traits, names, texts, scored),
        }
        if texts:
            meeting["notes"] = names.text(row.notes)
        yield meeting


def _tags(tags: list[str], names: Pseudonyms) -> list[str]:
    """Tag names as they may leave: pseudonymised like titles, then put in order (the
    journal's order, by the real names, could hint at a name), without repeats."""
    return sorted({names.text(tag) for tag in tags}, key=str.casefold)


def _reflection(
    row: export_store.ExportRow,
    traits: set[str],
    names: Pseudonyms,
    texts: bool,
    scored: dict[tuple, dict[str, Any]],
) -> dict[str, Any] | None:
    """``scored``: one answer dict per (question, trait, score), shared by every meeting
    of this export: a 100,000-meeting export would otherwise make half a million."""
    if row.reflected_at is None:
        return None
    answers: list[dict[str, Any]] = []
    sums: dict[str, tuple[float, int]] = {}
    for question_id, trait_id, score, value, text in row.answers:
        if score is not None and value is not None:  # a scored answer has both
            if trait_id in traits:
                key = (question_id, trait_id, score)
                answer = scored.get(key)
                if answer is None:
                    answer = scored[key] = dict(zip(SCORED_KEYS, key, strict=True))
                answers.append(answer)
                total = sums.get(trait_id)
                sums[trait_id] = (total[0] + value, total[1] + 1) if total else (value, 1)
        elif texts and text:
            answers.append({"question_id": question_id, "trait_id": None, "text": names.text(text)})
    reflection = {
        "reflected_at": row.reflected_at.astimezone().isoformat(timespec="seconds"),
        "answers": answers,
        "trait_scores": {t: round(total / n, 2) for t, (total, n) in sums.items()},
        "trust": dict(zip(TRUST_KEYS, row.trust, strict=True)) if row.trust else None,
        "intention": names.text(row.intention) if texts and row.intention else None,
    }
    if row.intention:  # present exactly when an intention was written, texts or not
        trait = row.intention_trait
        reflection["intention_trait"] = trait if trait in traits else None
        reflection["intention_kept"] = row.intention_kept
    return reflection


SCORED_KEYS = ("question_id", "trait_id", "score")
TRUST_KEYS = ("credibility", "reliability", "intimacy", "self_orientation", "composite")


def exported_at(bundle: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(bundle["exported_at"])
