"""Everything a coach's review needs of one summary, read in one go so that it can run
off the window's thread: the summary checked (``bundle_reader``), read back into a
journal in memory (``bundle_journal``), its report (``report``), and the feedback files
beside it (``*-feedback.json``) — each of those read on its own, so a broken one is
reported or passed over and never stops the summary opening."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.coach import bundle_journal, report
from journal.coach.bundle_reader import read_bundle
from journal.coach.feedback import Feedback, read_feedback
from journal.errors import FeedbackUnreadable
from journal.reflect.bank import QuestionBank
from journal.service import Journal

MAX_FEEDBACK_FILES = 500  # read beside one summary; a folder may hold anything
STEPS = ("reading", "loading", "reporting", "feedback")


@dataclass
class ReadSummary:
    path: Path
    bundle: dict[str, Any]
    journal: Journal  # in memory; close it when the summary is closed
    report: report.Report
    feedback: list[Feedback] = field(default_factory=list)  # this advisor's, own file first
    own_feedback_error: FeedbackUnreadable | None = None  # its own file, if broken


def feedback_path(bundle: Path) -> Path:
    """Where the feedback on a summary is saved by default, and found again."""
    return bundle.with_name(bundle.stem + "-feedback.json")


def read_summary(
    path: Path, bank: QuestionBank, step: Callable[[str], None] = lambda _name: None
) -> ReadSummary:
    """Raises ``BundleUnreadable`` for a summary that cannot be trusted; ``step`` is
    told each of ``STEPS`` as it begins."""
    step("reading")
    bundle = read_bundle(path)
    step("loading")
    journal = bundle_journal.load(bundle, bank)
    try:
        step("reporting")
        summary = ReadSummary(path, bundle, journal, report.build(bundle, journal))
        step("feedback")
        _read_feedback(summary)
    except BaseException:
        journal.close()
        raise
    return summary


def _read_feedback(summary: ReadSummary) -> None:
    """Feedback saved before on this advisor: the summary's own feedback file first,
    then the other feedback files beside it (feedback on two periods is saved in the
    file of the first). A broken file of its own is kept to be reported; others are
    passed over."""
    own = feedback_path(summary.path)
    try:
        others = sorted(p for p in summary.path.parent.glob("*-feedback.json") if p != own)
    except OSError:
        others = []
    advisor = summary.report.advisor
    for path in ([own] if _exists(own) else []) + others[:MAX_FEEDBACK_FILES]:
        try:
            feedback = read_feedback(path)
        except FeedbackUnreadable as error:
            if path == own:
                summary.own_feedback_error = error
            continue
        if feedback.advisor == advisor:
            summary.feedback.append(feedback)


def _exists(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True  # let reading it say what is wrong
