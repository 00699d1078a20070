"""File → Import Client Answers…: a client's answers in, from a pasted mail, a saved mail
(.eml, .txt), a Microsoft Forms export (.csv, .xlsx), a Google Forms export (.csv), or a
coach's feedback file with ratings (.json). Says what was read and added, row by row
what was left out, and why a file could not be used; never a traceback.

Answers to a pulse the advisor can still predict are held back: the dialog says so, and
offers to show them now (then no prediction).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import FeedbackUnreadable, JournalError
from journal.pulse.errors import PulseUnreadable
from journal.pulse.model import ImportResult
from journal.service import Journal
from ui.common import messages
from ui.common.changes import Changes
from ui.common.labels import error_banner, headline, note_banner, wrapped
from ui.pulse.pulse_words import report_lines

FILE_ENDINGS = ("*.eml", "*.txt", "*.csv", "*.xlsx", "*.json", "*.xls")


def can_import(path: Path) -> bool:
    """A file dropped on the window that this dialog reads."""
    return path.suffix.lower() in {e[1:] for e in FILE_ENDINGS}


class PulseImportDialog(QDialog):
    changed = Signal(object)  # Changes: answers were added

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import Client Answers"))
        self.resize(640, 520)

        intro = wrapped(
            self.tr(
                "Paste your client's mail below, or choose a file: a saved mail (.eml, "
                ".txt), a Microsoft Forms export (.csv, .xlsx), a Google Forms export "
                "(.csv), or your coach's feedback file (.json). Importing the same answers "
                "again adds nothing."
            )
        )
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName(self.tr("The mail with the client's answers"))
        self.paste.setPlaceholderText(
            self.tr("Paste the mail with the client's answers here (the line AJ-PULSE …)")
        )
        self.paste.setTabChangesFocus(True)
        self.import_text_button = QPushButton(self.tr("&Import the Pasted Text"))
        self.import_text_button.setEnabled(False)
        self.file_button = QPushButton(self.tr("Choose a &File…"))
        self.client = QComboBox()
        self.client.addItem(self.tr("As the answers say"), None)
        try:
            for client in journal.clients():
                self.client.addItem(client.name, client.name)
        except JournalError as error:
            messages.show_error(self, error)
        self.client.setToolTip(
            self.tr("A survey tool's export does not say whose answers it holds: choose the client")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Client (for a survey export):"), self.client)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.import_text_button)
        buttons_row.addWidget(self.file_button)
        buttons_row.addStretch(1)

        self.error_banner = error_banner()
        self.error_banner.hide()
        self.report = QLabel()
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        self.report.setStyleSheet(
            "QLabel#importReport { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; padding: 8px; }"
        )
        self.report.hide()
        self.held_note = note_banner()
        self.held_note.hide()
        self.reveal_button = QPushButton(self.tr("&Show the Answers Now"))
        self.reveal_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline(self.tr("Import Client Answers")))
        layout.addWidget(intro)
        layout.addWidget(self.paste, 1)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.report)
        layout.addWidget(self.held_note)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        layout.addLayout(reveal_row)
        layout.addWidget(self.buttons)

        self.paste.textChanged.connect(
            lambda: self.import_text_button.setEnabled(bool(self.paste.toPlainText().strip()))
        )
        self.import_text_button.clicked.connect(self.import_pasted)
        self.file_button.clicked.connect(lambda: self.choose_file())
        self.reveal_button.clicked.connect(self.reveal)

    # -- in ---------------------------------------------------------------------------

    def chosen_client(self) -> str | None:
        return self.client.currentData()

    def import_pasted(self) -> ImportResult | None:
        text = self.paste.toPlainText()
        if not text.strip():
            return None
        return self._run(
            lambda: self.journal.import_pulse_answers(
                text.encode("utf-8"), self.tr("The pasted text"), self.chosen_client(), pasted=True
            )
        )

    def choose_file(self) -> ImportResult | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Client Answers"),
            "",
            self.tr("Mails, survey exports and feedback ({endings});;All files (*)").format(
                endings=" ".join(FILE_ENDINGS)
            ),
        )
        return self.import_file(Path(chosen)) if chosen else None

    def import_file(self, path: Path) -> ImportResult | None:
        """Read ``path`` (a mail, a survey export or a coach's feedback file)."""
        return self._run(lambda: self._read_file(path))

    def _read_file(self, path: Path) -> ImportResult:
        from journal.pulse.importing import sniff
        from journal.pulse.tables import read_file

        data = read_file(path)
        if sniff(data) == "feedback":
            from journal.coach.feedback import parse_feedback

            try:
                feedback = parse_feedback(data, path)
            except FeedbackUnreadable as error:
                raise PulseUnreadable(path.name, "feedback", messages.describe(error)) from error
            return self.journal.import_coach_ratings(feedback.coach, feedback.ratings)
        return self.journal.import_pulse_answers(data, path.name, self.chosen_client())

    def _run(self, read) -> ImportResult | None:
        self.error_banner.hide()
        self.held_note.hide()
        self.reveal_button.hide()
        try:
            result = read()
        except PulseUnreadable as error:
            self._failed(messages.describe(error))
            if error.problem == "needs_client":
                self.client.setFocus()
            return None
        except JournalError as error:
            self._failed(messages.describe(error))
            return None
        self.result = result
        self.report.setText("\n".join(report_lines(result)))
        self.report.show()
        if result.nothing_read:
            self.error_banner.setText(self.tr("Nothing could be imported."))
            self.error_banner.show()
        if result.held_back:
            who = ", ".join(result.client_names)
            self.held_note.setText(
                self.tr(
                    "You have not seen these answers yet: first predict how {client} "
                    "answered, in your next reflection on a meeting with them. Or see them "
                    "now, without a prediction."
                ).format(client=who)
            )
            self.held_note.show()
            self.reveal_button.show()
        if result.added or result.changed:
            self.paste.clear()
            self.changed.emit(Changes(clients=True))
        return result

    def _failed(self, text: str) -> None:
        self.report.hide()
        self.error_banner.setText(text)
        self.error_banner.show()

    def reveal(self) -> list[str]:
        names = self.result.client_names if self.result else ()
        shown: list[str] = []
        try:
            for name in names or (None,):
                shown += self.journal.reveal_pulse_answers(name)
        except JournalError as error:
            self._failed(messages.describe(error))
            return shown
        self.held_note.setText(self.tr("The answers are shown: no prediction this time."))
        self.reveal_button.hide()
        self.changed.emit(Changes(clients=True))
        return shown
