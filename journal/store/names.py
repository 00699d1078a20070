"""How names are compared: "Émile BV", "émile  bv" and "ÉMILE BV" are one client."""

from __future__ import annotations

import unicodedata


def clean_name(name: str) -> str:
    """A name as stored: spaces around it trimmed, runs of white space made one space."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What makes two names the same: any case, any spacing, any Unicode normal form."""
    return unicodedata.normalize("NFC", clean_name(name)).casefold()
