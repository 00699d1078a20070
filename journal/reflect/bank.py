"""The question bank: ten trusted-advisor traits, their 1–5 questions and the open
after-action questions, in Dutch and English, loaded from ``resources/questions``.

Each trait also has its client-side items: the same trait worded from the client's side
("My advisor let me tell my whole story before advising"), which a client pulse asks
and a coach rates (``journal.pulse``), on the same 1–5 scale.

Ids are permanent: stored answers point at them. The bank is validated as it is read;
any problem raises ``BankError`` naming the file, the entry and what is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from journal.errors import BankError

LANGUAGES = ("en", "nl")
TRUST_PARTS = ("credibility", "reliability", "intimacy", "self_orientation")
SCALE_POINTS = 5
BANK_FORMAT = 1
CLIENT_ITEM_ID = re.compile(r"[a-z][a-z0-9_]*\.c[0-9]{1,3}")


@dataclass(frozen=True)
class Text:
    """A text in every supported language."""

    en: str
    nl: str

    def in_language(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


@dataclass(frozen=True)
class Question:
    id: str
    trait_id: str
    text: Text
    reversed: bool


@dataclass(frozen=True)
class ClientItem:
    """A trait worded from the client's side; never reversed (a client answers a plain
    statement about the advisor, so a higher score is always better)."""

    id: str  # "<trait id>.c<n>"
    trait_id: str
    text: Text


@dataclass(frozen=True)
class Trait:
    id: str
    name: Text
    description: Text
    trust_parts: tuple[str, ...]
    questions: tuple[Question, ...]
    client_items: tuple[ClientItem, ...] = ()


@dataclass(frozen=True)
class OpenQuestion:
    id: str
    text: Text
    placeholder: Text


@dataclass(frozen=True)
class QuestionBank:
    traits: tuple[Trait, ...]
    open_questions: tuple[OpenQuestion, ...]
    intention: OpenQuestion
    scale: tuple[Text, ...]

    def trait(self, trait_id: str) -> Trait:
        return self._traits_by_id()[trait_id]

    def question(self, question_id: str) -> Question:
        return self._questions_by_id()[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._questions_by_id()

    def client_item(self, item_id: str) -> ClientItem:
        """KeyError for an id the bank does not have."""
        return self._client_items_by_id()[item_id]

    def has_client_item(self, item_id: str) -> bool:
        return item_id in self._client_items_by_id()

    def client_items(self) -> tuple[ClientItem, ...]:
        """Every client-side item, in the order of the traits."""
        return tuple(item for t in self.traits for item in t.client_items)

    def open_question(self, question_id: str) -> OpenQuestion:
        for q in (*self.open_questions, self.intention):
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def trait_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.traits)

    def _traits_by_id(self) -> dict[str, Trait]:
        return {t.id: t for t in self.traits}

    def _questions_by_id(self) -> dict[str, Question]:
        return {q.id: q for t in self.traits for q in t.questions}

    def _client_items_by_id(self) -> dict[str, ClientItem]:
        return {item.id: item for item in self.client_items()}


def bank_path() -> Path:
    from resources import FOLDER

    return FOLDER / "questions" / "bank.json"


@cache
def default_bank() -> QuestionBank:
    """The bank shipped with the app, read once per process."""
    return load_bank(bank_path())


def load_bank(path: Path) -> QuestionBank:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BankError(path, "file", f"cannot be read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BankError(path, "file", f"is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise BankError(path, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from exc
    return _Validator(path).bank(data)


class _Validator:
    """Turns parsed JSON into a QuestionBank, or raises BankError at the first problem."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, entry: str, problem: str) -> BankError:
        return BankError(self.path, entry, problem)

    def bank(self, data: Any) -> QuestionBank:
        if not isinstance(data, dict):
            raise self.fail("file", "the top level must be an object")
        if data.get("format") != BANK_FORMAT:
            raise self.fail("format", f"must be {BANK_FORMAT}, found {data.get('format')!r}")
        scale = self.scale(data.get("scale"))
        traits_raw = self.list_of(data, "traits", "file")
        traits = tuple(self.trait(t, i) for i, t in enumerate(traits_raw))
        self.unique([t.id for t in traits], "trait")
        self.unique(
            [q.id for t in traits for q in t.questions]
            + [item.id for t in traits for item in t.client_items],
            "question",
        )
        covered = {p for t in traits for p in t.trust_parts}
        missing = [p for p in TRUST_PARTS if p not in covered]
        if missing:
            raise self.fail("traits", "no trait covers the trust part(s) " + ", ".join(missing))
        open_raw = self.list_of(data, "open_questions", "file")
        open_questions = tuple(
            self.open_question(q, f"open_questions[{i}]") for i, q in enumerate(open_raw)
        )
        intention = self.open_question(data.get("intention"), "intention")
        self.unique(
            [q.id for q in open_questions]
            + [intention.id]
            + [q.id for t in traits for q in t.questions],
            "question",
        )
        return QuestionBank(traits, open_questions, intention, scale)

    def scale(self, raw: Any) -> tuple[Text, ...]:
        if not isinstance(raw, dict):
            raise self.fail("scale", "must be an object with a list of labels per language")
        labels = []
        for language in LANGUAGES:
            values = raw.get(language)
            if (
                not isinstance(values, list)
                or len(values) != SCALE_POINTS
                or not all(isinstance(v, str) and v.strip() for v in values)
            ):
                raise self.fail(f"scale.{language}", f"needs {SCALE_POINTS} non-empty labels")
            labels.append(values)
        return tuple(Text(en=en, nl=nl) for en, nl in zip(labels[0], labels[1], strict=True))

    def trait(self, raw: Any, index: int) -> Trait:
        where = f"traits[{index}]"
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object")
        trait_id = self.identifier(raw, where)
        where = f"trait '{trait_id}'"
        parts = raw.get("trust_parts")
        if not isinstance(parts, list) or not parts or not all(p in TRUST_PARTS for p in parts):
            raise self.fail(
                f"{where}.trust_parts", "must list one or more of " + ", ".join(TRUST_PARTS)
            )
        questions_raw = self.list_of(raw, "questions", where)
        questions = tuple(
            self.question(q, trait_id, f"{where}.questions[{i}]")
            for i, q in enumerate(questions_raw)
        )
        if len(questions) < 3:
            raise self.fail(where, f"needs at least 3 questions, has {len(questions)}")
        items_raw = self.list_of(raw, "client_items", where)
        client_items = tuple(
            self.client_item(item, trait_id, f"{where}.client_items[{i}]")
            for i, item in enumerate(items_raw)
        )
        return Trait(
            id=trait_id,
            name=self.text(raw.get("name"), f"{where}.name"),
            description=self.text(raw.get("description"), f"{where}.description"),
            trust_parts=tuple(parts),
            questions=questions,
            client_items=client_items,
        )

    def client_item(self, raw: Any, trait_id: str, where: str) -> ClientItem:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object")
        item_id = self.identifier(raw, where)
        where = f"client item '{item_id}'"
        if not CLIENT_ITEM_ID.fullmatch(item_id) or not item_id.startswith(trait_id + ".c"):
            raise self.fail(where, f"id must be '{trait_id}.c' and a number")
        if "reversed" in raw:
            raise self.fail(f"{where}.reversed", "client items are never reversed")
        return ClientItem(item_id, trait_id, self.text(raw.get("text"), f"{where}.text"))

    def question(self, raw: Any, trait_id: str, where: str) -> Question:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object")
        question_id = self.identifier(raw, where)
        where = f"question '{question_id}'"
        if not question_id.startswith(trait_id + "."):
            raise self.fail(where, f"id must start with its trait id '{trait_id}.'")
        reversed_ = raw.get("reversed")
        if not isinstance(reversed_, bool):
            raise self.fail(f"{where}.reversed", "must be true or false")
        return Question(
            question_id, trait_id, self.text(raw.get("text"), f"{where}.text"), reversed_
        )

    def open_question(self, raw: Any, where: str) -> OpenQuestion:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object")
        question_id = self.identifier(raw, where)
        where = f"question '{question_id}'"
        return OpenQuestion(
            question_id,
            self.text(raw.get("text"), f"{where}.text"),
            self.text(raw.get("placeholder"), f"{where}.placeholder"),
        )

    def identifier(self, raw: dict[str, Any], where: str) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not value or value != value.strip():
            raise self.fail(where, "needs an 'id' (a non-empty string without spaces around it)")
        return value

    def text(self, raw: Any, where: str) -> Text:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object with 'en' and 'nl' texts")
        for language in LANGUAGES:
            value = raw.get(language)
            if not isinstance(value, str) or not value.strip():
                raise self.fail(where, f"the '{language}' text is missing or empty")
        return Text(en=raw["en"], nl=raw["nl"])

    def list_of(self, raw: dict[str, Any], key: str, where: str) -> list[Any]:
        value = raw.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(where, f"'{key}' must be a non-empty list")
        return value

    def unique(self, ids: list[str], kind: str) -> None:
        seen: set[str] = set()
        for value in ids:
            if value in seen:
                raise self.fail(f"{kind} '{value}'", "the id is used twice")
            seen.add(value)
