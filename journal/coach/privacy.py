"""What must not leave the laptop unless the advisor says so: client names become
"Client A", "Client B" … (the same letter for the same client throughout one export,
also where a name appears in a title, a tag or a text), and e-mail addresses and phone
numbers are taken out (always, also with real names).

Names are found the way a reader finds them (``names_folding``): in any case, Unicode
form, spacing, punctuation, with invisible characters or look-alike letters, run
together in a tag ("#ZyxcorpHolding", "zyxcorp_holding"); and a distinctive word of a
name alone names its client too ("Kestrel" of "Kestrel Engineering", but not
"Engineering": ``distinctive_words``).

The mapping lives only in memory while one export is written; it is never part of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from string import ascii_uppercase

from journal.coach import contact_details
from journal.coach.contact_details import EMAIL_STANDIN, PHONE_STANDIN
from journal.coach.distinctive_words import distinctive
from journal.coach.names_folding import Word, name_keys, words

__all__ = ["EMAIL_STANDIN", "PHONE_STANDIN", "Pseudonyms"]

# A domain's own label ("kestrel" of kestrel.co.uk) counts as a mention of its client
# only when it is this long: shorter ones ("abc") are too likely an ordinary word.
MIN_ALIAS = 5
SHORT = 200  # texts up to this length are remembered once replaced


class Pseudonyms:
    """Stand-ins for client names, handed out in order of first use."""

    def __init__(
        self,
        clients: Iterable[str],
        aliases: Mapping[str, Iterable[str]] | None = None,
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
        self._clients: dict[tuple[str, ...], str] = {}  # a name's folded words → client
        # The phrases that name a client, by their first word: (words, client), longest
        # first; and names run together as one word ("zyxcorpholding").
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._joined: dict[str, str] = {}
        clients = list(clients)
        for name in clients:
            keys = name_keys(name)
            if keys:
                self._clients.setdefault(keys, name)
                self._add(keys, name)
        for name, more in (aliases or {}).items():
            for alias in more:
                keys = name_keys(alias)
                if keys and (len(keys) > 1 or len(keys[0]) >= MIN_ALIAS):
                    self._add(keys, name)
        for name in clients:  # the distinctive words alone, after every whole name
            for word in words(name):
                if distinctive(word.key, name[word.start : word.end]):
                    self._add((word.key,), name)
        for phrases in self._phrases.values():
            phrases.sort(key=lambda phrase: -len(phrase[0]))

    def _add(self, keys: tuple[str, ...], client: str) -> None:
        """``keys`` names ``client``, unless it already names another (the first
        client with a word keeps it)."""
        phrases = self._phrases.setdefault(keys[0], [])
        if all(known != keys for known, _ in phrases):
            phrases.append((keys, client))
        if len(keys) > 1:
            self._joined.setdefault("".join(keys), client)

    def client(self, name: str) -> str:
        if self.real_names:
            return name
        key = self._clients.get(name_keys(name), name)
        if key not in self._given:
            self._given[key] = f"{self.label} {_letters(len(self._given))}"
        return self._given[key]

    def given(self) -> dict[str, str]:
        """Client → stand-in handed out so far: for the advisor's eyes in the export
        dialog, never for the file."""
        return dict(self._given)

    def text(self, text: str) -> str:
        """``text`` with every client name replaced, e-mail addresses and phone numbers
        taken out."""
        if not text:
            return text
        if len(text) <= SHORT:  # titles repeat ("Weekly sync"): each is worked out once
            done = self._short.get(text)
            if done is None:
                done = self._short[text] = self._replace(text)
            return done
        return self._replace(text)

    def text_naming_no_one(self, text: str) -> str | None:
        """``text(text)`` when ``text`` names no client, None when it names one. What
        leaves of a text that names no one does not depend on the stand-ins handed out
        before it, so an export works it out in any order, and puts in order only the
        texts for which this is None. The same search as ``text``, which stops at the
        first client named instead of asking for a stand-in."""
        if not text:
            return text
        try:
            done = self._replace(text, _names_a_client)
        except _NamesAClient:
            return None
        if len(text) <= SHORT:
            self._short.setdefault(text, done)
        return done

    def _replace(self, text: str, stand_in: Callable[[str], str] | None = None) -> str:
        """``text`` with contact details taken out and each client named replaced by
        ``stand_in(client)`` (``client``: handed out in order of first use)."""
        text = contact_details.take_out(text)
        if self.real_names or not self._phrases:
            return text
        stand_in = stand_in or self.client
        found = words(text)
        pieces, done, at = [], 0, 0
        while at < len(found):
            matched = self._match(found, at)
            if matched is None:
                at += 1
                continue
            end, client = matched
            pieces += [text[done : found[at].start], stand_in(client)]
            done = found[end - 1].end
            at = end
        return "".join(pieces) + text[done:]

    def _match(self, found: list[Word], at: int) -> tuple[int, str] | None:
        """(the word after it, client) of the longest name starting at word ``at``; its
        last word may have an s after it ("O'Briens", "Kestrels")."""
        first = found[at].key
        for keys, client in self._phrases.get(first, ()) or self._phrases.get(first[:-1], ()):
            end = at + len(keys)
            if end <= len(found) and all(
                _same(found[at + i].key, k, last=i == len(keys) - 1) for i, k in enumerate(keys)
            ):
                return end, client
        joined = self._joined.get(first) or self._joined.get(first[:-1])
        if joined is not None and (first in self._joined or first.endswith("s")):
            return at + 1, joined
        return None


class _NamesAClient(Exception):
    """A text asked for a stand-in (``Pseudonyms.text_naming_no_one``)."""


def _names_a_client(client: str) -> str:
    raise _NamesAClient(client)


def _same(word: str, key: str, last: bool) -> bool:
    return word == key or (last and word == key + "s")


def _letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return letters
