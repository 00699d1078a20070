"""The machine-readable export formats: the JSON bundle itself, and CSV with one row per
answer; written from an ``export_bundle.Export`` as SQLite builds its meetings
(``json_chunks``, ``csv_chunks``: what the app writes to a file), or from a bundle
already in memory (``to_json``, ``to_csv``: the same bytes). The reports for people
(Markdown, HTML, PDF) are worded in the ui, which translates them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the command line reads EXPORT_KINDS before any export is asked
    from journal.reflect.bank import QuestionBank


class Export(Protocol):
    """What ``export_bundle.prepare`` gives (that module builds on this one)."""

    head: dict[str, Any]

    def lines(self) -> Iterator[list[str]]: ...

    def csv_lines(self, cells: dict[str, str]) -> Iterator[str]: ...


CSV_COLUMNS = (
    "date", "time", "meeting_id", "meeting", "client", "trait_id", "trait", "question_id",
    "question", "score", "text",
)  # fmt: skip


# Every format an export can take; the reports (pdf, html, md) are written by the ui.
EXPORT_KINDS = ("pdf", "html", "md", "csv", "json")


def to_json(bundle: dict[str, Any]) -> bytes:
    """UTF-8 JSON, one meeting per line: small, yet readable and diff-friendly."""
    head = {k: v for k, v in bundle.items() if k != "meetings"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]  # reopen the object
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # made once
    meetings = ",\n  ".join(map(encode, bundle["meetings"]))
    return (text + ',\n "meetings": [\n  ' + meetings + "\n ]\n}\n").encode()


def json_chunks(export: Export) -> Iterator[bytes]:
    """``to_json`` of the export, in pieces as SQLite builds the meetings."""
    head = json.dumps(export.head, ensure_ascii=False, indent=1)[:-2]
    yield (head + ',\n "meetings": [\n  ').encode()
    separator = ""
    for batch in export.lines():
        yield (separator + ",\n  ".join(batch)).encode()
        separator = ",\n  "
    yield b"\n ]\n}\n"


def csv_chunks(export: Export, bank: QuestionBank, language: str) -> Iterator[bytes]:
    """``to_csv`` of the export, in pieces as SQLite builds the lines."""
    cells = {f"t:{t['id']}": cell(t["names"].get(language, t["id"])) for t in export.head["traits"]}
    cells |= {f"q:{q}": cell(text) for q, text in _question_texts(bank, language).items()}
    yield ",".join(map(cell, CSV_COLUMNS)).encode("utf-8-sig") + b"\r\n"
    for lines in export.csv_lines(cells):
        yield lines.encode()


def to_csv(bundle: dict[str, Any], bank: QuestionBank, language: str) -> bytes:
    """One row per answer; UTF-8 with a byte-order mark, so that spreadsheets (Excel
    too) read the accents right; dates ISO 8601. No cell is a formula (``as_text``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(tuple(map(as_text, row)) for row in _rows(bundle, bank, language))
    return out.getvalue().encode("utf-8-sig")


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA = ("=", "+", "-", "@")
_FORMULA_START = (*_FORMULA, "\t", "\r")


def as_text(value: Any) -> Any:
    """A cell a spreadsheet shows as text, as OWASP's guidance on CSV injection says:
    one that starts with = + - @, a tab or a carriage return, or with = + - @ after
    white space (some spreadsheets trim it), gets a single quote before it. Numbers
    stay numbers."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START) or value.lstrip(" \t\r\n").startswith(_FORMULA):
        return "'" + value
    return value


def cell(value: str) -> str:
    """``value`` as one cell of the CSV ``to_csv`` writes: made text (``as_text``), and
    quoted as Python's ``csv`` quotes a cell (``QUOTE_MINIMAL``, lines ending in CRLF)."""
    value = as_text(value)
    if any(special in value for special in _QUOTED):
        return '"' + value.replace('"', '""') + '"'
    return value


_QUOTED = (",", '"', "\r", "\n")


def _rows(bundle: dict[str, Any], bank: QuestionBank, language: str) -> Iterator[tuple]:
    trait_names = {t["id"]: t["names"].get(language, t["id"]) for t in bundle["traits"]}
    questions = _question_texts(bank, language)  # looked up once, not per answer
    for meeting in bundle["meetings"]:
        reflection = meeting["reflection"]
        if reflection is None:
            continue
        day, _, clock = meeting["start"].partition("T")
        base = (day, clock[:5], meeting["id"], meeting["title"], meeting["client"])
        for answer in reflection["answers"]:
            question_id, trait_id = answer["question_id"], answer["trait_id"] or ""
            yield base + (
                trait_id,
                trait_names.get(trait_id, ""),
                question_id,
                questions.get(question_id, ""),
                answer.get("score", ""),
                answer.get("text", ""),
            )


def _question_texts(bank: QuestionBank, language: str) -> dict[str, str]:
    texts = {q.id: q.text.in_language(language) for t in bank.traits for q in t.questions}
    for question in (*bank.open_questions, bank.intention):
        texts[question.id] = question.text.in_language(language)
    return texts
