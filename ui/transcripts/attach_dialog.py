"""Before a transcript's figures are kept with a meeting: what they are, and whether to
keep the text too (off: only the figures are kept, the text stays in the file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.common.labels import quiet
from ui.transcripts import words

if TYPE_CHECKING:
    from journal.transcripts.figures import Analysis


class AttachDialog(QDialog):
    def __init__(self, analysis: Analysis, meeting_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Transcript"))
        figures = analysis.figures
        heading = QLabel(
            self.tr("<b>{file}</b> for “{title}”").format(
                file=analysis.transcript.name or self.tr("Transcript"), title=meeting_title
            )
        )
        heading.setWordWrap(True)
        speakers = QLabel(
            self.tr("Speakers: {names}. You are {me}.").format(
                names=", ".join(s.name for s in figures.speakers), me=figures.advisor
            )
        )
        speakers.setWordWrap(True)
        self.figures_label = QLabel("\n".join(words.summary(figures)))
        self.figures_label.setWordWrap(True)
        self.keep_text = QCheckBox(self.tr("Also keep the transcript's &text in the journal"))
        self.keep_text.setChecked(False)
        note = QLabel(
            self.tr(
                "By default only the figures are kept; the text stays in your file. With the "
                "text kept, the brief before your next meeting can show the questions the "
                "client asked. Nothing leaves this computer."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("sectionHint")
        quiet(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Keep Figures"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (heading, speakers, self.figures_label, self.keep_text, note):
            column.addWidget(widget)
        column.addWidget(buttons)
        self.setMinimumWidth(460)
