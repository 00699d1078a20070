"""What a summary report (PDF, HTML, Markdown) says, as plain figures and texts.

Built from a bundle and that bundle read back into a journal (``bundle_journal``), so
a report can never hold more than the export it comes from: pseudonyms and left-out
texts carry over by construction. The ui words and draws it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from journal.coach.bundle_journal import has_verdicts, period_of
from journal.growth.aggregation import Granularity, Mean, Scope
from journal.growth.figures import Growth, profile_of
from journal.model import KeptCount, trust_on_100
from journal.reflect.bank import TRUST_PARTS
from journal.service import Journal


@dataclass(frozen=True)
class TableColumn:
    """One column of the scores table: a period, or the whole export."""

    first: date
    granularity: Granularity | None  # None: the whole period of the export
    held: int
    reflected: int
    traits: dict[str, Mean]
    trust: dict[str, float | None]  # composite and the four parts, None when unknown


@dataclass(frozen=True)
class OthersFigure:
    """A group's mean on 0–100 (None: withheld, fewer raters than the export allowed)."""

    percent: float | None
    raters: int


@dataclass(frozen=True)
class OthersRow:
    trait_id: str
    own: float | None  # the advisor's own mean over the whole export, 0–100
    client: OthersFigure | None  # None: no client answered about this trait
    coach: OthersFigure | None
    predicted: OthersFigure | None = None  # the advisor's prediction of the clients'


@dataclass(frozen=True)
class Entry:
    """One reflection's words, when the advisor chose to include texts."""

    day: date
    client: str
    title: str
    answers: tuple[tuple[str, str], ...]  # (question id, text)
    intention: str
    notes: str
    intention_trait: str | None = None
    intention_kept: str | None = None  # "yes", "partly", "no"; None: open (or unknown)


@dataclass(frozen=True)
class Report:
    advisor: str
    first: date
    last: date
    exported_at: datetime
    real_names: bool
    texts_included: bool
    traits: tuple[str, ...]  # in the bundle's order
    trait_names: dict[str, dict[str, str]]  # id → language → name
    meetings: int
    reflected: int
    clients: int
    growth: Growth  # for the charts
    table_growth: Growth  # the table's periods: the summary speaks of these
    columns: tuple[TableColumn, ...]  # per period, then the whole export
    intentions: int  # written (known also without their texts, from their verdicts)
    entries: tuple[Entry, ...]  # empty unless texts were included
    verdicts: bool = False  # the bundle says which intentions were kept (newer bundles)
    kept: dict[str | None, KeptCount] = field(default_factory=dict)  # per trait; None: none
    # The advisor's own figure per trait beside their clients' and coach's (1.1 bundles):
    # aggregates over at least ``others_min_raters`` people.
    others: tuple[OthersRow, ...] = ()
    others_min_raters: int = 0

    @property
    def coverage(self) -> float | None:
        return self.reflected / self.meetings if self.meetings else None

    @property
    def kept_total(self) -> KeptCount:
        """Every intention of the export together."""
        return KeptCount(
            sum(k.kept for k in self.kept.values()),
            sum(k.partly for k in self.kept.values()),
            sum(k.missed for k in self.kept.values()),
            sum(k.open for k in self.kept.values()),
        )

    def kept_rows(self) -> list[tuple[str | None, KeptCount]]:
        """Per trait in the bundle's order, then traits the bundle does not name, then
        intentions without a trait (None)."""
        order: list[str | None] = [t for t in self.traits if t in self.kept]
        order += sorted(t for t in self.kept if t is not None and t not in self.traits)
        order += [None] if None in self.kept else []
        return [(t, self.kept[t]) for t in order]


def chart_granularity(first: date, last: date) -> Granularity:
    """Enough points to see a trend, few enough to read: weeks up to three months."""
    days = (last - first).days + 1
    if days <= 92:
        return Granularity.WEEK
    return Granularity.MONTH if days <= 731 else Granularity.QUARTER


def table_granularity(first: date, last: date) -> Granularity:
    """Periods a table can show a page wide (eight at a time; longer spans continue in
    a second table)."""
    days = (last - first).days + 1
    if days <= 56:
        return Granularity.WEEK
    return Granularity.MONTH if days <= 244 else Granularity.QUARTER


def build(bundle: dict[str, Any], journal: Journal) -> Report:
    """The report of ``bundle``; ``journal`` is that bundle read back (bundle_journal)."""
    first, last = period_of(bundle)
    traits = tuple(t["id"] for t in bundle["traits"])
    meetings = bundle["meetings"]
    # Charts and table cover the weeks that hold meetings, not empty years around them.
    days = sorted(datetime.fromisoformat(m["start"]).date() for m in meetings)
    shown_first = max(first, days[0]) if days else first
    shown_last = min(last, days[-1]) if days else last
    scope = Scope(shown_first, shown_last + timedelta(days=1))
    growth = journal.growth(chart_granularity(shown_first, shown_last), scope, traits)
    by_table = journal.growth(table_granularity(shown_first, shown_last), scope, traits)
    reflected = [m for m in meetings if m["reflection"] is not None]
    privacy = bundle.get("privacy", {})  # optional in the schema
    texts = privacy.get("texts", True)  # without it: show whatever words are there
    verdicts = has_verdicts(bundle)
    kept = journal.kept_counts(Scope()) if verdicts else {}  # the whole bundle
    columns = _columns(by_table, traits, len(meetings), len(reflected), reflected)
    return Report(
        advisor=bundle["advisor"]["name"],
        first=first,
        last=last,
        exported_at=datetime.fromisoformat(bundle["exported_at"]),
        real_names=privacy.get("client_names") == "real",
        texts_included=bool(texts),
        traits=traits,
        trait_names={t["id"]: t["names"] for t in bundle["traits"]},
        meetings=len(meetings),
        reflected=len(reflected),
        clients=len({m["client"] for m in meetings}),
        growth=growth,
        table_growth=by_table,
        columns=columns,
        intentions=sum(1 for m in reflected if _has_intention(m["reflection"])),
        entries=tuple(_entries(reflected)) if texts else (),
        verdicts=verdicts,
        kept=kept,
        **_others(bundle.get("others"), traits, columns),
    )


def _others(others: dict[str, Any] | None, traits: tuple[str, ...], columns) -> dict[str, Any]:
    if not others or not others.get("groups"):
        return {}
    by = {(g["kind"], g["trait_id"]): g for g in others["groups"]}
    own = columns[-1].traits if columns else {}

    def figure(kind: str, trait: str) -> OthersFigure | None:
        group = by.get((kind, trait))
        if group is None:
            return None
        mean = group["mean"]
        return OthersFigure(None if mean is None else (mean - 1) / 4 * 100, group["raters"])

    rows = tuple(
        OthersRow(
            t,
            own[t].value if t in own else None,
            figure("client", t),
            figure("coach", t),
            figure("prediction", t),
        )
        for t in traits
        if any(key[1] == t for key in by)
    )
    return {"others": rows, "others_min_raters": others["min_raters"]}


def _has_intention(reflection: dict[str, Any]) -> bool:
    return bool(reflection.get("intention")) or "intention_kept" in reflection


def _columns(
    growth: Growth, traits: tuple[str, ...], held: int, reflected: int, reflections: list
) -> tuple[TableColumn, ...]:
    columns = []
    for index, cover in enumerate(growth.coverage):
        trait_means = {
            t: Mean(p.value, p.count)
            for t in traits
            if (p := growth.traits[t][index]).value is not None
        }
        trust = {name: points[index].value for name, points in growth.trust.items()}
        columns.append(
            TableColumn(
                cover.period, growth.granularity, cover.held, cover.reflected, trait_means, trust
            )
        )
    whole = profile_of({c.first: c.traits for c in columns})
    columns.append(
        TableColumn(
            growth.periods[0] if growth.periods else date.min,
            None,
            held,
            reflected,
            whole,
            _trust_means(reflections),
        )
    )
    return tuple(columns)


def _trust_means(reflections: list[dict[str, Any]]) -> dict[str, float | None]:
    """The mean of each part, and of the 0–100 trust score (the bundle holds the ratio)."""
    known = [r["reflection"]["trust"] for r in reflections if r["reflection"].get("trust")]
    shown = [{**t, "composite": trust_on_100(t["composite"])} for t in known]
    return {
        name: (sum(t[name] for t in shown) / len(shown) if shown else None)
        for name in ("composite", *TRUST_PARTS)
    }


def _entries(reflected: list[dict[str, Any]]):
    for meeting in reflected:
        reflection = meeting["reflection"]
        answers = tuple(
            (a["question_id"], a["text"]) for a in reflection["answers"] if a.get("text")
        )
        intention = reflection.get("intention") or ""
        notes = meeting.get("notes") or ""
        if answers or intention or notes:
            yield Entry(
                datetime.fromisoformat(meeting["start"]).date(),
                meeting["client"],
                meeting["title"],
                answers,
                intention,
                notes,
                reflection.get("intention_trait"),
                reflection.get("intention_kept"),
            )
