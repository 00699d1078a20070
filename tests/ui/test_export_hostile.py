"""The export dialog shows every title that will leave (issue 16), and the reports do
not let a typed line break start Markdown of its own."""

from datetime import UTC, date, datetime, timedelta

from journal.coach.export_bundle import ExportChoice
from journal.model import MeetingInput, Profile, ReflectionInput
from ui.coach import leaving_titles
from ui.coach.export_dialog import ExportDialog
from ui.coach.exports import export

NOVEMBER = datetime(2026, 11, 2, 9, tzinfo=UTC)


def _meetings(journal, titles, client="Kestrel Engineering", notes=""):
    journal.save_profile(Profile("Sanne de Vries", ()))
    for index, title in enumerate(titles):
        journal.save(
            MeetingInput(client, title, NOVEMBER + timedelta(hours=index), 30, notes),
            ReflectionInput({"listening.1": 3}),
        )


def _dialog(qtbot, journal):
    dialog = ExportDialog(journal, "en")
    qtbot.addWidget(dialog)
    dialog.first.setDate(date(2026, 11, 1))
    dialog.last.setDate(date(2026, 11, 30))
    dialog.update_preview()
    return dialog


def test_the_preview_lets_the_advisor_read_every_title_that_leaves(qtbot, journal, monkeypatch):
    count = leaving_titles.IN_PREVIEW + 20
    titles = [f"Overleg {i:03d}" for i in range(count - 1)] + ["Bel Kestrel: +31 6 12345678"]
    _meetings(journal, titles)
    dialog = _dialog(qtbot, journal)
    preview = dialog.preview.toPlainText()
    assert f"Every meeting title as it will leave ({count}):" in preview
    assert "… and 20 more: Show Every Title…" in preview
    shown = []
    monkeypatch.setattr(
        leaving_titles.LeavingTitlesDialog,
        "exec",
        lambda self: shown.append(self.text.toPlainText()) or 0,
    )
    dialog.all_titles.click()
    [every] = shown
    assert all(f"Overleg {i:03d}" in every for i in range(count - 1))
    assert "Bel Client A: [phone]" in every
    assert "Kestrel" not in every and "12345678" not in every


def test_repeated_titles_are_listed_once_with_how_often(qtbot, journal):
    _meetings(journal, ["Weekly sync"] * 3 + ["Kick-off"])
    dialog = _dialog(qtbot, journal)
    preview = dialog.preview.toPlainText()
    assert "Weekly sync ×3" in preview
    assert "Every meeting title as it will leave (2):" in preview


def test_a_bare_carriage_return_in_a_title_cannot_start_a_markdown_list(journal):
    typed = "Overleg\r- geen lijst\r1. geen nummer\r\n# geen kop"
    _meetings(journal, [typed], notes=typed)  # the title heads its notes in the report
    choice = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), include_texts=True)
    markdown = export(journal, choice, "md", "en")[0].decode("utf-8")
    assert markdown.count("geen lijst") == 2
    for line in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        assert not line.lstrip().startswith(("- geen", "1. geen", "# geen")), line
