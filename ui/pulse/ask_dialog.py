"""Ask the Client…: a short pulse for one client. Shows the (at most four) statements in
the language chosen for the client, then writes the self-contained HTML form, the
statements as CSV for a survey tool, and copies the mail to send with the form.

The pulse is made when the dialog opens (so the statements shown are the ones asked) and
taken back when the dialog closes with nothing written or copied, or when another
language is chosen before that.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.pulse.form import form_html
from journal.pulse.form_words import invitation
from journal.pulse.model import Pulse
from journal.pulse.template import template_csv
from journal.service import Journal
from ui.common import messages
from ui.common.changes import Changes
from ui.common.labels import error_banner, headline, note_banner, wrapped
from ui.pulse.pulse_words import LANGUAGE_NAMES

Writer = Callable[[Path, bytes], None]


class AskClientDialog(QDialog):
    """``changed`` says a pulse was made and sent (the client view's suggestion goes)."""

    changed = Signal(object)  # Changes

    def __init__(
        self,
        journal: Journal,
        language: str,
        client_name: str,
        write_file: Writer,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.client_name = client_name
        self.write_file = write_file
        self.pulse: Pulse | None = None
        self.used = False  # written or copied: the pulse stays
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Ask the Client"))
        self.setMinimumWidth(600)

        self.title = headline(self.tr("Ask {client} for a pulse").format(client=client_name))
        intro = wrapped(
            self.tr(
                "Under a minute for your client: a few statements about how you work with "
                "them, each scored from 1 to 5. Send the form; their answers come back by "
                "mail, and you import them with File → Import Client Answers…"
            )
        )
        self.note = note_banner()
        self.note.hide()
        self.language = QComboBox()
        for code in ("nl", "en"):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("The client's &language:"), self.language)
        self.items_heading = QLabel(self.tr("Your client scores these statements from 1 to 5:"))
        self.items_label = QLabel()
        self.items_label.setWordWrap(True)
        self.items_label.setObjectName("pulseItems")
        self.items_label.setStyleSheet(
            "QLabel#pulseItems { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; padding: 10px; }"
        )
        self.error_banner = error_banner()
        self.error_banner.hide()
        self.done_label = wrapped()
        self.done_label.setObjectName("pulseDone")
        self.done_label.setStyleSheet(
            "QLabel#pulseDone { background: rgba(60, 150, 80, 30); border: 1px solid"
            " rgba(60, 150, 80, 120); border-radius: 6px; padding: 8px; }"
        )
        self.done_label.hide()

        self.form_button = QPushButton(self.tr("Save the &Form…"))
        self.form_button.setToolTip(
            self.tr("An HTML file to attach to your mail: it works offline on any device")
        )
        self.mail_button = QPushButton(self.tr("&Copy the Mail Text"))
        self.mail_button.setToolTip(self.tr("The mail to send with the form, to paste"))
        self.csv_button = QPushButton(self.tr("Questions as CS&V…"))
        self.csv_button.setToolTip(
            self.tr(
                "The statements for Microsoft Forms or Google Forms: copy each word for word "
                "into a 1–5 rating question"
            )
        )
        actions = QHBoxLayout()
        for button in (self.form_button, self.mail_button, self.csv_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.items_heading)
        layout.addWidget(self.items_label)
        layout.addLayout(actions)
        layout.addWidget(self.done_label)
        layout.addWidget(self.error_banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.form_button.clicked.connect(lambda: self.save_form())
        self.csv_button.clicked.connect(lambda: self.save_questions())
        self.mail_button.clicked.connect(self.copy_mail)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._show_suggestion()
        self._make()

    # -- the pulse --------------------------------------------------------------------

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _make(self) -> None:
        try:
            self.pulse = self.journal.make_pulse(self.client_name, self.chosen_language())
        except JournalError as error:
            self.pulse = None
            self._say_error(messages.describe(error))
        self._show_items()

    def _language_changed(self) -> None:
        if self.used:  # already sent in one language: a second pulse in another
            self.used, self.written = False, []
            self.done_label.clear()
            self.done_label.hide()
        else:
            self._discard()
        self._make()

    def _discard(self) -> None:
        if self.pulse is not None and not self.used:
            with suppress(JournalError):  # else it stays, unanswered: nothing is lost
                self.journal.discard_pulse(self.pulse.code)
        self.pulse = None

    def item_texts(self) -> list[str]:
        if self.pulse is None:
            return []
        bank, language = self.journal.bank, self.pulse.language
        return [bank.client_item(i).text.in_language(language) for i in self.pulse.items]

    def _show_items(self) -> None:
        texts = self.item_texts()
        self.items_label.setText("\n".join(f"• {text}" for text in texts))
        self.items_label.setVisible(bool(texts))
        # Wrapped text asks for its height only once it has a width: give it the room
        # the dialog's width needs, so the dialog never opens with a statement cut off.
        width = max(self.items_label.width(), self.minimumWidth() - 40)
        self.items_label.setMinimumHeight(self.items_label.heightForWidth(width))
        for button in (self.form_button, self.mail_button, self.csv_button):
            button.setEnabled(self.pulse is not None)

    def _show_suggestion(self) -> None:
        try:
            suggestion = self.journal.pulse_suggestion(self.client_name)
        except JournalError:
            return
        if suggestion.last_pulse_at is None or suggestion.due:
            return
        days = (self.journal.clock() - suggestion.last_pulse_at).days
        self.note.setText(
            self.tr(
                "{client} had a pulse {days} days ago. Clients answer more readily when "
                "asked rarely: about once a quarter."
            ).format(client=self.client_name, days=days)
        )
        self.note.show()

    # -- what leaves ------------------------------------------------------------------

    def _sender(self) -> tuple[str, str]:
        """(the advisor's name, the address answers go to); InvalidInput when missing."""
        name = self.journal.profile().advisor_name
        address = self.journal.calendar.rules().my_email or ""
        return name, address

    def save_form(self, path: Path | None = None) -> Path | None:
        if self.pulse is None:
            return None
        name, address = self._sender()
        try:
            html = form_html(self.pulse, self.journal.bank, name, address)
        except JournalError as error:
            self._say_error(messages.describe(error))
            return None
        return self._write(path, html.encode("utf-8"), "html", self.tr("Web page (*.html)"))

    def save_questions(self, path: Path | None = None) -> Path | None:
        if self.pulse is None:
            return None
        data = template_csv(self.pulse, self.journal.bank)
        return self._write(path, data, "csv", self.tr("CSV file (*.csv)"))

    def _write(self, path: Path | None, data: bytes, ending: str, filter_: str) -> Path | None:
        if path is None:
            stem = self.tr("pulse {client}").format(client=self.client_name)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save"), f"{_file_name(stem)}.{ending}", filter_
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            self.write_file(path, data)
        except JournalError as error:
            self._say_error(messages.describe(error))
            return None
        self.written.append(path)
        self._used(self.tr("Saved {file}.").format(file=path))
        return path

    def mail_text(self) -> str:
        if self.pulse is None:
            return ""
        name, _address = self._sender()
        subject, body = invitation(
            self.pulse.language, self.pulse.code, name or "", self.item_texts()
        )
        return f"{subject}\n\n{body}"

    def copy_mail(self) -> None:
        text = self.mail_text()
        if not text:
            return
        QApplication.clipboard().setText(text)
        self._used(
            self.tr(
                "The mail is on the clipboard: paste it into a new mail to {client}, and "
                "attach the form."
            ).format(client=self.client_name)
        )

    def _used(self, text: str) -> None:
        self.error_banner.hide()
        first = not self.used
        self.used = True
        self.done_label.setText(text)
        self.done_label.show()
        if first:
            self.changed.emit(Changes(clients=True))

    def _say_error(self, text: str) -> None:
        self.error_banner.setText(text)
        self.error_banner.show()

    def done(self, result: int) -> None:
        self._discard()  # nothing left this dialog: no pulse was asked
        super().done(result)


def _file_name(text: str) -> str:
    """A file name from a client's name: no characters a file system refuses."""
    kept = "".join(c if c.isalnum() or c in " -_." else "-" for c in text).strip(" .")
    return kept or "pulse"
