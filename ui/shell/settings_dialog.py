"""Settings: your name, the language of the app and the traits you want to work on
(General); the calendar file to follow, which events are client meetings, staying in
the tray and starting at login (Calendar and reminders)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.service import Journal
from ui.calendar.calendar_settings import CalendarSettings
from ui.common import messages
from ui.common.labels import error_banner
from ui.common.settings import Settings
from ui.safety.encryption_dialog import PrivacyPage
from ui.safety.idle_lock import IdleLock
from ui.shell.profile_fields import ProfileFields


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
        self.resize(760, 680)
        self.profile_fields = ProfileFields(journal, language)
        self.name, self.focus = self.profile_fields.name, self.profile_fields.focus
        self.language = QComboBox()
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.profile_fields.form.addRow(self.tr("&Language:"), self.language)

        self.error_banner = error_banner()

        self.mirror = QCheckBox(self.tr("&Mark telling and asking in what I write"))
        self.mirror.setToolTip(self.tr("In a reflection: counts and the phrases, never a score"))
        self.brief = QCheckBox(self.tr("Show a &brief before a client meeting"))
        self.brief.setToolTip(
            self.tr(
                "A few minutes before a client meeting on your calendar: your last intention "
                "for that client and their last trust parts (never for private meetings)"
            )
        )
        try:
            self.mirror.setChecked(journal.mirror.enabled())
            self.brief.setChecked(journal.briefs.settings().enabled)
        except JournalError:
            pass
        self.profile_fields.form.addRow(self.tr("Your notes:"), self.mirror)
        self.profile_fields.form.addRow(self.tr("Briefs:"), self.brief)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.profile_fields)
        general_layout.addStretch(1)
        self.calendar_page = CalendarSettings(journal, settings, tray_available)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Settings pages"))
        self.pages.addTab(general, self.tr("General"))
        calendar_scroll = QScrollArea()  # never squeezed, whatever the language
        calendar_scroll.setWidgetResizable(True)
        calendar_scroll.setFrameShape(QFrame.Shape.NoFrame)
        calendar_scroll.setWidget(self.calendar_page)
        calendar_scroll.setAccessibleName(self.tr("Calendar and Reminders"))
        self.pages.addTab(calendar_scroll, self.tr("Calendar and Reminders"))
        self.privacy_page = PrivacyPage(journal, settings, lock)
        self.privacy_page.changed.connect(self.changed)
        self.pages.addTab(self.privacy_page, self.tr("Privacy"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(buttons)

    def _save_mirror_and_brief(self) -> None:
        from dataclasses import replace

        if self.journal.read_only:
            return
        if self.mirror.isChecked() != self.journal.mirror.enabled():
            self.journal.mirror.set_enabled(self.mirror.isChecked())
        briefs = self.journal.briefs
        current = briefs.settings()
        if self.brief.isChecked() != current.enabled:
            briefs.save_settings(replace(current, enabled=self.brief.isChecked()))

    def chosen_focus(self) -> tuple[str, ...]:
        return self.profile_fields.chosen_focus()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        problem = self.calendar_page.problem()
        if problem:
            self.pages.setCurrentIndex(1)
            self._show_error(problem)
            return
        try:
            self.journal.save_profile(self.profile_fields.profile())
            self._save_mirror_and_brief()
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
