"""Text folded the way a reader reads names: "GROSSKUNDE VEXMAR", "Groß\u200bkunde Vexmar",
"Ｋｅｓｔｒｅｌ", "O’Brien", "Kеstrel" (a Cyrillic е) and "ZyxcorpHolding" all read as
the names they spell.

Folding, character by character: compatibility forms to their plain letters (NFKD:
fullwidth, ligatures), accents dropped, case folded (ß is ss), invisible characters
taken out (zero-width spaces, soft hyphens, direction marks), letters that look like
Latin ones from Cyrillic and Greek made Latin, apostrophe variants one apostrophe, and
every other character that is not a letter or digit a separator. A capital after a
small letter ("ZyxcorpHolding") starts a new word. Each folded character remembers
the character it came from, so what is found in the folded text is replaced in the
text itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters a reader does not see.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06"
    "\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)
_APOSTROPHES = frozenset("'\u2018\u2019\u201b\u02bc\u02b9\u02bb\u2032\u00b4\u0060\uff07")
# Cyrillic and Greek letters a reader takes for Latin ones (after case folding).
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁһԛԝкмнтвοαρνιτκυχεӏ",
    "aeopcyxijsdhqwkmhtboapvitkuxel",
)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+")
_SEPARATOR = " "


@dataclass(frozen=True)
class Word:
    """A word of a folded text: its key (no apostrophes, no possessive 's) and where
    it stands in the original text."""

    key: str
    start: int
    end: int


def _fold_char(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if char in _APOSTROPHES:
        return "'"
    if unicodedata.combining(char):  # an accent written apart (NFD)
        return ""
    plain = unicodedata.normalize("NFKD", char)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = plain.casefold().translate(_LOOK_ALIKES)
    if len(plain) == 1 and not plain.isalnum() and plain != "'":
        return _SEPARATOR
    return "".join(c if c.isalnum() or c == "'" else _SEPARATOR for c in plain)


_FOLDED: dict[str, str] = {}


def words(text: str) -> list[Word]:
    """The words of ``text`` as a reader reads them, with their places in ``text``."""
    pieces: list[str] = []
    origin: list[int] = []  # for each folded character, the index it came from
    after_small = False
    for index, char in enumerate(text):
        folded = _FOLDED.get(char)
        if folded is None:
            folded = _FOLDED[char] = _fold_char(char)
        if not folded:
            continue  # invisible: the word goes on
        if after_small and char.isupper():  # "ZyxcorpHolding": a new word
            pieces.append(_SEPARATOR)
            origin.append(index)
        after_small = char.islower()
        pieces.append(folded)
        origin.extend([index] * len(folded))
    folded_text = "".join(pieces)
    return [
        Word(key(match.group()), origin[match.start()], origin[match.end() - 1] + 1)
        for match in _TOKEN.finditer(folded_text)
    ]


def key(word: str) -> str:
    """A folded word as compared: "o'brien's" and "obrien" are one."""
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("'", "")


def name_keys(name: str) -> tuple[str, ...]:
    """The words of a name, folded: what any spelling of it comes to."""
    return tuple(w.key for w in words(name))
