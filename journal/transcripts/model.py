"""A transcript as read: who said what, and when (seconds from the start) where the file
says so."""

from __future__ import annotations

from dataclasses import dataclass, field

FORMATS = ("teams_vtt", "zoom_vtt", "vtt", "teams_docx", "text")


@dataclass(frozen=True)
class Utterance:
    speaker: str  # "" when the file names nobody for it
    text: str
    start: float | None = None
    end: float | None = None
    line: int = 0  # where it begins in the file (a paragraph number in a .docx)


@dataclass(frozen=True)
class Problem:
    """Something left out while reading, with its line: a malformed timestamp, a cue
    ending before it starts, text outside any cue."""

    line: int
    what: str  # "bad_timestamp", "ends_before_start", "outside_cue", "unattributed"
    detail: str = ""


@dataclass(frozen=True)
class Transcript:
    format: str  # one of FORMATS
    utterances: tuple[Utterance, ...]
    problems: tuple[Problem, ...] = ()
    encoding: str = "utf-8"
    name: str = ""  # the file's name, without its folder
    notes: tuple[str, ...] = field(default=())

    @property
    def speakers(self) -> list[str]:
        """Named speakers, in the order they first speak."""
        return list(dict.fromkeys(u.speaker for u in self.utterances if u.speaker))

    @property
    def timed(self) -> bool:
        """Every utterance with a speaker has a start and an end: shares by time."""
        named = [u for u in self.utterances if u.speaker]
        return bool(named) and all(u.start is not None and u.end is not None for u in named)
