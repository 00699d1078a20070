"""Settings: your name, the language of the app and the traits you want to work on
(General); the calendar file to follow, which events are client meetings, staying in
the tray and starting at login (Calendar and reminders)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.model import Profile
from journal.reflect.selection import MAX_FOCUS_TRAITS
from journal.reflect.validation import MAX_NAME
from journal.service import Journal
from ui.calendar.calendar_settings import CalendarSettings
from ui.common import messages
from ui.common.labels import error_banner
from ui.common.settings import Settings
from ui.safety.encryption_dialog import PrivacyPage
from ui.safety.idle_lock import IdleLock

STYLE = """
QLabel#traitDescription { color: palette(placeholder-text); }
"""


class SettingsDialog(QDialog):
    """``lock``: the window's idle lock (the Privacy page closes the journal through it
    and sets its time)."""

    changed = Signal(object)  # Changes: the journal was rewritten (Privacy)

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        language: str,
        parent: QWidget | None = None,
        tray_available: bool = False,
        lock: IdleLock | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(STYLE)
        self.resize(760, 680)
        profile = journal.profile()

        self.name = QLineEdit(profile.advisor_name)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Shown on summaries you export for your coach"))
        self.language = QComboBox()
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.focus: dict[str, QCheckBox] = {}
        traits = QWidget()
        grid = QGridLayout(traits)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        for row, trait in enumerate(journal.bank.traits):
            box = QCheckBox(trait.name.in_language(language))
            box.setChecked(trait.id in profile.focus_traits)
            box.toggled.connect(self._limit_focus)
            description = QLabel(trait.description.in_language(language))
            description.setObjectName("traitDescription")
            description.setWordWrap(True)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(description, row, 1, Qt.AlignmentFlag.AlignTop)
            self.focus[trait.id] = box
        self._limit_focus()
        focus_hint = QLabel(
            self.tr(
                "Choose up to {n} traits to work on. They are asked in every reflection; "
                "the others take turns."
            ).format(n=MAX_FOCUS_TRAITS)
        )
        focus_hint.setWordWrap(True)

        self.error_banner = error_banner()

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        focus_label = QLabel(self.tr("&Focus traits:"))
        focus_label.setBuddy(next(iter(self.focus.values())))
        bold = focus_label.font()
        bold.setBold(True)
        focus_label.setFont(bold)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(focus_label)
        general_layout.addWidget(focus_hint)
        general_layout.addWidget(traits)
        general_layout.addStretch(1)
        self.calendar_page = CalendarSettings(journal, settings, tray_available)
        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("General"))
        calendar_scroll = QScrollArea()  # never squeezed, whatever the language
        calendar_scroll.setWidgetResizable(True)
        calendar_scroll.setFrameShape(QFrame.Shape.NoFrame)
        calendar_scroll.setWidget(self.calendar_page)
        self.pages.addTab(calendar_scroll, self.tr("Calendar and Reminders"))
        self.privacy_page = PrivacyPage(journal, settings, lock)
        self.privacy_page.changed.connect(self.changed)
        self.pages.addTab(self.privacy_page, self.tr("Privacy"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(buttons)

    def chosen_focus(self) -> tuple[str, ...]:
        return tuple(trait_id for trait_id, box in self.focus.items() if box.isChecked())

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _limit_focus(self, *_args) -> None:
        """Once the maximum is ticked, the other traits cannot be ticked too."""
        full = len(self.chosen_focus()) >= MAX_FOCUS_TRAITS
        for box in self.focus.values():
            box.setEnabled(box.isChecked() or not full)

    def accept(self) -> None:
        problem = self.calendar_page.problem()
        if problem:
            self.pages.setCurrentIndex(1)
            self._show_error(problem)
            return
        try:
            self.journal.save_profile(Profile(self.name.text(), self.chosen_focus()))
            self.calendar_page.save()
            self.privacy_page.save()
        except JournalError as error:
            self._show_error(messages.describe(error))
            return
        except OSError as error:  # the autostart entry could not be written
            self._show_error(
                self.tr("Starting at login could not be set up: {problem}").format(
                    problem=error.strerror or error
                )
            )
            return
        self.settings.language = self.chosen_language()
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_banner.setText(text)
        self.error_banner.show()
