"""E-mail addresses and phone numbers, found to be taken out of what leaves the laptop.

Both patterns take linear time on any text: a match can only begin where a word
begins (a lookbehind), and the parts of it never give back what they took
(possessive quantifiers), so a 1,000,000-character word is read once.

- An e-mail address: a local part (letters, digits and . _ % + - ' ’, so
  "kees.o'brien" goes whole) and a domain: a name with or without dots
  (``user@localhost``) that has a letter in it, or an address in brackets
  (``ops@[10.1.2.3]``).
- A phone number: 8 to 15 digits that start as numbers are dialled ("+31", "0031",
  "06", "(020)"), with single spaces, dots, slashes, dashes or brackets between
  them: "+31 6 12345678", "020-1234567", "(0)20 123 45 67". Dates ("01-12-2026")
  are not phone numbers.
"""

from __future__ import annotations

import re

EMAIL_STANDIN = "[e-mail]"
PHONE_STANDIN = "[phone]"

EMAIL = re.compile(
    r"(?<![\w.%+'’-])"  # where a word begins
    r"[\w.%+'’-]++"  # the local part, never given back
    r"@(?:\[[0-9A-Fa-f:.]{1,45}+\]"  # an address in brackets
    r"|(?=[\d_-]*+[^\W\d_])[\w-]++(?:\.[\w-]++)*+)"  # a domain with a letter in it
)
_PHONE_START = r"(?:\+|00|\(0|0)"
PHONE = re.compile(r"(?<![\w+/.-])" + _PHONE_START + r"\d[\d()./ -]{5,22}(?<=[\d)])(?![\w])")
_PHONE_SHAPE = re.compile(r"[+(]?\d+(?:(?:[ ./-]|\)\s?|\s?\()\d+)*\)?")
_DATE = re.compile(r"\d{1,2}([-./])\d{1,2}\1\d{2,4}")


def take_out(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced by stand-ins."""
    if "@" in text:
        text = EMAIL.sub(EMAIL_STANDIN, text)
    return PHONE.sub(_phone_or_not, text)


def _phone_or_not(match: re.Match) -> str:
    found = match.group()
    digits = sum(c.isdigit() for c in found)
    if not 8 <= digits <= 15 or _DATE.fullmatch(found) or not _PHONE_SHAPE.fullmatch(found):
        return found
    return PHONE_STANDIN
