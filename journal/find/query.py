"""What the person typed into the search box, made safe for SQLite FTS5: ``parse`` and
the ``TextQuery`` it gives, the ``SearchFilters``, and the characters that mark a
matched word.

Nothing typed reaches FTS5's query language raw: every whitespace-separated term
becomes a quoted string, which FTS5 hands to the same tokenizer as the text, so
quotes, brackets, ``AND``/``NOT``/``NEAR``, ``*``, ``:`` or an e-mail address are
searched as the words they contain. A term without any letter or digit (an emoji,
"?!") cannot be found through the index and is looked up as plain text instead.
The last term matches as a prefix while it is still being typed.

Without ``re``: ``advisor-journal search`` imports this on its short way, where
importing ``re`` alone costs about a sixth of a whole search. Marking matched words in
Python (with ``re``) is ``search.py``'s.
"""

from __future__ import annotations

import unicodedata
from collections import namedtuple
from functools import lru_cache

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
FTS5_DIACRITICS = "".join(
    [chr(0x300 + bit) for bit in range(32) if 0x08029FDF >> bit & 1]
    + [chr(0x320 + bit) for bit in range(18) if 0x000361F8 >> bit & 1]
)


def tokens_of(text: str) -> list[str]:
    """FTS5's unicode61 words in ``text``: runs of letters and digits (``isalnum``, what
    ``[^\\W_]`` matches in a pattern), with the diacritics above on them (its
    ``remove_diacritics`` then drops them). ``search.py`` finds the same words with a
    pattern; a test holds the two equal for every character."""
    return "".join(c if c.isalnum() or c in FTS5_DIACRITICS else " " for c in text).split()


@lru_cache(maxsize=4096)  # a journal repeats its words: marking a screen folds each once
def fold(word: str) -> str:
    """A word as FTS5 compares it: without diacritics, case folded."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
