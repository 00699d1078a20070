"""A survey tool's response export read as pulse answers: which tool made it (by its
columns), which column asks which item, and each row's answers.

- Microsoft Forms: ``ID, Start time, Completion time, Email, Name`` (newer exports add
  ``Last modified time``; a Dutch account writes ``Id, Begintijd, Tijd van voltooien,
  E-mail, Naam``), then one column per question. Excel (.xlsx), or a CSV saved from it.
- Google Forms: ``Timestamp`` (``Tijdstempel``), ``Email Address`` when it collects
  addresses, ``Score`` for a quiz, then one column per question (CSV).
- Anything else with a header row of questions: read the same way, a row per rater.

An answer is a whole number 1–5, with or without its label ("4 - Largely",
"Grotendeels"), or empty (skipped). Anything else is named with its row and column and
left out; the rest of the row still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from journal.pulse.bank_view import Bank
from journal.pulse.errors import PulseUnreadable
from journal.pulse.matching import ItemIndex, normalise
from journal.pulse.model import GOOGLE_FORMS, MS_FORMS, TABLE, ResponseRead, RowProblem
from journal.pulse.tables import Table

# Column roles by normalised header, English and Dutch exports.
_ROLES = {
    "id": "id",
    "start time": "start",
    "begintijd": "start",
    "completion time": "completed",
    "tijd van voltooien": "completed",
    "voltooiingstijd": "completed",
    "email": "email",
    "e mail": "email",
    "name": "name",
    "naam": "name",
    "last modified time": "modified",
    "tijdstip van laatste wijziging": "modified",
    "laatst gewijzigd": "modified",
    "total points": "ignore",
    "totaal aantal punten": "ignore",
    "quiz feedback": "ignore",
    "timestamp": "timestamp",
    "tijdstempel": "timestamp",
    "email address": "email",
    "e mailadres": "email",
    "score": "ignore",
}
_ANONYMOUS = {"", "anonymous", "anoniem"}
_LEADING_SCORE = re.compile(r"^([1-5])(?:[.,]0+)?(?:$|[^0-9.,])")
_TIME_FORMATS = (
    "%m/%d/%y %H:%M:%S",  # Microsoft Forms, en-US
    "%m/%d/%Y %H:%M:%S",  # Google Forms, en-US
    "%d-%m-%Y %H:%M:%S",  # nl
    "%d-%m-%y %H:%M:%S",
    "%Y/%m/%d %I:%M:%S %p",  # Google Forms, "2026/11/23 3:02:11 PM"
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
)


@dataclass(frozen=True)
class SurveyRead:
    source: str  # MS_FORMS, GOOGLE_FORMS or TABLE
    form: str  # "CSV" or "Excel workbook"
    items: tuple[str, ...]  # the items its columns ask, in column order
    language: str  # the language its questions matched ("en", "nl"; "en" if mixed)
    responses: tuple[ResponseRead, ...]
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...]
    notes: tuple[str, ...]


def read_survey(table: Table, bank: Bank, source: Path | str) -> SurveyRead:
    roles = {i: _ROLES.get(normalise(h)) for i, h in enumerate(table.header)}
    index = ItemIndex(bank.client_items())
    columns: dict[int, str] = {}
    languages: set[str] = set()
    ignored: list[str] = []
    for i, header in enumerate(table.header):
        if roles[i]:
            continue
        matched = index.match(header)
        if matched is None:
            if header.strip():
                ignored.append(header)
            continue
        item_id, language = matched
        if item_id in columns.values():
            first = next(h for j, h in enumerate(table.header) if columns.get(j) == item_id)
            raise PulseUnreadable(
                source, "same_question_twice", f"{first!r} and {header!r}", table.header_row
            )
        columns[i] = item_id
        languages.update({language} - {""})
    if not columns:
        shown = ", ".join(repr(h) for h in table.header[:6] if h)
        raise PulseUnreadable(source, "no_questions", shown, table.header_row)
    kind = _tool(roles)
    responses, problems = [], []
    for number, cells in table.rows:
        scores: dict[str, int] = {}
        for i, item_id in columns.items():
            value = cells[i] if i < len(cells) else None
            score = _score(value, bank)
            if isinstance(score, int):
                scores[item_id] = score
            elif score is not None:
                problems.append(RowProblem(number, score, table.header[i], _shown(value)))
        if not scores:
            if not any(p.row == number for p in problems):
                problems.append(RowProblem(number, "no_answers"))
            continue
        responses.append(
            ResponseRead(
                identity=_identity(kind, roles, cells, columns),
                scores=scores,
                row=number,
                answered_at=_answered_at(roles, cells),
            )
        )
    return SurveyRead(
        source=kind,
        form=table.form,
        items=tuple(columns.values()),
        language=languages.pop() if len(languages) == 1 else "en",
        responses=tuple(responses),
        problems=tuple(problems),
        ignored_columns=tuple(ignored),
        notes=table.notes,
    )


def _tool(roles: dict[int, str | None]) -> str:
    present = set(roles.values())
    if {"id", "completed"} <= present or {"id", "start"} <= present:
        return MS_FORMS
    if roles.get(0) == "timestamp":
        return GOOGLE_FORMS
    return TABLE


def _score(value, bank: Bank) -> int | str | None:
    """1–5, None for an empty cell, or the problem ("formula", "out_of_range",
    "not_a_score")."""
    if value is None or isinstance(value, bool):
        return None if value is None else "not_a_score"
    if isinstance(value, int | float):
        if value != int(value):
            return "not_a_score"
        return int(value) if 1 <= value <= 5 else "out_of_range"
    if not isinstance(value, str):
        return "not_a_score"  # a date, a time
    text = value.strip()
    if not text:
        return None
    if text[0] in "=+@" or (text[0] == "-" and not text[1:].strip().isdigit()):
        return "formula"
    match = _LEADING_SCORE.match(text)
    if match:
        return int(match.group(1))
    if re.fullmatch(r"-?\d+(?:[.,]\d+)?", text):
        return "out_of_range" if float(text.replace(",", ".")).is_integer() else "not_a_score"
    wanted = normalise(text)
    for score, label in enumerate(bank.scale, 1):
        if wanted in (normalise(label.in_language("en")), normalise(label.in_language("nl"))):
            return score
    return "not_a_score"


def _identity(kind: str, roles, cells, columns: dict[int, str]) -> str:
    """What identifies the rater of this row in the export (hashed before it is kept)."""
    by_role = {role: cells[i] for i, role in roles.items() if role and i < len(cells)}
    email = str(by_role.get("email") or "").strip().casefold()
    if email not in _ANONYMOUS:
        return f"email:{email}"
    if kind == MS_FORMS:
        return "ms-forms:" + "|".join(
            str(by_role.get(role) or "") for role in ("id", "start", "completed")
        )
    answers = "|".join(str(cells[i]) for i in sorted(columns) if i < len(cells))
    if kind == GOOGLE_FORMS:
        return f"google-forms:{by_role.get('timestamp')}|{answers}"
    return "row:" + "|".join(str(c) for c in cells)


def _answered_at(roles, cells) -> datetime | None:
    for wanted in ("completed", "timestamp", "modified", "start"):
        for i, role in roles.items():
            if role == wanted and i < len(cells):
                moment = _moment(cells[i])
                if moment is not None:
                    return moment
    return None


def _moment(value) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    if not isinstance(value, str) or not value.strip():
        return None
    text, zone = _zone(value.strip())
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
        for pattern in _TIME_FORMATS:
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if moment is None or not 1990 <= moment.year <= 2200:
        return None
    if moment.tzinfo is None and zone is not None:
        moment = moment.replace(tzinfo=zone)
    return moment if moment.tzinfo else moment.astimezone()


_ZONE = re.compile(r"\s*(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$")


def _zone(text: str) -> tuple[str, timezone | None]:
    """Google Forms ends a time with its zone ("GMT+1", "GMT-05:00"): taken off and kept."""
    match = _ZONE.search(text)
    if match is None:
        return text, None
    sign, hours, minutes = match.groups()
    offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
    if offset > timedelta(hours=14):
        return text[: match.start()], None
    return text[: match.start()], timezone(-offset if sign == "-" else offset)


def _shown(value) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:59] + "…"
