"""Marking telling and asking language in what the advisor wrote.

*Telling*: reports of having told, explained, advised, directed ("ik heb uitgelegd
dat …", "I told them to …", "ik heb gezegd dat ze moeten …"). *Asking*: reports of
having asked, listened or summarised, and of what the client said ("ik vroeg …", "ze
vertelde dat …", "I asked whether …"). Only reports count: plans ("next time I will
ask"), negations ("I never asked"), wondering to oneself ("ik vroeg me af of …") and
what someone else is quoted saying are left alone. Each text's language is told from
the text itself (the app's language when it cannot be told).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from journal.language.detect import detect
from journal.language.matching import Mark, mark_sentence
from journal.language.rules import rules_for
from journal.language.text import quoted_spans, sentences

KINDS = ("telling", "asking")
# What the mirror reads of a reflection: the after-action answers and the notes, not
# the intention (a plan, not what happened).
FIELDS = ("open.intended", "open.happened", "open.why", "notes")


@dataclass(frozen=True)
class FieldMark:
    field: str  # "open.happened", "notes" …
    mark: Mark  # rule id, kind, span in that field's text, the phrase


@dataclass(frozen=True)
class Mirror:
    marks: tuple[FieldMark, ...] = ()
    languages: dict[str, str] = field(default_factory=dict)  # per field read
    rules: dict[str, str] = field(default_factory=dict)  # language -> rule set ("nl.1")

    @property
    def counts(self) -> dict[str, int]:
        """How many phrases of each kind; both kinds always present."""
        found = Counter(m.mark.kind for m in self.marks)
        return {kind: found.get(kind, 0) for kind in KINDS}

    @property
    def by_rule(self) -> dict[str, int]:
        return dict(sorted(Counter(m.mark.rule_id for m in self.marks).items()))


def mark_text(text: str, language: str) -> list[Mark]:
    """Telling and asking phrases in one text, in order."""
    rules = rules_for(language)
    quoted = quoted_spans(text)
    found: list[Mark] = []
    for sentence in sentences(text):
        found.extend(mark_sentence(text, sentence, (*rules.telling, *rules.asking), rules, quoted))
    return found


def mirror(texts: dict[str, str], fallback_language: str = "en") -> Mirror:
    """The marks in a reflection's ``texts`` (field -> text; fields outside ``FIELDS``
    are left alone)."""
    marks: list[FieldMark] = []
    languages: dict[str, str] = {}
    for name in FIELDS:
        text = texts.get(name) or ""
        if not text.strip():
            continue
        language = detect(text, fallback_language)
        languages[name] = language
        marks.extend(FieldMark(name, mark) for mark in mark_text(text, language))
    used = {language: rules_for(language).tag for language in languages.values()}
    return Mirror(tuple(marks), languages, used)
