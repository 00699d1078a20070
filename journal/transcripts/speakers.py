"""Which speaker is the advisor.

``--me NAME`` first, else the advisor's name in the profile; a name matches a speaker
in any case, with or without accents, with what Teams adds in brackets left out
("Sanne de Vries (Adviesbureau)", "[Extern]"), in either order ("de Vries, Sanne"),
or as part of it ("Sanne" for "Sanne de Vries") when that part fits only one speaker.
No match, or more than one, raises ``AdvisorUnknown`` with the speakers to choose from:
the command line lists them, the window asks.
"""

from __future__ import annotations

import re
import unicodedata

from journal.transcripts.errors import AdvisorUnknown

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def fold(name: str) -> tuple[str, ...]:
    """The words of a name as compared: no brackets, accents, case or punctuation."""
    plain = unicodedata.normalize("NFKD", _BRACKETS.sub(" ", name))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return tuple(re.findall(r"[^\W_]+", plain))


def matches(wanted: str, speaker: str) -> int:
    """2: the same name; 1: ``wanted`` is part of it; 0: another person."""
    a, b = fold(wanted), fold(speaker)
    if not a or not b:
        return 0
    if a == b or sorted(a) == sorted(b):
        return 2
    return 1 if set(a) <= set(b) else 0


def find_advisor(speakers: list[str], me: str | None, profile_name: str) -> str:
    for given in (me, profile_name):
        if not given or not given.strip():
            continue
        exact = [s for s in speakers if matches(given, s) == 2]
        partial = [s for s in speakers if matches(given, s) == 1]
        found = exact or partial
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AdvisorUnknown(given, speakers, ambiguous=True)
        if given is me:
            raise AdvisorUnknown(given, speakers)
    raise AdvisorUnknown(profile_name.strip() if profile_name else "", speakers)
