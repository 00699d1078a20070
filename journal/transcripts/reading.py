"""Reading a transcript file safely, whatever it turns out to be.

Bounded before anything is parsed: only a regular file is opened (a folder, a FIFO or
a device is refused by its ``stat``, so reading never blocks), its size is checked
before a byte is read (a 1 GB sparse file is refused at once), and never more than
``MAX_BYTES`` (text) or ``MAX_DOCX_BYTES`` (.docx) are read. Then the format is told by
the content, not the name: a zip (``PK``) is a .docx, ``WEBVTT`` a WebVTT file,
anything else text in one of the shapes ``plain`` knows.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from journal.store.files import refuse_open_journal
from journal.transcripts import plain, vtt
from journal.transcripts.errors import TranscriptUnreadable
from journal.transcripts.model import Transcript

MAX_BYTES = 4 * 1024 * 1024  # a Teams WebVTT of an hour is about 200 kB
MAX_DOCX_BYTES = 16 * 1024 * 1024
MAX_UTTERANCES = 100_000
_SNIFF = 65536


def read_transcript(path: Path) -> Transcript:
    """The transcript in ``path``; ``TranscriptUnreadable`` with the reason otherwise."""
    data = read_bounded(path)
    if data.startswith(b"PK\x03\x04"):
        from journal.transcripts import docx_file

        transcript = docx_file.parse(path, data, MAX_BYTES)
    else:
        text, encoding = decode(path, data)
        parsed = (
            vtt.parse(text)
            if text.lstrip("\ufeff \t\r\n").startswith("WEBVTT")
            else plain.parse(text)
        )
        if parsed is None:
            raise TranscriptUnreadable(
                path, "not_a_transcript", "no WebVTT header, speaker lines or timestamps"
            )
        transcript = Transcript(
            parsed.format, parsed.utterances, parsed.problems, encoding, path.name, parsed.notes
        )
    return check(path, transcript)


def check(path: Path, transcript: Transcript) -> Transcript:
    if len(transcript.utterances) > MAX_UTTERANCES:
        raise TranscriptUnreadable(path, "too_many", f"more than {MAX_UTTERANCES:,} cues")
    if not any(u.text.strip() for u in transcript.utterances):
        first = transcript.problems[0] if transcript.problems else None
        if first is not None and first.what == "bad_timestamp":
            raise TranscriptUnreadable(
                path, "no_speech", "no cue has a readable timestamp", first.line
            )
        raise TranscriptUnreadable(path, "no_speech", "no cue holds any words")
    if not transcript.speakers:
        raise TranscriptUnreadable(path, "no_speakers", "no cue names who is speaking")
    return transcript


def read_bounded(path: Path) -> bytes:
    limit = MAX_DOCX_BYTES if path.suffix.lower() == ".docx" else MAX_BYTES
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise TranscriptUnreadable(path, "missing") from None
    except OSError as exc:
        raise TranscriptUnreadable(path, "unreadable", exc.strerror or str(exc)) from exc
    _must_be_a_file(path, info.st_mode)
    if info.st_size > limit:
        raise TranscriptUnreadable(path, "too_large", f"{info.st_size:,} bytes; at most {limit:,}")
    try:
        refuse_open_journal(path)  # reading it would drop SQLite's locks on it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise TranscriptUnreadable(path, "unreadable", exc.strerror or str(exc)) from exc
    try:
        _must_be_a_file(path, os.fstat(fd).st_mode)  # the same file we looked at
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise TranscriptUnreadable(path, "unreadable", exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)
    if size > limit:
        raise TranscriptUnreadable(path, "too_large", f"more than {limit:,} bytes")
    data = b"".join(chunks)
    if not data.strip():
        raise TranscriptUnreadable(path, "empty")
    return data


def _must_be_a_file(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = (
        "a folder" if stat.S_ISDIR(mode)
        else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
        else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket" if stat.S_ISSOCK(mode)
        else "not a regular file"
    )  # fmt: skip
    raise TranscriptUnreadable(path, "not_a_file", kind)


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in: UTF-8 (with or without BOM), UTF-16
    (with a BOM, or without one when every other byte is NUL), else Windows-1252 (what
    Notepad wrote for years; said in the figures' notes). Binary bytes are refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(path, data[3:], "utf-8"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(path, data, "utf-16"), "utf-16"
    head = data[:_SNIFF]
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and b"\x00" not in even:
            return _strict(path, data, "utf-16-le"), "utf-16-le"
        if even.count(0) > 0.9 * len(even) and b"\x00" not in odd:
            return _strict(path, data, "utf-16-be"), "utf-16-be"
        raise TranscriptUnreadable(path, "binary", "it holds NUL bytes: not a text file")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError as exc:
            raise TranscriptUnreadable(
                path, "encoding", f"byte {exc.start} is neither UTF-8 nor Windows-1252 text"
            ) from None
    if sum(1 for c in text[:_SNIFF] if ord(c) < 32 and c not in "\t\r\n\f") > 8:
        raise TranscriptUnreadable(path, "binary", "control characters: not a text file")
    return text, encoding


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TranscriptUnreadable(
            path, "encoding", f"not valid {encoding} at byte {exc.start}"
        ) from None
