"""Transcripts, the mirror and the brief in the window (issue 21): a transcript added
from the menu or dropped on a meeting's row (figures only unless the text is chosen;
unreadable files said in words), its figures beside the reflection's own answers, the
mirror on one's own notes (and turned off), the if–then form offered under Next time,
and the brief before a calendar meeting with an injected clock."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from journal.calendar.client_rules import Rules
from journal.model import MeetingInput, Profile, ReflectionInput
from journal.service import Journal
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.shell.main_window import MainWindow
from ui.transcripts import attach_dialog
from ui.transcripts.attach_dialog import AttachDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "transcripts"
MEETING = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # the coming calendar meeting


def reflected_meeting(journal, scores=None, name="James Miller"):
    journal.save_profile(Profile(name))
    return journal.save(
        MeetingInput(
            "Kestrel Engineering", "Contract review", datetime(2026, 11, 20, 10, tzinfo=UTC), 60
        ),
        ReflectionInput(scores or {"listening.3": 4, "listening.2": 5, "understanding.3": 4}),
    )


@pytest.fixture
def window(qtbot, journal, settings):
    w = MainWindow(journal, settings, "en")
    qtbot.addWidget(w)
    return w


@pytest.fixture
def chosen(monkeypatch):
    """The file dialog answers with the file the test sets; the attach dialog is
    accepted as the test leaves it (``keep_text`` ticks its box)."""
    answer = {"path": DATA / "zoom-en.vtt", "keep_text": False, "accept": True, "shown": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer["path"]), ""))

    def exec_(dialog: AttachDialog):
        answer["shown"].append((dialog.keep_text.isChecked(), dialog.figures_label.text()))
        dialog.keep_text.setChecked(answer["keep_text"])
        return QDialog.DialogCode.Accepted if answer["accept"] else QDialog.DialogCode.Rejected

    monkeypatch.setattr(attach_dialog.AttachDialog, "exec", exec_)
    return answer


def test_add_transcript_keeps_the_figures_only_by_default(window, journal, chosen):
    meeting_id = reflected_meeting(journal)
    window.reload(select=meeting_id)
    window.transcript_action.trigger()
    stored = journal.transcripts.of_meeting(meeting_id)
    assert stored is not None and not stored.text_kept
    assert stored.figures.advisor == "James Miller"
    ((default_ticked, figures_text),) = chosen["shown"]
    assert not default_ticked  # figures only, unless chosen
    assert "You spoke 62% of the time" in figures_text
    assert "Contract review" in window.statusBar().currentMessage()


def test_the_text_is_kept_when_chosen_and_nothing_when_cancelled(window, journal, chosen):
    meeting_id = reflected_meeting(journal)
    window.reload(select=meeting_id)
    chosen["accept"] = False
    window.transcript_action.trigger()
    assert journal.transcripts.of_meeting(meeting_id) is None
    chosen["accept"], chosen["keep_text"] = True, True
    window.transcript_action.trigger()
    assert journal.transcripts.of_meeting(meeting_id).text_kept


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x00\x01\x02PK\x03\x04" * 50, "it is not text"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello there, no names.\n",
            "no speaker is named",
        ),
        ("", "it is empty"),
    ],
)
def test_an_unreadable_file_is_said_in_words(window, journal, chosen, shown_messages, tmp_path,
                                             content, says):  # fmt: skip
    meeting_id = reflected_meeting(journal)
    window.reload(select=meeting_id)
    path = tmp_path / "call.vtt"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    chosen["path"] = path
    window.transcript_action.trigger()
    assert journal.transcripts.of_meeting(meeting_id) is None
    ((kind, text),) = shown_messages
    assert kind == "error" and text.startswith("call.vtt gives no transcript figures: ")
    assert says in text and "Traceback" not in text and "not_a" not in text


def test_which_speaker_is_asked_when_the_name_is_not_set(window, journal, chosen, monkeypatch):
    meeting_id = reflected_meeting(journal, name="")
    window.reload(select=meeting_id)
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append(list(items))
        return ("James Miller", True)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    window.transcript_action.trigger()
    assert "James Miller" in asked[0] and len(asked[0]) >= 2
    assert journal.transcripts.of_meeting(meeting_id).figures.advisor == "James Miller"


def shown_dialog(qtbot, journal, meeting_id):
    """Shown, so closing it at the end stops its timers (done())."""
    dialog = ReflectionDialog(journal, "en", meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def drop(window, row: int, paths: list[Path]) -> None:
    table = window.table
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(table.visualRect(window.model.index(row, 1)).center())
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
        event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                           Qt.KeyboardModifier.NoModifier, kind)  # fmt: skip
        QApplication.sendEvent(table.viewport(), event)


def test_a_transcript_dropped_on_a_meeting_row_is_kept_with_that_meeting(
    window, journal, chosen, tmp_path
):
    first = reflected_meeting(journal)
    second = journal.save(
        MeetingInput(
            "Kestrel Engineering", "Follow-up", datetime(2026, 11, 22, 10, tzinfo=UTC), 30
        ),
        ReflectionInput(),
    )
    window.show()
    window.reload(select=second)
    row = window.model.row_of(first)
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4")
    drop(window, row, [other])
    assert journal.transcripts.of_meeting(first) is None
    assert ".vtt" in window.statusBar().currentMessage()
    drop(window, row, [other, DATA / "zoom-en.vtt"])
    assert journal.transcripts.of_meeting(first) is not None
    assert journal.transcripts.of_meeting(second) is None


def test_the_figures_stand_beside_the_reflections_own_answers(qtbot, journal):
    meeting_id = reflected_meeting(journal)
    journal.transcripts.keep(meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"))
    dialog = shown_dialog(qtbot, journal, meeting_id)
    panel = dialog.transcript
    assert not panel.isHidden()
    assert (
        "You rated “The client did more of the talking than I did.” 4 of 5; the transcript "
        "says you spoke 62%. These point different ways."
    ) in panel.pairs.text()
    assert "Counsellors' own reports" in panel.context.text()
    row = next(r for r in dialog.scale_questions if r.question.id == "listening.3")
    row.set_value(2)
    assert "“The client did more of the talking than I did.” 2 of 5" in panel.pairs.text()
    assert "These point the same way." in panel.pairs.text()

    plain = shown_dialog(qtbot, journal, reflected_meeting(journal))
    assert plain.transcript.isHidden()  # no transcript, nothing shown


def test_the_mirror_marks_telling_and_asking_and_can_be_turned_off(qtbot, journal):
    dialog = shown_dialog(qtbot, journal, None)
    assert not dialog.mirror.isHidden()
    dialog.notes.setPlainText("I explained that they must change the contract.")
    dialog.open_answers["open.happened"].setPlainText(
        "Ik heb uitgelegd dat ze het contract moeten aanpassen. Ze vertelde dat het budget krap is."
    )
    dialog.mirror.refresh()  # the pause after typing, without waiting for it
    assert dialog.mirror.counts.text() == "In what you wrote: 2 telling, 1 asking."
    phrases = dialog.mirror.phrases.text()
    assert "I explained that they must" in phrases and "[en.tell.said_should]" in phrases
    assert "Ze vertelde" in phrases and "[nl.ask.klant_vertelde]" in phrases
    dialog.mirror.off_button.click()
    assert dialog.mirror.isHidden() and not journal.mirror.enabled()
    again = shown_dialog(qtbot, journal, None)
    assert again.mirror.isHidden()


def test_next_time_offers_the_if_then_form(qtbot, journal):
    dialog = shown_dialog(qtbot, journal, None)
    box = dialog.next_time
    assert box.if_then_button.isHidden()
    dialog.intention.setPlainText("Next time I will ask about their timeline.")
    box.update_if_then()
    assert box.if_then_hint.text() == "As an if–then plan: “If …, I will ask about their timeline”"
    box.if_then_button.click()
    assert dialog.intention.toPlainText() == "If …, I will ask about their timeline"
    assert dialog.intention.textCursor().selectedText() == "…"
    dialog.intention.setPlainText("If they mention the deadline, I will ask what drives it.")
    box.update_if_then()
    assert box.if_then_button.isHidden()
    assert box.if_then_hint.text() == (
        "An if–then plan: when they mention the deadline, you will ask what drives it."
    )


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:client-1
SUMMARY:Gemeente Utrecht - voortgang aanbesteding
DTSTART:20261124T100000Z
DTEND:20261124T110000Z
ORGANIZER;CN=Sanne de Vries:mailto:sanne@adviesbureau.nl
ATTENDEE;CN=Pieter Jansen:mailto:pieter@utrecht.nl
END:VEVENT
BEGIN:VEVENT
UID:private-1
SUMMARY:Gemeente Utrecht - persoonlijk
CLASS:PRIVATE
DTSTART:20261124T094500Z
DTEND:20261124T100000Z
ORGANIZER;CN=Sanne de Vries:mailto:sanne@adviesbureau.nl
ATTENDEE;CN=Pieter Jansen:mailto:pieter@utrecht.nl
END:VEVENT
END:VCALENDAR
"""


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def test_the_brief_appears_before_a_calendar_meeting(qtbot, data_dir, settings, tmp_path):
    clock = Clock(datetime(2026, 11, 20, 12, tzinfo=UTC))
    journal = Journal.open(data_dir, clock=clock)
    try:
        journal.save_profile(Profile("Sanne de Vries"))
        journal.save(
            MeetingInput("Gemeente Utrecht", "Aanbesteding schoonmaak",
                         datetime(2026, 11, 20, 9, tzinfo=UTC), 60),
            ReflectionInput(
                {"listening.1": 2, "honest_limits.1": 2, "reassurance.1": 4, "candour.1": 3,
                 "client_focus.1": 4, "process_partner.1": 2},
                intention="Als de klant over het budget begint, dan vraag ik eerst wat hem "
                "zorgen baart.",
            ),
        )  # fmt: skip
        journal.calendar.save_rules(Rules(my_email="sanne@adviesbureau.nl"))
        ics = tmp_path / "agenda.ics"
        ics.write_text(CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
        journal.calendar.import_file(
            ics, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
        )
        window = MainWindow(journal, settings, "en")
        qtbot.addWidget(window)
        watch = window.features.brief_watch
        clock.now = MEETING - timedelta(minutes=12)  # the private one would be due now
        watch.check()
        assert window.features.brief_bar is None  # nothing due yet (the private one never)
        assert abs(watch.timer.remainingTime() - 2 * 60_000) <= 1500  # till 10 minutes before
        clock.now = MEETING - timedelta(minutes=8)
        watch.timer.timeout.emit()
        bar = window.features.brief_bar
        assert bar is not None and bar.isVisibleTo(window)
        assert bar.title.text().startswith(
            "Before “Gemeente Utrecht - voortgang aanbesteding” with Gemeente Utrecht at "
        )
        assert (
            "Your plan: if de klant over het budget begint, you will vraag ik eerst wat hem "
            "zorgen baart." in bar.body.text()
        )
        assert "Last trust parts (Aanbesteding schoonmaak): credibility" in bar.body.text()
        bar.close_button.click()
        watch.timer.timeout.emit()  # shown once
        assert bar.isHidden()
    finally:
        journal.close()


def test_settings_turn_the_mirror_and_the_briefs_on_and_off(qtbot, journal, settings):
    from ui.shell.settings_dialog import SettingsDialog

    journal.mirror.set_enabled(False)
    dialog = SettingsDialog(journal, settings, "en")
    qtbot.addWidget(dialog)
    assert not dialog.mirror.isChecked() and dialog.brief.isChecked()
    dialog.mirror.setChecked(True)
    dialog.brief.setChecked(False)
    dialog.accept()
    assert journal.mirror.enabled() and not journal.briefs.settings().enabled


def test_the_growth_view_shows_words_and_transcripts_per_period(qtbot, journal, settings):
    meeting_id = journal.save(
        MeetingInput("Kestrel Engineering", "Contract review",
                     datetime(2026, 11, 20, 10, tzinfo=UTC), 60,
                     "I explained that they must change the contract. I asked what worries them."),
        ReflectionInput({"listening.3": 4}),
    )  # fmt: skip
    journal.save_profile(Profile("James Miller"))
    journal.transcripts.keep(meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"))
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show_growth()
    label = window.growth_view.words_trend
    assert not label.isHidden()
    text = label.text()
    assert "Your words and your transcripts" in text
    assert "<td style='padding: 2px 10px; text-align: left;'>1</td>" * 3 in text  # 1, 1, 1
    assert ">62%<" in text and ">5 (2)<" in text and ">4 (3)<" in text
    journal.mirror.set_enabled(False)
    window.growth_view.refresh()
    dash = "<td style='padding: 2px 10px; text-align: left;'>–</td>"
    assert dash * 2 in label.text() and ">62%<" in label.text()  # the mirror off, figures on


def test_in_dutch_the_figures_and_the_brief_are_said_in_dutch(qtbot, journal):
    from ui.common import i18n

    meeting_id = reflected_meeting(journal, {"listening.3": 4})
    journal.transcripts.keep(
        meeting_id, journal.transcripts.read(DATA / "teams-nl.vtt", "Sanne de Vries")
    )
    i18n.install("nl")
    dialog = ReflectionDialog(journal, "nl", meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    question = journal.bank.question("listening.3").text.in_language("nl")
    assert (
        f"Je gaf “{question}” een 4 van 5; volgens het transcript sprak je 39%. "
        "Die wijzen dezelfde kant op."
    ) in dialog.transcript.pairs.text()
    assert "Jij sprak 39% van de tijd, de anderen 61% (naar spreektijd)." in (
        dialog.transcript.figures.text()
    )
    assert "Wat hulpverleners zelf zeiden" in dialog.transcript.context.text()


def test_the_text_can_be_forgotten_and_the_transcript_removed(qtbot, journal):
    meeting_id = reflected_meeting(journal)
    analysis = journal.transcripts.read(DATA / "zoom-en.vtt")
    journal.transcripts.keep(meeting_id, analysis, keep_text=True)
    dialog = shown_dialog(qtbot, journal, meeting_id)
    panel = dialog.transcript
    assert panel.title.text() == "From the transcript (zoom-en.vtt), text kept"
    panel.forget_button.click()
    assert not journal.transcripts.of_meeting(meeting_id).text_kept
    assert panel.title.text() == "From the transcript (zoom-en.vtt)"
    assert panel.forget_button.isHidden()
    panel.remove_button.click()
    assert journal.transcripts.of_meeting(meeting_id) is None and panel.isHidden()
