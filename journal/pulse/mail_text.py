"""The answers a client's HTML form mails back: one short, checksummed text block.

    AJ-PULSE 1 K7QM2D R4X9 listening.c1:4 honest_limits.c1:5 entree.c1:3 *1A2B3C4D

``1`` is the format, ``K7QM2D`` the pulse, ``R4X9`` the response (random per opened
form, so two people at one client are two raters, and the same mail read twice is one),
then item:score pairs in the order asked (skipped items left out), and ``*`` with the
CRC-32 of the block's canonical form (below) in hex. The checksum finds typos and
damage, not forgery: anyone can write a block.

Made to survive mail programs. The reader works on the text with every space, line
break, ``>`` (quoting) and invisible character taken out, so wrapping anywhere (even
inside a word), "> " quoting at any depth, CRLF, no-break spaces and doubled spaces do
not matter; quoted-printable soft line breaks (``=`` at a line end) and escapes (``=20``)
are undone first (the block itself never holds ``=``). Codes use Crockford's base 32
(no I, L, O, U), and read O as 0 and I or L as 1; case does not matter. The canonical
form, over which the checksum runs, is ``AJ-PULSE`` + format + pulse + response + the
pairs, with nothing between them, codes in capitals and item ids in small letters.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from journal.pulse.model import RowProblem

MARKER = "AJ-PULSE"
VERSION = 1
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
CODE_LENGTH = 6
RESPONDENT_LENGTH = 4
MAX_BLOCK = 2000  # characters of a block once spaces are out: far more than 100 items

_IGNORED = re.compile(r"[\s>\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_SOFT_BREAK = re.compile(r"=[ \t]*\r?\n")
_ESCAPES = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_BLOCK = re.compile(
    r"AJ-PULSE([0-9])"
    rf"([0-9A-Z]{{{CODE_LENGTH}}})([0-9A-Z]{{{RESPONDENT_LENGTH}}})"
    r"((?:[A-Z][A-Z0-9_]*\.C[0-9]{1,3}:[0-9])*)"
    r"\*([0-9A-F]{8})",
    re.IGNORECASE,
)
_MARKER = re.compile("AJ-PULSE", re.IGNORECASE)
_PAIR = re.compile(r"([a-z][a-z0-9_]*\.c[0-9]{1,3}):([0-9])")
_CROCKFORD = str.maketrans("OIL", "011")


@dataclass(frozen=True)
class MailAnswers:
    pulse_code: str
    respondent: str
    scores: dict[str, int]  # item id → score, in the order written
    block: int  # which block of the text (1 = first)


def checksum(text: str) -> str:
    """CRC-32 (IEEE, as zlib and the form's JavaScript compute it) in 8 hex capitals."""
    return f"{zlib.crc32(text.encode('ascii')) & 0xFFFFFFFF:08X}"


def canonical(pulse_code: str, respondent: str, scores: Sequence[tuple[str, int]]) -> str:
    return f"{MARKER}{VERSION}{pulse_code}{respondent}" + "".join(
        f"{item}:{score}" for item, score in scores
    )


def block(pulse_code: str, respondent: str, scores: Sequence[tuple[str, int]]) -> str:
    """The line the form writes (the Python twin of the form's ``pulseBlock``)."""
    pairs = " ".join(f"{item}:{score}" for item, score in scores)
    sum_ = checksum(canonical(pulse_code, respondent, scores))
    return f"{MARKER} {VERSION} {pulse_code} {respondent} {pairs} *{sum_}".replace("  ", " ")


def is_code(text: str, length: int = CODE_LENGTH) -> bool:
    return len(text) == length and all(c in ALPHABET for c in text)


def unwrap(text: str) -> str:
    """The text as the reader sees it: quoted-printable undone, then every space, line
    break, quote mark and invisible character taken out."""
    text = _SOFT_BREAK.sub("", text)
    text = _ESCAPES.sub(_unescape, text)
    return _IGNORED.sub("", text)


def _unescape(match: re.Match[str]) -> str:
    """A run of quoted-printable escapes: bytes of UTF-8 (a no-break space is =C2=A0),
    or of Latin-1 where they are not."""
    data = bytes.fromhex(match.group(0).replace("=", ""))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def has_marker(text: str) -> bool:
    return _MARKER.search(unwrap(text)) is not None


def read(text: str) -> tuple[list[MailAnswers], list[RowProblem]]:
    """Every block in ``text`` (a pasted mail, several, or a thread quoting itself),
    read; a block that does not check out is a problem naming its number, and the
    others still count. The same block twice counts once."""
    compact = unwrap(text)
    starts = [m.start() for m in _MARKER.finditer(compact)]
    found: list[MailAnswers] = []
    problems: list[RowProblem] = []
    seen: set[tuple] = set()
    for number, (start, end) in enumerate(
        zip(starts, [*starts[1:], len(compact)], strict=False), 1
    ):
        result = _read_block(compact[start : min(end, start + MAX_BLOCK)], number)
        if isinstance(result, RowProblem):
            problems.append(result)
            continue
        key = (result.pulse_code, result.respondent, tuple(result.scores.items()))
        if key not in seen:
            seen.add(key)
            found.append(result)
    return found, problems


def _read_block(text: str, number: int) -> MailAnswers | RowProblem:
    match = _BLOCK.match(text)
    if match is None:
        return _why_not(text, number)
    version, code, respondent, pairs_text, sum_ = match.groups()
    if int(version) != VERSION:
        return RowProblem(number, "newer_version", value=version)
    code = code.upper().translate(_CROCKFORD)
    respondent = respondent.upper().translate(_CROCKFORD)
    pairs = [(item, int(score)) for item, score in _PAIR.findall(pairs_text.lower())]
    if checksum(canonical(code, respondent, pairs)) != sum_.upper():
        return RowProblem(number, "checksum", value=_excerpt(match.group(0)))
    if not is_code(code) or not is_code(respondent, RESPONDENT_LENGTH):
        return RowProblem(number, "garbled", value=_excerpt(match.group(0)))
    scores: dict[str, int] = {}
    for item, score in pairs:
        if item in scores:
            return RowProblem(number, "same_item_twice", column=item)
        if not 1 <= score <= 5:
            return RowProblem(number, "out_of_range", column=item, value=str(score))
        scores[item] = score
    if not scores:
        return RowProblem(number, "no_answers")
    return MailAnswers(code, respondent, scores, number)


def _why_not(text: str, number: int) -> RowProblem:
    """A block that does not read: cut off (no checksum at its end), or garbled."""
    if "*" not in text[len(MARKER) :]:
        return RowProblem(number, "cut_off", value=_excerpt(text))
    return RowProblem(number, "garbled", value=_excerpt(text[: text.find("*") + 9]))


def _excerpt(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
