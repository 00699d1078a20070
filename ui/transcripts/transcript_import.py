"""Adding a transcript to a meeting: chosen in a file dialog (Add Transcript…) or
dropped on the meeting's row. The file is read and its figures computed on this
computer; the advisor says which speaker they are when the transcript cannot tell,
sees the figures and chooses whether to keep the text (default: figures only).
Unreadable files are said in words (``ui.common.messages``), never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QStatusBar, QWidget

from journal.errors import JournalError
from journal.service import Journal
from ui.common import messages
from ui.common.changes import Changes

SUFFIXES = (".vtt", ".docx", ".txt")


class TranscriptImport(QObject):
    changed = Signal(object)  # Changes: a meeting has (new) transcript figures

    def __init__(self, journal: Journal, parent: QWidget, status: QStatusBar | None = None):
        super().__init__(parent)
        self.journal = journal
        self.parent_widget = parent
        self.status = status

    def choose_and_attach(self, meeting_id: int) -> bool:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Add Transcript"),
            "",
            self.tr("Teams or Zoom transcripts (*.vtt *.docx *.txt);;All files (*)"),
        )
        return bool(chosen) and self.attach(meeting_id, Path(chosen))

    def attach(self, meeting_id: int, path: Path) -> bool:
        """Read ``path``, show its figures and keep them with the meeting; False when
        the file gave none or the advisor cancelled."""
        from journal.transcripts.errors import AdvisorUnknown

        transcripts = self.journal.transcripts
        try:
            meeting = self.journal.meeting(meeting_id)
            try:
                analysis = transcripts.read(path)
            except AdvisorUnknown as unknown:
                me = self.which_speaker(unknown)
                if me is None:
                    return False
                analysis = transcripts.read(path, me)
        except JournalError as error:
            messages.show_error(self.parent_widget, error, self.tr("Add Transcript"))
            return False
        dialog = self.confirm_dialog(analysis, meeting.title)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        keep_text = dialog.keep_text.isChecked()
        dialog.deleteLater()
        if not accepted:
            return False
        try:
            transcripts.keep(meeting_id, analysis, keep_text)
        except JournalError as error:
            messages.show_error(self.parent_widget, error, self.tr("Add Transcript"))
            return False
        if self.status is not None:
            self.status.showMessage(
                self.tr("Transcript figures kept with “{title}”.").format(title=meeting.title),
                8000,
            )
        self.changed.emit(Changes(meetings=True))
        return True

    def confirm_dialog(self, analysis, title: str):
        from ui.transcripts.attach_dialog import AttachDialog

        return AttachDialog(analysis, title, self.parent_widget)

    def which_speaker(self, unknown) -> str | None:
        """Which of the transcript's speakers the advisor is (None: cancelled)."""
        if unknown.given:
            question = self.tr("“{name}” is not one speaker in this transcript. Which one are you?")
            question = question.format(name=unknown.given)
        else:
            question = self.tr(
                "Which speaker are you? (Set your name in Settings to skip this question.)"
            )
        name, ok = QInputDialog.getItem(
            self.parent_widget, self.tr("Add Transcript"), question, unknown.speakers, 0, False
        )
        return name if ok and name else None


def transcript_paths(paths: list[Path]) -> list[Path]:
    """The dropped files that may be transcripts, by their ending."""
    return [p for p in paths if p.suffix.lower() in SUFFIXES]
