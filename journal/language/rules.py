"""The rules in ``resources/language/<lang>.json``: read, checked, compiled.

Each rule has a permanent ``id`` (``nl.tell.uitgelegd``), a ``description`` a person
can read, and a ``pattern``: a regular expression over one sentence written as its
tokens joined by single spaces, lower case (``on: "words"``, the default) or as their
simplemma lemmas (``on: "lemmas"``: "ik heb het uitgelegd" reads "ik hebben het
uit_leggen"). ``from_start`` rules see the sentence from its first word after the
language's lead words ("and", "so", "en", "dus", "oké" …) and commas, so ``^`` is
where the real sentence begins. ``unless`` patterns (same line) veto a match they
overlap. ``statement`` question rules (an invitation: "tell me about …") also count a
sentence without a question mark. ``examples`` must match and ``not_examples`` must not (the tests check both).

A broken file raises ``RulesError`` naming the file, the rule and the problem.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from journal.errors import JournalError

RULES_FORMAT = 1
KINDS = ("open", "closed", "directive", "telling", "asking", "if_then")


class RulesError(JournalError):
    def __init__(self, path: Path | str, entry: str, problem: str):
        super().__init__(f"{path}: {entry}: {problem}")
        self.path = path
        self.entry = entry
        self.problem = problem


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    description: str
    source: str  # the pattern as written in the file
    pattern: re.Pattern[str] | None  # None: a fallback rule (what is left over)
    on: str = "words"
    from_start: bool = False
    statement: bool = False  # a question rule that also counts a sentence without "?"
    unless: tuple[re.Pattern[str], ...] = ()
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    language: str
    version: int
    lead_words: frozenset[str]
    open_questions: tuple[Rule, ...]
    closed_questions: tuple[Rule, ...]
    closed_fallback: Rule
    directives: tuple[Rule, ...]
    telling: tuple[Rule, ...]
    asking: tuple[Rule, ...]
    if_then: tuple[Rule, ...]
    if_then_template: str  # "If {situation}, I will {action}"

    @property
    def tag(self) -> str:
        """What figures record as the rules they were made with: "nl.1"."""
        return f"{self.language}.{self.version}"

    def all_rules(self) -> tuple[Rule, ...]:
        return (
            *self.open_questions,
            *self.closed_questions,
            self.closed_fallback,
            *self.directives,
            *self.telling,
            *self.asking,
            *self.if_then,
        )

    def rule(self, rule_id: str) -> Rule:
        for rule in self.all_rules():
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def rules_path(language: str) -> Path:
    from resources import FOLDER

    return FOLDER / "language" / f"{language}.json"


@cache
def rules_for(language: str) -> RuleSet:
    """The shipped rules of "nl" or "en", read once per process."""
    if language not in ("nl", "en"):
        raise ValueError(f"no rules for language {language!r}")
    return load_rules(rules_path(language))


@cache
def rules_tag(language: str) -> str:
    """The tag of the shipped rules of "nl" or "en" (``RuleSet.tag``), read without
    compiling their patterns: the Growth view finds the counts kept with it, and
    compiles the rules only when it has texts to read."""
    if language not in ("nl", "en"):
        raise ValueError(f"no rules for language {language!r}")
    path = rules_path(language)
    language, version = _Reader(path).header(_read(path))
    return f"{language}.{version}"


def load_rules(path: Path) -> RuleSet:
    return _Reader(path).rule_set(_read(path))


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise RulesError(path, "file", f"cannot be read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RulesError(path, "file", f"is not JSON in UTF-8 ({exc})") from exc


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.seen: set[str] = set()

    def fail(self, entry: str, problem: str) -> RulesError:
        return RulesError(self.path, entry, problem)

    def header(self, data: Any) -> tuple[str, int]:
        """The file's language and version, checked."""
        if not isinstance(data, dict) or data.get("format") != RULES_FORMAT:
            raise self.fail("format", f"must be {RULES_FORMAT}")
        language = data.get("language")
        if language not in ("nl", "en"):
            raise self.fail("language", "must be nl or en")
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise self.fail("version", "must be a whole number from 1")
        return language, version

    def rule_set(self, data: Any) -> RuleSet:
        language, version = self.header(data)
        questions = self.section(data, "questions")
        mirror = self.section(data, "mirror")
        if_then = self.section(data, "if_then")
        fallback = self.section(questions, "closed_fallback")
        template = if_then.get("suggest")
        if (
            not isinstance(template, str)
            or "{situation}" not in template
            or "{action}" not in template
        ):
            raise self.fail("if_then.suggest", "needs {situation} and {action}")
        return RuleSet(
            language=language,
            version=version,
            lead_words=frozenset(w.lower() for w in self.strings(data, "lead_words")),
            open_questions=self.rules(questions, "open", "open"),
            closed_questions=self.rules(questions, "closed", "closed"),
            closed_fallback=self.rule(fallback, "closed", "questions.closed_fallback", True),
            directives=self.rules(data, "directives", "directive"),
            telling=self.rules(mirror, "telling", "telling"),
            asking=self.rules(mirror, "asking", "asking"),
            if_then=self.rules(if_then, "recognise", "if_then"),
            if_then_template=template,
        )

    def section(self, data: dict, name: str) -> dict:
        value = data.get(name)
        if not isinstance(value, dict):
            raise self.fail(name, "must be an object")
        return value

    def strings(self, data: dict, name: str) -> list[str]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "must be a list of texts")
        return value

    def rules(self, data: dict, name: str, kind: str) -> tuple[Rule, ...]:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            raise self.fail(name, "must be a non-empty list of rules")
        return tuple(self.rule(item, kind, f"{name}[{i}]") for i, item in enumerate(value))

    def rule(self, item: Any, kind: str, where: str, fallback: bool = False) -> Rule:
        if not isinstance(item, dict):
            raise self.fail(where, "must be an object")
        rule_id = item.get("id")
        if not isinstance(rule_id, str) or not re.fullmatch(r"[a-z]{2}(\.[a-z_]+)+", rule_id):
            raise self.fail(where, f"id {rule_id!r} must look like nl.tell.uitgelegd")
        if rule_id in self.seen:
            raise self.fail(rule_id, "id used twice")
        self.seen.add(rule_id)
        description = item.get("description")
        if not isinstance(description, str) or not description.strip():
            raise self.fail(rule_id, "needs a description")
        on = item.get("on", "words")
        if on not in ("words", "lemmas"):
            raise self.fail(rule_id, "on must be words or lemmas")
        source = item.get("pattern", "")
        pattern = None if fallback else self.compile(rule_id, source)
        unless = tuple(self.compile(rule_id, p) for p in self.strings(item, "unless"))
        return Rule(
            id=rule_id,
            kind=kind,
            description=description,
            source=source,
            pattern=pattern,
            on=on,
            from_start=bool(item.get("from_start", False)),
            statement=bool(item.get("statement", False)),
            unless=unless,
            examples=tuple(self.strings(item, "examples")),
            not_examples=tuple(self.strings(item, "not_examples")),
        )

    def compile(self, rule_id: str, source: Any) -> re.Pattern[str]:
        if not isinstance(source, str) or not source:
            raise self.fail(rule_id, "needs a pattern")
        try:
            return re.compile(source)
        except re.error as exc:
            raise self.fail(rule_id, f"pattern does not compile: {exc}") from exc
