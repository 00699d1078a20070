"""Undo and redo for meetings: every new meeting, edit and delete is one
``QUndoCommand`` holding the meeting whole before and after (``journal.reflect.meeting_history``).

The change itself is made before the command is pushed (the dialog saved it, or the
delete ran), so the first ``redo()`` Qt calls on push does nothing. A command that can
no longer be applied (the meeting changed meanwhile) says why and leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from journal.errors import JournalError
from journal.service import Journal

if TYPE_CHECKING:  # undo's snapshots are imported on first use (journal/service.py)
    from journal.reflect.meeting_history import MeetingSnapshot


class MeetingChange(QUndoCommand):
    def __init__(
        self,
        journal: Journal,
        meeting_id: int,
        before: MeetingSnapshot | None,
        after: MeetingSnapshot | None,
        text: str,
        applied: Callable[[int | None], None],
        failed: Callable[[JournalError], None],
    ):
        super().__init__(text)
        self.journal = journal
        self.meeting_id = meeting_id
        self.before = before
        self.after = after
        self._applied = applied  # refreshes the window; gets the meeting to select
        self._failed = failed
        self._done = True  # already made when pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.before, self.after)

    def undo(self) -> None:
        self._put(self.after, self.before)

    def _put(self, expected: MeetingSnapshot | None, wanted: MeetingSnapshot | None) -> None:
        try:
            self.journal.restore(self.meeting_id, expected, wanted)
        except JournalError as error:
            self.setObsolete(True)  # the stack drops it: it cannot be applied any more
            self._failed(error)
            return
        self._applied(self.meeting_id if wanted is not None else None)
