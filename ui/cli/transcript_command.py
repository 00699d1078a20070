"""``advisor-journal transcript FILE``: a meeting transcript's figures, printed (or as
JSON) and, with ``--meeting``, kept with that meeting (figures only unless
``--keep-text``).

Exit codes: 0 the figures were made (and kept); 1 the file was read but gives no
figures (no speech, no speaker named, the advisor not among the speakers: they are
listed); 2 not a transcript (missing, a folder or pipe, too large, binary, another
encoding or format) or a usage error.
"""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from journal.transcripts.errors import AdvisorUnknown, TranscriptUnreadable

if TYPE_CHECKING:  # the figures' modules load only when the command runs
    from journal.transcripts.figures import Analysis

_READ_BUT_EMPTY = {"no_speech", "no_speakers"}
_PROBLEMS = {
    "missing": "there is no such file",
    "unreadable": "it cannot be read",
    "not_a_file": "it is {detail}, not a file",
    "too_large": "it is too large for a meeting transcript ({detail})",
    "empty": "it is empty",
    "binary": "it is not text ({detail})",
    "encoding": "its text is in an encoding Advisor Journal does not read ({detail})",
    "not_a_transcript": "it is not a Teams or Zoom transcript ({detail})",
    "no_speech": "it holds no speech ({detail})",
    "no_speakers": "no speaker is named in it, so nothing can be said about who talked or asked. "
    "Export the transcript with speaker names (Teams and Zoom write them when "
    "transcription is on)",
    "too_many": "it has too many cues ({detail})",
}


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "transcript",
        help="figures from a meeting transcript (Teams or Zoom .vtt, Teams .docx or .txt)",
        description="Compute on this computer, from a Teams or Zoom transcript: talk share "
        "per speaker, your questions (open and closed), the longest monologue and how often "
        "you advised before the client had finished their story. With --meeting the figures "
        "are kept with that meeting (the text only with --keep-text). Exit 0 done, 1 no "
        "figures (no speakers, or you are not among them), 2 not a transcript.",
    )
    parser.add_argument("file", metavar="FILE", help="the transcript (.vtt, .docx, .txt)")
    parser.add_argument(
        "--meeting", type=_meeting_id, metavar="ID", help="keep the figures with this meeting"
    )
    parser.add_argument(
        "--me",
        metavar="NAME",
        help="your name as the transcript has it (default: your name in Settings)",
    )
    parser.add_argument("--json", action="store_true", help="JSON instead of lines")
    parser.add_argument(
        "--keep-text", action="store_true", help="with --meeting: keep the transcript's text too"
    )


def _meeting_id(text: str) -> int:
    from argparse import ArgumentTypeError

    if not text.isdigit() or int(text) < 1:
        raise ArgumentTypeError(f"{text!r} is not a meeting id (a whole number from 1)")
    return int(text)


def transcript(folder: Path, args: Namespace) -> int:
    if args.keep_text and args.meeting is None:
        print("advisor-journal: --keep-text needs --meeting", file=sys.stderr)
        return 2
    path = Path(args.file)
    journal = None
    try:
        if args.meeting is not None or not args.me:
            from ui.cli.data_commands import open_for_command

            journal = open_for_command(folder)
        try:
            if journal is not None:
                if args.meeting is not None and not _meeting_exists(journal, args.meeting):
                    print(f"advisor-journal: there is no meeting {args.meeting}", file=sys.stderr)
                    return 2
                analysis = journal.transcripts.read(path, args.me)
            else:
                from journal.transcripts.api import read_file

                analysis = read_file(path, args.me)
        except TranscriptUnreadable as error:
            return _unreadable(error)
        except AdvisorUnknown as error:
            return _advisor_unknown(error)
        kept = None
        if journal is not None and args.meeting is not None:
            kept = journal.transcripts.keep(args.meeting, analysis, keep_text=args.keep_text)
    finally:
        if journal is not None:
            journal.close()
    if args.json:
        print(json.dumps(_record(analysis, args.meeting, kept is not None and kept.text_kept),
                         ensure_ascii=False, indent=2))  # fmt: skip
    else:
        for line in report(analysis):
            print(line)
        if args.meeting is not None:
            print(
                f"Kept with meeting {args.meeting}: "
                + (
                    "the figures and the text."
                    if args.keep_text
                    else "the figures only; the text was not kept."
                )
            )
    return 0


def _meeting_exists(journal, meeting_id: int) -> bool:
    from journal.errors import NotFound

    try:
        journal.meeting(meeting_id)
    except NotFound:
        return False
    return True


def _unreadable(error: TranscriptUnreadable) -> int:
    reason = _PROBLEMS.get(error.problem, error.problem).format(detail=error.detail)
    where = f" (line {error.line})" if error.line else ""
    print(f"advisor-journal: {error.path}: {reason}{where}.", file=sys.stderr)
    return 1 if error.problem in _READ_BUT_EMPTY else 2


def _advisor_unknown(error: AdvisorUnknown) -> int:
    if error.ambiguous:
        head = f"{error.given!r} fits more than one speaker."
    elif error.given:
        head = f"No speaker in the transcript is {error.given!r}."
    else:
        head = "Which speaker are you? Your name is not set (Settings), so say it with --me NAME."
    print(f"advisor-journal: {head} The speakers are:", file=sys.stderr)
    for name in error.speakers:
        print(f"  {name}", file=sys.stderr)
    return 1


def report(analysis: Analysis) -> list[str]:
    """The figures as lines of English text."""
    f = analysis.figures
    t = analysis.transcript
    kind = {"teams_vtt": "Teams WebVTT", "zoom_vtt": "Zoom WebVTT", "vtt": "WebVTT",
            "teams_docx": "Teams .docx", "text": "text"}.get(f.format, f.format)  # fmt: skip
    language = {"nl": "Dutch", "en": "English"}[f.language]
    length = f", {_duration(f.duration)}" if f.duration is not None else ""
    lines = [f"{t.name or 'Transcript'}: {kind}, {language}{length}, {len(f.speakers)} speakers"]
    basis = "speaking time" if f.measure == "seconds" else "words (the file has no end times)"
    lines.append(f"Talk share, by {basis}:")
    width = max(len(s.name) for s in f.speakers) + 6
    for s in f.speakers:
        name = s.name + (" (you)" if s.advisor else "")
        time = f"  {_duration(s.seconds):>9}" if s.seconds is not None else ""
        lines.append(f"  {name:<{width}} {s.share:>4.0%}{time}  {s.words:,} words, {s.turns} turns")
    lines.append(f"  You against all others: {f.advisor_share:.0%} / {f.others_share:.0%}")
    if f.unattributed_words:
        lines.append(f"  Not counted: {f.unattributed_words:,} words without a speaker")
    tags = f", {f.questions_tag} of them tag questions" if f.questions_tag else ""
    lines.append(
        f"Questions you asked: {f.questions} ({f.questions_open} open, {f.questions_closed} closed{tags})"
    )
    for mono, who in ((f.longest, "Longest monologue"), (f.advisor_longest, "Your longest")):
        if mono is not None:
            at = f", from {_clock(mono.start)}" if mono.start is not None else ""
            size = (
                f"{_duration(mono.seconds)} ({mono.words:,} words)"
                if mono.seconds is not None
                else f"{mono.words:,} words"
            )
            lines.append(f"{who}: {mono.speaker}, {size}{at}")
    if f.directions_early is None:
        lines.append(f"Advice or directions from you: {f.directions} (nobody else spoke)")
    else:
        point = (
            f" (they had said a third of what they said by {_clock(f.story_end_at)})"
            if f.story_end_at is not None
            else ""
        )
        lines.append(
            f"Advice or directions from you: {f.directions}, {f.directions_early} of them before "
            f"the client had finished their story{point}"
        )
    for found in analysis.directions:
        mark = "early  " if found.early else "       "
        lines.append(f"  {mark}{_clock(found.at)}  {found.text}  [{found.rule_id}]")
    if f.client_questions:
        lines.append(f"Questions the others asked: {f.client_questions}")
    if f.skipped_cues:
        lines.append(f"Left out: {f.skipped_cues} cues that could not be read (see --json)")
    if f.encoding not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        lines.append(f"Note: the file is not UTF-8; it was read as {f.encoding}.")
    lines.append(f"Rules: {f.rules}, method {f.method}.")
    return lines


def _record(analysis: Analysis, meeting: int | None, text_kept: bool) -> dict:
    return {
        "file": analysis.transcript.name,
        "meeting": meeting,
        "text_kept": text_kept,
        "figures": analysis.figures.to_json(),
        "questions": [asdict(q) for q in analysis.questions],
        "directions": [asdict(d) for d in analysis.directions],
        "problems": [asdict(p) for p in analysis.transcript.problems],
    }


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return (
        f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if hours
        else f"{rest // 60:02d}:{rest % 60:02d}"
    )
