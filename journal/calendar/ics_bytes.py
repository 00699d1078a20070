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
import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from journal.errors import CalendarUnreadable

_LINE = re.compile(rb"[^\r\n]*")
_NAME = re.compile(rb"[A-Za-z0-9-]+")
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing what is not a regular file (a FIFO, a device, a
    folder) and a file larger than ``limit``. Opened without blocking: a FIFO without
    a writer would otherwise wait for ever in ``open``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise CalendarUnreadable(path, "unreadable", error.strerror or str(error)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise CalendarUnreadable(path, "not_a_file", _kind(info.st_mode))
        if info.st_size > limit:
            raise CalendarUnreadable(path, "too_large", f"{info.st_size / 2**20:.0f} MB")
        chunks, total = [], 0
        while total <= limit:  # the size may have grown since fstat
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        problem = "unreadable" if error.errno != errno.EAGAIN else "not_a_file"
        raise CalendarUnreadable(path, problem, error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise CalendarUnreadable(path, "too_large", f"more than {limit / 2**20:.0f} MB")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


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


@dataclass(frozen=True)
class Line:
    """One logical line: the number of its first physical line, its text, and whether
    it was cut at the length limit. ``name`` is the property or "BEGIN"/"END",
    upper case; "" for a line that is not an iCalendar line."""

    number: int
    name: str
    text: str
    cut: bool = False
    not_utf8: bool = False


def logical_lines(data: bytes, wanted: Callable[[str], bool], max_chars: int) -> Iterator[Line]:
    """The logical lines of ``data`` (continuation lines joined, blank lines left out)
    whose name ``wanted`` accepts, and every line without a name (to be reported, or
    asked about again once whole: a fold may cut the name).
    ``wanted`` is asked as each line begins, so the caller can change its mind between
    lines (inside an event other properties are wanted than outside)."""
    max_bytes = max_chars * 4  # the text is cut to max_chars once decoded
    size, at, number = len(data), 0, 0
    state: bool | None = None  # in no line yet / in a line left out / in a kept line
    parts: list[bytes] = []  # the kept line being put together
    length = first = 0  # its length in bytes, its line number
    name = ""
    while at <= size:
        start, stop = _LINE.match(data, at).span()
        number += 1
        at = stop + (2 if data[stop : stop + 2] == b"\r\n" else 1)  # after CR, LF or CRLF
        if start == stop and at > size:
            break
        if state is not None and data[start : start + 1] in (b" ", b"\t"):
            if state and length < max_bytes:  # a continuation line
                parts.append(data[start + 1 : min(stop, start + 1 + max_bytes - length)])
            length += stop - start - 1
            continue
        if state:
            yield _line(first, name, parts, length, max_bytes, max_chars)
        state = None
        if not data[start:stop].strip():
            continue
        found = _NAME.match(data, start, stop)
        if found is not None and data[found.end() : found.end() + 1] in (b":", b";"):
            name = found.group().decode("ascii").upper()
            state = wanted(name)
        else:
            name, state = "", True  # not an iCalendar line: kept, to be reported
        if state:
            parts, length, first = (
                [data[start : min(stop, start + max_bytes)]],
                stop - start,
                number,
            )
    if state:
        yield _line(first, name, parts, length, max_bytes, max_chars)


def _line(
    number: int, name: str, parts: list[bytes], length: int, max_bytes: int, max_chars: int
) -> Line:
    raw = b"".join(parts)
    cut = length > max_bytes
    try:
        text, not_utf8 = raw.decode("utf-8"), False
    except UnicodeDecodeError as error:
        if cut and error.start >= len(raw) - 3:  # a character cut in two by the limit
            text, not_utf8 = raw[: error.start].decode("utf-8"), False
        else:
            text, not_utf8 = raw.decode("cp1252", errors="replace"), True
    if len(text) > max_chars:
        text, cut = text[:max_chars], True
    if not name:  # a name folded in two ("DTST" + " ART:…") is whole again
        found = _NAME.match(raw)
        if found is not None and raw[found.end() : found.end() + 1] in (b":", b";"):
            name = found.group().decode("ascii").upper()
    return Line(number, name, text, cut, not_utf8)
