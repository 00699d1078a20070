"""The plain-language summary at the top of the growth view, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.growth.figures import (
    MIN_ANSWERS,
    MIN_CHANGE,
    MIN_LEAD,
    SETTLED_SHARE,
    Change,
    Growth,
)
from journal.model import KeptCount
from ui.common.period_text import so_far_label

MIN_CHECKED_FOR_A_TRAIT = 3  # fewer looked back on says little about a trait


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def summary_text(growth: Growth, names: dict[str, str]) -> str:
    """A few sentences (rich text) on strongest and weakest trait, the biggest rise and
    fall, and how the focus traits are doing. Says so when there is too little to tell."""
    facts = growth.summary
    sentences: list[str] = []
    if len(facts.strongest) == 1:
        sentences.append(
            tr("Your strongest trait is {traits}.").format(traits=_listing(facts.strongest, names))
        )
    elif facts.strongest:
        sentences.append(
            tr("Your strongest traits are {traits}.").format(
                traits=_listing(facts.strongest, names)
            )
        )
    if len(facts.weakest) == 1:
        sentences.append(
            tr("{traits} has the most room to grow.").format(traits=_listing(facts.weakest, names))
        )
    elif facts.weakest:
        sentences.append(
            tr("{traits} have the most room to grow.").format(traits=_listing(facts.weakest, names))
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
        sentences.append(
            tr(
                "There are too few answers in this period to say how your traits are "
                "developing. Each reflection adds a few; after a handful of meetings the "
                "picture appears."
            )
        )
    current = growth.coverage[-1] if growth.coverage else None
    if current is not None and current.held and current.share < SETTLED_SHARE:
        period = so_far_label(current.period, growth.granularity)
        sentence = (
            tr("{period}: 1 meeting, not yet in these sentences.").format(period=period)
            if current.held == 1
            else tr("{period}: {count} meetings, not yet in these sentences.").format(
                period=period, count=current.held
            )
        )
        sentences.append(sentence[:1].upper() + sentence[1:])  # Dutch months are lower case
    return " ".join(sentences)


def summary_rule() -> str:
    """Why some periods are not in the sentences (the summary's hover text)."""
    return tr(
        "The sentences speak of a period once at least half of it has gone by. A trait "
        "rose or fell only between periods with at least {answers} answers for it, and by "
        "at least {points} points. Traits within {lead} points of the strongest or the "
        "weakest are named with it. So one new reflection does not change the sentences "
        "while a period is young. The charts show every period; hover a point to see what "
        "it rests on."
    ).format(answers=MIN_ANSWERS, points=round(MIN_CHANGE), lead=round(MIN_LEAD))


def _listing(items: tuple[tuple[str, float], ...], names: dict[str, str]) -> str:
    """ "<b>Listening</b> (62)", or several: "<b>A</b> (62), <b>B</b> (61) and <b>C</b> (60)"."""
    shown = [
        tr("<b>{trait}</b> ({value})").format(trait=names.get(t, t), value=_score(v))
        for t, v in items
    ]
    if len(shown) == 1:
        return shown[0]
    return tr("{first} and {last}").format(first=", ".join(shown[:-1]), last=shown[-1])


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
