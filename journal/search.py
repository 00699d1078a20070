"""What the person typed into the search box, made safe for SQLite FTS5.

Nothing typed reaches FTS5's query language raw: every whitespace-separated term
becomes a quoted string, which FTS5 hands to the same tokenizer as the text, so
quotes, brackets, ``AND``/``NOT``/``NEAR``, ``*``, ``:`` or an e-mail address are
searched as the words they contain. A term without any letter or digit (an emoji,
"?!") cannot be found through the index and is looked up as plain text instead.
The last term matches as a prefix while it is still being typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

# Around a matched word in highlighted text; the ui turns them into markup.
MARK_START = "\x02"
MARK_END = "\x03"


@dataclass(frozen=True)
class SearchFilters:
    """Everything that narrows the meeting list; the default finds every meeting."""

    text: str = ""
    client_id: int | None = None
    trait_id: str | None = None
    day_from: date | None = None  # the advisor's calendar days, both included
    day_to: date | None = None
    score_min: int | None = None  # 0–100: the trait's score, or the reflection's mean
    score_max: int | None = None
    tag_id: int | None = None
    reflected: bool | None = None

    def is_empty(self) -> bool:
        return self == SearchFilters(text=self.text) and not self.text.strip()


@dataclass(frozen=True)
class TextQuery:
    """``match`` for FTS5 (empty: none) and ``literals`` to find as plain text."""

    match: str
    literals: tuple[str, ...]

    def is_empty(self) -> bool:
        return not self.match and not self.literals


def parse(text: str, typing: bool = True) -> TextQuery:
    """The FTS5 expression for ``text``; ``typing``: the last word may be unfinished."""
    text = unicodedata.normalize("NFC", text.replace("\x00", " "))
    terms = text.split()
    phrases, literals = [], []
    for position, term in enumerate(terms):
        if not _has_word(term):
            literals.append(term)
            continue
        phrase = '"' + term.replace('"', '""') + '"'
        last = position == len(terms) - 1
        if typing and last and not text[-1:].isspace():
            phrase += "*"
        phrases.append(phrase)
    return TextQuery(" AND ".join(phrases), tuple(literals))


def _has_word(term: str) -> bool:
    """Whether FTS5's unicode61 tokenizer finds a token in ``term`` (letters, digits)."""
    return any(unicodedata.category(ch)[0] in "LN" or ch.isalnum() for ch in term)


def marked_spans(text: str) -> list[tuple[str, bool]]:
    """Highlighted text split into (piece, matched) pairs, markers removed."""
    spans: list[tuple[str, bool]] = []
    matched = False
    piece = ""
    for ch in text:
        if ch in (MARK_START, MARK_END):
            if piece:
                spans.append((piece, matched))
            piece = ""
            matched = ch == MARK_START
        else:
            piece += ch
    if piece:
        spans.append((piece, matched))
    return spans
