"""Sentences, words and quotations in a text, with their character spans.

A *word* is a run of letters or digits, with an apostrophe or hyphen inside it kept as
part of it: "don't", "zo'n", "e-mail" are one word each, "10:30" is two. Every count of
words in the app (talk share by words, monologues) uses ``count_words``.

A *sentence* ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets
after it) followed by white space, or at a line break. Abbreviations such as "e.g." or
"bijv." do not end one (``NOT_AN_END``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A token: a word, or one character that is neither a word character nor white space.
TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|[^\w\s]|_")
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n")
NOT_AN_END = frozenset(
    {"e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "bijv.", "bv.", "o.a.",
     "d.w.z.", "m.a.w.", "z.g.a.n.", "dhr.", "mevr.", "ca.", "incl.", "excl.", "nr.", "blz."}
)  # fmt: skip
_ELISION = re.compile(r"[stnkm]\b")
_QUOTE_PAIRS = {"“": "”", "„": "”", "«": "»", "‘": "’", '"': '"', "'": "'"}


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the text it came from
    end: int

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \"'”’»)]").endswith("?")


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order, without surrounding white space."""
    found: list[Sentence] = []
    start = 0
    for end_mark in _END.finditer(text):
        newline = end_mark.group() == "\n"
        end = end_mark.start() if newline else end_mark.end()
        if not newline and end_mark.end() < len(text) and text[end_mark.end()] != "\n":
            tail = text[max(start, end - 12) : end].rsplit(None, 1)
            if tail and tail[-1].lower() in NOT_AN_END:
                continue  # "e.g. the budget" goes on
        _add(found, text, start, end)
        start = end_mark.end()
    _add(found, text, start, len(text))
    return found


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + (len(piece) - len(piece.lstrip()))
        found.append(Sentence(stripped, offset, offset + len(stripped)))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone: the spans inside quotation marks (“…”, „…”, «…»,
    "…", and '…' or ‘…’ when the marks stand apart from words, so that "don't",
    "zo'n" and "’s avonds" are no quotes). An unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in _QUOTE_PAIRS and _opens(text, i):
            closing = _QUOTE_PAIRS[char]
            j = i + 1
            while j < n and not (text[j] == closing and _closes(text, j, char)):
                j += 1
            spans.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    if text[i] in "“„«":
        return True
    if text[i] in "'’" and _ELISION.match(text, i + 1):
        return False  # 's avonds, 't is, 'n keer
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "(:[—–-") and not after.isspace()


def _closes(text: str, j: int, opening: str) -> bool:
    if opening in "“„«":
        return True
    after = text[j + 1] if j + 1 < len(text) else " "
    return not (after.isalnum())


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets in the sentence's source text
    end: int


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN.finditer(text)]
