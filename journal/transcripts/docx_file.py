"""Teams' .docx transcript export, read with python-docx.

Its body is paragraphs: a title, the date and the duration, then per turn a paragraph
with the speaker's name and when they began (``Sanne de Vries   0:03``) and one or more
paragraphs of what they said (older exports: ``0:0:3.470 --> 0:0:8.210``, the name,
the text). The paragraphs go to ``plain`` as lines.

A .docx is a zip: before python-docx opens it, the archive is checked so that a zip
bomb cannot fill the memory (at most ``MAX_ENTRIES`` entries and ``MAX_UNPACKED`` bytes
unpacked, ``word/document.xml`` present). python-docx's XML parser resolves no entities.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from journal.transcripts import plain
from journal.transcripts.errors import TranscriptUnreadable
from journal.transcripts.model import Transcript

MAX_ENTRIES = 2000
MAX_UNPACKED = 64 * 1024 * 1024


def parse(path: Path, data: bytes, max_text: int) -> Transcript:
    """The transcript in a .docx; its text may be no longer than ``max_text``
    characters (what a text transcript may hold)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TranscriptUnreadable(
            path, "not_a_transcript", f"a damaged zip or .docx ({exc})"
        ) from None
    if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED:
        raise TranscriptUnreadable(
            path, "too_large", "it unpacks to more than a Word transcript can hold"
        )
    if "word/document.xml" not in {e.filename for e in entries}:
        raise TranscriptUnreadable(path, "not_a_transcript", "a zip file, but not a Word document")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs]
    except Exception as exc:  # python-docx raises many kinds for a broken document
        raise TranscriptUnreadable(
            path, "not_a_transcript", f"a damaged Word document ({type(exc).__name__})"
        ) from None
    if sum(len(p) + 1 for p in paragraphs) > max_text:
        raise TranscriptUnreadable(path, "too_large", f"more than {max_text:,} characters of text")
    transcript = plain.parse("\n".join(paragraphs), kind="teams_docx")
    if transcript is None:
        raise TranscriptUnreadable(
            path, "not_a_transcript", "a Word document without speaker lines"
        )
    return Transcript(
        transcript.format, transcript.utterances, transcript.problems, "utf-8", path.name
    )
