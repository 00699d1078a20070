"""The first start: a bar above the tabs asks for the two things that shape every
reflection, the advisor's name and focus traits (the same fields as Settings). Set them
up or skip; either way the bar does not come back on this computer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.service import Journal
from ui.common import messages
from ui.common.labels import error_banner, headline, sized
from ui.common.settings import Settings
from ui.shell.profile_fields import ProfileFields

STYLE = """
QFrame#welcomeBar { background: rgba(43, 95, 138, 28); border: 1px solid rgba(43, 95, 138, 110);
                    border-radius: 8px; }
QLabel#welcomeTitle { font-weight: 600; font-size: 1.15em; }
"""


def wants_welcome(journal: Journal, settings: Settings) -> bool:
    """Only a first start: not skipped or done before, and nothing set up yet."""
    if settings.welcomed:
        return False
    profile = journal.profile()
    return not profile.advisor_name and not profile.focus_traits


class WelcomeBar(QFrame):
    set_up = Signal()
    done = Signal()  # set up or skipped: the window may take the bar away

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("welcomeBar")
        self.setStyleSheet(sized(STYLE))
        title = QLabel(self.tr("Welcome to Advisor Journal"))
        title.setObjectName("welcomeTitle")
        text = QLabel(
            self.tr(
                "Two things shape every reflection: your name (on the summaries you export "
                "for your coach) and the traits you want to work on (asked every time). Set "
                "them now, or later in Settings."
            )
        )
        text.setWordWrap(True)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(title)
        column.addWidget(text)
        self.set_up_button = QPushButton(self.tr("&Set Up…"))
        self.set_up_button.clicked.connect(self.set_up)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.clicked.connect(self.skip)
        row = QHBoxLayout(self)
        row.addLayout(column, 1)
        row.addWidget(self.set_up_button)
        row.addWidget(self.skip_button)

    def skip(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.settings.welcomed = True
        self.hide()
        self.done.emit()


class WelcomeDialog(QDialog):
    """Name and focus traits, saved into the journal (as Settings does)."""

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Welcome"))
        self.resize(720, 600)
        intro = QLabel(
            self.tr(
                "Each reflection asks a few 1–5 questions about ten traits of a trusted "
                "advisor. The traits you choose here are asked every time; the others take "
                "turns. Your name goes on what you export for your coach. Both can be "
                "changed later in Settings."
            )
        )
        intro.setWordWrap(True)
        self.fields = ProfileFields(journal, language)
        self.error_banner = error_banner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(headline(self.tr("Welcome to Advisor Journal")))
        layout.addWidget(intro)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(buttons)
        self.fields.name.setFocus()

    def accept(self) -> None:
        try:
            self.journal.save_profile(self.fields.profile())
        except JournalError as error:
            self.error_banner.setText(messages.describe(error))
            self.error_banner.show()
            return
        super().accept()
