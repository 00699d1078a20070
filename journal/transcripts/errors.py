"""What can be wrong with a transcript, in terms a person can act on."""

from __future__ import annotations

from pathlib import Path

from journal.errors import JournalError


class TranscriptUnreadable(JournalError):
    """A file that gives no transcript. ``problem`` is a code the ui words:

    "missing", "unreadable" (no permission), "not_a_file" (a folder, a pipe, a device;
    ``detail`` says which), "too_large", "empty", "binary", "encoding" (not UTF-8,
    UTF-16 or Windows-1252 text), "not_a_transcript" (text, but no cue, speaker line or
    timestamp of a transcript; a .docx that is not a Word document), "no_speech" (cues
    without words), "no_speakers" (words, but no speaker named anywhere), "too_many"
    (more than ``MAX_UTTERANCES`` cues). ``line`` is 1-based where known."""

    def __init__(self, path: Path | str, problem: str, detail: str = "", line: int | None = None):
        super().__init__(
            f"{path}: {problem}"
            + (f" (line {line})" if line else "")
            + (f": {detail}" if detail else "")
        )
        self.path = path
        self.problem = problem
        self.detail = detail
        self.line = line


class AdvisorUnknown(JournalError):
    """Which speaker is the advisor could not be told: ``given`` (the name asked for,
    or "" when none was) matches no speaker, or several (``ambiguous``). ``speakers``
    lists the names in the transcript, so the person can choose one."""

    def __init__(self, given: str, speakers: list[str], ambiguous: bool = False):
        what = "matches several speakers" if ambiguous else "matches no speaker"
        super().__init__(
            (f"{given!r} {what}" if given else "no advisor name given")
            + "; speakers: " + ", ".join(speakers)
        )  # fmt: skip
        self.given = given
        self.speakers = speakers
        self.ambiguous = ambiguous
