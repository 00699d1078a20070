"""Telling a question open or closed, and a sentence that advises or directs.

A sentence is a question when it ends with "?" (closing quotes aside), or when an
invitation rule ("tell me about …", "vertel eens …") matches it. Open rules are tried
first, then the closed ones in order (a tag question before the verb-first rule); a
question no rule names is closed by the fallback rule (a statement said as a question:
"So the budget is fixed?"). A direction is a sentence that is no question and that a
directive rule matches; a sentence counts once, by the first rule that matches it.

A long sentence is read in pieces (``matching.lines``): ``from_start`` rules read the
first piece, rules anchored at the end (a tag question) the last, the others every
piece; all in one pass.
"""

from __future__ import annotations

from journal.language.matching import Line, lines
from journal.language.rules import Rule, RuleSet
from journal.language.text import Sentence


def read_sentence(source: str, sentence: Sentence, rules: RuleSet) -> tuple[str, str] | None:
    """("open", "closed" or "directive", the rule id), or None for any other sentence."""
    asked = sentence.is_question
    groups = {
        "open": [r for r in rules.open_questions if asked or r.statement],
        "closed": list(rules.closed_questions) if asked else [],
        "directive": [] if asked else list(rules.directives),
    }
    hits: dict[str, set[int]] = {kind: set() for kind in groups}
    last: Line | None = None
    for number, piece in enumerate(lines(source, sentence, rules)):
        for kind, group in groups.items():
            for index, rule in enumerate(group):
                if index in hits[kind] or _at_end(rule) or (rule.from_start and number > 0):
                    continue
                if piece.matches(rule):
                    hits[kind].add(index)
        last = piece
    if last is not None:
        for kind, group in groups.items():
            for index, rule in enumerate(group):
                if _at_end(rule) and index not in hits[kind] and last.matches(rule):
                    hits[kind].add(index)
    if hits["open"]:
        return "open", groups["open"][min(hits["open"])].id
    if asked:
        if hits["closed"]:
            return "closed", groups["closed"][min(hits["closed"])].id
        return "closed", rules.closed_fallback.id
    if hits["directive"]:
        return "directive", groups["directive"][min(hits["directive"])].id
    return None


def classify_question(source: str, sentence: Sentence, rules: RuleSet) -> tuple[str, str] | None:
    """("open" or "closed", the rule id) for a question, None for any other sentence."""
    found = read_sentence(source, sentence, rules)
    return found if found is not None and found[0] != "directive" else None


def direction(source: str, sentence: Sentence, rules: RuleSet) -> str | None:
    """The id of the first directive rule that matches a sentence that is no question."""
    found = read_sentence(source, sentence, rules)
    return found[1] if found is not None and found[0] == "directive" else None


def _at_end(rule: Rule) -> bool:
    return rule.source.endswith("$") and not rule.from_start
