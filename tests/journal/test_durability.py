"""Every write is durable and leaves no transaction open: WAL, synchronous=FULL, foreign
keys and autocommit, after each kind of write and after a write that failed."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.errors import InvalidInput, JournalNotWritable, NotFound
from journal.model import MeetingInput, ReflectionInput
from journal.service import Journal
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW

START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def assert_durable(journal: Journal) -> None:
    conn = journal.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.isolation_level is None  # autocommit: no implicit transactions
    assert conn.in_transaction is False


def save_one(journal: Journal, title: str = "Evaluatie", **extra) -> int:
    return journal.save(
        MeetingInput("Gemeente Utrecht", title, START, 60, tags=("tender",)),
        ReflectionInput({"listening.1": 4}, intention="Eerst vragen.", **extra),
    )


def test_a_new_journal_is_durable_from_the_start(journal):
    assert_durable(journal)


def test_every_kind_of_write_leaves_the_connection_durable_and_idle(journal):
    meeting_id = save_one(journal)
    assert_durable(journal)
    save_one(journal, "Bewerkt")  # a second meeting
    journal.save(MeetingInput("Gemeente Utrecht", "Bewerkt", START, 45), ReflectionInput(),
                 meeting_id)  # fmt: skip
    assert_durable(journal)
    (tag,) = journal.tags()
    journal.rename_tag(tag.id, "aanbesteding")
    assert_durable(journal)
    (intention,) = journal.open_intentions()
    journal.set_intention_verdict(intention.id, "partly")
    assert_durable(journal)
    journal.save_draft(None, {"title": "half af"})
    journal.save_draft(meeting_id, {"title": "bewerking"})
    assert_durable(journal)
    journal.discard_draft(None)
    assert_durable(journal)
    snapshot = journal.delete_meeting(meeting_id)
    assert_durable(journal)
    journal.restore(meeting_id, None, snapshot)  # undo the delete
    assert_durable(journal)
    assert journal.meeting(meeting_id).title == "Bewerkt"
    assert [t.name for t in journal.tags()] == ["aanbesteding"]


def test_writes_refused_before_or_inside_a_transaction_leave_none_open(journal):
    meeting_id = save_one(journal)
    with pytest.raises(InvalidInput):
        journal.save(MeetingInput("", "geen klant", START, 60), ReflectionInput())
    assert_durable(journal)
    with pytest.raises(InvalidInput):
        journal.rename_tag(journal.tags()[0].id, "   ")
    assert_durable(journal)
    with pytest.raises(NotFound):  # raised inside the transaction: rolled back
        journal.rename_tag(9999, "bestaat niet")
    assert_durable(journal)
    with pytest.raises(NotFound):
        journal.save(MeetingInput("Nieuwe Klant BV", "weg", START, 60), ReflectionInput(), 9999)
    assert_durable(journal)
    assert [c.name for c in journal.clients()] == ["Gemeente Utrecht"]  # client rolled back
    with pytest.raises(InvalidInput):
        journal.set_intention_verdict(journal.open_intentions()[0].id, "misschien")
    assert_durable(journal)
    assert journal.meeting(meeting_id).title == "Evaluatie"


def test_a_full_disk_fails_each_kind_of_write_and_leaves_none_open(journal):
    meeting_id = save_one(journal)
    journal.save_draft(None, {"title": "bewaard"})
    conn = journal.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL from here
    big = "x" * 60_000
    with pytest.raises(JournalNotWritable, match="full"):
        journal.save(MeetingInput("Gemeente Utrecht", "te groot", START, 60, big),
                     ReflectionInput({"listening.1": 3}))  # fmt: skip
    assert_durable(journal)
    with pytest.raises(JournalNotWritable, match="full"):
        journal.save_draft(meeting_id, {"notes": big})
    assert_durable(journal)
    assert [d.payload for d in journal.drafts()] == [{"title": "bewaard"}]
    assert journal.count_meetings() == 1
    # Once there is room again, writing simply works.
    conn.execute("PRAGMA max_page_count = 1073741823")
    journal.save_draft(meeting_id, {"notes": big})
    assert_durable(journal)
    assert len(journal.drafts()) == 2


def test_reopening_keeps_the_same_settings(data_dir):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    save_one(j)
    j.close()
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    assert_durable(j)
    assert j.count_meetings() == 1
    j.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_what_a_killed_process_saved_is_there(data_dir):
    """A process killed right after a save returned (no close, no checkpoint) loses
    nothing: the commit is in the WAL, which the next open reads."""
    child = textwrap.dedent(
        f"""
        import os, signal
        from datetime import UTC, datetime
        from pathlib import Path
        from journal.model import MeetingInput, ReflectionInput
        from journal.service import Journal
        j = Journal.open(Path({str(data_dir)!r}))
        start = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
        j.save(MeetingInput("Kestrel Engineering", "vlak voor de crash", start, 60),
               ReflectionInput(intention="niet verloren"))
        j.save_draft(None, {{"title": "half getypt"}})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert os.path.getsize(f"{journal_file(data_dir)}-wal") > 0  # not checkpointed
    j = Journal.open(data_dir)
    assert [m.title for m in j.meeting_page(0, 10)] == ["vlak voor de crash"]
    assert j.last_intention("Kestrel Engineering", START + timedelta(days=1)).text == (
        "niet verloren"
    )
    assert [d.payload for d in j.drafts()] == [{"title": "half getypt"}]
    j.close()
