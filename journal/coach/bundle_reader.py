"""Reading an export bundle back, as a coach's review does, and a coach's feedback file,
as the advisor does: all of it checked against the published JSON Schema before
anything is shown, so a broken, truncated or newer file gives one clear message and
nothing opens half."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from journal.errors import BundleUnreadable, FeedbackUnreadable
from journal.store.files import read_chosen

MAX_BYTES = 1_000_000_000


@dataclass(frozen=True)
class Kind:
    """One kind of file we read back: its format name, version and schema."""

    name: str  # "advisor-journal", "advisor-journal-feedback"
    version: int
    schema: str
    error: type[BundleUnreadable]

    @property
    def format(self) -> str:
        return f"{self.name}/{self.version}"


BUNDLE = Kind("advisor-journal", 1, "advisor-journal-1.schema.json", BundleUnreadable)
FEEDBACK = Kind(
    "advisor-journal-feedback", 1, "advisor-journal-feedback-1.schema.json", FeedbackUnreadable
)


def read_bundle(path: Path, kind: Kind = BUNDLE) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise kind.error(path, "unreadable", f"larger than {MAX_BYTES // 10**6} MB")
        data = read_chosen(path)  # never the open journal (journal.store.files)
    except OSError as error:
        raise kind.error(path, "unreadable", error.strerror or str(error)) from None
    return parse_bundle(data, path, kind)


def parse_bundle(data: bytes, path: Path | str = "<bundle>", kind: Kind = BUNDLE) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise kind.error(path, "not_json", "not UTF-8 text") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        # A whole file ends with its closing brace; a file cut short does not.
        whole = text.strip()
        truncated = whole.startswith("{") and (error.pos >= len(whole) or not whole.endswith("}"))
        raise kind.error(
            path, "truncated" if truncated else "not_json", error.msg, error.lineno
        ) from None
    if not isinstance(document, dict) or "format" not in document:
        raise kind.error(path, "not_a_bundle")
    minor = _minor(document["format"], kind)
    if minor is not None:  # "advisor-journal/1.N": a minor version adds what may be skipped
        if minor > BUNDLE_MINOR:
            document = {k: v for k, v in document.items() if k in _KNOWN_1_1}
        document["format"] = kind.format  # checked as "/1" (its schema names "others")
    _check_format(document["format"], path, kind)
    _check_schema(document, path, kind)
    _check_dates(document, path, kind)
    return document


# Where dates and times sit in each kind of file: (path in the document, is a day).
_DATES = {
    "advisor-journal": [("exported_at", False), ("period.from", True), ("period.to", True),
                        ("meetings[].start", False), ("meetings[].end", False),
                        ("meetings[].reflection.reflected_at", False)],
    "advisor-journal-feedback": [("written_at", False), ("periods[].from", True),
                                 ("periods[].to", True)],
}  # fmt: skip
EARLIEST, LATEST = date(1900, 1, 1), date(2200, 12, 31)


def _check_dates(document: dict[str, Any], path: Path | str, kind: Kind) -> None:
    """The schema checks the shape of a date; this checks that it exists (no 30
    February, no hour 25), lies in a sane range, and that periods do not end before
    they start."""
    for where, is_day in _DATES[kind.name]:
        for place, text in _values(document, where.split(".")):
            try:
                value = date.fromisoformat(text) if is_day else datetime.fromisoformat(text)
            except ValueError:
                raise kind.error(
                    path, "invalid", f"{text!r} is not a real date or time", where=place
                ) from None
            day = value if is_day else value.date()
            if not EARLIEST <= day <= LATEST:
                raise kind.error(path, "invalid", f"{text!r} is out of range", where=place)
    periods = document["periods"] if kind is FEEDBACK else [document["period"]]
    for index, period in enumerate(periods):
        if period["to"] < period["from"]:
            place = f"periods[{index}]" if kind is FEEDBACK else "period"
            raise kind.error(path, "invalid", "the period ends before it starts", where=place)


def _values(node: Any, parts: list[str], place: str = ""):
    """(where, value) for a dotted path; ``name[]`` walks every item of a list."""
    if not parts:
        if isinstance(node, str):
            yield place, node
        return
    head, rest = parts[0], parts[1:]
    if not isinstance(node, dict) or node.get(head.removesuffix("[]")) is None:
        return
    child = node[head.removesuffix("[]")]
    step = (place + "." if place else "") + head.removesuffix("[]")
    if head.endswith("[]"):
        for index, item in enumerate(child):
            yield from _values(item, rest, f"{step}[{index}]")
    else:
        yield from _values(child, rest, step)


# The newest minor version of the bundle this app reads whole ("advisor-journal/1.1": the
# clients' and coach's answers as aggregates, ``others``), and what a 1.1 bundle may hold.
BUNDLE_MINOR = 1
_KNOWN_1_1 = {"format", "exported_at", "period", "advisor", "privacy", "traits", "meetings",
              "others"}  # fmt: skip


def _minor(value: Any, kind: Kind) -> int | None:
    """N for a bundle of format "advisor-journal/1.N" (None for anything else: the
    feedback file reads its own minor versions in ``journal.coach.feedback``)."""
    if kind is not BUNDLE or not isinstance(value, str):
        return None
    match = re.fullmatch(rf"{re.escape(kind.format)}\.([0-9]{{1,4}})", value)
    return int(match.group(1)) if match else None


def _check_format(value: Any, path: Path | str, kind: Kind) -> None:
    match = re.match(rf"^{re.escape(kind.name)}/(\d+)$", value) if isinstance(value, str) else None
    if match is None:
        raise kind.error(path, "unknown_format", str(value))
    if value != kind.format:
        problem = "newer_format" if int(match.group(1)) > kind.version else "unknown_format"
        raise kind.error(path, problem, value)


def _check_schema(document: dict[str, Any], path: Path | str, kind: Kind) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator(kind.schema).iter_errors(document))
    if error is not None:
        raise kind.error(path, "invalid", error.message, where=_where(error.absolute_path))


def _where(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@lru_cache(maxsize=2)
def _validator(schema_file: str):
    from jsonschema import Draft202012Validator

    schema = json.loads(
        resources.files("resources").joinpath("schemas", schema_file).read_text("utf-8")
    )
    return Draft202012Validator(schema)
