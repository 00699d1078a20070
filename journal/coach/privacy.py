"""What must not leave the laptop unless the advisor says so: client names become
"Client A", "Client B" … (the same letter for the same client throughout one export,
also where a name appears in a title or a text), and e-mail addresses are taken out.

The mapping lives only in memory while one export is written; it is never part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from string import ascii_uppercase

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_STANDIN = "[e-mail]"
# A domain's own label ("kestrel" of kestrel.co.uk) counts as a mention of its client
# only when it is this long: shorter ones ("abc") are too likely an ordinary word.
MIN_ALIAS = 5
SHORT = 200  # texts up to this length are remembered once replaced


class Pseudonyms:
    """Stand-ins for client names, handed out in order of first use."""

    def __init__(
        self,
        clients: Iterable[str],
        aliases: dict[str, Iterable[str]] | None = None,
        label: str = "Client",
        real_names: bool = False,
    ):
        """``clients``: every client name of the journal (also those not exported, as
        a text may mention them); ``aliases``: other words that name a client (its
        e-mail domains and their own label); ``label``: "Client", or "Klant"."""
        self.real_names = real_names
        self.label = label
        self._given: dict[str, str] = {}
        self._short: dict[str, str] = {}
        spellings: dict[str, str] = {}  # lower-case spelling → client
        for name in clients:
            spellings.setdefault(name.lower(), name)
        for name, words in (aliases or {}).items():
            for word in words:
                word = word.strip().lower()
                if len(word) >= MIN_ALIAS:
                    spellings.setdefault(word, name)
        self._spellings = spellings
        ordered = sorted(spellings, key=len, reverse=True)  # the longest name wins
        self._pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(s) for s in ordered) + r")(?!\w)", re.IGNORECASE
            )
            if ordered
            else None
        )

    def client(self, name: str) -> str:
        if self.real_names:
            return name
        key = self._spellings.get(name.lower(), name)
        if key not in self._given:
            self._given[key] = f"{self.label} {_letters(len(self._given))}"
        return self._given[key]

    def given(self) -> dict[str, str]:
        """Client → stand-in handed out so far: for the advisor's eyes in the export
        dialog, never for the file."""
        return dict(self._given)

    def text(self, text: str) -> str:
        """``text`` with every client name replaced and e-mail addresses taken out."""
        if not text:
            return text
        if self.real_names:  # the names stay; e-mail addresses never leave
            return EMAIL.sub(EMAIL_STANDIN, text)
        if len(text) <= SHORT:  # titles repeat ("Weekly sync"): each is worked out once
            done = self._short.get(text)
            if done is None:
                done = self._short[text] = self._replace(text)
            return done
        return self._replace(text)

    def _replace(self, text: str) -> str:
        text = EMAIL.sub(EMAIL_STANDIN, text)
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self.client(self._spellings[m.group(1).lower()]), text)


def _letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return letters
