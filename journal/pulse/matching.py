"""Which client item a survey column asks, by its question text in either language.

Tolerant of what survey tools and people do to a question: case, accents, spacing,
punctuation, numbering in front ("3.", "Q3:", "Vraag 3 -"), a scale hint behind
("(1-5)", "[1–5]", "(1 = not at all, 5 = fully)"), and words around it (a Likert
block's title before the statement). An item id in brackets ("[listening.c1]") names
its item outright.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from journal.pulse.bank_view import CLIENT_ITEM_ID, ClientItem

_NUMBERING = re.compile(r"^\s*(?:(?:q|question|vraag)\s*)?\d{1,3}\s*[.):\-–]?\s+", re.I)
_SCALE_HINT = re.compile(r"[(\[][^()\[\]]*1[^()\[\]]*5[^()\[\]]*[)\]]\s*$")
_ID_IN_BRACKETS = re.compile(r"\[\s*(" + CLIENT_ITEM_ID.pattern + r")\s*\]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    text = _SCALE_HINT.sub("", text)
    text = _NUMBERING.sub("", text)
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    return " ".join(text.split())


class ItemIndex:
    """The client items by their normalised text in every language."""

    def __init__(self, items: Iterable[ClientItem]):
        self.items = {item.id: item for item in items}
        self.by_text: dict[str, tuple[str, str]] = {}  # text → (item id, language)
        for item in self.items.values():
            for language in ("en", "nl"):
                self.by_text[normalise(item.text.in_language(language))] = (item.id, language)

    def match(self, header: str) -> tuple[str, str] | None:
        """(item id, language) for a column header, or None."""
        named = _ID_IN_BRACKETS.search(header)
        if named and named.group(1) in self.items:
            return named.group(1), ""
        text = normalise(header)
        if not text:
            return None
        if text in self.by_text:
            return self.by_text[text]
        inside = {v for key, v in self.by_text.items() if f" {key} " in f" {text} "}
        return inside.pop() if len(inside) == 1 else None
