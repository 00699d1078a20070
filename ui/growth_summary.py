"""The plain-language summary at the top of the growth view, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.growth import Change, Growth


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
