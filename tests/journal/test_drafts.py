"""Drafts: what the reflection dialog holds, kept per dialog (a new meeting or an edit),
newest first, across closing; awkward text comes back exactly; every old journal gets
the table."""

import shutil
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from journal.model import MeetingInput, ReflectionInput
from journal.safety import drafts_store
from journal.service import Journal
from journal.store import migrations
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW

DATA = Path(__file__).parent / "data"


class Clock:
    """A clock the test moves on by hand."""

    def __init__(self):
        self.now = FIXED_NOW

    def __call__(self):
        return self.now

    def tick(self, minutes: int = 1):
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def journal(data_dir, clock):
    j = Journal.open(data_dir, clock=clock)
    yield j
    j.close()


def add_meeting(journal: Journal, title: str = "Evaluatie") -> int:
    return journal.save(
        MeetingInput("Gemeente Utrecht", title, FIXED_NOW - timedelta(days=1), 60),
        ReflectionInput(),
    )


def test_a_new_journal_has_no_drafts(journal):
    assert journal.drafts() == []


def test_one_draft_per_dialog_newest_first(journal, clock):
    first = add_meeting(journal, "eerste")
    second = add_meeting(journal, "tweede")
    journal.save_draft(None, {"title": "nieuw gesprek"})
    clock.tick()
    journal.save_draft(first, {"title": "eerste, bewerkt"})
    clock.tick()
    journal.save_draft(second, {"title": "tweede, bewerkt"})
    assert [(d.meeting_id, d.payload["title"]) for d in journal.drafts()] == [
        (second, "tweede, bewerkt"),
        (first, "eerste, bewerkt"),
        (None, "nieuw gesprek"),
    ]
    # Saving again replaces that dialog's draft and makes it the newest.
    clock.tick()
    journal.save_draft(None, {"title": "nieuw gesprek", "notes": "meer"})
    drafts = journal.drafts()
    assert [d.meeting_id for d in drafts] == [None, second, first]
    assert drafts[0].payload == {"title": "nieuw gesprek", "notes": "meer"}
    assert drafts[0].updated_at == clock.now
    assert drafts[2].updated_at == FIXED_NOW + timedelta(minutes=1)
    # Discarding removes that dialog's draft only.
    journal.discard_draft(first)
    assert [d.meeting_id for d in journal.drafts()] == [None, second]
    journal.discard_draft(None)
    journal.discard_draft(None)  # twice: nothing left to discard, no error
    assert [d.meeting_id for d in journal.drafts()] == [second]


def test_the_key_tells_a_new_meeting_from_an_edit():
    assert drafts_store.key_for(None) == "new"
    assert drafts_store.key_for(7) == "meeting-7"


def test_drafts_saved_in_the_same_second_come_in_a_stable_order(journal):
    journal.save_draft(3, {"n": 3})
    journal.save_draft(None, {"n": 0})
    journal.save_draft(12, {"n": 12})
    order = [d.meeting_id for d in journal.drafts()]
    assert len(order) == 3
    assert [d.meeting_id for d in journal.drafts()] == order


def test_drafts_survive_closing_and_opening_again(data_dir, clock):
    j = Journal.open(data_dir, clock=clock)
    meeting_id = add_meeting(j)
    j.save_draft(None, {"title": "nieuw"})
    clock.tick()
    j.save_draft(meeting_id, {"title": "bewerkt", "scores": {"listening.1": 4}})
    j.close()
    j = Journal.open(data_dir, clock=clock)
    drafts = j.drafts()
    assert [(d.meeting_id, d.payload) for d in drafts] == [
        (meeting_id, {"title": "bewerkt", "scores": {"listening.1": 4}}),
        (None, {"title": "nieuw"}),
    ]
    assert drafts[0].updated_at == clock.now
    j.close()


AWKWARD = [
    "Gesprek met 👩🏽‍💼 over de 🇳🇱 aanbesteding 🎉",
    "voor\x00na, met een NUL ertussen",
    "עברית ومعها العربية, en dan weer Nederlands",
    "\u202eomgekeerd\u202c en 'aanhalingstekens' \"dubbel\" \\ backslash",
    "regels\r\nmet\rallerlei\neinden\t en tabs",
    "e\u0301 en é (twee vormen)",
    "x" * 100_000,
    "",
]


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_text_comes_back_exactly(data_dir, text):
    payload = {
        "title": text,
        "texts": {"open.happened": text, "🔑": [text, None, 1, 2.5, True]},
        "scores": {"listening.1": 4},
    }
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    j.save_draft(None, payload)
    j.close()
    j = Journal.open(data_dir)
    (draft,) = j.drafts()
    j.close()
    assert draft.payload == payload
    assert draft.payload["title"] == text  # same characters, same normal form


def test_a_draft_that_cannot_be_read_is_skipped(journal, clock):
    journal.save_draft(None, {"title": "leesbaar"})
    conn = journal.store.conn
    rows = [
        ("meeting-1", 1, "{niet af", "2026-11-23T16:00:00+00:00"),
        ("meeting-2", 2, "[1, 2, 3]", "2026-11-23T16:00:00+00:00"),  # JSON, not an object
        ("meeting-3", 3, "", "2026-11-23T16:00:00+00:00"),
        ("meeting-4", 4, b'{"title": "\xff"}', "2026-11-23T16:00:00+00:00"),  # a blob
        ("meeting-5", 5, "{}", "gisteren"),  # a time that is not one
    ]
    conn.executemany("INSERT INTO drafts VALUES (?, ?, ?, ?)", rows)
    # Text that is not UTF-8 (a damaged page, another program): SQLite stores it as is.
    conn.execute(
        "INSERT INTO drafts VALUES ('meeting-6', 6, CAST(x'7b2274223a22ff227d' AS TEXT), "
        "'2026-11-23T16:00:00+00:00')"
    )
    assert [(d.meeting_id, d.payload) for d in journal.drafts()] == [(None, {"title": "leesbaar"})]
    # The unreadable rows are left alone; saving that dialog again replaces one.
    clock.tick()
    journal.save_draft(1, {"title": "opnieuw"})
    assert [d.meeting_id for d in journal.drafts()] == [1, None]
    assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 7


def test_a_lone_surrogate_the_ui_may_hand_over_is_kept_as_it_is(journal):
    """Half of a UTF-16 pair (a paste gone wrong) is no character: the draft still
    saves, and comes back the same."""
    payload = {"title": "half \ud83d paar", "notes": "en \udc00 nog een"}
    journal.save_draft(None, payload)
    (draft,) = journal.drafts()
    assert draft.payload == payload


def test_a_draft_is_in_the_journal_file_not_beside_it(journal):
    journal.save_draft(None, {"title": "geheim"})
    assert sorted(p.name for p in journal.path.parent.iterdir()) == [
        "journal.sqlite3",
        "journal.sqlite3-shm",
        "journal.sqlite3-wal",
    ]


def drafts_columns(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return [
            (row[1], row[2], row[3], row[5]) for row in conn.execute("PRAGMA table_info(drafts)")
        ]


@pytest.mark.parametrize("saved", sorted(DATA.glob("journal-m00*.sqlite3")), ids=lambda p: p.stem)
def test_every_old_journal_gets_the_drafts_table(tmp_path, saved):
    shutil.copy(saved, journal_file(tmp_path))
    j = Journal.open(tmp_path, clock=lambda: FIXED_NOW)
    assert j.drafts() == []
    (newest, *_rest) = [m.id for m in j.meeting_page(0, 10)]
    j.save_draft(newest, {"title": "na de update"})
    assert [(d.meeting_id, d.payload) for d in j.drafts()] == [(newest, {"title": "na de update"})]
    j.close()
    assert drafts_columns(journal_file(tmp_path)) == [
        ("key", "TEXT", 0, 1),
        ("meeting_id", "INTEGER", 0, 0),
        ("payload", "TEXT", 1, 0),
        ("updated_at", "TEXT", 1, 0),
    ]
    with closing(sqlite3.connect(journal_file(tmp_path))) as conn:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert "m006_drafts" in applied and applied == migrations.KNOWN
