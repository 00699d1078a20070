"""The plain-language summary at the top of the growth view, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.growth.figures import Change, Growth
from journal.model import KeptCount

MIN_CHECKED_FOR_A_TRAIT = 3  # fewer looked back on says little about a trait


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def summary_text(growth: Growth, names: dict[str, str]) -> str:
    """A few sentences (rich text) on strongest and weakest trait, the biggest rise and
    fall, and how the focus traits are doing. Says so when there is too little to tell."""
    facts = growth.summary
    sentences: list[str] = []
    if facts.strongest:
        trait, value = facts.strongest
        sentences.append(
            tr("Your strongest trait is <b>{trait}</b> ({value}).").format(
                trait=names.get(trait, trait), value=_score(value)
            )
        )
    if facts.weakest:
        trait, value = facts.weakest
        sentences.append(
            tr("<b>{trait}</b> has the most room to grow ({value}).").format(
                trait=names.get(trait, trait), value=_score(value)
            )
        )
    if facts.rise:
        sentences.append(
            _change(
                tr("{trait} rose from {before} to {after} between {since} and {until}."),
                facts.rise,
                names,
            )
        )
    if facts.fall:
        sentences.append(
            _change(
                tr("{trait} fell from {before} to {after} between {since} and {until}."),
                facts.fall,
                names,
            )
        )
    focus_changes = [c for c in facts.focus if c not in (facts.rise, facts.fall)]
    for change in focus_changes:
        sentences.append(
            _change(tr("Your focus trait {trait} went from {before} to {after}."), change, names)
        )
    if not sentences:
        return tr(
            "There are too few answers in this period to say how your traits are developing. "
            "Each reflection adds a few; after a handful of meetings the picture appears."
        )
    return " ".join(sentences)


def _change(template: str, change: Change, names: dict[str, str]) -> str:
    return template.format(
        trait=names.get(change.trait_id, change.trait_id),
        before=_score(change.before),
        after=_score(change.after),
        since=_month(change.since),
        until=_month(change.until),
    )


def _score(value: float) -> str:
    return QLocale().toString(round(value))


def _month(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMMM yyyy")


def kept_text(counts: dict[str | None, KeptCount], names: dict[str, str]) -> str:
    """How often intentions were kept in the period: overall, and the traits where that
    went best and hardest (partly kept counts half). Empty when none was looked back on."""
    total = KeptCount(
        sum(c.kept for c in counts.values()),
        sum(c.partly for c in counts.values()),
        sum(c.missed for c in counts.values()),
        sum(c.open for c in counts.values()),
    )
    if total.rate is None:
        return ""
    sentences = [
        tr("You kept {rate} of the {count} intentions you looked back on.").format(
            rate=_percent(total.rate), count=total.checked
        )
        if total.checked != 1
        else tr("You kept {rate} of the one intention you looked back on.").format(
            rate=_percent(total.rate)
        )
    ]
    rated = sorted(
        (c.rate, names.get(t, t))
        for t, c in counts.items()
        if t is not None and c.checked >= MIN_CHECKED_FOR_A_TRAIT and c.rate is not None
    )
    if len(rated) >= 2 and rated[0][0] < rated[-1][0]:
        sentences.append(
            tr("Best kept: <b>{best}</b> ({best_rate}); hardest: <b>{worst}</b> ({worst_rate}).")
            .format(
                best=rated[-1][1], best_rate=_percent(rated[-1][0]),
                worst=rated[0][1], worst_rate=_percent(rated[0][0]),
            )
        )  # fmt: skip
    return " ".join(sentences)


def kept_table(counts: dict[str | None, KeptCount], names: dict[str, str]) -> str:
    """Per trait, kept / partly / not and still open (a tooltip)."""
    rows = []
    for trait, count in sorted(counts.items(), key=lambda item: names.get(item[0] or "", "~")):
        name = names.get(trait, trait) if trait else tr("No particular trait")
        rate = _percent(count.rate) if count.rate is not None else "–"
        rows.append(
            tr("{trait}: {rate} kept ({kept} yes, {partly} partly, {missed} no, {open} open)")
            .format(
                trait=name, rate=rate, kept=count.kept, partly=count.partly,
                missed=count.missed, open=count.open,
            )
        )  # fmt: skip
    return "\n".join(rows)


def _percent(rate: float) -> str:
    return QLocale().toString(round(rate * 100)) + "%"
