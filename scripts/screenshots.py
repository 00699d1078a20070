"""Grab the main window, the reflection dialog, the settings, the prompt after a client
meeting, the "to reflect" list, the export dialog, PDF report pages, the coach's review,
searching, the client view and the growth view (whole, one client, and each chart alone
in docs/charts/, light and dark) to docs/, in English and Dutch, from a fresh
400-meeting demo journal. Run: .venv/bin/python scripts/screenshots.py"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.sample import demo  # noqa: E402
from journal.service import Journal  # noqa: E402
from ui.common.settings import Settings  # noqa: E402
from ui.reflect.reflection_dialog import ReflectionDialog  # noqa: E402
from ui.shell.app import AppController, configure_application  # noqa: E402
from ui.shell.settings_dialog import SettingsDialog  # noqa: E402

DOCS = ROOT / "docs"
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#333333"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


def growth_shots(app: QApplication, journal: Journal, language: str, dark: bool) -> None:
    """The whole growth view, and each chart on its own in docs/charts/."""
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    settings = Settings()
    settings.language = language
    window = AppController(journal, settings).window
    window.resize(1280, 1180)
    window.show()
    window.show_growth()
    app.processEvents()
    shade = "-dark" if dark else ""
    window.grab().save(str(DOCS / f"growth-{language}{shade}.png"))
    view = window.growth_view
    (DOCS / "charts").mkdir(exist_ok=True)
    for key, chart in view.charts.items():
        chart.view.grab().save(str(DOCS / "charts" / f"{key}-{language}{shade or '-light'}.png"))
    # One client over time, picked from the clients chart.
    view.choose_client(view.charts["clients"].shown[0].client_id)
    app.processEvents()
    window.grab().save(str(DOCS / f"growth-client-{language}{shade}.png"))
    window.close()


def calendar_file(folder: Path) -> Path:
    """A few client meetings around NOW: one just ended, some older, one to come."""
    me = "anna@adviesbureau.nl"
    meetings = (
        ("Voortgangsoverleg aanbesteding schoonmaak", timedelta(minutes=-90), 75, "utrecht.nl"),
        ("Kennismaking werkplekbeheer", timedelta(days=-1, hours=-3), 45, "kestrel.co.uk"),
        ("Evaluatie facilitair contract", timedelta(days=-3, hours=-5), 90, "delinde.nl"),
        ("Teamoverleg", timedelta(days=-2), 30, "adviesbureau.nl"),
        ("Stuurgroep huisvesting", timedelta(hours=2), 60, "hetanker.nl"),
    )
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Advisor Journal screenshots//EN"]
    for index, (title, offset, minutes, domain) in enumerate(meetings):
        start = NOW + offset
        lines += [
            "BEGIN:VEVENT", f"UID:shot-{index}", f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
            f"DTEND:{start + timedelta(minutes=minutes):%Y%m%dT%H%M%SZ}", f"SUMMARY:{title}",
            f"ORGANIZER:mailto:{me}", f"ATTENDEE:mailto:{me}",
            f"ATTENDEE;CN=Pieter:mailto:pieter@{domain}", "END:VEVENT",
        ]  # fmt: skip
    path = folder / "agenda.ics"
    path.write_text("\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    return path


def calendar_shots(app: QApplication, journal: Journal, language: str) -> None:
    """The prompt in the window, the "to reflect" list and the calendar settings."""
    settings = Settings()
    settings.language = language
    window = AppController(journal, settings, tray_available=False).window
    window.resize(1100, 640)
    window.show()
    app.processEvents()
    window.calendar.ask(journal.calendar.to_reflect()[:1])
    app.processEvents()
    window.grab().save(str(DOCS / f"prompt-{language}.png"))
    window.show_to_reflect()
    app.processEvents()
    window.grab().save(str(DOCS / f"to-reflect-{language}.png"))
    dialog = SettingsDialog(journal, settings, language, window)
    dialog.pages.setCurrentIndex(1)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(DOCS / f"settings-calendar-{language}.png"))
    dialog.done(0)
    window.quit()


def export_shots(app: QApplication, journal: Journal, language: str, scratch: Path) -> None:
    """The export dialog, pages of a PDF report (rendered with PyMuPDF when installed:
    it is not a dependency) and the coach's review of two periods."""
    from journal.coach.export_bundle import ExportChoice
    from journal.coach.export_formats import to_json
    from ui.coach.export_dialog import ExportDialog
    from ui.coach.exports import export, pseudonym_label
    from ui.coach.review_window import ReviewWindow
    from ui.common import i18n

    i18n.install(language)
    dialog = ExportDialog(journal, language)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(DOCS / f"export-{language}.png"))
    dialog.done(0)

    today = NOW.date()
    label = pseudonym_label()
    year = ExportChoice(today - timedelta(days=365), today, pseudonym_label=label)
    pdf, _bundle = export(journal, year, "pdf", language)
    (scratch / "report.pdf").write_bytes(pdf)
    try:
        import pymupdf
    except ImportError:
        print("PyMuPDF is not installed: no PNG of the PDF report")
    else:
        for number, page in enumerate(pymupdf.open(scratch / "report.pdf"), start=1):
            if number <= 2:
                page.get_pixmap(dpi=110).save(str(DOCS / f"report-pdf-{language}-{number}.png"))

    halves = []
    for name, first, last in (("h1", today - timedelta(days=365), today - timedelta(days=183)),
                              ("h2", today - timedelta(days=182), today)):  # fmt: skip
        path = scratch / f"{name}-{language}.json"
        path.write_bytes(to_json(export(journal, ExportChoice(first, last, pseudonym_label=label),
                                        "json", language)[1]))  # fmt: skip
        halves.append(path)
    review = ReviewWindow(journal.bank, language, Settings())
    review.resize(1500, 950)
    review.coach.setText("Marieke Jansen")
    review.show()
    review.open_files(halves)
    review.panes[1].feedback.choose("listening")
    review.panes[1].feedback.text.setPlainText(
        "Je laat de klant veel vaker zelf tot het inzicht komen. Houd dat vast."
        if language == "nl"
        else "You let the client reach the insight far more often now. Keep that."
    )
    app.processEvents()
    review.grab().save(str(DOCS / f"review-{language}.png"))
    review.unsaved = False
    review.close()


def search_shots(app: QApplication, journal: Journal, language: str) -> None:
    """Searching as you type, with the filters open and the matches marked."""
    settings = Settings()
    settings.language = language
    window = AppController(journal, settings, tray_available=False).window
    window.resize(1200, 640)
    window.show()
    app.processEvents()
    window.search.filters_button.setChecked(True)
    window.search.text.setText("klant" if language == "nl" else "solution")
    window.search.apply_now()
    window.table.selectRow(1)
    app.processEvents()
    window.grab().save(str(DOCS / f"search-{language}.png"))
    window.quit()


def client_view_shots(app: QApplication, journal: Journal, language: str) -> None:
    """The client view of a client with a freshly written reflection (open answers, an
    intention, notes, tags): the open intentions in English, all of them in Dutch."""
    from journal.model import IntentionCheck, MeetingInput, ReflectionInput
    from ui.common import i18n
    from ui.meetings.client_view import ClientView

    i18n.install(language)
    app.setPalette(app.style().standardPalette())
    dutch = language == "nl"
    name = "Gemeente Utrecht" if dutch else "Northwind Facilities Ltd"
    texts = (
        {
            "open.intended": "Samen de knelpunten in de schoonmaak op een rij zetten.",
            "open.happened": "Ze wilden vooral hun ergernis over de vorige leverancier kwijt; "
            "de knelpunten kwamen pas aan het eind.",
            "open.why": "Ik liet ze uitpraten in plaats van meteen met oplossingen te komen.",
        },
        "Beginnen met hun eigen lijst knelpunten, voordat ik iets voorstel.",
        "Marieke (facilitair) stuurt de klachtenlijst van het afgelopen jaar.",
        ("aanbesteding", "schoonmaak"),
        "Evaluatie leverancier schoonmaak",
    )
    if not dutch:
        texts = (
            {
                "open.intended": "Agree which service problems matter most to them.",
                "open.happened": "They mostly wanted to vent about the last supplier; the real "
                "problems only came up at the end.",
                "open.why": "I let them finish instead of jumping to solutions.",
            },
            "Start from their own list of problems before proposing anything.",
            "Jane (facilities) will send last year's complaints log.",
            ("tender", "cleaning"),
            "Quarterly service review",
        )
    answers, intention, notes, tags, title = texts
    questions = journal.next_questions(random.Random(7))  # the same shot every time
    client = journal.client_by_name(name)
    earlier = journal.open_intentions(client.id)
    check = IntentionCheck(earlier[0].id, "partly") if earlier else None
    journal.save(
        MeetingInput(name, title, NOW - timedelta(days=3, hours=5), 60, notes, tags),
        ReflectionInput({q.id: 4 for q in questions}, answers, intention, "client_focus", check),
    )
    view = ClientView(journal, language, client.id)
    view.resize(1280, 860)
    view.show()
    while not view.is_loaded:
        app.processEvents()
    if dutch:
        view.intention_tabs.setCurrentIndex(1)
    app.processEvents()
    view.grab().save(str(DOCS / f"client-view-{language}.png"))
    view.close()


def main() -> None:
    app = QApplication(sys.argv)
    configure_application(app)
    scratch = Path(tempfile.mkdtemp())
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings")
    )
    journal = Journal.open(scratch / "data", clock=lambda: NOW)
    demo.fill(journal, 400, 1)
    for language in ("en", "nl"):
        settings = Settings()
        settings.language = language
        controller = AppController(journal, settings)
        window = controller.window
        window.resize(1060, 640)
        window.show()
        app.processEvents()
        window.grab().save(str(DOCS / f"main-window-{language}.png"))

        dialog = ReflectionDialog(journal, language, None, window)
        dialog.client.setEditText(
            "Gemeente Utrecht" if language == "nl" else "Northwind Facilities Ltd"
        )
        dialog._update_last_intention()
        dialog.title.setText(
            "Evaluatie leverancier" if language == "nl" else "Quarterly service review"
        )
        for row, value in zip(dialog.scale_questions[:4], (4, 3, 5, 2), strict=True):
            row.set_value(value)
        dialog.open_answers["open.intended"].setPlainText(
            "Samen de knelpunten in de dienstverlening op een rij zetten."
            if language == "nl"
            else "Agree which service problems matter most to them."
        )
        dialog.resize(800, 1480)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(DOCS / f"reflection-{language}.png"))
        dialog.done(0)

        settings_dialog = SettingsDialog(journal, settings, language, window)
        settings_dialog.show()
        app.processEvents()
        settings_dialog.grab().save(str(DOCS / f"settings-{language}.png"))
        settings_dialog.done(0)

        window.close()
    journal.calendar.import_file(calendar_file(scratch))
    for language in ("en", "nl"):
        calendar_shots(app, journal, language)
    for language in ("en", "nl"):
        export_shots(app, journal, language, scratch)
    for language in ("en", "nl"):
        search_shots(app, journal, language)
    app.setStyle("Fusion")  # the same style for light and dark
    for language in ("en", "nl"):
        for dark in (False, True):
            growth_shots(app, journal, language, dark)
    for language in ("en", "nl"):  # last: it writes a reflection of its own
        client_view_shots(app, journal, language)
    journal.close()
    print(f"screenshots written to {DOCS}")


if __name__ == "__main__":
    main()
