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

The meetings are built by SQLite (``export_store``), each as its line of JSON or its CSV
lines, streamed to the file; the names and texts that leave are worked out here first,
once for each distinct one (``Export``). ``build`` reads those lines back for what needs
the structure (the reports, the export dialog's preview).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from journal.coach import export_store, local_offsets
from journal.coach.privacy import Pseudonyms
from journal.errors import InvalidInput
from journal.growth.aggregation import Scope
from journal.pulse.aggregate import MIN_RATERS_FOR_EXPORT, aggregate
from journal.store.storage import from_db_time, to_db_time, translating

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
    when the caller wants to show the advisor which client became which.

    Read back from the lines SQLite writes (``prepare``), so that what a report or the
    export dialog shows is what the file holds."""
    export = prepare(journal, choice, names)
    bundle = dict(export.head)
    bundle["meetings"] = _all(export)
    if "others" in bundle:  # after the meetings, where the bundle has always held it
        bundle["others"] = bundle.pop("others")
    return bundle


@translating
def prepare(
    journal: Journal, choice: ExportChoice, names: Pseudonyms | None = None, batch: int = 1_000
) -> Export:
    """The export checked and ready to be written: its head now (InvalidInput as for
    ``build``), its meetings when they are read (``Export.lines``, ``Export.csv_lines``),
    ``batch`` meetings at a time."""
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
    period = export_store.Period(choice.first, choice.last, tuple(i for i in ids.values() if i))
    head: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": journal.clock().astimezone().isoformat(timespec="seconds"),
        "period": {"from": choice.first.isoformat(), "to": choice.last.isoformat()},
        "advisor": {"name": journal.profile().advisor_name},
        "privacy": {
            "client_names": "real" if choice.real_names else "pseudonymised",
            "texts": choice.include_texts,
        },
        "traits": [_trait(bank.trait(t)) for t in traits],
    }
    others = _others(journal, choice, set(traits), {i for i in ids.values() if i})
    if others is not None:
        head["format"] = f"{FORMAT}.{MINOR}"
        head["others"] = others
    meetings, reflected = export_store.count(journal.store, period)
    return Export(
        journal, period, traits, choice.include_texts, names or pseudonyms(journal, choice),
        head, meetings, reflected, batch,
    )  # fmt: skip


class Export:
    """One export: ``head``, the bundle without its meetings; ``meetings`` and
    ``reflected``, how many leave; the meetings themselves streamed from SQLite, each
    as the line of JSON ``to_json`` writes, or as its CSV lines."""

    def __init__(
        self,
        journal: Journal,
        period: export_store.Period,
        traits: tuple[str, ...],
        texts: bool,
        names: Pseudonyms,
        head: dict[str, Any],
        meetings: int,
        reflected: int,
        batch: int = 1_000,
    ):
        self.journal, self.period, self.traits, self.texts = journal, period, traits, texts
        self.names, self.head, self.meetings, self.reflected = names, head, meetings, reflected
        self.batch = batch

    @translating  # read as the file is written: a damaged page is a NotAJournal here too
    def lines(self) -> Iterator[list[str]]:
        """Each meeting's JSON object, in start order, a batch of them at a time."""
        with self._reading() as (shape, lookups, fallbacks):
            yield from export_store.meetings_json(
                self.journal.store, self.period, shape, lookups, fallbacks, self.batch
            )

    @translating
    def csv_lines(self, cells: dict[str, str]) -> Iterator[str]:
        """The CSV lines (``export_store.csv_lines``) of a batch of meetings at a time."""
        with self._reading() as (shape, lookups, fallbacks):
            for batch in export_store.csv_lines(
                self.journal.store, self.period, shape, lookups, fallbacks, cells, self.batch
            ):
                yield "".join(lines for lines in batch if lines)

    @contextmanager
    def _reading(self):
        """One read transaction: the words worked out first are those of the meetings
        then read."""
        store = self.journal.store
        began = not store.conn.in_transaction
        if began:
            store.query("BEGIN")
        try:
            span = self._span()
            offsets = local_offsets.offsets(*map(from_db_time, span)) if span else []
            in_start_order = export_store.in_start_order(store, self.meetings)
            every = export_store.answered_traits(store) <= set(self.traits)
            shape = export_store.Shape(
                self.traits, self.texts, offsets, span, in_start_order, every
            )
            yield shape, self._lookups(), FALLBACKS
        finally:
            if began and store.conn.in_transaction:
                store.conn.execute("COMMIT")

    def _span(self) -> tuple[str, str] | None:
        """Where the export's times lie: from the period's first day (or the journal's
        first meeting) to the last meeting or now, whichever is later (reflections are
        written after their meetings). A time outside is converted by Python."""
        starts = export_store.starts(self.journal.store)
        if starts is None:
            return None
        try:  # as UTC text: times are compared as text with the offsets' spans
            first, last = (to_db_time(from_db_time(start)) for start in starts)
        except ValueError:  # a start stored in a form of its own: Python converts all
            return None
        before = datetime.combine(self.period.first - timedelta(days=2), time(), UTC)
        first = max(first, to_db_time(before))
        last = max(last, to_db_time(self.journal.clock()))
        return (first, last) if first <= last else None

    def _lookups(self) -> export_store.Lookups:
        """The words that leave for every title, client, tag and text of the period. A
        title, tag or text that names no client leaves the same whenever it is worked
        out: once each, as SQLite meets it; the clients and the words that name one are
        worked out in the order the export meets them, so that the stand-ins are handed
        out as they always were: "Client A" the first client named."""
        names = self.names
        unnamed: dict[str, str] = {}  # what leaves of each word that names no client
        naming: set[str] = set()
        tags: set[str] = set()

        def names_a_client(kind: int, word: str) -> bool:
            if kind == export_store.TAG:
                tags.add(word)
            if word in unnamed:
                return False
            if word in naming:
                return True
            leaves = names.text_naming_no_one(word)
            if leaves is None:
                naming.add(word)
                return True
            unnamed[word] = leaves
            return False

        named: dict[str, str] = {}
        clients: dict[str, str] = {}
        store = self.journal.store
        in_order = export_store.names_in_order(store, self.period, self.texts, names_a_client)
        for kind, word in in_order:
            if kind == export_store.CLIENT:
                clients[word] = names.client(word)
            else:
                named[word] = names.text(word)
        words = unnamed | named
        # Tags as they leave are put in order, by the words that leave: the journal's
        # order, by the real names, could hint at a name.
        # (SQLite may look at a tag before its meeting is known to be in the period: one
        # that names no one then has a place too, which puts no other tag out of order.)
        leaving = {words[tag] for tag in tags if tag in words}
        order = {tag: place for place, tag in enumerate(sorted(leaving, key=_tag_order))}

        def text(word: str) -> str:
            found = words.get(word)
            return names.text(word) if found is None else found

        def client(name: str) -> str:
            found = clients.get(name)
            return names.client(name) if found is None else found

        return export_store.Lookups(
            text=text, client=client, tag_order=lambda tag: order.get(text(tag), len(order))
        )


def _tag_order(tag: str) -> tuple[str, str]:
    return (tag.casefold(), tag)


FALLBACKS = export_store.Fallbacks(
    local_minutes=local_offsets.local_minutes,
    local_end=local_offsets.local_end,
    local_seconds=local_offsets.local_seconds,
    round2=lambda total, n: round(total / n, 2),
)


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


def _all(export: Export) -> list[dict[str, Any]]:
    """The meetings read back, with Python's cycle collector paused: it would walk the
    growing heap of a 100,000-meeting export again and again, while these plain dicts
    and lists hold no cycles to collect. The scored answers are shared, one dict per
    (question, trait, score): a 100,000-meeting export would otherwise hold half a
    million."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        meetings = [json.loads(line) for batch in export.lines() for line in batch]
        scored: dict[tuple, dict[str, Any]] = {}
        for meeting in meetings:
            reflection = meeting["reflection"]
            if reflection is not None:
                reflection["answers"] = [
                    scored.setdefault(tuple(a.values()), a) if "score" in a else a
                    for a in reflection["answers"]
                ]
        return meetings
    finally:
        if was_enabled:
            gc.enable()


def _trait(trait) -> dict[str, Any]:
    return {
        "id": trait.id,
        "names": {"en": trait.name.in_language("en"), "nl": trait.name.in_language("nl")},
    }


SCORED_KEYS = ("question_id", "trait_id", "score")
TRUST_KEYS = ("credibility", "reliability", "intimacy", "self_orientation", "composite")


def exported_at(bundle: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(bundle["exported_at"])
