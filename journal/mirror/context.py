"""The research the mirror and the transcript figures can be read against, with its
sources (``resources/language/context.json``): context to show, never a target."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class ContextNote:
    id: str
    source: str  # the reference, as cited
    text: dict[str, str]  # language -> what it says and how far it goes


@cache
def research_context() -> tuple[ContextNote, ...]:
    from resources import FOLDER

    data = json.loads((FOLDER / "language" / "context.json").read_text(encoding="utf-8"))
    return tuple(ContextNote(n["id"], n["source"], dict(n["text"])) for n in data["notes"])
