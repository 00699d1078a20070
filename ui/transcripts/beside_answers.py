"""In the reflection: the meeting transcript's figures beside the advisor's own answers
on listening and asking ("You rated “The client did more of the talking than I did.” 4
of 5; the transcript says you spoke 68%."). Both are shown, neither is judged: it
follows the answers as they are given, and is hidden when the meeting has no
transcript."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.errors import JournalError
from journal.service import Journal
from ui.common import messages
from ui.common.labels import quiet
from ui.transcripts import words

if TYPE_CHECKING:
    from journal.transcripts.store import StoredTranscript

STYLE = """
QFrame#transcriptBeside { background: rgba(40, 120, 220, 20); border: 1px solid rgba(40, 120, 220, 90);
                          border-radius: 6px; }
QLabel#besideTitle { font-weight: 600; }
"""


class TranscriptBeside(QFrame):
    def __init__(
        self, journal: Journal, language: str, meeting_id: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("transcriptBeside")
        self.setStyleSheet(STYLE)
        self.journal = journal
        self.language = language
        self.meeting_id = meeting_id
        self.stored: StoredTranscript | None = None
        if meeting_id is not None:
            try:
                self.stored = journal.transcripts.of_meeting(meeting_id)
            except JournalError:
                self.stored = None  # a hint only: never block the reflection over it
        self.title = QLabel()
        self.title.setObjectName("besideTitle")
        self.title.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.pairs = QLabel()
        self.pairs.setWordWrap(True)
        self.pairs.setTextFormat(Qt.TextFormat.PlainText)
        self.context = QLabel()
        self.context.setWordWrap(True)
        quiet(self.context)
        self.forget_button = QPushButton(self.tr("Forget the Text"))
        self.forget_button.setToolTip(self.tr("Keep the figures, remove the transcript's text"))
        self.forget_button.clicked.connect(self.forget_text)
        self.remove_button = QPushButton(self.tr("Remove Transcript"))
        self.remove_button.setToolTip(self.tr("Remove the figures and any text kept"))
        self.remove_button.clicked.connect(self.remove)
        self.forget_button.setEnabled(not journal.read_only)
        self.remove_button.setEnabled(not journal.read_only)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addLayout(top)
        for label in (self.figures, self.pairs, self.context):
            column.addWidget(label)
        if self.stored is None:
            self.hide()
            return
        self._show_title()
        stored = self.stored
        self.figures.setText("\n".join(words.summary(stored.figures)))
        self.context.setText(self._context())
        self.show_answers({})

    def _show_title(self) -> None:
        stored = self.stored
        assert stored is not None
        self.title.setText(
            self.tr("From the transcript ({file}){kept}").format(
                file=stored.source_name or self.tr("no name"),
                kept=self.tr(", text kept") if stored.text_kept else "",
            )
        )
        self.forget_button.setVisible(stored.text_kept)

    def forget_text(self) -> None:
        """Keep the figures, drop the transcript's text (at once, not with the save)."""
        if self.stored is None or self.meeting_id is None:
            return
        try:
            self.journal.transcripts.forget_text(self.meeting_id)
            self.stored = self.journal.transcripts.of_meeting(self.meeting_id)
        except JournalError as error:
            messages.show_error(self, error)
            return
        self._show_title()

    def remove(self) -> None:
        """Remove the transcript's figures (and text) from the meeting, at once."""
        if self.meeting_id is None:
            return
        try:
            self.journal.transcripts.delete(self.meeting_id)
        except JournalError as error:
            messages.show_error(self, error)
            return
        self.stored = None
        self.hide()

    def _context(self) -> str:
        for note in self.journal.mirror.context():
            if note.id == "self_report":
                return note.text.get(self.language) or note.text["en"]
        return ""

    def show_answers(self, scores: dict[str, int]) -> None:
        """Set the figures against ``scores`` (question id -> 1–5), as answered now."""
        if self.stored is None:
            return
        from journal.transcripts.comparison import compare

        bank = self.journal.bank
        lines = []
        for pair in compare(self.stored.figures, scores):
            question = bank.question(pair.question_id).text.in_language(self.language)
            lines.append(f"{words.comparison(pair, question)} {words.direction(pair)}")
        self.pairs.setText("\n\n".join(lines))
        self.pairs.setVisible(bool(lines))
