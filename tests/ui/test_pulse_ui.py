"""The client pulse in the window: Ask the Client…, Import Client Answers… (pasted, a
file, dropped on the window), the prediction in the reflection, your view and theirs in
the growth view and the client view, and the error kinds in words."""

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from journal.model import MeetingInput, Profile, ReflectionInput
from journal.pulse import mail_text
from journal.pulse.errors import PredictionClosed, PulseUnreadable
from tests.conftest import FIXED_NOW
from ui.common import messages
from ui.pulse.ask_dialog import AskClientDialog
from ui.pulse.import_dialog import PulseImportDialog
from ui.shell.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "pulse"


@pytest.fixture
def sanne(journal):
    """Two clients with four reflected meetings each; Sanne's name and address set."""
    journal.save_profile(Profile("Sanne de Vries", ("listening", "candour")))
    rules = journal.calendar.rules()
    journal.calendar.save_rules(dataclasses.replace(rules, my_email="sanne@devries.nl"))
    for client in ("Gemeente Utrecht", "Kestrel Engineering"):
        for days in (60, 45, 30, 10):
            journal.save(
                MeetingInput(client, f"Overleg {days}", FIXED_NOW - timedelta(days=days), 60),
                ReflectionInput({"listening.2": 4, "candour.1": 3, "entree.1": 2}),
            )
    return journal


@pytest.fixture
def window(qtbot, sanne, settings):
    window = MainWindow(sanne, settings, "en")
    qtbot.addWidget(window)
    return window


def answers_mail(pulse, respondent: str, score: int) -> str:
    block = mail_text.block(pulse.code, respondent, [(i, score) for i in pulse.items])
    return f"Hallo Sanne,\n\n> Mijn antwoorden:\n> {block}\n\nGroet, Pieter"


def close_dialogs(kind) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind):
            widget.close()


# -- asking ----------------------------------------------------------------------------


def test_ask_the_client_shows_the_items_and_writes_the_form(window, sanne, tmp_path):
    dialog = window.features.open_ask_client("Gemeente Utrecht")
    assert isinstance(dialog, AskClientDialog)
    assert dialog.chosen_language() == "nl" or dialog.chosen_language() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    shown = dialog.items_label.text()
    assert "Mijn adviseur" in shown and len(dialog.item_texts()) == 4
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "My advisor" in dialog.items_label.text()
    assert len(sanne.pulses("Gemeente Utrecht")) == 1  # the Dutch one was taken back

    written = dialog.save_form(tmp_path / "pulse.html")
    html = written.read_text(encoding="utf-8")
    assert dialog.pulse.code in html and "sanne@devries.nl" in html
    dialog.copy_mail()
    mail = QApplication.clipboard().text()
    assert dialog.pulse.code in mail and dialog.item_texts()[0] in mail
    assert "Sanne de Vries" in mail
    dialog.close()
    (pulse,) = sanne.pulses("Gemeente Utrecht")
    assert pulse.language == "en"  # sent: it stays


def test_a_dialog_closed_without_sending_takes_its_pulse_back(window, sanne):
    dialog = window.features.open_ask_client("Kestrel Engineering")
    assert dialog.pulse is not None and sanne.pulses("Kestrel Engineering")
    dialog.close()
    assert sanne.pulses("Kestrel Engineering") == []


def test_the_form_without_an_address_says_where_to_set_it(window, sanne, tmp_path):
    rules = sanne.calendar.rules()
    sanne.calendar.save_rules(dataclasses.replace(rules, my_email=""))
    dialog = window.features.open_ask_client("Gemeente Utrecht")
    assert dialog.save_form(tmp_path / "pulse.html") is None
    assert dialog.error_banner.isVisibleTo(dialog)
    assert "e-mail address" in dialog.error_banner.text()
    assert not (tmp_path / "pulse.html").exists()
    dialog.close()


def test_the_menu_asks_the_selected_meetings_client(window, qtbot):
    window.show()
    window.table.selectRow(0)
    client = window.selected_client_name()
    window.ask_client_action.trigger()
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AskClientDialog) and w.isVisible()
    ]
    assert dialogs and dialogs[-1].client_name == client
    close_dialogs(AskClientDialog)


# -- answers in ------------------------------------------------------------------------


def test_pasted_mail_is_imported_and_held_back_for_the_prediction(window, sanne):
    pulse = sanne.make_pulse("Gemeente Utrecht", "nl")
    dialog = window.features.open_pulse_import()
    dialog.paste.setPlainText(answers_mail(pulse, "R4X9", 4))
    result = dialog.import_pasted()
    assert result.responses == 1 and result.added == len(pulse.items)
    assert "1 response from Gemeente Utrecht" in dialog.report.text()
    assert dialog.held_note.isVisibleTo(dialog) and dialog.reveal_button.isVisibleTo(dialog)
    assert dialog.reveal() == [pulse.code]
    assert not dialog.reveal_button.isVisibleTo(dialog)
    # The same mail again adds nothing.
    dialog.paste.setPlainText(answers_mail(pulse, "R4X9", 4))
    again = dialog.import_pasted()
    assert again.added == 0 and again.unchanged == len(pulse.items)
    dialog.close()


def test_text_without_answers_gets_a_clear_message(window):
    dialog = window.features.open_pulse_import()
    dialog.paste.setPlainText("Dank voor het gesprek, tot volgende week!")
    assert dialog.import_pasted() is None
    text = dialog.error_banner.text()
    assert "AJ-PULSE" in text and "Nothing of it was imported" in text
    assert "Traceback" not in text
    dialog.close()


def test_a_survey_export_asks_for_its_client_then_imports(window, sanne):
    dialog = window.features.open_pulse_import()
    assert dialog.import_file(SAMPLES / "google-forms.csv") is None
    assert "choose the client" in dialog.error_banner.text()
    dialog.client.setCurrentIndex(dialog.client.findData("Kestrel Engineering"))
    result = dialog.import_file(SAMPLES / "google-forms.csv")
    assert result is not None and result.responses == 3
    assert "Google Forms" in dialog.report.text()
    assert not dialog.error_banner.isVisibleTo(dialog)
    dialog.close()


def test_a_broken_csv_is_named_with_its_row(window):
    dialog = window.features.open_pulse_import()
    dialog.client.setCurrentIndex(dialog.client.findData("Kestrel Engineering"))
    assert dialog.import_file(SAMPLES / "broken-quotes.csv") is None
    text = dialog.error_banner.text()
    assert "broken-quotes.csv" in text and "at row 2:" in text
    dialog.close()


def test_rows_left_out_are_reported(window):
    dialog = window.features.open_pulse_import()
    dialog.client.setCurrentIndex(dialog.client.findData("Kestrel Engineering"))
    result = dialog.import_file(SAMPLES / "formulas-and-typos.csv")
    assert result is not None and result.problems
    assert "left out" in dialog.report.text()
    dialog.close()


def test_a_file_dropped_on_the_window_is_imported(window, sanne, tmp_path):
    pulse = sanne.make_pulse("Kestrel Engineering", "en")
    saved = tmp_path / "antwoord.eml"
    saved.write_text(
        "From: pieter@kestrel.example\nTo: sanne@devries.nl\nSubject: Feedback\n\n"
        + answers_mail(pulse, "R4X9", 5),
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PulseImportDialog) and w.isVisible()
    ]
    assert dialogs and dialogs[-1].result is not None
    assert dialogs[-1].result.responses == 1
    assert sanne.pulses("Kestrel Engineering")[0].raters == 1
    close_dialogs(PulseImportDialog)


def test_a_dropped_file_of_another_kind_is_not_taken(window, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "agenda.ics"))])
    assert window._dropped_file(mime) is None
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "export.XLSX"))])
    assert window._dropped_file(mime) == tmp_path / "export.XLSX"


def test_the_error_kinds_in_words():
    for problem in ("unreadable", "too_large", "empty", "not_text", "old_excel", "not_excel",
                    "malformed", "no_questions", "same_question_twice", "no_answers",
                    "needs_client", "unknown_client", "unknown_pulse", "other_client",
                    "is_feedback", "feedback"):  # fmt: skip
        text = messages.describe(PulseUnreadable("answers.csv", problem, "detail", row=3))
        assert (
            text
            and "answers.csv" in text
            or problem in ("no_answers", "unknown_client", "unknown_pulse", "other_client")
        )
        assert "Nothing of it was imported." in text
    assert "row 3" in messages.describe(PulseUnreadable("a.csv", "malformed", "x", row=3))
    closed = messages.describe(PredictionClosed("K7QM2D", "seen"))
    assert "K7QM2D" in closed and "already shown" in closed


# -- the prediction --------------------------------------------------------------------


def _last_meeting(journal, client: str) -> int:
    return max(
        (m for m in journal.meeting_page(0, 100) if m.client_name == client),
        key=lambda m: m.start,
    ).id


def test_the_reflection_asks_for_the_prediction_and_saves_it(window, sanne, shown_messages):
    pulse = sanne.make_pulse("Gemeente Utrecht", "en")
    dialog = window.features.reflection_dialog(_last_meeting(sanne, "Gemeente Utrecht"), None)
    box = dialog.prediction_box
    assert not box.isHidden() and len(box.groups) == len(pulse.items)
    first = pulse.items[0]
    box.set_scores({first: 4})
    dialog.save()  # a partial prediction is not saved: asked again next time
    assert sanne.pulse_due_prediction("Gemeente Utrecht").code == pulse.code
    assert shown_messages == []  # not tried and refused: not tried

    dialog = window.features.reflection_dialog(_last_meeting(sanne, "Gemeente Utrecht"), None)
    dialog.prediction_box.set_scores({item: 3 for item in pulse.items})
    dialog.save()
    assert sanne.pulses("Gemeente Utrecht")[0].prediction == "made"
    assert sanne.pulse_due_prediction("Gemeente Utrecht") is None


def test_skip_says_no_to_the_prediction(window, sanne):
    pulse = sanne.make_pulse("Kestrel Engineering", "nl")
    dialog = window.features.reflection_dialog(_last_meeting(sanne, "Kestrel Engineering"), None)
    dialog.prediction_box.skip_button.click()
    assert dialog.prediction_box.isHidden()
    assert sanne.pulses("Kestrel Engineering")[0].prediction == "skipped"
    assert pulse.code not in [p.code for p in sanne.pulses() if p.prediction == "due"]
    dialog.reject()


def test_no_prediction_without_a_pulse_and_it_follows_the_client_typed(window, sanne, qtbot):
    dialog = window.features.reflection_dialog(None, None)
    assert dialog.prediction_box.isHidden()
    sanne.make_pulse("Kestrel Engineering", "en")
    dialog.client.setEditText("Kestrel Engineering")
    qtbot.waitUntil(lambda: not dialog.prediction_box.isHidden(), timeout=3000)
    dialog.reject()


# -- your view and theirs --------------------------------------------------------------


def _answered(journal, client: str, predicted: int, answers: tuple[int, ...]):
    pulse = journal.make_pulse(client, "en")
    journal.save_prediction(pulse.code, {i: predicted for i in pulse.items})
    for number, score in enumerate(answers):
        journal.import_pulse_answers(
            answers_mail(pulse, f"R{number}X9", score).encode(), "mail", pasted=True
        )
    return pulse


def test_the_growth_view_shows_self_predicted_client_and_coach(window, sanne):
    _answered(sanne, "Gemeente Utrecht", 4, (2, 4))
    window.show_growth()
    panel = window.features.growth_pulse
    assert not panel.isHidden()
    table = panel.table
    assert table.rowCount() == 4
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["You", "Your prediction", "Client", "Coach"]
    listening = [table.verticalHeaderItem(r).text() for r in range(4)].index("Listening")
    assert table.item(listening, 1).text() == "75"  # a 4 of 5 on 0–100
    assert table.item(listening, 2).text() == "50"  # the mean of 2 and 4
    assert table.item(listening, 3).text() == "–"
    assert "1.00 points" in panel.calibration.text()  # predicted 4, answered 3 on average
    assert "expected 1.00 higher" in panel.calibration.text()


def test_the_growth_panel_hides_until_there_is_something(window):
    window.show_growth()
    assert window.features.growth_pulse.isHidden()


def test_the_client_view_suggests_a_pulse_and_asks(window, sanne, qtbot):
    window.show()
    view = window.features.open_client_view(sanne.client_by_name("Gemeente Utrecht").id)
    qtbot.waitUntil(lambda: view.is_loaded, timeout=3000)
    panel = view.pulse_panel
    assert "Gemeente Utrecht" in panel.suggestion.text()
    panel.ask_button.click()
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AskClientDialog) and w.isVisible()
    ]
    assert dialogs and dialogs[-1].client_name == "Gemeente Utrecht"
    dialogs[-1].copy_mail()  # sent: the suggestion goes
    qtbot.waitUntil(lambda: view.is_loaded and panel.suggestion.text() == "", timeout=3000)
    close_dialogs(AskClientDialog)
    view.close()


def test_the_views_and_the_calibration_per_quarter(qtbot, data_dir):
    from datetime import UTC, datetime

    from journal.service import Journal
    from ui.pulse.comparison_panel import ComparisonPanel

    now = [datetime(2026, 7, 15, 12, tzinfo=UTC)]
    journal = Journal.open(data_dir, clock=lambda: now[0])
    try:
        for day in (1, 8, 15):
            journal.save(
                MeetingInput(
                    "Gemeente Utrecht", "Overleg", datetime(2026, 6, day, 9, tzinfo=UTC), 60
                ),
                ReflectionInput({"listening.2": 4}),
            )
        for moment, predicted in ((now[0], 5), (datetime(2026, 11, 20, 12, tzinfo=UTC), 4)):
            now[0] = moment
            pulse = journal.make_pulse("Gemeente Utrecht", "en")
            journal.save_prediction(pulse.code, {i: predicted for i in pulse.items})
            for respondent in ("R1X9", "R2X9"):
                journal.import_pulse_answers(
                    answers_mail(pulse, respondent, 3).encode(), "mail", pasted=True
                )
        panel = ComparisonPanel(journal, "en")
        qtbot.addWidget(panel)
        panel.show_for("Gemeente Utrecht")
        text = panel.calibration.text()
        assert "Per quarter: Q3 2026 2.00 · Q4 2026 1.00." in text
        assert "Closer than at first (-1.00)." in text
        # Over time: each quarter's figures per trait.
        assert not panel.span.isHidden()
        panel.span.setCurrentIndex(panel.span.findData("quarter"))
        table = panel.table
        labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        assert "Q3 2026 · Listening" in labels and "Q4 2026 · Listening" in labels
        q3, q4 = labels.index("Q3 2026 · Listening"), labels.index("Q4 2026 · Listening")
        assert [table.item(q3, c).text() for c in (1, 2)] == ["100", "50"]
        assert [table.item(q4, c).text() for c in (1, 2)] == ["75", "50"]
        panel.span.setCurrentIndex(panel.span.findData("all"))
        assert table.rowCount() == 4
    finally:
        journal.close()
