"""What the person typed into the search box, made safe for SQLite FTS5.

Nothing typed reaches FTS5's query language raw: every whitespace-separated term
becomes a quoted string, which FTS5 hands to the same tokenizer as the text, so
quotes, brackets, ``AND``/``NOT``/``NEAR``, ``*``, ``:`` or an e-mail address are
searched as the words they contain. A term without any letter or digit (an emoji,
"?!") cannot be found through the index and is looked up as plain text instead.
The last term matches as a prefix while it is still being typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque, namedtuple
from functools import lru_cache
from itertools import islice

# Around a matched word in highlighted text; the ui turns them into markup.
MARK_START = "\x02"
MARK_END = "\x03"


# Named tuples, not dataclasses: ``advisor-journal search`` imports this module on its
# short way (``ui/cli/search_command.py``), and importing ``dataclasses`` alone costs
# about as much as the whole search (it brings ``inspect``).
class SearchFilters(
    namedtuple(
        "SearchFilters",
        "text client_id trait_id day_from day_to score_min score_max tag_id reflected",
        defaults=("", None, None, None, None, None, None, None, None),
    )
):
    """Everything that narrows the meeting list; the default finds every meeting.

    ``text`` as typed; ``client_id``; ``trait_id``; ``day_from`` and ``day_to`` the
    advisor's calendar days (``date``), both included; ``score_min`` and ``score_max``
    0–100, the trait's score or the reflection's mean; ``tag_id``; ``reflected`` (None:
    either)."""

    __slots__ = ()

    def is_empty(self) -> bool:
        return self == SearchFilters(text=self.text) and not self.text.strip()


class TextQuery(namedtuple("TextQuery", "match literals words prefix", defaults=((), False))):
    """``match`` for FTS5 (empty: none), ``literals`` to find as plain text, and the
    ``words`` (folded as FTS5 folds them) to highlight; ``prefix``: the last word is
    matched as the start of a word."""

    __slots__ = ()

    def is_empty(self) -> bool:
        return not self.match and not self.literals


def parse(text: str, typing: bool = True) -> TextQuery:
    """The FTS5 expression for ``text``; ``typing``: the last word may be unfinished."""
    text = unicodedata.normalize("NFC", text.replace("\x00", " "))
    terms = text.split()
    phrases, literals, words = [], [], []
    prefix = False
    for position, term in enumerate(terms):
        # A lone diacritic folds to nothing: no word for FTS5, and "" would mark every word.
        tokens = [folded for folded in map(fold, tokens_of(term)) if folded]
        if not tokens or _half_a_pair(term):
            literals.append(term)
            continue
        phrase = '"' + term.replace('"', '""') + '"'
        if typing and position == len(terms) - 1 and not text[-1:].isspace():
            if len(tokens) == 1 and len(tokens[0]) == 1:
                break  # one letter being typed: it would match half the journal
            phrase += "*"
            prefix = True
        words.extend(tokens)
        phrases.append(phrase)
    return TextQuery(" AND ".join(phrases), tuple(literals), tuple(words), prefix)


def _half_a_pair(term: str) -> bool:
    """A lone surrogate in it: no character at all (and the only text UTF-8 cannot
    encode; a pattern for the range costs ~0.5 ms to compile, a search's tenth)."""
    try:
        term.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# The combining marks FTS5's unicode61 keeps inside a word (and its remove_diacritics
# then drops): sqlite3Fts5UnicodeIsdiacritic() in SQLite's fts5_unicode2.c, two bit masks
# over U+0300–U+0331. Any other mark separates words there: the keycap U+20E3 ("#️⃣"),
# U+0338 ("≠" decomposed), Hebrew and Arabic vowel points. A term made of such marks
# alone became a phrase FTS5 reads as empty: "#️⃣" found nothing (or, while typing, a
# one-letter prefix: everything). Now it is looked up as plain text, like other emoji.
_FTS5_DIACRITICS = "".join(
    [chr(0x300 + bit) for bit in range(32) if 0x08029FDF >> bit & 1]
    + [chr(0x320 + bit) for bit in range(18) if 0x000361F8 >> bit & 1]
)

# FTS5's unicode61 words: letters and digits, with the diacritics above on them (its
# ``remove_diacritics`` then drops them). ``[^\W_]`` is a Unicode letter or digit.
_WORD = re.compile(f"(?:[^\\W_]|[{_FTS5_DIACRITICS}])+")


def tokens_of(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=4096)  # a journal repeats its words: marking a screen folds each once
def fold(word: str) -> str:
    """A word as FTS5 compares it: without diacritics, case folded."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


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
