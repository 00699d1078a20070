"""On start, a bar at the top of the window offers the reflections left unsaved (the app
crashed, was killed, or the power went): resume, discard or later, one after the other.

Resume opens the reflection with the draft filled in (an edit of a meeting deleted
meanwhile opens as a new meeting); discard asks first; later hides the bar until the
next start (opening that reflection again also continues its draft). The window places
the bar and opens the reflection it asks for (``resume_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.errors import JournalError, NotFound
from journal.model import Draft
from journal.service import Journal
from ui.common import messages
from ui.common.labels import sized
from ui.common.period_text import long_day_and_time
from ui.reflect.draft_keeper import _usable, draft_client_and_title, hub

STYLE = """
QFrame#draftOffer { background: rgba(230, 160, 20, 40); border: 1px solid rgba(200, 130, 10, 150);
                    border-radius: 8px; }
QLabel#draftOfferTitle { font-weight: 600; font-size: 1.15em; }
"""


class DraftOffer(QFrame):
    resume_requested = Signal(object, object)  # the meeting id (None: a new one), the Draft

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("draftOffer")
        self.setStyleSheet(sized(STYLE))
        self.draft: Draft | None = None
        self.later = False  # hidden until the next start

        self.title = QLabel()
        self.title.setObjectName("draftOfferTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QLabel()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.more)

        self.resume_button = QPushButton(self.tr("Res&ume"))
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self.resume)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.clicked.connect(self.discard)
        self.later_button = QPushButton(self.tr("La&ter"))
        self.later_button.setToolTip(
            self.tr("Keep it: asked again at the next start, and opening it continues it")
        )
        self.later_button.clicked.connect(self.postpone)

        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 10, 10)
        row.addLayout(text, 1)
        for button in (self.resume_button, self.discard_button, self.later_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        hub().cleared.connect(self.refresh)

    def offer(self) -> None:
        """As on a start: show the first draft left, if any (also after "later")."""
        self.later = False
        self.refresh()

    def refresh(self) -> None:
        """Show the newest draft left (or hide when there is none, or after "not now")."""
        if self.later or not _usable(self.journal):
            self.hide()
            return
        try:
            drafts = self.journal.drafts()
        except JournalError:
            drafts = []  # an offer only: the journal's own troubles are said elsewhere
        if not drafts:
            self.draft = None
            self.hide()
            return
        self.draft = drafts[0]
        self.title.setText(
            self.tr("You have an unsaved reflection from {when}").format(
                when=long_day_and_time(self.draft.updated_at)
            )
        )
        client, title = draft_client_and_title(self.draft.payload)
        self.detail.setText(
            self.tr("{client} — {title}. Resume it to finish and save it.").format(
                client=client or self.tr("(no client yet)"),
                title=title or self.tr("(no title yet)"),
            )
        )
        others = len(drafts) - 1
        self.more.setText(
            self.tr("1 more unsaved reflection after this one")
            if others == 1
            else self.tr("{count} more unsaved reflections after this one").format(count=others)
        )
        self.more.setVisible(others > 0)
        self.show()

    def resume(self) -> None:
        """Open the reflection with the draft filled in; the bar moves on once it is
        saved or discarded."""
        draft = self.draft
        if draft is None:
            return
        meeting_id = draft.meeting_id
        if meeting_id is not None:
            try:
                self.journal.meeting(meeting_id)
            except NotFound:
                meeting_id = None  # deleted meanwhile: the draft becomes a new meeting
            except JournalError as error:
                messages.show_error(self, error)
                return
        self.hide()
        self.resume_requested.emit(meeting_id, draft)
        self.refresh()

    def discard(self) -> None:
        draft = self.draft
        if draft is None or not messages.confirm_discard(self):
            return
        try:
            self.journal.discard_draft(draft.meeting_id)
        except JournalError as error:
            messages.show_error(self, error)
            return
        self.refresh()

    def postpone(self) -> None:
        self.later = True
        self.hide()
