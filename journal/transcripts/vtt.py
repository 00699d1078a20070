"""WebVTT as Teams and Zoom write it.

Teams names the speaker in a voice span, ``<v Sanne de Vries>Goedemorgen.</v>``, each
cue under an identifier line (``a8f4…/12-0``). Zoom numbers its cues and starts the text
with the name, ``Sanne de Vries: Goedemorgen.``. Both give every cue a start and an end
(``00:00:03.470 --> 00:00:08.210``). A cue whose timing line cannot be read, or that
ends before it starts, is left out and reported with its line; ``NOTE``, ``STYLE`` and
``REGION`` blocks are skipped. Other tags (``<b>``, ``<c.yellow>``, nested or not,
inline timestamps) are dropped; character references (``&amp;``) are read.

A cue with voice spans of two speakers is split between them by their words.
"""

from __future__ import annotations

import html
import re

from journal.transcripts.model import Problem, Transcript, Utterance

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]{0,100})?(?:\s+([^>\n]{0,200}))?>")
_TAG = re.compile(r"</?[^>\n]{0,200}>")
# "Name: text", the name as Zoom writes it: starts with a letter, at most 80 characters
# and eight words, no sentence punctuation.
ZOOM_SPEAKER = re.compile(r"^([^\W\d_][^:?!\n]{0,79}?):\s+(\S.*)$", re.DOTALL)


def seconds(hours: str | None, minutes: str, secs: str, fraction: str | None) -> float:
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    return value + (int(fraction.ljust(3, "0")) / 1000 if fraction else 0.0)


def parse(text: str) -> Transcript:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    utterances: list[Utterance] = []
    problems: list[Problem] = []
    voices = prefixes = 0
    index = 0
    while index < len(lines) and lines[index].strip() == "":
        index += 1
    index += 1  # the WEBVTT line (and what follows it on its block is header)
    while index < len(lines) and lines[index].strip():
        index += 1
    while index < len(lines):
        while index < len(lines) and not lines[index].strip():
            index += 1
        start_line = index
        block = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        if not block:
            break
        if block[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_at = next((i for i, line in enumerate(block) if "-->" in line), None)
        if timing_at is None or timing_at > 1:
            problems.append(Problem(start_line + 1, "outside_cue", block[0][:80]))
            continue
        timing = _TIMING.match(block[timing_at])
        if timing is None:
            problems.append(
                Problem(start_line + timing_at + 1, "bad_timestamp", block[timing_at][:80])
            )
            continue
        groups = timing.groups()
        try:
            start, end = seconds(*groups[:4]), seconds(*groups[4:])
        except ValueError:
            problems.append(
                Problem(start_line + timing_at + 1, "bad_timestamp", block[timing_at][:80])
            )
            continue
        if any(
            int(groups[i + 2]) >= 60 or (groups[i] and int(groups[i + 1]) >= 60) for i in (0, 4)
        ):
            problems.append(
                Problem(start_line + timing_at + 1, "bad_timestamp", block[timing_at][:80])
            )
            continue
        if end < start:
            problems.append(
                Problem(start_line + timing_at + 1, "ends_before_start", block[timing_at][:80])
            )
            continue
        payload = "\n".join(block[timing_at + 1 :])
        line_number = start_line + timing_at + 2
        spans = _voice_spans(payload)
        if spans:
            voices += 1
            utterances.extend(_split(spans, start, end, line_number))
            continue
        words = _clean(payload)
        if not words:
            continue
        named = ZOOM_SPEAKER.match(words)
        if named and len(named.group(1).split()) <= 8:
            prefixes += 1
            utterances.append(
                Utterance(named.group(1).strip(), named.group(2).strip(), start, end, line_number)
            )
        else:
            utterances.append(Utterance("", words, start, end, line_number))
    kind = "teams_vtt" if voices and voices >= prefixes else "zoom_vtt" if prefixes else "vtt"
    unattributed = [u for u in utterances if not u.speaker]
    if unattributed and (voices or prefixes):
        problems.append(Problem(unattributed[0].line, "unattributed", f"{len(unattributed)} cues"))
    return Transcript(kind, tuple(utterances), tuple(problems))


def _voice_spans(payload: str) -> list[tuple[str, str]]:
    """(speaker, text) for each voice span; [] when the cue has none."""
    found = list(_VOICE.finditer(payload))
    spans = []
    for number, match in enumerate(found):
        end = found[number + 1].start() if number + 1 < len(found) else len(payload)
        name = " ".join(html.unescape(match.group(1) or "").split())
        words = _clean(payload[match.end() : end])
        if words:
            spans.append((name, words))
    return spans


def _split(spans, start: float, end: float, line: int) -> list[Utterance]:
    if len(spans) == 1:
        return [Utterance(spans[0][0], spans[0][1], start, end, line)]
    from journal.language.text import count_words

    weights = [max(count_words(text), 1) for _name, text in spans]
    total, at, result = sum(weights), start, []
    for (name, text), weight in zip(spans, weights, strict=True):
        until = at + (end - start) * weight / total
        result.append(Utterance(name, text, at, until, line))
        at = until
    return result


def _clean(payload: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", payload)).split())
