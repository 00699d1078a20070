"""Applying rules to one sentence: which rules match, and where in the text.

A sentence is read as a *line*: its tokens joined by single spaces, lower case (or
their lemmas). A match is traced back to the tokens it covers, so every mark has a
span in the original text and the id of the rule that made it. Long sentences (a
transcript turn without punctuation) are read in pieces of ``MAX_TOKENS`` tokens, so
time stays proportional to the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from journal.language.lemmas import lemma
from journal.language.rules import Rule, RuleSet
from journal.language.text import TOKEN, Sentence, Token

MAX_TOKENS = 200
_QUOTES = frozenset("\"'“”„‘’«»")
_LEAD_PUNCTUATION = frozenset(",;:-–—…\"'“”„‘’«»()[]")


@dataclass(frozen=True)
class Mark:
    """One phrase a rule marked: ``start``/``end`` in the text the sentence came from."""

    rule_id: str
    kind: str
    start: int
    end: int
    phrase: str


class Line:
    """One piece of a sentence as the rules read it."""

    def __init__(self, source: str, toks: list[Token], language: str, lead_words: frozenset[str]):
        self.source = source  # the whole text the offsets point into
        self.tokens = toks
        self.language = language
        first = 0
        while first < len(toks) and (
            toks[first].text.lower() in lead_words or toks[first].text in _LEAD_PUNCTUATION
        ):
            first += 1
        self.first = first  # where ``from_start`` rules begin
        self._texts: dict[tuple[str, bool], tuple[str, list[int]]] = {}

    @cached_property
    def words(self) -> list[str]:
        return [_word(t.text) for t in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:
        return [lemma(w, self.language) if w[0].isalnum() else w for w in self.words]

    def text(self, on: str, from_start: bool) -> tuple[str, list[int]]:
        """The line and where each of its tokens starts in it."""
        key = (on, from_start)
        if key not in self._texts:
            parts = (self.lemmas if on == "lemmas" else self.words)[
                self.first if from_start else 0 :
            ]
            starts, position = [], 0
            for part in parts:
                starts.append(position)
                position += len(part) + 1
            self._texts[key] = (" ".join(parts), starts)
        return self._texts[key]

    def matches(self, rule: Rule) -> list[Mark]:
        if rule.pattern is None:
            return []
        line, starts = self.text(rule.on, rule.from_start)
        base = self.first if rule.from_start else 0
        marks = []
        vetoes = [u.span() for p in rule.unless for u in p.finditer(line)]
        for found in rule.pattern.finditer(line):
            if found.end() == found.start():
                continue
            if any(_overlaps(found.span(), veto) for veto in vetoes):
                continue
            first, last = _token_range(starts, found.start(), found.end())
            if first is None or last is None:
                continue
            start, end = self.tokens[base + first].start, self.tokens[base + last].end
            marks.append(Mark(rule.id, rule.kind, start, end, self.source[start:end]))
        return marks

    def first_match(self, rules: tuple[Rule, ...]) -> tuple[Rule, Mark] | None:
        for rule in rules:
            found = self.matches(rule)
            if found:
                return rule, found[0]
        return None


def _word(token: str) -> str:
    """A token as the rules read it: lower case, typographic apostrophes as ', and
    every quotation mark standing alone as \"."""
    if len(token) == 1 and token in _QUOTES:
        return '"'
    return token.lower().replace("’", "'")


def lines(source: str, sentence: Sentence, rules: RuleSet) -> Iterator[Line]:
    """The sentence as one or more lines (pieces of ``MAX_TOKENS`` tokens), made one at
    a time, so an endless sentence never sits in memory as tokens all at once."""
    found = TOKEN.finditer(sentence.text)
    offset = sentence.start
    while True:
        chunk = [
            Token(m.group(), m.start() + offset, m.end() + offset)
            for m in islice(found, MAX_TOKENS)
        ]
        if not chunk:
            return
        yield Line(source, chunk, rules.language, rules.lead_words)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _token_range(starts: list[int], begin: int, end: int) -> tuple[int | None, int | None]:
    """The first and last token a match from ``begin`` to ``end`` touches."""
    touched = [
        index
        for index, token_start in enumerate(starts)
        if token_start < end
        and (starts[index + 1] - 1 if index + 1 < len(starts) else end + 1) > begin
    ]
    return (touched[0], touched[-1]) if touched else (None, None)


def mark_sentence(
    source: str,
    sentence: Sentence,
    rules: tuple[Rule, ...],
    ruleset: RuleSet,
    quoted: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Mark]:
    """Every mark ``rules`` make in the sentence, overlaps resolved: the earliest (then
    the longest, then the first rule listed) wins; a match that starts inside a quotation
    is someone else's words and is left out."""
    found = []
    for line in lines(source, sentence, ruleset):
        for order, rule in enumerate(rules):
            for mark in line.matches(rule):
                if not any(a <= mark.start < b for a, b in quoted):
                    found.append((mark.start, -(mark.end - mark.start), order, mark))
    kept: list[Mark] = []
    for *_ignored, mark in sorted(found, key=lambda item: item[:3]):
        if not any(_overlaps((mark.start, mark.end), (k.start, k.end)) for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)
