"""Reading an export bundle back, as a coach's review does, and a coach's feedback file,
as the advisor does: read within a limit (never from a FIFO or a device), parsed
strictly (``json_input``) and checked whole (``bundle_shape``) before anything is
shown, so a broken, truncated, hostile or newer file gives one clear message and
nothing opens half."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.coach import bundle_shape, json_input
from journal.errors import BundleUnreadable, FeedbackUnreadable
from journal.store import bounded_read

MAX_BYTES = 300 * 2**20  # a summary of 200,000 meetings is some 270 MB
MAX_FEEDBACK_BYTES = 50 * 2**20


@dataclass(frozen=True)
class Kind:
    """One kind of file we read back: its format name, version, schema (published,
    for others), our own check, the error it raises and its size limit."""

    name: str  # "advisor-journal", "advisor-journal-feedback"
    version: int
    schema: str
    error: type[BundleUnreadable]
    check: Callable[[dict[str, Any], bundle_shape.Check], None]
    max_bytes: int

    @property
    def format(self) -> str:
        return f"{self.name}/{self.version}"


BUNDLE = Kind(
    "advisor-journal", 1, "advisor-journal-1.schema.json", BundleUnreadable,
    bundle_shape.check_bundle, MAX_BYTES,
)  # fmt: skip
FEEDBACK = Kind(
    "advisor-journal-feedback", 1, "advisor-journal-feedback-1.schema.json", FeedbackUnreadable,
    bundle_shape.check_feedback, MAX_FEEDBACK_BYTES,
)  # fmt: skip


def read_bundle(path: Path, kind: Kind = BUNDLE) -> dict[str, Any]:
    return parse_bundle(read_bytes(path, kind), path, kind)


def read_bytes(path: Path, kind: Kind = BUNDLE) -> bytes:
    """The file's bytes within the kind's limit; a FIFO, device or folder refused."""
    try:
        return bounded_read.read_regular_file(path, kind.max_bytes)
    except bounded_read.Refused as refused:
        raise kind.error(path, refused.problem, refused.detail) from None


def parse_bundle(data: bytes, path: Path | str = "<bundle>", kind: Kind = BUNDLE) -> dict[str, Any]:
    return check_document(load_json(data, path, kind), path, kind)


def load_json(data: bytes, path: Path | str, kind: Kind) -> Any:
    """The JSON document, parsed strictly (``json_input``), or the kind's error."""
    try:
        return json_input.loads(data)
    except json_input.Broken as broken:
        raise kind.error(path, broken.problem, broken.detail, broken.line) from None


def check_document(document: Any, path: Path | str, kind: Kind) -> dict[str, Any]:
    """A parsed document of exactly this kind's format, checked whole, or its error."""
    if not isinstance(document, dict) or "format" not in document:
        raise kind.error(path, "not_a_bundle")
    minor = _minor(document["format"], kind)
    if minor is not None:  # "advisor-journal/1.N": a minor version adds what may be skipped
        if minor > BUNDLE_MINOR:
            document = {k: v for k, v in document.items() if k in _KNOWN_1_1}
        document["format"] = kind.format  # checked as "/1" (its schema names "others")
    _check_format(document["format"], path, kind)
    kind.check(document, bundle_shape.Check(path, kind.error))
    return document


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
    match = (
        re.fullmatch(rf"{re.escape(kind.name)}/([0-9]{{1,6}})", value)
        if isinstance(value, str)
        else None
    )
    if match is None:
        raise kind.error(path, "unknown_format", str(value)[:60])
    if value != kind.format:
        problem = "newer_format" if int(match.group(1)) > kind.version else "unknown_format"
        raise kind.error(path, problem, value)
