"""Undo and redo of meetings (``journal.reflect.meeting_history``): a meeting deleted and put back
is the same meeting to the last byte (ids, stamps, tags, answers, intentions and their
verdicts, its calendar event); nothing is overwritten that changed meanwhile; the day
sums stay exact."""

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from journal.errors import ChangedMeanwhile, NotFound
from journal.find.search import SearchFilters
from journal.model import IntentionCheck, MeetingInput, ReflectionInput
from journal.service import Journal
from tests.conftest import FIXED_NOW
from tests.journal.test_day_sums import activity, sums

START = datetime(2026, 11, 2, 9, tzinfo=UTC)
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e-1\r\n"
    "DTSTART:20261120T090000Z\r\nDTEND:20261120T100000Z\r\nSUMMARY:Stuurgroep\r\n"
    "ORGANIZER:mailto:anna@adviesbureau.nl\r\n"
    "ATTENDEE:mailto:jo@kestrel.nl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def journal(data_dir):
    """A clock a minute later at every reading, so every stamp differs."""
    minutes = count()
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW + timedelta(minutes=next(minutes)))
    yield j
    j.close()


@pytest.fixture
def full(journal, tmp_path):
    """Meetings with everything a meeting can have; returns their ids by name."""
    first = journal.save(
        MeetingInput("Utrecht", "Kick-off", START, 60, "olifant", ("tender", "kick-off")),
        ReflectionInput(
            {"listening.1": 4, "listening.2": 2, "candour.1": 5, "honest_limits.1": 3,
             "client_focus.1": 4, "reassurance.1": 2},
            {"open.happened": "Ze wilden zekerheid", "open.why": "giraf"},
            "Eerst luisteren",
            "listening",
        ),
    )  # fmt: skip
    (opened,) = journal.open_intentions()
    second = journal.save(
        MeetingInput("Utrecht", "Vervolg", START + timedelta(days=7), 45, "", ("aanbesteding",)),
        ReflectionInput(
            {"listening.2": 5},
            intention="Grenzen noemen",
            intention_trait="honest_limits",
            intention_check=IntentionCheck(opened.id, "partly"),
        ),
    )
    (later,) = journal.open_intentions()
    journal.set_intention_verdict(later.id, "no")  # settled by hand
    calendar = tmp_path / "agenda.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    journal.calendar.import_file(calendar, START - timedelta(days=30), START + timedelta(days=60))
    (event,) = [e for e in journal.calendar.pending() if e.meeting_id is not None]
    from_calendar = journal.save(
        MeetingInput("Kestrel", "Stuurgroep", event.start, 60, "zebra", ("tender",)),
        ReflectionInput({"candour.2": 3}),
        event.meeting_id,
    )
    return {"first": first, "second": second, "calendar": from_calendar}


def rows(journal) -> dict[str, list]:
    """Every row a meeting touches, as stored (calendar events without ``updated_at``,
    which honestly records when the link was taken away and put back)."""
    query = journal.store.query
    found = {
        table: query(f"SELECT * FROM {table} ORDER BY 1, 2")
        for table in ("clients", "meetings", "reflections", "answers", "intentions", "tags",
                      "meeting_tags")
    }  # fmt: skip
    columns = [c[1] for c in query("PRAGMA table_info(calendar_events)") if c[1] != "updated_at"]
    found["calendar_events"] = query(
        f"SELECT {', '.join(columns)} FROM calendar_events ORDER BY id"
    )
    found["meeting_search"] = query("SELECT rowid, * FROM meeting_search ORDER BY rowid")
    return found


def assert_sums_exact(journal) -> None:
    stored, fresh = sums(journal)
    assert stored == fresh
    stored, fresh = activity(journal)
    assert stored == fresh


@pytest.mark.parametrize("name", ["first", "second", "calendar"])
def test_delete_undo_and_redo_give_back_every_row(full, journal, name):
    meeting_id = full[name]
    before = rows(journal)
    snapshot = journal.snapshot(meeting_id)
    deleted = journal.delete_meeting(meeting_id)
    assert deleted == snapshot
    after_delete = rows(journal)
    assert after_delete != before
    assert all(meeting_id != r[0] for r in after_delete["meetings"])
    assert_sums_exact(journal)

    journal.restore(meeting_id, None, deleted)  # undo
    assert rows(journal) == before
    assert journal.snapshot(meeting_id) == snapshot
    assert_sums_exact(journal)
    journal.restore(meeting_id, deleted, None)  # redo
    assert rows(journal) == after_delete
    assert_sums_exact(journal)
    journal.restore(meeting_id, None, deleted)  # and undo again
    assert rows(journal) == before
    assert_sums_exact(journal)


def test_deleting_shows_in_what_the_journal_tells(full, journal):
    first, second = full["first"], full["second"]
    deleted = journal.delete_meeting(second)
    # the verdict the deleted reflection gave is gone: the intention is open again
    (opened,) = journal.open_intentions()
    assert opened.meeting_id == first and opened.kept is None
    assert journal.search_count(SearchFilters("grenzen")) == 0
    assert [t.name for t in journal.tags()] == ["kick-off", "tender"]
    journal.restore(second, None, deleted)
    assert journal.open_intentions() == []
    assert journal.meeting(second).reflection.intention_check == IntentionCheck(opened.id, "partly")
    assert journal.meeting(first).reflection.intention_kept == "partly"
    assert journal.meeting(second).tags == ("aanbesteding",)
    assert journal.search_count(SearchFilters("grenzen")) == 1


def test_a_tag_only_the_deleted_meeting_had_comes_back_with_its_id(full, journal):
    ids = {t.name: t.id for t in journal.tags()}
    deleted = journal.delete_meeting(full["second"])
    assert "aanbesteding" not in {t.name for t in journal.tags()}
    journal.restore(full["second"], None, deleted)
    assert {t.name: t.id for t in journal.tags()} == ids  # a tag filter still holds
    assert journal.search_count(SearchFilters(tag_id=ids["aanbesteding"])) == 1


def test_the_calendar_event_is_dismissed_while_deleted_and_linked_again_on_undo(
    full, journal, tmp_path
):
    meeting_id = full["calendar"]
    event = journal.calendar.event_of_meeting(meeting_id)
    assert event.status == "open"
    deleted = journal.delete_meeting(meeting_id)
    assert journal.calendar.event_of_meeting(meeting_id) is None
    assert journal.calendar.event(event.id).status == "dismissed"
    held = journal.count_meetings()
    journal.calendar.import_file(
        tmp_path / "agenda.ics", START - timedelta(days=30), START + timedelta(days=60)
    )
    assert journal.count_meetings() == held  # a re-import does not bring it back
    journal.restore(meeting_id, None, deleted)
    linked = journal.calendar.event_of_meeting(meeting_id)
    assert linked.id == event.id and linked.status == "open" and linked.reflected


def test_an_edit_undone_and_redone(full, journal):
    meeting_id = full["first"]
    before = journal.snapshot(meeting_id)
    rows_before = rows(journal)
    journal.save(
        MeetingInput("Kestrel", "Kick-off (nieuw)", START + timedelta(days=2), 30, "", ("x",)),
        ReflectionInput({"candour.1": 1}, intention="Anders", intention_trait="candour"),
        meeting_id,
    )
    after = journal.snapshot(meeting_id)
    rows_after = rows(journal)
    assert_sums_exact(journal)
    journal.restore(meeting_id, after, before)
    assert rows(journal) == rows_before
    assert_sums_exact(journal)
    journal.restore(meeting_id, before, after)
    assert rows(journal) == rows_after
    assert_sums_exact(journal)


def test_a_new_meeting_undone_and_redone(journal):
    meeting_id = journal.save(
        MeetingInput("Utrecht", "Nieuw", START, 60, "olifant", ("tender",)),
        ReflectionInput({"listening.2": 4}, intention="Vragen"),
    )
    made = journal.snapshot(meeting_id)
    journal.restore(meeting_id, made, None)  # undo "new meeting"
    assert journal.count_meetings() == 0 and journal.tags() == []
    assert journal.open_intentions() == [] and sums(journal) == ([], [])
    journal.restore(meeting_id, None, made)  # redo
    assert journal.snapshot(meeting_id) == made
    assert [i.text for i in journal.open_intentions()] == ["Vragen"]
    assert_sums_exact(journal)


def test_deleting_a_meeting_that_is_not_there(journal):
    with pytest.raises(NotFound):
        journal.delete_meeting(999)
    assert journal.snapshot(999) is None


# -- changed meanwhile ---------------------------------------------------------------------


def test_undo_refuses_when_the_meeting_was_edited_again(full, journal):
    meeting_id = full["first"]
    before = journal.snapshot(meeting_id)
    journal.save(MeetingInput("Utrecht", "Eerste edit", START, 60), ReflectionInput(), meeting_id)
    after = journal.snapshot(meeting_id)
    journal.save(MeetingInput("Utrecht", "Tweede edit", START, 60), ReflectionInput(), meeting_id)
    untouched = rows(journal)
    with pytest.raises(ChangedMeanwhile) as info:
        journal.restore(meeting_id, after, before)
    assert info.value.meeting_id == meeting_id
    assert rows(journal) == untouched
    assert journal.meeting(meeting_id).title == "Tweede edit"


def test_undo_refuses_when_the_meeting_was_deleted_meanwhile(full, journal):
    meeting_id = full["first"]
    before = journal.snapshot(meeting_id)
    journal.save(MeetingInput("Utrecht", "Edit", START, 60), ReflectionInput(), meeting_id)
    after = journal.snapshot(meeting_id)
    journal.delete_meeting(meeting_id)
    with pytest.raises(ChangedMeanwhile):
        journal.restore(meeting_id, after, before)
    assert journal.snapshot(meeting_id) is None


def test_undoing_a_delete_never_overwrites_a_meeting_that_took_its_id(journal):
    journal.save(MeetingInput("Utrecht", "Oud", START, 60), ReflectionInput())
    newest = journal.save(MeetingInput("Utrecht", "Weg", START, 60), ReflectionInput())
    deleted = journal.delete_meeting(newest)
    reused = journal.save(MeetingInput("Kestrel", "Nieuw", START, 60), ReflectionInput())
    assert reused == newest  # SQLite hands out the highest id again
    with pytest.raises(ChangedMeanwhile):
        journal.restore(newest, None, deleted)
    assert journal.meeting(newest).title == "Nieuw"


def test_undo_refuses_an_edit_made_in_the_same_second(data_dir):
    # The ui's undo and a second window (or a calendar import) can write in one second.
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    try:
        meeting_id = j.save(MeetingInput("Utrecht", "Eerst", START, 60), ReflectionInput())
        before = j.snapshot(meeting_id)
        j.save(MeetingInput("Utrecht", "Edit", START, 60), ReflectionInput(), meeting_id)
        after = j.snapshot(meeting_id)
        j.save(MeetingInput("Utrecht", "Ander venster", START, 60), ReflectionInput(), meeting_id)
        with pytest.raises(ChangedMeanwhile):
            j.restore(meeting_id, after, before)
        assert j.meeting(meeting_id).title == "Ander venster"
    finally:
        j.close()


def test_undoing_an_edit_keeps_a_verdict_a_later_meeting_gave_meanwhile(journal):
    first = journal.save(
        MeetingInput("Utrecht", "Kick-off", START, 60), ReflectionInput(intention="Eerst luisteren")
    )
    before = journal.snapshot(first)
    journal.save(
        MeetingInput("Utrecht", "Kick-off", START, 60),
        ReflectionInput(intention="Eerst goed luisteren"),
        first,
    )
    after = journal.snapshot(first)
    (intention,) = journal.open_intentions()
    second = journal.save(
        MeetingInput("Utrecht", "Vervolg", START + timedelta(days=7), 60),
        ReflectionInput(intention_check=IntentionCheck(intention.id, "yes")),
    )
    journal.restore(first, after, before)  # undo the edit of the first meeting
    assert journal.meeting(first).reflection.intention == "Eerst luisteren"
    assert journal.meeting(first).reflection.intention_kept == "yes"
    assert journal.meeting(second).reflection.intention_check == IntentionCheck(intention.id, "yes")
    assert journal.open_intentions() == []


def test_growth_sums_stay_exact_through_a_long_undo_history(full, journal):
    history = []
    for name in ("calendar", "first", "second"):
        history.append((full[name], journal.delete_meeting(full[name])))
        assert_sums_exact(journal)
    assert sums(journal) == ([], []) and activity(journal) == ([], [])
    for meeting_id, snapshot in reversed(history):  # undo all
        journal.restore(meeting_id, None, snapshot)
        assert_sums_exact(journal)
    for meeting_id, snapshot in history:  # redo all
        journal.restore(meeting_id, snapshot, None)
        assert_sums_exact(journal)
    assert journal.count_meetings() == 0
