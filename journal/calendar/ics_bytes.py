"""A calendar file's bytes as logical lines: read within a size limit (also from a FIFO
or a device, which have no size), unfolded byte by byte (Outlook folds in the middle of
a UTF-8 character), and decoded line by line, so that one line in Windows-1252 does
not turn every accented letter of the rest into mojibake.

Lines are split only at CR, LF and CRLF: U+2028, NEL or a form feed inside a title are
part of the title. A line longer than the limit is cut (``cut``); a line the caller
does not want (``wanted`` says no to its name) is skipped without being put together,
however long it is.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from journal.errors import CalendarUnreadable
from journal.store.bounded_read import Refused, read_regular_file

_NAMED = re.compile(rb"([A-Za-z0-9-]+)[:;]")  # a content line's name and what follows it
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing what is not a regular file (a FIFO, a device, a
    folder) and a file larger than ``limit`` (see ``journal.store.bounded_read``)."""
    try:
        return read_regular_file(path, limit)
    except Refused as refused:
        raise CalendarUnreadable(path, refused.problem, refused.detail) from None


def as_utf8(data: bytes) -> bytes:
    """The bytes as UTF-8: a byte-order mark of UTF-16 or UTF-32 (Windows tools write
    them) decides the encoding; a UTF-8 one is dropped."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            data = data[len(mark) :]
            if encoding == "utf-8":
                return data
            return data.decode(encoding, errors="replace").encode("utf-8", "surrogatepass")
    return data


class Line(NamedTuple):
    """One logical line: the number of its first physical line, its name (property,
    or "BEGIN"/"END", upper case; "" for a line that is not an iCalendar line), its
    text, whether it was cut at the length limit, and whether it was not UTF-8."""

    number: int
    name: str
    text: str
    cut: bool = False
    not_utf8: bool = False


def logical_lines(data: bytes, wanted: Callable[[str], bool], max_chars: int) -> Iterator[Line]:
    """The logical lines of ``data`` (continuation lines joined, blank lines left out)
    whose name ``wanted`` accepts, and every line without a name (to be reported, or
    asked about again once whole: a fold may cut the name). ``wanted`` is asked as
    each line begins, so the caller can change its mind between lines (inside an event
    other properties are wanted than outside)."""
    max_bytes = max_chars * 4  # the text is cut to max_chars once decoded
    lines = data.splitlines()  # at CR, LF and CRLF only (bytes know no U+2028)
    names: dict[bytes, str] = {}  # an export repeats the same few names
    count, at = len(lines), 0
    while at < count:
        raw = lines[at]
        at += 1
        number, end = at, at
        while end < count and lines[end][:1] in _FOLDS:
            end += 1  # its continuation lines
        if not raw or raw.isspace():
            at = end
            continue
        found = _NAMED.match(raw)
        if found is not None:
            written = found.group(1)
            name = names.get(written) or names.setdefault(written, written.decode().upper())
            if not wanted(name):
                at = end
                continue
        else:
            name = ""  # not an iCalendar line: kept, to be reported
        if end > at:
            raw, length = _joined(raw, lines[at:end], max_bytes)
        else:
            length = len(raw)
            raw = raw[:max_bytes]
        at = end
        yield _line(number, name, raw, length > max_bytes, max_chars)


_FOLDS = (b" ", b"\t")


def _joined(first: bytes, continuations: list[bytes], max_bytes: int) -> tuple[bytes, int]:
    """A folded line put together (each continuation without its leading space), at
    most ``max_bytes`` of it, and its whole length."""
    length = len(first) + sum(len(c) - 1 for c in continuations)
    if length <= max_bytes:
        return first + b"".join(c[1:] for c in continuations), length
    parts, kept = [first[:max_bytes]], min(len(first), max_bytes)
    for continuation in continuations:
        if kept >= max_bytes:
            break
        piece = continuation[1 : 1 + max_bytes - kept]
        parts.append(piece)
        kept += len(piece)
    return b"".join(parts), length


def _line(number: int, name: str, raw: bytes, cut: bool, max_chars: int) -> Line:
    try:
        text, not_utf8 = raw.decode("utf-8"), False
    except UnicodeDecodeError as error:
        if cut and error.start >= len(raw) - 3:  # a character cut in two by the limit
            text, not_utf8 = raw[: error.start].decode("utf-8", errors="replace"), False
        else:
            text, not_utf8 = raw.decode("cp1252", errors="replace"), True
    if len(text) > max_chars:
        text, cut = text[:max_chars], True
    if not name:  # a name folded in two ("DTST" + " ART:…") is whole again
        found = _NAMED.match(raw)
        if found is not None:
            name = found.group(1).decode("ascii").upper()
    return Line(number, name, text, cut, not_utf8)
