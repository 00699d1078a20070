"""The coach's ratings of the client items: given in the review window's feedback editor,
saved in the feedback file (1.1), kept when saved again, and read into the advisor's
journal from the window (Open Coach Feedback…, or Import Client Answers…)."""

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from journal.coach.feedback import read_feedback
from tests.ui.test_pulse_ui import answers_mail, sanne  # noqa: F401 (a fixture)
from tests.ui.test_review import opened, review, two_bundles  # noqa: F401 (fixtures)
from ui.coach.feedback_dialog import FeedbackDialog
from ui.coach.review_window import ReviewWindow, feedback_path
from ui.pulse.import_dialog import PulseImportDialog
from ui.shell.main_window import MainWindow


def rate(pane, meeting_id: int, scores: dict[str, int]) -> bool:
    """The rating dialog as the coach fills it in and presses OK."""
    dialog = pane.feedback.rating_dialog()

    def filled_in() -> int:
        dialog.choose(meeting_id)
        dialog.set_scores(scores)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialog.exec = filled_in
    return pane.feedback.rate(dialog)


@pytest.fixture
def rated(review, two_bundles, tmp_path):  # noqa: F811
    """The coach rated the newest meeting of the second period (listening 2, candour 5)
    and saved, without a remark."""
    opened(review, two_bundles[1:])
    review.coach.setText("Marieke")
    pane = review.panes[0]
    assert not pane.feedback.rate_button.isHidden()
    meeting = pane.feedback.meetings[0]
    assert rate(pane, meeting.id, {"listening.c1": 2, "candour.c1": 5})
    assert pane.feedback.rated_label.text() == "You rated 1 meeting."
    assert review.windowTitle().startswith("* ")
    target = feedback_path(two_bundles[1])  # where a review finds it again
    assert review.save_feedback(target) == [target]
    return target, meeting


def test_the_coachs_ratings_are_saved_in_the_feedback_file(rated):
    target, meeting = rated
    feedback = read_feedback(target)
    assert target.read_text(encoding="utf-8").count("advisor-journal-feedback/1.1") == 1
    (rating,) = feedback.ratings
    assert rating.meeting_id == meeting.id and rating.start == meeting.start
    assert rating.scores == {"listening.c1": 2, "candour.c1": 5}
    assert len(feedback.periods) == 1  # a period with ratings and no remark still goes


def test_saved_ratings_come_back_and_a_score_can_be_taken_back(
    rated,
    qtbot,
    journal,
    settings,
    two_bundles,  # noqa: F811
):
    target, meeting = rated
    again = ReviewWindow(journal.bank, "en", settings)
    qtbot.addWidget(again)
    opened(again, two_bundles[1:])
    pane = again.panes[0]
    assert pane.feedback.rated_label.text() == "You rated 1 meeting."
    dialog = pane.feedback.rating_dialog()
    dialog.choose(meeting.id)
    assert dialog.scores() == {"listening.c1": 2, "candour.c1": 5}
    rate(pane, meeting.id, {"listening.c1": 3})
    again.save_feedback(target)
    assert read_feedback(target).ratings[0].scores == {"listening.c1": 3}


def test_the_advisor_opens_the_feedback_and_sees_the_coach_beside_the_rest(
    rated, qtbot, journal, settings
):
    target, _meeting = rated
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.open_feedback(target)
    assert "coach's ratings of 1 meeting are in" in window.statusBar().currentMessage()
    window.show_growth()
    window.features.growth_view.period.setCurrentIndex(
        window.features.growth_view.period.findData("all")
    )
    table = window.features.growth_pulse.table
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    # One coach is too few raters for a figure: shown as "*", with the count on hover.
    assert table.item(rows.index("Listening"), 3).text() == "*"
    assert "1 answers from 1 raters" in table.item(rows.index("Listening"), 3).toolTip()
    comparison = journal.pulse_comparison()
    coach = {t.trait_id: t.coach.answers for t in comparison.traits}
    assert coach == {"listening": 1, "candour": 1}
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, FeedbackDialog):
            dialog.close()
    # Opened again: nothing added twice.
    window.open_feedback(target)
    assert journal.pulse_comparison().traits[0].coach.answers == 1


def test_the_feedback_file_also_comes_in_through_import_client_answers(rated, journal, qtbot):
    target, _meeting = rated
    dialog = PulseImportDialog(journal)
    qtbot.addWidget(dialog)
    result = dialog.import_file(target)
    assert result.source == "feedback" and result.added == 2
    assert "Read your coach's feedback: 1 rated meeting" in dialog.report.text()


def test_a_meeting_not_in_this_journal_is_named(rated, qtbot, tmp_path):
    target, meeting = rated
    from journal.service import Journal

    other = Journal.open(tmp_path / "other", clock=lambda: datetime(2026, 11, 24).astimezone())
    try:
        dialog = PulseImportDialog(other)
        qtbot.addWidget(dialog)
        result = dialog.import_file(target)
        assert result.added == 0
        assert f"meeting {meeting.id}, which is not in this journal" in dialog.report.text()
        assert dialog.error_banner.text() == "Nothing could be imported."
    finally:
        other.close()


# -- other people's ratings in the export and the review -------------------------------


@pytest.fixture
def three_answered(sanne):  # noqa: F811
    """Three people at Gemeente Utrecht answered a pulse (3, 4 and 5 to each statement)."""
    pulse = sanne.make_pulse("Gemeente Utrecht", "en")
    sanne.skip_prediction(pulse.code)
    for number, score in enumerate((3, 4, 5)):
        sanne.import_pulse_answers(
            answers_mail(pulse, f"R{number}X9", score).encode(), "mail", pasted=True
        )
    return sanne


def test_the_export_says_how_other_peoples_ratings_leave(qtbot, three_answered):
    from ui.coach.export_dialog import ExportDialog

    dialog = ExportDialog(three_answered, "en")
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.first.date().addYears(-1))
    dialog.update_preview()
    assert dialog.choice().others_min_raters == 3
    assert "averages per trait over at least 3 people" in dialog.preview.toPlainText()
    dialog.single_ratings.setChecked(True)
    dialog.update_preview()
    assert dialog.choice().others_min_raters == 1
    assert "also from a single person" in dialog.preview.toPlainText()


def test_a_review_of_a_1_1_bundle_shows_the_advisors_view_and_theirs(
    review,  # noqa: F811
    three_answered,
    tmp_path,
):
    from journal.coach.export_bundle import ExportChoice, build
    from journal.coach.export_formats import to_json

    path = tmp_path / "summary.json"
    path.write_bytes(
        to_json(build(three_answered, ExportChoice(date(2026, 1, 1), date(2026, 11, 30))))
    )
    opened(review, [path])
    pane = review.panes[0]
    assert not pane.others.isHidden()
    text = pane.others.text()
    assert "Listening" in text and ">75<" in text  # the mean of 3, 4 and 5 on 0–100
    assert "at least 3 people" in text


def test_an_old_bundle_shows_no_others(review, two_bundles):  # noqa: F811
    opened(review, two_bundles[:1])
    assert review.panes[0].others.isHidden()


def test_the_report_shows_the_advisors_view_beside_the_others(three_answered):
    from journal.coach.export_bundle import ExportChoice, build
    from ui.coach.exports import render

    bundle = build(three_answered, ExportChoice(date(2026, 1, 1), date(2026, 11, 30)))
    text = render(bundle, three_answered.bank, "md", "en").decode("utf-8")
    assert "The advisor's view and their clients' and coach's" in text
    section = text.split("The advisor's view and their clients' and coach's")[1]
    row = next(line for line in section.splitlines() if line.startswith("| Listening"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[2:] == ["–", "75", "–"]  # no prediction (skipped); clients 3, 4, 5 → 75
    assert "| Predicted |" in section
    bundle.pop("others")
    bundle["format"] = "advisor-journal/1"
    plain = render(bundle, three_answered.bank, "md", "en").decode("utf-8")
    assert "their clients' and coach's" not in plain


def test_the_report_shows_the_advisors_prediction_beside_the_clients(sanne):  # noqa: F811
    from journal.coach.export_bundle import ExportChoice, build
    from ui.coach.exports import render

    pulse = sanne.make_pulse("Gemeente Utrecht", "en")
    sanne.save_prediction(pulse.code, {item: 2 for item in pulse.items})
    for number, score in enumerate((3, 4, 5)):
        sanne.import_pulse_answers(
            answers_mail(pulse, f"R{number}X9", score).encode(), "mail", pasted=True
        )
    bundle = build(sanne, ExportChoice(date(2026, 1, 1), date(2026, 11, 30)))
    text = render(bundle, sanne.bank, "md", "en").decode("utf-8")
    section = text.split("The advisor's view and their clients' and coach's")[1]
    row = next(line for line in section.splitlines() if line.startswith("| Listening"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[2:] == ["25", "75", "–"]  # predicted 2 → 25; clients 3, 4, 5 → 75
    assert "Predicted: the advisor's own guess" in section
