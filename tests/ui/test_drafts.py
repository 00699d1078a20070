"""Drafts: a reflection being typed is kept in the journal a moment after each change,
offered again after a crash or a kill, and cleared by saving or discarding it. A draft
that cannot be written never interrupts: the dialog says so and keeps the text."""

import json
import os
import select
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from journal.errors import JournalBusy
from journal.model import Draft, MeetingInput, ReflectionInput
from journal.service import Journal
from tests.conftest import FIXED_NOW
from tests.ui.test_reflection_flow import click_save, fill_in, make_dialog, make_window, type_text
from ui.common import messages
from ui.reflect import draft_keeper
from ui.reflect.reflection_dialog import ReflectionDialog

ROOT = Path(__file__).resolve().parents[2]

# Awkward text: emoji (with a skin tone and a ZWJ family), right-to-left Arabic and
# Hebrew, combining marks left uncomposed (e + U+0301), a tab, CJK, and length.
AWKWARD = (
    "Ze wilden zekerheid 😀👍🏽 👨‍👩‍👧\n"
    "مراجعة العقد مع شركة الأفق — עברית באמצע\n"
    "cafe\u0301 nai\u0308ve Å\tZ\u0327\u0306 漢字かな\n" + "lange tekst " * 2000
)


def wait_for_draft(qtbot, journal, check=lambda d: True, timeout=10_000):
    """The one draft in the journal once ``check`` holds for it."""
    found = {}

    def there():
        drafts = journal.drafts()
        if len(drafts) == 1 and check(drafts[0]):
            found["draft"] = drafts[0]
            return True
        return False

    qtbot.waitUntil(there, timeout=timeout)
    return found["draft"]


def in_modal(qtbot, trigger, handle):
    """Run ``trigger`` (which opens a modal dialog) and ``handle(dialog)`` inside it; the
    dialog is closed afterwards whatever happens, so a failure cannot hang the test."""
    seen = {}

    def inside():
        dialog = QApplication.activeModalWidget()
        try:
            seen["result"] = handle(dialog)
        except BaseException as error:  # re-raised below, outside the dialog's loop
            seen["error"] = error
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, inside)
    trigger()
    if "error" in seen:
        raise seen["error"]
    return seen.get("result")


def fields(dialog):
    return {
        "meeting": dialog.meeting_input(),
        "reflection": dialog.reflection_input(),
        "questions": [q.id for q in dialog.questions()],
        "notes": dialog.notes.toPlainText(),
    }


def reopen(data_dir: Path) -> Journal:
    return Journal.open(data_dir, clock=lambda: FIXED_NOW)


# -- writing the draft --------------------------------------------------------------


def test_typing_writes_a_draft_within_a_few_seconds(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    typed_at = time.monotonic()
    qtbot.keyClicks(dialog.title, "Evaluatie leverancier")
    assert journal.drafts() == []  # not on every key: a moment after the last one
    draft = wait_for_draft(qtbot, journal, timeout=6000)
    waited = time.monotonic() - typed_at
    assert draft.meeting_id is None and draft.payload["format"] == draft_keeper.FORMAT
    assert draft.payload["title"] == "Evaluatie leverancier"
    assert 1.0 < waited < 6.0
    qtbot.keyClicks(dialog.title, " Q4")
    wait_for_draft(qtbot, journal, lambda d: d.payload["title"].endswith(" Q4"))


def test_an_untouched_dialog_makes_no_draft_and_taking_it_all_back_drops_it(
    qtbot, journal, monkeypatch
):
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: pytest.fail("asked"))
    dialog = make_dialog(qtbot, journal)
    assert not dialog.drafts.pending  # opening (and filling in the defaults) is no change
    dialog.drafts.save_now()
    assert journal.drafts() == []
    qtbot.keyClicks(dialog.title, "x")
    wait_for_draft(qtbot, journal)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: journal.drafts() == [], timeout=6000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()


def test_typing_without_a_pause_is_still_saved_every_few_seconds(qtbot, journal, monkeypatch):
    monkeypatch.setattr(draft_keeper, "LONGEST_WAIT_S", 0.4)
    dialog = make_dialog(qtbot, journal)
    deadline = time.monotonic() + 10
    while not journal.drafts() and time.monotonic() < deadline:
        qtbot.keyClicks(dialog.notes, "a")  # a key every 50 ms: the 1.5 s never passes
        qtbot.wait(50)
    assert journal.drafts() and journal.drafts()[0].payload["notes"].startswith("a")


def test_the_payload_brings_back_every_field(qtbot, journal, local_zone):
    local_zone("Europe/Amsterdam")
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off", FIXED_NOW - timedelta(days=3), 60),
        ReflectionInput({"listening.1": 3}, intention="Eerst luisteren.", intention_trait="listening"),
    )  # fmt: skip
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog, client="Gemeente Utrecht", title="Evaluatie 🌍 مراجعة")
    dialog.start.setDateTime(QDateTime(2026, 11, 22, 9, 30, 0))
    dialog.duration.setValue(45)
    type_text(qtbot, dialog.notes, AWKWARD)
    type_text(qtbot, dialog.tags, "tender, kick-off, ére")
    type_text(qtbot, dialog.open_answers["open.why"], "Omdat\nze twijfelden e\u0301")
    trait = dialog.intention_trait.findData("candour")
    dialog.intention_trait.setCurrentIndex(trait)
    dialog.intention_trait.activated.emit(trait)  # chosen by hand
    qtbot.waitUntil(lambda: dialog.last_intention_box.isVisible())
    partly = [b for b in dialog.kept_buttons.buttons() if b.property("verdict") == "partly"]
    qtbot.mouseClick(partly[0], Qt.MouseButton.LeftButton)
    assert dialog.reflection_input().intention_check.verdict == "partly"

    payload = dialog.drafts.payload()
    journal.save_draft(None, payload)  # through JSON and SQLite, as after a crash
    (stored,) = journal.drafts()
    assert stored.payload == payload
    restored = ReflectionDialog(journal, "en", draft=stored)
    qtbot.addWidget(restored)
    assert fields(restored) == fields(dialog)
    assert restored.notes.toPlainText() == AWKWARD
    assert restored.intention_trait.currentData() == "candour" and restored._trait_by_hand
    assert restored.verdict() == "partly"
    assert restored.progress.text() == dialog.progress.text()
    assert restored.drafts.payload() == payload
    assert restored.drafts.notice.isVisibleTo(restored)
    assert "unsaved reflection from" in restored.drafts.notice.text()


def test_the_draft_keeps_the_questions_that_were_asked(qtbot, journal):
    bank = journal.bank
    asked = [q.id for t in bank.traits for q in t.questions][-3:]  # not the rotation's
    payload = {"format": 1, "client": "Kestrel", "questions": asked, "scores": {asked[1]: 2}}
    dialog = ReflectionDialog(journal, "en", draft=Draft(None, payload, FIXED_NOW))
    qtbot.addWidget(dialog)
    assert [q.id for q in dialog.questions()] == asked
    assert [r.value() for r in dialog.scale_questions] == [None, 2, None]
    assert dialog.client.currentText() == "Kestrel" and dialog.title.text() == ""


def test_saving_clears_the_draft(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog)
    wait_for_draft(qtbot, journal)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert journal.drafts() == []
    assert not dialog.drafts.pending  # nothing left to bring it back


def test_cancelling_clears_the_draft_only_when_confirmed(qtbot, journal, monkeypatch):
    dialog = make_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.intention, "Niet kwijtraken")
    wait_for_draft(qtbot, journal)
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(journal.drafts()) == 1
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and journal.drafts() == []


def test_a_dialog_ended_by_the_app_keeps_its_last_change_at_once(qtbot, journal):
    dialog = make_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.title, "Laatste woord")
    assert journal.drafts() == []
    dialog.done(QDialog.DialogCode.Rejected)  # exec() cut short: the app quits under it
    (draft,) = journal.drafts()
    assert draft.payload["title"] == "Laatste woord"


def test_an_edit_keeps_its_draft_under_its_meeting(qtbot, journal):
    meeting_id = journal.save(
        MeetingInput("Kestrel", "Roadmap", FIXED_NOW, 45), ReflectionInput({"listening.1": 4})
    )
    dialog = make_dialog(qtbot, journal, meeting_id)
    qtbot.keyClicks(dialog.notes, "Nog iets")
    draft = wait_for_draft(qtbot, journal)
    assert draft.meeting_id == meeting_id and draft.payload["notes"] == "Nog iets"
    assert draft.payload["questions"] == ["listening.1"]
    dialog.done(QDialog.DialogCode.Rejected)
    # Opening the meeting again continues the draft; a new meeting does not get it.
    again = make_dialog(qtbot, journal, meeting_id)
    assert again.notes.toPlainText() == "Nog iets"
    fresh = make_dialog(qtbot, journal)
    assert fresh.notes.toPlainText() == "" and fresh.title.text() == ""
    click_save(qtbot, again)
    assert journal.drafts() == []
    assert journal.meeting(meeting_id).notes == "Nog iets"


# -- a draft that cannot be written --------------------------------------------------


def test_a_refused_write_says_so_inline_keeps_the_text_and_the_next_change_saves(
    qtbot, journal, shown_messages
):
    dialog = make_dialog(qtbot, journal)
    journal.store.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write
    qtbot.keyClicks(dialog.title, "Evaluatie")
    qtbot.waitUntil(dialog.drafts.notice.isVisible, timeout=6000)
    assert dialog.drafts.notice.text() == (
        "Not saved as a draft: the journal cannot be written to (it is read-only). "
        "Your text stays here."
    )
    assert dialog.title.text() == "Evaluatie" and shown_messages == []
    journal.store.conn.execute("PRAGMA query_only = OFF")
    qtbot.keyClicks(dialog.title, " leverancier")
    wait_for_draft(qtbot, journal, lambda d: d.payload["title"] == "Evaluatie leverancier")
    assert not dialog.drafts.notice.isVisible()
    assert shown_messages == []  # never a message box


def test_a_full_disk_says_so_inline_and_saving_resumes_once_there_is_room(
    qtbot, journal, shown_messages
):
    journal.prepare_for_writing()
    dialog = make_dialog(qtbot, journal)
    conn = journal.store.conn
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: a full disk
    failures = []
    dialog.drafts.failed.connect(failures.append)
    type_text(qtbot, dialog.notes, AWKWARD)  # needs new pages
    qtbot.waitUntil(dialog.drafts.notice.isVisible, timeout=6000)
    assert dialog.drafts.notice.text() == (
        "Not saved as a draft: the disk is full. Your text stays here; free some disk "
        "space and it is saved again as you type."
    )
    assert len(failures) == 1 and journal.drafts() == []
    assert dialog.notes.toPlainText() == AWKWARD and shown_messages == []
    conn.execute("PRAGMA max_page_count = 1073741823")
    qtbot.keyClicks(dialog.title, "Ruimte")
    draft = wait_for_draft(qtbot, journal)
    assert draft.payload["notes"] == AWKWARD and draft.payload["title"] == "Ruimte"
    assert not dialog.drafts.notice.isVisible() and len(failures) == 1


def test_a_busy_journal_is_explained_and_not_tried_on_every_key(qtbot, journal, monkeypatch):
    tries = []

    def busy(meeting_id, payload):
        tries.append(payload)
        raise JournalBusy(journal.path, "database is locked")

    monkeypatch.setattr(journal, "save_draft", busy)
    dialog = make_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.title, "Bezet")
    qtbot.waitUntil(dialog.drafts.notice.isVisible, timeout=6000)
    assert dialog.drafts.notice.text().startswith(
        "Not saved as a draft just now: another program is using the journal."
    )
    qtbot.keyClicks(dialog.title, " nog")
    assert dialog.drafts._timer.remainingTime() > 20_000  # not in 1.5 s: it waits longer
    assert len(tries) == 1
    assert dialog.title.text() == "Bezet nog"


def test_a_read_only_journal_says_so_once_and_save_keeps_the_text(qtbot, journal, monkeypatch):
    journal.store.read_only = True  # as when the file or folder cannot be written
    journal.store.conn.execute("PRAGMA query_only = ON")
    tries = []
    monkeypatch.setattr(journal, "save_draft", lambda *args: tries.append(args))
    dialog = make_dialog(qtbot, journal)
    assert dialog.drafts.notice.isVisible()
    assert dialog.drafts.notice.text() == (
        "This journal is open read-only: what you type here cannot be saved, not even as a draft."
    )
    fill_in(qtbot, dialog)
    assert tries == [] and not dialog.drafts.pending  # not even tried
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "cannot write" in dialog.error_banner.text()
    assert dialog.error_banner.text().endswith("Your reflection is still here; nothing was lost.")
    assert dialog.open_answers["open.happened"].toPlainText() == "Ze kwamen zelf met fasering 😀"


# -- the offer on start --------------------------------------------------------------


def test_after_a_crash_the_next_start_offers_the_draft_with_every_character(
    qtbot, journal, data_dir, settings, local_zone
):
    local_zone("Europe/Amsterdam")
    dialog = make_dialog(qtbot, journal)
    fill_in(qtbot, dialog, client="شركة الأفق 🌅", title="Evaluatie leverancier")
    type_text(qtbot, dialog.notes, AWKWARD)
    wait_for_draft(qtbot, journal, lambda d: d.payload["notes"] == AWKWARD)
    typed = fields(dialog)
    journal.close()  # never saved: the app is gone

    journal2 = reopen(data_dir)
    try:
        window = make_window(qtbot, journal2, settings)
        qtbot.waitUntil(lambda: getattr(window, "draft_offer", None) is not None)
        bar = window.draft_offer
        qtbot.waitUntil(bar.isVisible)
        assert bar.title.text() == "You have an unsaved reflection from 23 November 2026, 16:00"
        assert bar.detail.text() == (
            "شركة الأفق 🌅 — Evaluatie leverancier. Resume it to finish and save it."
        )
        assert not bar.more.isVisible()

        def save_it(resumed):
            assert isinstance(resumed, ReflectionDialog)
            assert fields(resumed) == typed
            assert resumed.notes.toPlainText().encode() == AWKWARD.encode()
            click_save(qtbot, resumed)

        in_modal(qtbot, bar.resume_button.click, save_it)
        assert journal2.drafts() == [] and not bar.isVisible()
        assert window.model.rowCount() == 1
        saved = journal2.meeting(window.model.meeting_id(0))
        assert saved.notes == AWKWARD and saved.client.name == "شركة الأفق 🌅"
        assert window.undo_stack.count() == 1  # saved like any new reflection
    finally:
        journal2.close()


def test_several_drafts_are_offered_one_after_the_other(qtbot, journal, settings, monkeypatch):
    kept = journal.save(MeetingInput("Kestrel", "Roadmap", FIXED_NOW, 45), ReflectionInput())
    gone = journal.save(MeetingInput("Acme", "Tender", FIXED_NOW, 30), ReflectionInput())
    journal.save_draft(None, {"format": 1, "client": "Nieuw", "title": "Nieuw gesprek"})
    journal.save_draft(kept, {"format": 1, "client": "Kestrel", "title": "Roadmap v2"})
    journal.save_draft(gone, {"format": 1, "client": "Acme", "title": "Tender", "notes": "Zo"})
    journal.delete_meeting(gone)
    window = make_window(qtbot, journal, settings)
    qtbot.waitUntil(lambda: getattr(window, "draft_offer", None) is not None)
    bar = window.draft_offer
    qtbot.waitUntil(bar.isVisible)
    assert bar.more.text() == "2 more unsaved reflections after this one"

    # Discard asks first; cancelling that keeps the draft.
    first = bar.draft
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: False)
    bar.discard_button.click()
    assert bar.draft == first and len(journal.drafts()) == 3
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: True)
    bar.discard_button.click()
    assert len(journal.drafts()) == 2 and bar.draft != first and bar.isVisible()
    assert bar.more.text() == "1 more unsaved reflection after this one"

    # The edit of a deleted meeting opens as a new meeting with the draft's fields.
    while bar.draft.meeting_id != gone:
        journal.discard_draft(bar.draft.meeting_id)
        bar.refresh()

    def save_it(resumed):
        assert resumed.meeting_id is None
        assert resumed.client.currentText() == "Acme" and resumed.notes.toPlainText() == "Zo"
        click_save(qtbot, resumed)

    in_modal(qtbot, bar.resume_button.click, save_it)
    assert journal.count_meetings() == 2
    # The new meeting's draft was not written over; the bar now offers it.
    assert [d.meeting_id for d in journal.drafts()] == [None]
    assert bar.isVisible() and bar.draft.payload["title"] == "Nieuw gesprek"
    assert not bar.more.isVisible()


def test_later_hides_the_offer_until_the_next_start(qtbot, journal, data_dir, settings):
    journal.save_draft(None, {"format": 1, "client": "Kestrel", "title": "Later"})
    window = make_window(qtbot, journal, settings)
    qtbot.waitUntil(lambda: getattr(window, "draft_offer", None) is not None)
    bar = window.draft_offer
    qtbot.waitUntil(bar.isVisible)
    bar.later_button.click()
    assert not bar.isVisible() and len(journal.drafts()) == 1

    # A new reflection continues it rather than writing over it.
    def continued(dialog):
        return dialog.client.currentText(), dialog.title.text()

    assert in_modal(qtbot, window.new_reflection, continued) == ("Kestrel", "Later")
    assert len(journal.drafts()) == 1 and not bar.isVisible()
    assert window.offer_drafts() is bar and bar.isVisible()  # as on the next start


def test_a_window_without_drafts_offers_nothing(qtbot, journal, settings):
    window = make_window(qtbot, journal, settings)
    qtbot.waitUntil(lambda: getattr(window, "draft_offer", None) is not None)
    assert not window.draft_offer.isVisible()


# -- a real kill ---------------------------------------------------------------------


def test_a_killed_app_offers_what_was_typed_on_the_next_start(qtbot, data_dir, settings, tmp_path):
    texts = {
        "client": "Gemeente Utrecht",
        "title": "Evaluatie leverancier",
        "notes": AWKWARD,
        "happened": "Ze kwamen zelf met fasering 😀 — עברית",
        "intention": "Eerst naar hun planning vragen.",
    }
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "PYTHONPATH": str(ROOT),
        "LANGUAGE": "en",
        "LC_ALL": "C.UTF-8",
    }
    stderr = tmp_path / "child-stderr.txt"
    with stderr.open("wb") as errors:
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/ui/draft_kill_child.py"), str(data_dir),
             str(texts_file)],
            stdout=subprocess.PIPE, stderr=errors, cwd=ROOT, env=env,
        )  # fmt: skip
        try:
            line = _read_line(child, timeout=90)
            assert line == b"DRAFT SAVED\n", stderr.read_text()
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=30) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()

    journal = reopen(data_dir)
    try:
        window = make_window(qtbot, journal, settings)
        qtbot.waitUntil(lambda: getattr(window, "draft_offer", None) is not None)
        bar = window.draft_offer
        qtbot.waitUntil(bar.isVisible)
        assert "Gemeente Utrecht — Evaluatie leverancier" in bar.detail.text()

        def check(resumed):
            assert resumed.client.currentText() == texts["client"]
            assert resumed.title.text() == texts["title"]
            assert resumed.notes.toPlainText() == texts["notes"]
            assert resumed.open_answers["open.happened"].toPlainText() == texts["happened"]
            assert resumed.intention.toPlainText() == texts["intention"]
            return True

        assert in_modal(qtbot, bar.resume_button.click, check)
        # Left without saving (not a confirmed cancel): the draft is still there.
        assert journal.drafts()[0].payload["notes"] == AWKWARD
    finally:
        journal.close()


def _read_line(child: subprocess.Popen, timeout: float) -> bytes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], 0.5)
        if ready:
            return child.stdout.readline()
        if child.poll() is not None:
            return b""
    return b""
