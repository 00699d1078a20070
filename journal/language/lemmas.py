"""Lemmas from simplemma (offline dictionaries shipped in its wheel; Dutch and English).

simplemma is imported on the first lemma asked for (its dictionaries take about a
second to load), so opening the app or reading a transcript without rules is not
slowed down. A word that is not only letters (``don't``, ``10``) is its own lemma,
lower-cased. Lemmas never contain white space (simplemma writes "uit_leggen").
"""

from __future__ import annotations

from functools import lru_cache

LANGUAGES = ("nl", "en")


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    lower = word.lower()
    if not lower.isalpha():
        return lower
    import simplemma

    found = simplemma.lemmatize(lower, lang=language)
    return "_".join(str(found).lower().split()) or lower
