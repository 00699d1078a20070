"""Which language a text is in: Dutch or English, by counting their commonest words.

Good enough for a reflection or a meeting (dozens of words or more); a short text with
no telling word goes to the ``fallback`` (the app's language)."""

from __future__ import annotations

from journal.language.text import WORD

_COMMON = {
    "nl": frozenset(
        "de het een en ik je jij dat niet is van op te met voor ze hij zij wat maar ook om "
        "er heb hebben was naar bij dan als nog wel geen hun mijn deze die zijn we wij u "
        "jullie hoe waarom waar wanneer welke moet moeten zou kan kunnen heeft hebt ben "
        "bent wordt worden gaat gaan dit daar hier omdat dus toch even eens zo echt".split()
    ),
    "en": frozenset(
        "the a an and i you that not is of on to with for they he she what but also it was "
        "at than if still my this their have had we our your how why where when which "
        "should must would could can has are be been being do does did will there here "
        "because so just really them him her me about from".split()
    ),
}


def detect(text: str, fallback: str = "en", sample_words: int = 5000) -> str:
    """ "nl" or "en": the language whose common words ``text`` uses more (its first
    ``sample_words`` words are enough); ``fallback`` on a tie."""
    counts = {language: 0 for language in _COMMON}
    for seen, match in enumerate(WORD.finditer(text)):
        if seen >= sample_words:
            break
        word = match.group().lower()
        for language, common in _COMMON.items():
            if word in common:
                counts[language] += 1
    if counts["nl"] == counts["en"]:
        return fallback if fallback in counts else "en"
    return "nl" if counts["nl"] > counts["en"] else "en"
