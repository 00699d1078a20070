"""Transcripts as text: Teams' .txt and .docx exports and text copied from a transcript
pane, in the shapes they come in.

- "header": a line with the speaker and when they began (``Sanne de Vries   0:03`` or
  ``Sanne de Vries 00:01:05``), then the text on the following lines (Teams' .docx and
  its transcript pane);
- "timed_cues": ``0:0:3.470 --> 0:0:8.210`` then the speaker's name on a line of its
  own, then the text (older Teams .docx exports);
- "bracketed": ``[00:01:05] Sanne de Vries: text`` (also without the brackets);
- "prefixed": ``Sanne de Vries: text``, a line without a name continuing the last one.

The shape is the one that fits the most lines. Only "timed_cues" have ends: the other
shapes have start times at most, so their shares are by words (``Transcript.timed``).
Returns None when no shape fits (not a transcript).
"""

from __future__ import annotations

import re

from journal.transcripts.model import Transcript, Utterance
from journal.transcripts.vtt import ZOOM_SPEAKER, seconds

_T = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?"
_HEADER = re.compile(rf"^([^\W\d_][^:\t\n]{{0,79}}?)[ \t]+{_T}\s*$")
_TIMED = re.compile(rf"^\s*{_T}\s*-->\s*{_T}\s*$")
_BRACKETED = re.compile(rf"^[\[(]?{_T}[\])]?\s+([^\W\d_][^:\n]{{0,79}}?):\s*(.*)$")
_NAME_ONLY = re.compile(r"^[^\W\d_][^:?!.\n]{0,79}$")


def parse(text: str, kind: str = "text") -> Transcript | None:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    scores = {
        "header": sum(1 for line in lines if _HEADER.match(line)),
        "timed_cues": sum(1 for line in lines if _TIMED.match(line)),
        "bracketed": sum(1 for line in lines if _BRACKETED.match(line)),
        "prefixed": sum(1 for line in lines if _prefixed(line)),
    }
    shape, best = max(scores.items(), key=lambda item: item[1])
    if best == 0:
        return None
    reader = {"header": _headers, "timed_cues": _timed_cues, "bracketed": _bracketed,
              "prefixed": _prefixed_lines}[shape]  # fmt: skip
    return Transcript(kind, tuple(reader(lines)))


def _prefixed(line: str) -> re.Match[str] | None:
    found = ZOOM_SPEAKER.match(line)
    return found if found and len(found.group(1).split()) <= 8 else None


def _headers(lines: list[str]) -> list[Utterance]:
    result: list[Utterance] = []
    speaker, start, first = "", None, 0
    body: list[str] = []
    for number, line in enumerate(lines, 1):
        header = _HEADER.match(line)
        if header:
            _emit(result, speaker, body, start, None, first)
            speaker, start, body, first = (
                header.group(1).strip(),
                seconds(*header.groups()[1:5]),
                [],
                number,
            )
        elif line and speaker:
            body.append(line)
    _emit(result, speaker, body, start, None, first)
    return result


def _timed_cues(lines: list[str]) -> list[Utterance]:
    result: list[Utterance] = []
    speaker, start, end, first = "", None, None, 0
    body: list[str] = []
    expect_name = False
    for number, line in enumerate(lines, 1):
        timing = _TIMED.match(line)
        if timing:
            _emit(result, speaker, body, start, end, first)
            groups = timing.groups()
            start, end, body, first, speaker = (
                seconds(*groups[:4]),
                seconds(*groups[4:]),
                [],
                number,
                "",
            )
            expect_name = True
        elif expect_name and line:
            expect_name = False
            if _NAME_ONLY.match(line):
                speaker = line
            else:
                body.append(line)
        elif line and start is not None:
            body.append(line)
    _emit(result, speaker, body, start, end, first)
    return [u for u in result if u.end is None or u.start is None or u.end >= u.start]


def _bracketed(lines: list[str]) -> list[Utterance]:
    result = []
    for number, line in enumerate(lines, 1):
        found = _BRACKETED.match(line)
        if found:
            groups = found.groups()
            result.append(
                Utterance(groups[4].strip(), groups[5].strip(), seconds(*groups[:4]), None, number)
            )
        elif line and result:
            last = result[-1]
            result[-1] = Utterance(
                last.speaker, f"{last.text} {line}".strip(), last.start, None, last.line
            )
    return [u for u in result if u.text]


def _prefixed_lines(lines: list[str]) -> list[Utterance]:
    result: list[Utterance] = []
    for number, line in enumerate(lines, 1):
        found = _prefixed(line)
        if found:
            result.append(
                Utterance(found.group(1).strip(), found.group(2).strip(), None, None, number)
            )
        elif line and result:
            last = result[-1]
            result[-1] = Utterance(last.speaker, f"{last.text} {line}", None, None, last.line)
    return result


def _emit(result, speaker, body, start, end, line) -> None:
    text = " ".join(" ".join(body).split())
    if text:
        result.append(Utterance(speaker, text, start, end, line))
