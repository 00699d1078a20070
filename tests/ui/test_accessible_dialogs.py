"""Every dialog and view beyond the main window and the reflection (those are in
test_accessibility.py): each control that takes the focus has a name a screen reader
says, through Qt's accessibility interface, on every page of its tabs."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from journal.coach.export_bundle import ExportChoice, build
from journal.coach.export_formats import to_json
from journal.model import Profile
from journal.sample import demo
from tests.ui.calendar_helpers import Meeting, write_calendar
from tests.ui.test_accessibility import unnamed

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "data" / "transcripts"
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def unnamed_on_every_page(top: QWidget) -> list[str]:
    """``unnamed`` on each page of each tab or stack of ``top`` in turn."""
    top.show()
    found = set(unnamed(top))
    for pages in [*top.findChildren(QTabWidget), *top.findChildren(QStackedWidget)]:
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            found |= set(unnamed(top))
    return sorted(found)


@pytest.fixture
def filled(journal):
    demo.fill(journal, 40, 1)
    journal.save_profile(Profile("Anna", ("listening",)))
    return journal


def settings_dialog(qtbot, journal, settings, tmp_path):
    from ui.shell.settings_dialog import SettingsDialog

    return SettingsDialog(journal, settings, "en", None, tray_available=False)


def export_dialog(qtbot, journal, settings, tmp_path):
    from ui.coach.export_dialog import ExportDialog

    return ExportDialog(journal, "en")


def intentions_dialog(qtbot, journal, settings, tmp_path):
    from ui.reflect.intentions_dialog import IntentionsDialog

    return IntentionsDialog(journal, "en")


def tags_dialog(qtbot, journal, settings, tmp_path):
    from ui.meetings.tags_dialog import TagsDialog

    return TagsDialog(journal)


def help_dialog(qtbot, journal, settings, tmp_path):
    from ui.shell.help_dialog import HelpDialog

    return HelpDialog(journal, "en")


def welcome_dialog(qtbot, journal, settings, tmp_path):
    from ui.shell.welcome import WelcomeDialog

    return WelcomeDialog(journal, "en")


def client_view(qtbot, journal, settings, tmp_path):
    from ui.meetings.client_view import ClientView

    return ClientView(journal, "en", journal.clients()[0].id)


def growth_and_to_reflect(qtbot, journal, settings, tmp_path):
    from ui.shell.main_window import MainWindow

    window = MainWindow(journal, settings, "en")
    window.show()
    window.show_growth()
    window.show_to_reflect()
    return window


def ask_client(qtbot, journal, settings, tmp_path):
    from ui.pulse.ask_dialog import AskClientDialog

    return AskClientDialog(journal, "en", journal.clients()[0].name, lambda *a, **k: None)


def pulse_import(qtbot, journal, settings, tmp_path):
    from ui.pulse.import_dialog import PulseImportDialog

    return PulseImportDialog(journal)


def import_report(qtbot, journal, settings, tmp_path):
    from ui.calendar.import_report_dialog import ImportReportDialog

    path = write_calendar(tmp_path / "a.ics", [Meeting("m1", "Kick-off", NOW)])
    return ImportReportDialog(journal.calendar.import_file(path), path, 1, False)


def unlock(qtbot, journal, settings, tmp_path):
    from ui.safety.unlock_dialog import UnlockDialog

    return UnlockDialog(None, journal.path, wrong=True, offer_restore=True, backups=True)


def passphrase(mode):
    def make(qtbot, journal, settings, tmp_path):
        from ui.safety import encryption_dialog as ed

        return ed.PassphraseDialog(getattr(ed, mode), None if mode == "ENCRYPT" else "geheim")

    make.__name__ = f"passphrase_{mode.lower()}"
    return make


def back_up_now(qtbot, journal, settings, tmp_path):
    from ui.safety.backup_actions import BackUpNowDialog

    dialog = BackUpNowDialog()
    dialog.succeeded(tmp_path / "journal-backup.sqlite3")  # its text, selectable
    return dialog


def restore(qtbot, journal, settings, tmp_path):
    from ui.safety.restore_dialog import RestoreDialog

    journal.back_up("manual")
    return RestoreDialog(journal, lambda path, passphrase: None)


def damaged(qtbot, journal, settings, tmp_path):
    from ui.safety.damaged_dialog import DamagedDialog, Finding

    finding = Finding(tmp_path / "journal.sqlite3", "damaged", "x", None)
    return DamagedDialog(finding, restore=lambda: tmp_path, start_empty=lambda: tmp_path)


def leaving_titles(qtbot, journal, settings, tmp_path):
    from ui.coach.leaving_titles import LeavingTitlesDialog

    return LeavingTitlesDialog(Counter({"Kick-off": 2}), Counter({"tender": 1}))


def review(qtbot, journal, settings, tmp_path):
    from ui.coach.review_window import ReviewWindow

    path = tmp_path / "bundle.json"
    path.write_bytes(to_json(build(journal, ExportChoice(date(2025, 12, 1), date(2026, 11, 23)))))
    window = ReviewWindow(journal.bank, "en", settings, clock=lambda: NOW)
    qtbot.addWidget(window)  # closed and deleted after the test, also when a dialog of it is walked
    window.open_files([path])
    qtbot.waitUntil(lambda: bool(window.panes), timeout=10000)
    return window


def rating(qtbot, journal, settings, tmp_path):
    window = review(qtbot, journal, settings, tmp_path)
    return window.panes[0].feedback.rating_dialog()


def feedback(qtbot, journal, settings, tmp_path):
    from journal.coach.feedback import read_feedback
    from ui.coach.feedback_dialog import FeedbackDialog

    window = review(qtbot, journal, settings, tmp_path)
    window.coach.setText("Marieke")
    window.panes[0].feedback.text.setPlainText("A strong start.")
    (saved,) = window.save_feedback(tmp_path / "feedback.json")
    window.close()
    return FeedbackDialog(read_feedback(saved), journal.bank, "en")


def attach_transcript(qtbot, journal, settings, tmp_path):
    from ui.transcripts.attach_dialog import AttachDialog

    analysis = journal.transcripts.read(TRANSCRIPTS / "zoom-en.vtt", "James Miller")
    return AttachDialog(analysis, "Kick-off")


def not_opened(qtbot, journal, settings, tmp_path):
    from journal.errors import JournalBusy
    from ui.safety.restore_dialog import NotOpenedDialog

    return NotOpenedDialog(JournalBusy(journal.path, "another program"), True, tmp_path)


def progress(qtbot, journal, settings, tmp_path):
    from ui.safety.encryption_dialog import ProgressDialog

    return ProgressDialog("Encrypting the journal…")


BUILDERS = [
    settings_dialog,
    export_dialog,
    intentions_dialog,
    tags_dialog,
    help_dialog,
    welcome_dialog,
    client_view,
    growth_and_to_reflect,
    ask_client,
    pulse_import,
    import_report,
    unlock,
    passphrase("ENCRYPT"),
    passphrase("CHANGE"),
    passphrase("REMOVE"),
    back_up_now,
    restore,
    damaged,
    leaving_titles,
    review,
    rating,
    feedback,
    attach_transcript,
    not_opened,
    progress,
]


@pytest.mark.parametrize("make", BUILDERS, ids=lambda make: make.__name__)
def test_every_control_has_a_name(qtbot, filled, settings, tmp_path, make):
    top = make(qtbot, filled, settings, tmp_path)
    qtbot.addWidget(top)
    assert unnamed_on_every_page(top) == []
    top.close()
