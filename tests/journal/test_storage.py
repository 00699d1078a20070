import shutil
import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal.errors import (
    InvalidInput,
    JournalBusy,
    JournalNotWritable,
    JournalTooNew,
    NotAJournal,
)
from journal.find.search import SearchFilters
from journal.model import MeetingInput, Profile, ReflectionInput, trust_on_100
from journal.reflect.validation import MAX_TEXT
from journal.service import Journal
from journal.store import migrations
from journal.store.paths import journal_file
from journal.store.storage import translate as _translate

DATA = Path(__file__).parent / "data"
START = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def meeting(client="Gemeente Utrecht", title="Evaluatie leverancier", start=START, notes=""):
    return MeetingInput(client, title, start, 60, notes)


def test_round_trip_of_a_meeting_with_its_reflection(journal):
    questions = journal.next_questions()
    scores = {q.id: (i % 5) + 1 for i, q in enumerate(questions)}
    texts = {"open.intended": "Scope afstemmen", "open.happened": "Ging goed", "open.why": ""}
    meeting_id = journal.save(
        meeting(notes="Koffie was op"), ReflectionInput(scores, texts, "  Eerst vragen.  ")
    )
    saved = journal.meeting(meeting_id)
    assert saved.client.name == "Gemeente Utrecht"
    assert saved.title == "Evaluatie leverancier"
    assert saved.start == START and saved.duration_minutes == 60
    assert saved.notes == "Koffie was op"
    assert saved.reflection.scores == scores
    assert saved.reflection.texts == {
        "open.intended": "Scope afstemmen",
        "open.happened": "Ging goed",
    }
    assert saved.reflection.intention == "Eerst vragen."
    assert saved.reflection.trust is not None
    [row] = journal.meeting_page(0, 10)
    assert row.reflected and row.trust == pytest.approx(saved.reflection.trust.score)


def test_a_meeting_without_answers_is_not_reflected(journal):
    meeting_id = journal.save(meeting(), ReflectionInput())
    assert journal.meeting(meeting_id).reflection is None
    [row] = journal.meeting_page(0, 10)
    assert not row.reflected and row.trust is None


def test_editing_replaces_answers_and_keeps_when_it_was_first_written(data_dir):
    times = iter([START, START + timedelta(days=2)])
    j = Journal.open(data_dir, clock=lambda: next(times))
    q = j.next_questions()
    meeting_id = j.save(meeting(), ReflectionInput({q[0].id: 2, q[1].id: 3}))
    j.save(meeting(title="Evaluatie (bijgewerkt)"), ReflectionInput({q[0].id: 5}), meeting_id)
    saved = j.meeting(meeting_id)
    assert saved.title == "Evaluatie (bijgewerkt)"
    assert saved.reflection.scores == {q[0].id: 5}
    assert saved.reflection.created_at == START
    assert saved.reflection.updated_at == START + timedelta(days=2)
    assert j.count_meetings() == 1
    j.close()


def test_clients_match_case_insensitively_and_ignore_extra_spaces(journal):
    journal.save(meeting(client="Gemeente Utrecht"), ReflectionInput())
    journal.save(meeting(client="  gemeente   utrecht "), ReflectionInput())
    assert [c.name for c in journal.clients()] == ["Gemeente Utrecht"]


def test_newest_meetings_come_first_and_pages_join_up(journal):
    for day in range(25):
        journal.save(meeting(title=f"m{day}", start=START - timedelta(days=day)), ReflectionInput())
    first = journal.meeting_page(0, 10)
    rest = journal.meeting_page(10, 100)
    titles = [m.title for m in first + rest]
    assert titles == [f"m{d}" for d in range(25)]


def test_last_intention_for_the_same_client(journal):
    journal.save(
        meeting(start=START - timedelta(days=14)), ReflectionInput(intention="Oud voornemen")
    )
    journal.save(
        meeting(start=START - timedelta(days=7)), ReflectionInput(intention="Eerst luisteren")
    )
    journal.save(
        meeting(client="Kestrel Engineering", start=START - timedelta(days=1)),
        ReflectionInput(intention="Other client"),
    )
    found = journal.last_intention("gemeente utrecht", START)
    assert found.text == "Eerst luisteren"
    assert found.meeting_start == START - timedelta(days=7)
    assert journal.last_intention("Nieuwe klant", START) is None
    # Opening the meeting the intention was written in shows the one before it.
    assert (
        journal.last_intention("Gemeente Utrecht", START - timedelta(days=7), found.meeting_id).text
        == "Oud voornemen"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Klant was blij 😀👍🏽 en 🇳🇱",
        "مرحبا بالعالم — שלום עולם",
        "e\u0301e\u0308\u0327 combining",
        "before\x00after",
        "x" * MAX_TEXT,
    ],
    ids=["emoji", "rtl", "combining", "nul", "longest"],
)
def test_awkward_text_is_saved_exactly(journal, text):
    meeting_id = journal.save(
        meeting(notes=text), ReflectionInput(texts={"open.happened": text}, intention=text)
    )
    saved = journal.meeting(meeting_id)
    assert saved.notes == text
    assert saved.reflection.texts["open.happened"] == text
    assert saved.reflection.intention == text.strip()


@pytest.mark.parametrize(
    ("bad", "field", "problem"),
    [
        (meeting(client=""), "client", "empty"),
        (meeting(client="   \t "), "client", "empty"),
        (meeting(title=" "), "title", "empty"),
        (meeting(notes="x" * (MAX_TEXT + 1)), "notes", "too long"),
        (MeetingInput("A", "B", START, 0), "duration", "out of range"),
        (MeetingInput("A", "B", datetime(2026, 1, 1), 30), "start", "no time zone"),
    ],
)
def test_bad_meeting_input_is_refused_before_writing(journal, bad, field, problem):
    with pytest.raises(InvalidInput) as info:
        journal.save(bad, ReflectionInput(intention="keep me"))
    assert (info.value.field, info.value.problem) == (field, problem)
    assert journal.count_meetings() == 0


def test_bad_reflection_input_is_refused(journal):
    with pytest.raises(InvalidInput, match="unknown question"):
        journal.save(meeting(), ReflectionInput({"listening.99": 3}))
    with pytest.raises(InvalidInput, match="score out of range"):
        journal.save(meeting(), ReflectionInput({"listening.1": 6}))
    with pytest.raises(InvalidInput) as info:
        journal.save(meeting(), ReflectionInput(texts={"open.why": "y" * (MAX_TEXT + 1)}))
    assert info.value.length == MAX_TEXT + 1 and info.value.limit == MAX_TEXT
    assert journal.count_meetings() == 0


def test_profile_round_trip_and_limits(journal):
    assert journal.profile() == Profile()
    journal.save_profile(Profile("  Sanne   de Vries ", ("listening", "entree")))
    assert journal.profile() == Profile("Sanne de Vries", ("listening", "entree"))
    with pytest.raises(InvalidInput, match="too many"):
        journal.save_profile(Profile("S", ("listening", "entree", "candour", "reciprocity")))
    with pytest.raises(InvalidInput, match="unknown trait"):
        journal.save_profile(Profile("S", ("charisma",)))


def test_focus_traits_are_asked_in_every_reflection(journal):
    journal.save_profile(Profile("", ("honest_limits",)))
    for day in range(8):  # without the focus, a trait just asked would often be skipped
        questions = journal.next_questions()
        assert "honest_limits" in {q.trait_id for q in questions}
        journal.save(
            meeting(start=START + timedelta(days=day)),
            ReflectionInput({q.id: 3 for q in questions}),
        )


# -- opening, migrations and files that are not what they seem -------------------------


def test_a_new_journal_has_every_migration_and_reopens_cleanly(data_dir):
    Journal.open(data_dir).close()
    db = Database(journal_file(data_dir))
    applied = db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid").fetchall()
    assert [name for (name,) in applied] == migrations.KNOWN
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    j = Journal.open(data_dir)
    assert j.count_meetings() == 0
    j.close()


@pytest.mark.parametrize("saved", sorted(DATA.glob("journal-*.sqlite3")), ids=lambda p: p.stem)
def test_journals_of_every_released_schema_open_and_keep_their_data(tmp_path, saved):
    shutil.copy(saved, journal_file(tmp_path))
    j = Journal.open(tmp_path)
    assert j.count_meetings() == 3
    meetings = [j.meeting(m.id) for m in j.meeting_page(0, 10)]
    assert {m.client.name for m in meetings} == {"Gemeente Utrecht", "Kestrel Engineering"}
    assert sum(m.reflection is not None for m in meetings) == 2
    assert any(m.reflection and m.reflection.intention for m in meetings)
    # the search index is built by the migration that brought it
    assert j.search_count(SearchFilters(text="aanbesteding")) == 1
    assert j.search_count(SearchFilters(text="planning")) == 1  # an intention
    j.save(meeting(), ReflectionInput({"listening.1": 4}))
    assert j.count_meetings() == 4
    j.close()


def test_the_trust_kept_before_the_0_to_100_scale_is_migrated_and_its_sums_follow(tmp_path):
    shutil.copy(DATA / "journal-m007_search_separators.sqlite3", journal_file(tmp_path))
    j = Journal.open(tmp_path)
    [(c, r, i, s, trust)] = j.store.query(
        "SELECT credibility, reliability, intimacy, self_orientation, trust FROM reflections "
        "WHERE trust IS NOT NULL"
    )
    assert (c, r, i, s) == (4.375, 5.5, 7.75, 7.75)  # the parts are kept as they were
    assert trust == pytest.approx(trust_on_100((c + r + i) / s))  # was the ratio, 2.27
    assert 0 <= trust <= 100
    assert j.store.query("SELECT sum(trust_sum) FROM meeting_days") == [(pytest.approx(trust),)]
    j.close()


def test_released_schemas_are_all_kept_as_fixtures():
    assert (DATA / f"journal-{migrations.KNOWN[-1]}.sqlite3").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_journal_is_readable_by_its_owner_only(tmp_path):
    folder = tmp_path / "new" / "journal"
    j = Journal.open(folder)
    j.save(meeting(), ReflectionInput(intention="vertrouwelijk"))
    for path in [folder, *folder.iterdir()]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path.name, oct(mode))
    j.close()


def test_a_journal_from_a_newer_version_is_refused_untouched(data_dir):
    Journal.open(data_dir).close()
    path = journal_file(data_dir)
    db = Database(path)
    db["_sqlite_migrations"].insert(
        {
            "migration_set": migrations.MIGRATION_SET,
            "name": "m999_from_the_future",
            "applied_at": "2030-01-01",
        }
    )
    db.close()
    before = path.read_bytes()
    with pytest.raises(JournalTooNew) as info:
        Journal.open(data_dir)
    assert info.value.unknown_migrations == ["m999_from_the_future"]
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(data_dir):
    path = journal_file(data_dir)
    path.write_text("Dit is geen database, maar een boodschappenlijst.\n", encoding="utf-8")
    with pytest.raises(NotAJournal):
        Journal.open(data_dir)
    assert path.read_text(encoding="utf-8").startswith("Dit is geen database")


def test_a_damaged_database_is_refused(data_dir):
    Journal.open(data_dir).close()
    path = journal_file(data_dir)
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # garble the schema page after the header
    path.write_bytes(bytes(raw))
    with pytest.raises(NotAJournal):
        Journal.open(data_dir)


def test_a_folder_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(JournalNotWritable) as info:
        Journal.open(blocker / "journal")
    assert info.value.path == blocker / "journal"


def test_a_full_disk_keeps_what_was_saved(journal):
    journal.save(meeting(title="eerste"), ReflectionInput(intention="bewaard"))
    pages = journal.store.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL
    with pytest.raises(JournalNotWritable, match="full"):
        journal.save(
            meeting(title="tweede", notes="x" * 50_000), ReflectionInput({"listening.1": 3})
        )
    assert [m.title for m in journal.meeting_page(0, 10)] == ["eerste"]
    assert journal.last_intention("Gemeente Utrecht", START + timedelta(days=1)).text == "bewaard"
    assert journal.store.conn.in_transaction is False


def test_a_read_only_journal_refuses_writes_but_still_reads(journal):
    journal.save(meeting(title="eerste"), ReflectionInput())
    journal.store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(JournalNotWritable, match="readonly"):
        journal.save(meeting(title="tweede"), ReflectionInput())
    assert [m.title for m in journal.meeting_page(0, 10)] == ["eerste"]


def test_sqlite_errors_are_classified_by_their_code(tmp_path):
    def error(code: int) -> sqlite3.Error:
        exc = sqlite3.OperationalError("x")
        exc.sqlite_errorcode = code
        return exc

    assert isinstance(_translate(tmp_path, error(5)), JournalBusy)
    assert isinstance(_translate(tmp_path, error(517)), JournalBusy)  # BUSY_SNAPSHOT
    assert isinstance(_translate(tmp_path, error(13)), JournalNotWritable)
    assert isinstance(_translate(tmp_path, error(11)), NotAJournal)
    bug = sqlite3.OperationalError("no such column: nonsense")
    assert _translate(tmp_path, bug) is bug  # our own mistake stays a bug


def test_another_programs_sqlite_database_is_refused_untouched(data_dir):
    path = journal_file(data_dir)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(NotAJournal, match="another program"):
        Journal.open(data_dir)
    assert path.read_bytes() == before


def test_client_names_match_in_any_case_and_unicode_form(journal):
    journal.save(meeting(client="Émile BV"), ReflectionInput())
    journal.save(meeting(client="e\u0301mile  bv"), ReflectionInput())  # decomposed é
    journal.save(meeting(client="ÉMILE BV"), ReflectionInput())
    assert [c.name for c in journal.clients()] == ["Émile BV"]


@pytest.mark.parametrize(
    ("reflection", "problem"),
    [
        (ReflectionInput({"listening.1": True}), "score out of range"),
        (ReflectionInput(texts={"open.next_time": "via the back door"}), "unknown question"),
        (ReflectionInput(texts={"open.why": "half a pair \ud800"}), "not valid text"),
        (ReflectionInput(intention="\udfff"), "not valid text"),
    ],
)
def test_reflection_values_the_ui_cannot_produce_are_refused(journal, reflection, problem):
    with pytest.raises(InvalidInput, match=problem):
        journal.save(meeting(), reflection)
    assert journal.count_meetings() == 0
