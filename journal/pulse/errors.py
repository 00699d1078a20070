"""Typed errors of the client pulse: what a person can cause or fix, with the facts
needed to explain it (the command line and the ui word them)."""

from __future__ import annotations

from pathlib import Path

from journal.errors import JournalError


class PulseUnreadable(JournalError):
    """A file or pasted text with answers that cannot be used; nothing of it was saved.

    ``problem``: "unreadable" (cannot be read), "too_large", "empty", "not_text" (binary,
    or no encoding fits), "old_excel" (.xls), "not_excel" (a damaged workbook),
    "malformed" (CSV quoting broken; ``row`` says where), "no_questions" (no column is a
    pulse question: another survey), "same_question_twice" (two columns ask one item),
    "no_answers" (no AJ-PULSE block in a text), "needs_client" (a survey export does not
    say whose answers they are), "unknown_client", "unknown_pulse" (a pulse id this
    journal did not make), "other_client" (the pulse is another client's), "is_feedback" (a
    coach's feedback file: its ratings go through ``Journal.import_coach_ratings``),
    "feedback" (such a file that cannot be read; ``detail`` says why).
    """

    def __init__(
        self,
        source: Path | str,
        problem: str,
        detail: str = "",
        row: int | None = None,
    ):
        super().__init__(
            f"{source}: {problem}"
            + (f" (row {row})" if row else "")
            + (f": {detail}" if detail else "")
        )
        self.source = source
        self.problem = problem
        self.detail = detail
        self.row = row


class PredictionClosed(JournalError):
    """A prediction for a pulse can no longer be made: ``reason`` is "seen" (its answers
    were shown), "made" (predicted once already), "skipped" or "expired"."""

    def __init__(self, pulse_code: str, reason: str):
        super().__init__(f"pulse {pulse_code}: prediction closed ({reason})")
        self.pulse_code = pulse_code
        self.reason = reason
