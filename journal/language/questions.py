"""Telling a question open or closed, and a sentence that advises or directs.

A sentence is a question when it ends with "?" (closing quotes aside), or when an
invitation rule ("tell me about …", "vertel eens …") matches it. Open rules are tried
first, then the closed ones in order (a tag question before the verb-first rule); a
question no rule names is closed by the fallback rule (a statement said as a question:
"So the budget is fixed?"). A direction is a sentence that is no question and that a
directive rule matches; a sentence counts once, by the first rule that matches it.
"""

from __future__ import annotations

from journal.language.matching import Line, lines
from journal.language.rules import Rule, RuleSet
from journal.language.text import Sentence


def classify_question(source: str, sentence: Sentence, rules: RuleSet) -> tuple[str, str] | None:
    """("open" or "closed", the rule id) for a question, None for any other sentence."""
    pieces = lines(source, sentence, rules)
    asked = sentence.is_question
    for rule in rules.open_questions:
        if (asked or rule.statement) and _any(pieces, rule):
            return "open", rule.id
    if not asked:
        return None
    for rule in rules.closed_questions:
        if _any(pieces, rule):
            return "closed", rule.id
    return "closed", rules.closed_fallback.id


def direction(source: str, sentence: Sentence, rules: RuleSet) -> str | None:
    """The id of the first directive rule that matches a sentence that is no question."""
    if classify_question(source, sentence, rules) is not None:
        return None
    pieces = lines(source, sentence, rules)
    for rule in rules.directives:
        if _any(pieces, rule):
            return rule.id
    return None


def _any(pieces: list[Line], rule: Rule) -> bool:
    """``from_start`` rules read the first piece of a long sentence, a rule anchored at
    the end (a tag question) the last, the others every piece."""
    if rule.from_start:
        return bool(pieces[0].matches(rule))
    if rule.source.endswith("$"):
        return bool(pieces[-1].matches(rule))
    return any(piece.matches(rule) for piece in pieces)
