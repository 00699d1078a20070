"""Text from a calendar file as it may be stored and shown: a stranger wrote it.

Control characters (NUL, BEL, escape sequences that recolour or clear a terminal,
backspace) and the characters that change the direction of text (U+202E can make
"exe.fdp" read as "pdf.exe") are taken out; line breaks and other separators become
spaces, runs of spaces one. Then the text is cut to a length, as a typed one is.
"""

from __future__ import annotations

import sys
import unicodedata

_DIRECTION = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SEPARATORS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x00, 0xA0):  # C0, DEL and C1
        if unicodedata.category(chr(code)) == "Cc":
            table[code] = None
    for char in _DIRECTION:
        table[ord(char)] = None
    for char in _SEPARATORS:
        table[ord(char)] = " "
    for code in range(0xD800, 0xE000):  # lone surrogates: no character at all
        table[code] = None
    return table


_CLEAN = _table()


def clean_text(text: str, limit: int = sys.maxsize) -> tuple[str, bool]:
    """``text`` safe to store and print, at most ``limit`` characters; and whether it
    had to be cut."""
    if len(text) <= limit and text.isprintable() and "  " not in text and text == text.strip():
        return text, False  # most text: nothing to clean (isprintable: no Cc, Cf, Zl, Zp)
    cleaned = " ".join(text.translate(_CLEAN).split())
    if len(cleaned) <= limit:
        return cleaned, False
    return cleaned[:limit].rstrip(), True


def visible(text: str, limit: int = 80) -> str:
    """A piece of a file quoted in a message (a line that is not iCalendar)."""
    return clean_text(text, limit)[0]
