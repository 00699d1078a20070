"""Keeping a reflection being written as a draft inside the journal, so a crash, a kill or
a power cut loses at most the last moment of typing.

``DraftKeeper`` watches every field of a dialog (a ``DraftForm``: the reflection
dialog) and saves them (the payload: ``payload()``, which the dialog makes) 1.5 s after
the last change, and at least every 5 s while the
advisor keeps typing; at once when the dialog ends without being saved or cancelled
(the app quitting under it). A dialog with nothing typed makes no draft. Saving the
reflection, or cancelling it after confirming, clears the draft. A draft that cannot be
written (a full disk, a read-only or busy journal) never interrupts: a small notice in
the dialog says so, the text stays, and the next change (or a retry a little later)
tries again.

``restore()`` has a fresh dialog fill itself from a payload; the questions asked are
part of the payload and chosen by the dialog itself (``draft_questions()``) while it is
built.
A ``HeldDraft`` is one that never reached the journal (the idle lock held it in memory
because it could not be written): the dialog it fills writes it at the first chance.
"""

from __future__ import annotations

import time
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from journal.errors import JournalBusy, JournalError, JournalNotWritable
from journal.model import Draft
from journal.reflect.bank import Question, QuestionBank
from journal.service import Journal
from ui.common import messages
from ui.common.labels import tr
from ui.common.period_text import long_day_and_time

FORMAT = 1  # the payload's layout; a later app reads older ones
DELAY_MS = 1500  # after the last change
LONGEST_WAIT_S = 5.0  # typing without a pause still saves this often
RETRY_MS = 30_000  # after a failed save, try again even without a change
BUSY_WAIT_S = 30.0  # a busy journal makes each try wait; not more often than this

_SQLITE_FULL = 13
_SQLITE_READONLY = 8

NOTICE_STYLE = """
QLabel#draftNotice { background: rgba(230, 160, 20, 45); border: 1px solid rgba(200, 130, 10, 150);
                     border-radius: 6px; padding: 6px 8px; }
QLabel#draftNotice[kind="info"] { background: rgba(40, 120, 220, 30);
                                  border: 1px solid rgba(40, 120, 220, 120); }
"""


@dataclass(frozen=True)
class HeldDraft(Draft):
    """A draft kept only in memory: it could not be written to the journal."""


class _Hub(QObject):
    """Tells the offer of drafts on start that a draft was cleared somewhere."""

    cleared = Signal()


_hub: _Hub | None = None


def hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


def waiting_draft(journal: Journal, meeting_id: int | None) -> Draft | None:
    """The draft left for a new meeting (None) or for an edit of ``meeting_id``."""
    try:
        drafts = journal.drafts()
    except JournalError:
        return None
    return next((d for d in drafts if d.meeting_id == meeting_id), None)


def draft_questions(bank: QuestionBank, payload: dict[str, Any]) -> list[Question] | None:
    """The 1–5 questions the draft's dialog asked (those still in the bank), or None."""
    ids = payload.get("questions")
    if not isinstance(ids, list):
        return None
    questions = [bank.question(q) for q in ids if isinstance(q, str) and bank.has_question(q)]
    return questions or None


def draft_client_and_title(payload: dict[str, Any]) -> tuple[str, str]:
    return draft_text(payload, "client").strip(), draft_text(payload, "title").strip()


class DraftForm(Protocol):
    """What the keeper needs of the dialog it keeps (a QDialog: ``finished``)."""

    finished: Any

    def edits(self) -> list[Any]:
        """The change signal of every field."""

    def untouched(self) -> bool:
        """Nothing typed (any more) since the dialog opened."""

    def draft_payload(self) -> dict[str, Any]:
        """Every field as plain JSON values, ``"format": FORMAT`` among them."""

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Fill the fields from a payload, which may be partial or from an older app."""


class DraftKeeper(QObject):
    """Saves ``dialog`` as a draft under ``key`` (None: a new meeting; else the meeting
    the edit is of, also when that meeting was deleted and the draft opens as new)."""

    saved = Signal()  # a draft was written
    failed = Signal(object)  # JournalError: not written, the notice says why

    def __init__(
        self,
        dialog: DraftForm,
        journal: Journal,
        key: int | None,
        draft: Draft | None = None,
    ):
        super().__init__(dialog)
        self.dialog = dialog
        self.journal = journal
        self.key = key
        # A draft for this key is in the journal (a held one is not: written when it can).
        self._stored = draft is not None and not isinstance(draft, HeldDraft)
        self._cleared = False
        self._last: dict[str, Any] | None = None  # what was written last
        self._pending_since: float | None = None  # first change not yet written
        self._not_before = 0.0  # monotonic: no new try before (a busy journal)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._save_quietly)

        self.notice = QLabel()
        self.notice.setObjectName("draftNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        if draft is not None:
            self.restore(draft.payload)
            self._last = self.payload() if self._stored else None
            self._show_notice(
                self.tr("Your unsaved reflection from {when} is back.").format(
                    when=long_day_and_time(draft.updated_at)
                ),
                "info",
            )
        if journal.read_only:
            self._show_notice(
                self.tr(
                    "This journal is open read-only: what you type here cannot be saved, "
                    "not even as a draft."
                )
            )
        self._connect()
        if isinstance(draft, HeldDraft):
            self.changed()  # not in the journal yet: write it soon
        dialog.finished.connect(self._dialog_finished)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._app_quitting)

    # -- watching ---------------------------------------------------------------------

    def _connect(self) -> None:
        for signal in self.dialog.edits():
            signal.connect(self.changed)

    def changed(self, *_args) -> None:
        """Something was typed or chosen: save a moment later."""
        if self._cleared or self.journal.read_only:
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if now < self._not_before:
            self._timer.start(int((self._not_before - now) * 1000) + 1)
        elif now - self._pending_since >= LONGEST_WAIT_S:
            self._save_quietly()
        else:
            self._timer.start(DELAY_MS)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    # -- writing ----------------------------------------------------------------------

    def save_now(self) -> None:
        """Write the draft now if anything changed. Raises ``JournalError`` when it could
        not be written (the notice in the dialog says so too); does nothing once the
        journal is closed or read-only."""
        self._timer.stop()
        if self._cleared or self.journal.read_only or not _usable(self.journal):
            return
        self._pending_since = None
        if self.dialog.untouched():
            self._forget()
            return
        payload = self.payload()
        if payload == self._last and self._stored:
            return
        try:
            self.journal.save_draft(self.key, payload)
        except JournalError as error:
            self._failed(error)
            raise
        self._last = payload
        self._stored = True
        if self.notice.property("kind") == "problem":
            self.notice.hide()
        self.saved.emit()

    def keep(self) -> bool:
        """Before the dialog is closed under it (the idle lock): write the draft now.
        False when what was typed is not in the journal: it could not be written, or the
        journal is read-only (the caller then keeps ``payload()`` in memory)."""
        try:
            self.save_now()
        except JournalError:
            return False
        if self._cleared or self.dialog.untouched():
            return True  # saved already, or nothing typed
        return not self.journal.read_only

    def _save_quietly(self) -> None:
        """On the timer, or as the dialog or the app ends: never raises."""
        with suppress(JournalError):  # the notice says so; the next change tries again
            self.save_now()

    def _failed(self, error: JournalError) -> None:
        if isinstance(error, JournalBusy):
            self._not_before = time.monotonic() + BUSY_WAIT_S
        self._show_notice(failure_text(error))
        self._timer.start(RETRY_MS)  # and sooner, on the next change
        self.failed.emit(error)

    def _forget(self) -> None:
        """Everything typed was taken back: no draft."""
        if self._stored:
            try:
                self.journal.discard_draft(self.key)
            except JournalError:
                return  # tried again on the next change
            self._stored = False
            self._last = None

    def clear(self) -> None:
        """The reflection was saved, or cancelled after confirming: drop the draft."""
        self._cleared = True
        self._timer.stop()
        if self._stored and not self.journal.read_only and _usable(self.journal):
            try:
                self.journal.discard_draft(self.key)
            except JournalError:
                pass  # the reflection itself is saved (or given up); nothing to lose
            else:
                self._stored = False
        hub().cleared.emit()

    def _dialog_finished(self, _result: int) -> None:
        """Closed without a save or a confirmed cancel (the app quitting): keep the last
        change too."""
        if self.pending:
            self._save_quietly()
        self._timer.stop()

    def _app_quitting(self) -> None:
        if self.pending:
            self._save_quietly()

    # -- the payload ------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        """Every field the advisor can type or choose, as plain JSON values."""
        return self.dialog.draft_payload()

    def restore(self, payload: dict[str, Any]) -> None:
        """Fill the dialog from ``payload`` (which may be partial or from an older app)."""
        self.dialog.restore_draft(payload)

    # -- the notice -------------------------------------------------------------------

    def _show_notice(self, text: str, kind: str = "problem") -> None:
        self.notice.setProperty("kind", kind)
        self.notice.setText(text)
        self.notice.setStyleSheet(NOTICE_STYLE)  # the property changed: style again
        self.notice.show()


def failure_text(error: JournalError) -> str:
    """The dialog's notice when a draft could not be written."""
    if isinstance(error, JournalBusy):
        return tr(
            "Not saved as a draft just now: another program is using the journal. Your "
            "text stays here; it is tried again in a moment."
        )
    if isinstance(error, JournalNotWritable):
        code = getattr(error.__cause__, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == _SQLITE_FULL or "full" in error.detail.lower():
            return tr(
                "Not saved as a draft: the disk is full. Your text stays here; free some "
                "disk space and it is saved again as you type."
            )
        if primary == _SQLITE_READONLY or "readonly" in error.detail.lower():
            return tr(
                "Not saved as a draft: the journal cannot be written to (it is read-only). "
                "Your text stays here."
            )
        return tr(
            "Not saved as a draft: the journal cannot be written to ({detail}). Your text "
            "stays here."
        ).format(detail=error.detail)
    return tr("Not saved as a draft: {problem} Your text stays here.").format(
        problem=messages.describe(error)
    )


def _usable(journal: Journal) -> bool:
    """False once the journal is closed (a dialog can outlive it)."""
    try:
        _ = journal.store.conn.in_transaction
    except Exception:  # sqlite3's or SQLCipher's ProgrammingError
        return False
    return True


def draft_text(payload: dict[str, Any], key: str) -> str:
    """The text under ``key`` ("" when missing or not text: a payload may be partial)."""
    value = payload.get(key)
    return value if isinstance(value, str) else ""
