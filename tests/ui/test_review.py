"""The coach's review on two bundles, feedback saved and read by the advisor, and the
export dialog (what it says will leave, and what it writes)."""

import json
import stat
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from journal.coach.bundle_reader import read_bundle
from journal.coach.export_bundle import ExportChoice, build
from journal.coach.export_formats import to_json
from journal.coach.feedback import read_feedback
from journal.model import MeetingInput, ReflectionInput
from journal.sample import demo
from ui.cli import main
from ui.coach.export_dialog import ExportDialog
from ui.coach.exports import render
from ui.coach.feedback_dialog import FeedbackDialog
from ui.coach.review_window import ReviewWindow, feedback_path

# A bundle written before intentions had verdicts and meetings had tags.
BEFORE_VERDICTS = Path(__file__).parents[1] / "journal" / "data" / "export" / "before-verdicts.json"
FIRST_HALF = ExportChoice(date(2025, 12, 1), date(2026, 5, 31))
SECOND_HALF = ExportChoice(date(2026, 6, 1), date(2026, 11, 23))


@pytest.fixture
def two_bundles(journal, tmp_path):
    """Two periods of one advisor's demo journal, exported as bundles."""
    demo.fill(journal, meetings=300)
    paths = []
    for name, choice in (("first.json", FIRST_HALF), ("second.json", SECOND_HALF)):
        path = tmp_path / name
        path.write_bytes(to_json(build(journal, choice)))
        paths.append(path)
    return paths


@pytest.fixture
def review(qtbot, journal, settings):
    window = ReviewWindow(
        journal.bank, "en", settings, clock=lambda: datetime(2026, 11, 24, tzinfo=UTC)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def opened(window: ReviewWindow, paths) -> int:
    """Open ``paths`` and wait until they are read (off the window's thread): how many
    were opened."""
    counts: list[int] = []
    window.files_read.connect(counts.append)
    window.open_files(list(paths))
    deadline = time.monotonic() + 120
    while not counts and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    window.files_read.disconnect(counts.append)
    assert counts, "the summaries were not read within two minutes"
    return counts[0]


def _cell(window: ReviewWindow, label: str) -> list[str]:
    table = window.compare
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == label:
            return [
                table.item(row, c).text() if table.item(row, c) else ""
                for c in range(1, table.columnCount())
            ]
    raise AssertionError(f"no row {label!r}")


def test_two_periods_side_by_side_with_their_change(review, two_bundles):
    assert opened(review, two_bundles) == 2
    first, second = review.panes
    assert review.splitter.count() == 2
    assert first.report.first == date(2025, 12, 1) and second.report.last == date(2026, 11, 23)
    # Each pane's growth view shows exactly its bundle's period.
    scope = first.growth.scope()
    assert (scope.first_day, scope.end_day) == (date(2025, 12, 1), date(2026, 6, 1))
    assert not first.growth.current.is_empty
    bundles = [json.loads(p.read_bytes()) for p in two_bundles]
    meetings = [str(len(b["meetings"])) for b in bundles]
    row = _cell(review, "Meetings")
    assert row[:2] == meetings
    assert row[2] == f"{int(meetings[1]) - int(meetings[0]):+d}".replace("+0", "0")
    # A trait's whole-period mean matches the mean of the bundle's answers.
    listening = _cell(review, "Listening")
    mean = first.report.columns[-1].traits["listening"].value
    assert listening[0] == str(int(mean + 0.5))  # halves up, as people round
    assert review.compare.isVisible()


def test_review_never_touches_a_journal_file(review, two_bundles, journal, tmp_path):
    """Nothing is written anywhere: not the advisor's journal, nothing beside the bundles."""

    def files():
        return {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}

    before = files()
    count = journal.count_meetings()
    opened(review, two_bundles)
    assert review.panes and files() == before
    assert journal.count_meetings() == count
    assert all(str(p.journal.path) == ":memory:" for p in review.panes)


def test_a_broken_bundle_is_refused_whole_and_the_others_open(
    review, two_bundles, tmp_path, shown_messages
):
    cut = tmp_path / "cut.json"
    cut.write_bytes(two_bundles[0].read_bytes()[:5000])
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "advisor-journal/2"}))
    assert opened(review, [cut, two_bundles[1], newer]) == 1
    assert len(review.panes) == 1 and review.panes[0].path == two_bundles[1]
    texts = [text for kind, text in shown_messages if kind == "error"]
    assert any("cut.json is incomplete" in t for t in texts)
    assert any("newer version" in t for t in texts)
    assert not review.compare.isVisible()  # one summary: nothing to compare


def test_feedback_is_saved_per_period_and_trait_and_read_by_the_advisor(
    review, two_bundles, qtbot, journal
):
    opened(review, two_bundles)
    review.coach.setText("Marieke")
    first, second = review.panes
    first.feedback.text.setPlainText("A strong start.")
    first.feedback.choose("listening")
    qtbot.keyClicks(first.feedback.text, "Let the silence work.")
    second.feedback.choose("candour")
    second.feedback.text.setPlainText("Say the hard thing earlier.")
    assert review.windowTitle().startswith("* ")
    target = two_bundles[0].parent / "feedback.json"
    assert review.save_feedback(target) == [target]
    assert not review.windowTitle().startswith("* ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    feedback = read_feedback(target)
    assert feedback.coach == "Marieke" and feedback.advisor == "Sanne de Vries"
    assert [(p.first, p.last) for p in feedback.periods] == [
        (date(2025, 12, 1), date(2026, 5, 31)),
        (date(2026, 6, 1), date(2026, 11, 23)),
    ]
    assert feedback.periods[0].overall == "A strong start."
    assert feedback.periods[0].traits == {"listening": "Let the silence work."}
    assert feedback.periods[1].traits == {"candour": "Say the hard thing earlier."}
    # The trait with a remark is marked in the list.
    index = first.feedback.topic.findData("listening")
    assert first.feedback.topic.itemText(index).startswith("✎")

    dialog = FeedbackDialog(feedback, journal.bank, "en")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for expected in ("Feedback from Marieke", "A strong start.", "Listening",
                     "Let the silence work.", "Courage and commitment", "1 June 2026"):  # fmt: skip
        assert expected in text


def test_saved_feedback_comes_back_when_the_summary_is_opened_again(
    review, two_bundles, qtbot, journal, settings
):
    opened(review, two_bundles[:1])
    review.panes[0].feedback.text.setPlainText("Keep going.")
    review.save_feedback(feedback_path(two_bundles[0]))
    again = ReviewWindow(journal.bank, "en", settings)
    qtbot.addWidget(again)
    opened(again, two_bundles[:1])
    assert again.panes[0].feedback.feedback().overall == "Keep going."


def test_nothing_typed_saves_nothing(review, two_bundles, tmp_path):
    opened(review, two_bundles)
    assert review.save_feedback(tmp_path / "empty.json") == []
    assert not (tmp_path / "empty.json").exists()


def test_feedback_that_cannot_be_written_stays_in_the_window(
    review, two_bundles, tmp_path, shown_messages
):
    opened(review, two_bundles[:1])
    review.panes[0].feedback.text.setPlainText("Precious words.")
    assert review.save_feedback(tmp_path / "no-such-folder" / "f.json") == []
    assert shown_messages and shown_messages[-1][0] == "error"
    assert review.panes[0].feedback.text.toPlainText() == "Precious words."
    assert review.windowTitle().startswith("* ")


def test_closing_a_pane_releases_it(review, two_bundles):
    opened(review, two_bundles)
    review.close_pane(review.panes[0])
    assert len(review.panes) == 1 and not review.compare.isVisible()
    review.close_pane(review.panes[0])
    assert review.pages.currentIndex() == 0  # the empty page, with Open Summary…


def test_a_bundle_opened_twice_is_shown_once(review, two_bundles):
    opened(review, two_bundles[:1])
    assert opened(review, two_bundles[:1]) == 0
    assert len(review.panes) == 1


def test_the_review_command_opens_the_window_without_a_journal(
    two_bundles, tmp_path, monkeypatch, qapp
):
    seen = []
    # The command ends in app.exec(). A real exec() and quit() here would leave this
    # process's application quitting: no timer of a later test would fire again. A
    # loop of the test's own stands in for it.
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda *_: loop.exec())

    def look_and_close():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow)]
        if not windows or any(w.busy for w in windows):  # still reading the summaries
            QTimer.singleShot(100, look_and_close)
            return
        seen.extend(len(w.panes) for w in windows)
        for window in windows:
            window.close()
        loop.quit()

    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    QTimer.singleShot(300, look_and_close)
    data = tmp_path / "coach-data"
    assert main.main(["--data-dir", str(data), "review", *map(str, two_bundles)]) == 0
    assert seen == [2]
    assert not data.exists()  # the coach's own journal was not even created


def test_timers_still_fire_after_the_review_command(qtbot):
    """Runs after the test above (file order): its command must not leave this
    process's application quitting, or no later test's timer fires."""
    fired: list[bool] = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)


# -- the export dialog --------------------------------------------------------------


@pytest.fixture
def with_private_words(journal):
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off Gemeente Utrecht", datetime(2026, 11, 2, 9, tzinfo=UTC), 60,
                     "Pieter (pieter@utrecht.nl) asked about the timeline."),
        ReflectionInput({"listening.1": 4}, {"open.happened": "Utrecht wanted certainty."}, "Ask first."),
    )  # fmt: skip
    journal.save(
        MeetingInput("Kestrel Engineering", "Workshop", datetime(2026, 11, 10, 14, tzinfo=UTC), 90),
        ReflectionInput({"candour.1": 3}),
    )
    return journal


def _dialog(qtbot, journal) -> ExportDialog:
    dialog = ExportDialog(journal, "en")
    qtbot.addWidget(dialog)
    dialog.first.setDate(date(2026, 11, 1))
    dialog.last.setDate(date(2026, 11, 30))
    dialog.update_preview()
    return dialog


def test_the_export_dialog_shows_what_leaves_private_by_default(qtbot, with_private_words):
    dialog = _dialog(qtbot, with_private_words)
    text = dialog.preview.toPlainText()
    assert "2 meetings from 1 November 2026 to 30 November 2026, 2 with a reflection." in text
    assert "Gemeente Utrecht → Client A" in text  # the mapping, for the advisor's eyes only
    assert "Left out: open answers, intentions and notes." in text
    assert "Every meeting title as it will leave (2):" in text
    assert "Kick-off Client A" in text and "Workshop" in text
    assert not dialog.real_names.isChecked() and not dialog.texts.isChecked()
    dialog.real_names.setChecked(True)
    dialog.texts.setChecked(True)
    dialog.update_preview()
    text = dialog.preview.toPlainText()
    assert "Client names: real names." in text
    assert "Kick-off Gemeente Utrecht" in text
    assert "Included: open answers" in text


def test_the_export_dialog_refuses_an_empty_choice(qtbot, with_private_words):
    dialog = _dialog(qtbot, with_private_words)
    for row in range(dialog.traits.count()):
        dialog.traits.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()
    assert "Choose at least one trait." in dialog.preview.toPlainText()
    dialog.traits.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.last.setDate(date(2026, 10, 1))
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()
    assert "ends before it starts" in dialog.preview.toPlainText()


@pytest.mark.parametrize("kind", ["pdf", "html", "md", "csv", "json"])
def test_the_export_dialog_writes_the_chosen_format_privately(
    qtbot, with_private_words, tmp_path, monkeypatch, kind
):
    dialog = _dialog(qtbot, with_private_words)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    target = tmp_path / f"out.{kind}"
    monkeypatch.setattr(
        "ui.coach.export_dialog.QFileDialog.getSaveFileName", lambda *args: (str(target), "")
    )
    dialog.export()
    assert dialog.result() == ExportDialog.DialogCode.Accepted and dialog.written == target
    data = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert b"Gemeente Utrecht" not in data and b"pieter" not in data.lower()
    if kind == "pdf":
        assert data.startswith(b"%PDF")


def test_an_export_that_cannot_be_written_keeps_the_dialog_open(
    qtbot, with_private_words, tmp_path, monkeypatch, shown_messages
):
    dialog = _dialog(qtbot, with_private_words)
    dialog.texts.setChecked(True)
    target = tmp_path / "missing" / "out.pdf"
    monkeypatch.setattr(
        "ui.coach.export_dialog.QFileDialog.getSaveFileName", lambda *args: (str(target), "")
    )
    dialog.export()
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert dialog.texts.isChecked()
    assert shown_messages[-1][0] == "error" and "out.pdf" in shown_messages[-1][1]
    assert not target.exists()


# -- what a review found ---------------------------------------------------------------


def test_the_advisor_opens_coach_feedback_from_the_file_menu(
    qtbot, journal, settings, two_bundles, review, monkeypatch
):
    from ui.shell.main_window import MainWindow

    opened(review, two_bundles[:1])
    review.panes[0].feedback.text.setPlainText("Well done.")
    saved = review.save_feedback(feedback_path(two_bundles[0]))[0]
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args: (str(saved), "")
    )
    window.feedback_action.trigger()  # the menu passes "checked": it must not become the path
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FeedbackDialog)]
    assert dialogs and "Well done." in dialogs[-1].text.toPlainText()
    for dialog in dialogs:
        dialog.close()


def test_feedback_on_two_periods_comes_back_for_each_and_is_never_dropped(
    review, two_bundles, qtbot, journal, settings
):
    opened(review, two_bundles)
    review.panes[0].feedback.text.setPlainText("First half.")
    review.panes[1].feedback.text.setPlainText("Second half.")
    [saved] = review.save_feedback(feedback_path(two_bundles[0]))
    # The second summary alone finds its feedback in the first one's file.
    alone = ReviewWindow(journal.bank, "en", settings)
    qtbot.addWidget(alone)
    opened(alone, two_bundles[1:])
    assert alone.panes[0].feedback.feedback().overall == "Second half."
    # Saving the first period alone keeps the second in the file.
    first = ReviewWindow(journal.bank, "en", settings)
    qtbot.addWidget(first)
    opened(first, two_bundles[:1])
    first.panes[0].feedback.text.setPlainText("First half, revised.")
    first.save_feedback(saved)
    periods = {p.first: p.overall for p in read_feedback(saved).periods}
    assert periods == {date(2025, 12, 1): "First half, revised.", date(2026, 6, 1): "Second half."}


@pytest.mark.parametrize(
    "where, value",
    [
        (("period", "from"), "2026-02-30"),
        (("exported_at",), "2026-13-01T10:00:00+01:00"),
        (("meetings", 0, "start"), "2026-03-02T25:61+01:00"),
        (("period", "to"), "9999-12-31"),
    ],
)
def test_impossible_dates_are_refused_and_the_other_summaries_open(
    review, two_bundles, tmp_path, shown_messages, where, value
):
    bundle = json.loads(two_bundles[0].read_bytes())
    node = bundle
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bundle))
    assert opened(review, [bad, two_bundles[1]]) == 1
    assert [kind for kind, _text in shown_messages] == ["error"]
    assert (
        "cannot be trusted" in shown_messages[0][1]
        and "Nothing of it was opened" in shown_messages[0][1]
    )


def test_the_change_column_is_the_difference_of_the_numbers_shown(review, two_bundles):
    opened(review, two_bundles)
    table = review.compare
    for row in range(table.rowCount()):
        first, second, change = (table.item(row, c) for c in (1, 2, 3))
        if change is None:
            continue
        shown = [float(item.text().replace(",", ".")) for item in (first, second)]
        assert float(change.text()) == pytest.approx(shown[1] - shown[0])


def test_an_empty_period_is_not_exported(qtbot, with_private_words):
    dialog = _dialog(qtbot, with_private_words)
    dialog.first.setDate(date(2020, 1, 1))
    dialog.last.setDate(date(2020, 12, 31))
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()
    assert "There are no meetings in this period." in dialog.preview.toPlainText()


def test_a_bundle_from_before_verdicts_still_opens_in_review(review, journal):
    assert opened(review, [BEFORE_VERDICTS]) == 1
    (pane,) = review.panes
    assert pane.report.meetings == 3 and pane.report.intentions == 1
    assert not pane.report.verdicts and pane.report.kept == {}
    # Its report says what the bundle knows: one intention, not whether it was kept.
    md = render(read_bundle(BEFORE_VERDICTS), journal.bank, "md", "en").decode("utf-8")
    assert "1 intention was written (“next time I will …”)." in md
    assert "| Date | Client | Next time I will |" in md
    assert "Kept rate" not in md
