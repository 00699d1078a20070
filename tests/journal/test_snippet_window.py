"""The snippet's window in ASCII text is found by a few searches in C
(``search._ascii_window``); it must be the window found word by word (``_window``, the
reference), for any text and query, including where the match is the first or last
word, words are few, and separators are runs of punctuation and white space."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.find import search
from journal.find.search import parse, snippet

WORDS = ["klant", "Klant", "KLANTEN", "klanten", "budget", "plan", "a", "b1", "x_y", "2026"]
SEPARATORS = [" ", "  ", "\n", ", ", " (", ") ", "-", "_", ".\n\n", "@", "'", "\t"]
ascii_texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40
).map(lambda parts: "".join(word + sep for word, sep in parts))


@settings(max_examples=400, deadline=None)
@given(
    text=ascii_texts,
    lead=st.sampled_from(["", " ", "--", "\n"]),
    typed=st.sampled_from(["klant", "budget plan", "kla", "b1", "2026", "y", "x"]),
    typing=st.booleans(),
    words=st.integers(min_value=3, max_value=14),
)
def test_the_ascii_window_is_the_word_by_word_window(text, lead, typed, typing, words):
    text = lead + text
    assert text.isascii()
    query = parse(typed, typing)
    if not query.words:
        return
    assert search._ascii_window(text, query, words) == search._window(text, query, words)


def test_windows_at_the_edges():
    query = parse("klant", False)
    for text, expected in [
        ("klant", "\x02klant\x03"),
        ("de klant", "de \x02klant\x03"),
        ("een, de klant", "een, de \x02klant\x03"),
        ("nu een, de klant", "…een, de \x02klant\x03"),
        ("a b c d e f g h i j k l m n klant o", "…m n \x02klant\x03 o"),
        ("klant a b c d e f g h i j k l m n", "\x02klant\x03 a b c d e f g h i j k…"),
        ("x  \n  klant", "x \x02klant\x03"),
        ("geen", ""),
    ]:
        assert snippet(text, query, 12) == expected, text
