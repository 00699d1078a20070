"""Reading an export bundle back, as a coach's review does: all of it checked against
the published JSON Schema before anything is shown, so a broken, truncated or newer
file gives one clear message and nothing opens half."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import BundleUnreadable
from .export_bundle import FORMAT

MAX_BYTES = 1_000_000_000
SCHEMA_FILE = "advisor-journal-1.schema.json"
_FORMAT = re.compile(r"^advisor-journal/(\d+)$")


def read_bundle(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BundleUnreadable(path, "unreadable", f"larger than {MAX_BYTES // 10**6} MB")
        data = path.read_bytes()
    except OSError as error:
        raise BundleUnreadable(path, "unreadable", error.strerror or str(error)) from None
    return parse_bundle(data, path)


def parse_bundle(data: bytes, path: Path | str = "<bundle>") -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BundleUnreadable(path, "not_json", "not UTF-8 text") from error
    try:
        bundle = json.loads(text)
    except json.JSONDecodeError as error:
        # A whole bundle ends with its closing brace; a file cut short does not.
        whole = text.strip()
        truncated = whole.startswith("{") and (error.pos >= len(whole) or not whole.endswith("}"))
        raise BundleUnreadable(
            path, "truncated" if truncated else "not_json", error.msg, error.lineno
        ) from None
    if not isinstance(bundle, dict) or "format" not in bundle:
        raise BundleUnreadable(path, "not_a_bundle")
    _check_format(bundle["format"], path)
    _check_schema(bundle, path)
    return bundle


def _check_format(value: Any, path: Path | str) -> None:
    match = _FORMAT.match(value) if isinstance(value, str) else None
    if match is None:
        raise BundleUnreadable(path, "unknown_format", str(value))
    if value != FORMAT:
        problem = "newer_format" if int(match.group(1)) > 1 else "unknown_format"
        raise BundleUnreadable(path, problem, value)


def _check_schema(bundle: dict[str, Any], path: Path | str) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(bundle))
    if error is not None:
        raise BundleUnreadable(path, "invalid", error.message, where=_where(error.absolute_path))


def _where(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(
        resources.files("resources").joinpath("schemas", SCHEMA_FILE).read_text("utf-8")
    )
    return Draft202012Validator(schema)
