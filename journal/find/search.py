"""Matched words marked in Python: in a text (``highlight``), and a snippet of a text
around its first match (``snippet``), for the window's list.

What was typed, made safe for FTS5 (``parse``, ``TextQuery``, ``SearchFilters``, the
marks), is ``query.py``'s, without ``re`` for the command line's short way; the ui and
the store import those from here too.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from itertools import islice

from journal.find.query import (  # noqa: F401 (SearchFilters, parse, tokens_of: for importers)
    FTS5_DIACRITICS,
    MARK_END,
    MARK_START,
    SearchFilters,
    TextQuery,
    fold,
    parse,
    tokens_of,
)

# FTS5's unicode61 words, as ``query.tokens_of`` finds them, with their places in the
# text: letters and digits (``[^\W_]``) and the diacritics FTS5 keeps inside a word.
_WORD = re.compile(f"(?:[^\\W_]|[{FTS5_DIACRITICS}])+")


def unmarked(text: str) -> str:
    """``text`` without the marker characters. A note may hold them (pasted); they would
    mark the wrong words, so they go (they are invisible control characters anyway)."""
    return text.replace(MARK_START, "").replace(MARK_END, "")


def highlight(text: str, query: TextQuery) -> str:
    """``text`` with every word the query matches between ``MARK_START`` and ``MARK_END``."""
    text = unmarked(text)
    if not query.words:
        return text
    if text.isascii():
        pieces = _ascii_words(query.words, query.prefix).split(text)  # text, word, text …
        pieces[1::2] = [MARK_START + word + MARK_END for word in pieces[1::2]]
        return "".join(pieces)
    pieces, last = [], 0
    for found in _WORD.finditer(text):
        if _matches(fold(found.group()), query):
            start, end = found.span()
            pieces += [text[last:start], MARK_START, text[start:end], MARK_END]
            last = end
    return "".join(pieces) + text[last:] if pieces else text


def snippet(text: str, query: TextQuery, words: int = 12) -> str:
    """About ``words`` words of ``text`` around its first match, marked; "" if none.

    The window starts two words before the first match (a narrow column still shows
    it); the text is read only as far as the window's end, never tokenised whole."""
    if not query.words:
        return ""
    ascii_ = text.isascii() and words >= 3
    window = _ascii_window(text, query, words) if ascii_ else _window(text, query, words)
    if window is None:
        return ""
    lead, start, end, more = window
    piece = highlight(text[start:end], query)
    return ("…" if lead else "") + " ".join(piece.split()) + ("…" if more else "")


def _window(text: str, query: TextQuery, words: int) -> tuple[bool, int, int, bool] | None:
    """Where the snippet is: whether words go before it (then "…"), its start and end,
    and whether words follow it; None when nothing matches. Any text, word by word."""
    found = next((f for f in _WORD.finditer(text) if _matches(fold(f.group()), query)), None)
    if found is None:
        return None
    hit = found.start()
    # Up to three words before the match: the two shown, and whether there are more.
    before = deque(_WORD.finditer(text, 0, hit), maxlen=3)
    lead = len(before) == 3
    if lead:
        before.popleft()
    tokens = _WORD.finditer(text, hit)  # the match is its first word
    window = [*before, *islice(tokens, max(0, words - len(before)))]
    more = len(window) > words or next(tokens, None) is not None
    window = window[:words]
    return lead, window[0].start(), window[-1].end(), more


# In ASCII text a word is a run of letters and digits: the same window found by a few
# searches in C instead of a match object per word (a search's marking is most of the
# command line's time). ``_window`` is the reference; the tests hold them equal.
_ASCII_WORD = re.compile("[A-Za-z0-9]+")
_ASCII_BEFORE = re.compile(  # on the text before the match, reversed: the nearest first
    "[^A-Za-z0-9]*([A-Za-z0-9]+)(?:[^A-Za-z0-9]+([A-Za-z0-9]+))?(?:[^A-Za-z0-9]+([A-Za-z0-9]+))?"
)


@lru_cache(maxsize=16)
def _ascii_run(count: int) -> re.Pattern[str]:
    """Up to ``count`` words from where it is matched."""
    return re.compile(f"[A-Za-z0-9]+(?:[^A-Za-z0-9]+[A-Za-z0-9]+){{0,{count - 1}}}")


def _ascii_window(text: str, query: TextQuery, words: int) -> tuple[bool, int, int, bool] | None:
    """``_window`` for ASCII text, ``words`` 3 or more."""
    found = _ascii_words(query.words, query.prefix).search(text)
    if found is None:
        return None
    hit = found.start()
    before = _ASCII_BEFORE.match(text[:hit][::-1]) if hit else None
    lead, shown, start = False, 0, hit
    if before is not None:
        count = before.lastindex or 0  # the groups match in turn: the last one says how many
        lead = count == 3  # a third word before only says there is more
        shown = min(count, 2)
        start = hit - before.end(shown)
    run = _ascii_run(words - shown).match(text, hit)  # the match is its first word
    end = run.end() if run else hit
    return lead, start, end, _ASCII_WORD.search(text, end) is not None


@lru_cache(maxsize=64)
def _ascii_words(words: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    """In ASCII text (most of a journal), a word the query matches: searched in C.

    There a word is a run of ASCII letters and digits, and folding it is ``lower()``:
    so a whole word that is one of ``words`` in any case (or, for ``prefix``, starts
    with the last of them, to the end of that word). Other text is split into words,
    each folded as FTS5 folds it. ``re.ASCII``: a word's non-ASCII letter matches only
    itself, never an ASCII one (as folding would not)."""
    alternatives = [f"(?:{'|'.join(map(re.escape, words))})(?![a-z0-9])"]
    if prefix:
        alternatives.append(f"{re.escape(words[-1])}[a-z0-9]*")
    pattern = f"(?<![a-z0-9])({'|'.join(alternatives)})"  # one group: split() keeps it
    return re.compile(pattern, re.IGNORECASE | re.ASCII)


def _matches(word: str, query: TextQuery) -> bool:
    if word in query.words:
        return True
    return query.prefix and word.startswith(query.words[-1])


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
