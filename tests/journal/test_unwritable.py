"""A journal that cannot be written: a read-only folder (it still reads), a full disk
(SQLite's own limit, and a real tiny filesystem) and a file another program holds locked.
Each refused write says why with a typed error and leaves nothing half-written."""

import ctypes
import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.errors import BackupFailed, JournalBusy, JournalNotWritable
from journal.find.search import SearchFilters
from journal.model import MeetingInput, ReflectionInput
from journal.safety import backups
from journal.sample import demo
from journal.service import Journal
from journal.store.connection import encryption_available
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW
from tests.elsewhere import held_elsewhere

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("readonly_child.py")
START = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
WORD = "vuurtoren"


def open_journal(folder: Path, passphrase: str | None = None) -> Journal:
    return Journal.open(folder, clock=lambda: FIXED_NOW, passphrase=passphrase)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def row_counts(journal: Journal) -> dict[str, int]:
    """The number of rows in every table, the search index's own tables too."""
    conn = journal.store.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage != 0"
        )
    ]
    assert "meetings" in tables and "meeting_search_data" in tables
    return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}


def big_save(journal: Journal, title: str = "Groot") -> int:
    """A save that writes a lot: long notes, open answers and intention, tags."""
    text = " ".join(f"woord{i}" for i in range(10_000))  # ~90 kB, many distinct words
    return journal.save(
        MeetingInput("Noord-Zuid", title, START + timedelta(days=1), 60, text,
                     ("groot", "vol")),
        ReflectionInput({"listening.1": 3, "candour.1": 4},
                        {"open.happened": text, "open.why": text}, text[:50_000]),
    )  # fmt: skip


def with_some_meetings(journal: Journal) -> None:
    demo.fill(journal, 60)
    journal.save(
        MeetingInput("Gemeente Utrecht", "Bij de vuurtoren", START, 60, f"Over de {WORD}."),
        ReflectionInput({"listening.1": 4}, intention="Eerst vragen."),
    )
    journal.save_draft(None, {"notes": "half af"})


# -- a read-only folder ------------------------------------------------------------------


def _drop_capabilities() -> None:  # pragma: no cover - runs in the child before exec
    """As root, drop every capability (CAP_DAC_OVERRIDE above all), so the modes of
    files and folders count for this process as they do for anyone else. (Switching to
    another user would not do here: the interpreter may live in root's home.)"""
    libc = ctypes.CDLL(None, use_errno=True)
    last = int(Path("/proc/sys/kernel/cap_last_cap").read_text())
    for capability in range(last + 1):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop capabilities")


def as_reader(*args: str) -> dict:
    """Run ``readonly_child.py`` without the right to write where modes say no."""
    try:
        done = subprocess.run(
            [sys.executable, str(CHILD), *args],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=_drop_capabilities if os.geteuid() == 0 else None,
        )
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot run a process that modes apply to: {exc}")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    if not result["probe_refused"]:
        pytest.skip("this process can write in a read-only folder (no way to drop the right)")
    return result


@pytest.fixture
def read_only(tmp_path):
    """Call with a folder to make it and everything in it read-only for the test."""
    if os.name == "nt":
        pytest.skip("on Windows chmod sets only the read-only attribute: a folder keeps its ACL")
    made = []

    def make(folder: Path) -> None:
        for path in folder.rglob("*"):
            path.chmod(0o555 if path.is_dir() else 0o444)
        folder.chmod(0o555)
        made.append(folder)

    yield make
    for folder in made:
        folder.chmod(0o700)
        for path in folder.rglob("*"):
            path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.mark.parametrize(
    "passphrase",
    [None, pytest.param("geheim", marks=pytest.mark.skipif(
        not encryption_available(), reason="sqlcipher3 is not installed"))],
    ids=["plain", "encrypted"],
)  # fmt: skip
def test_a_journal_in_a_read_only_folder_reads_but_refuses_writes(data_dir, read_only, passphrase):
    journal = open_journal(data_dir, passphrase)
    with_some_meetings(journal)
    journal.back_up("manual")
    meetings = journal.count_meetings()
    journal.close()
    path = journal_file(data_dir)
    # A WAL journal closed cleanly: no -wal, no -shm, and none can be made beside it.
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", "journal.sqlite3"]
    if passphrase is None:
        assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL in the header
    read_only(data_dir)
    before = files_of(data_dir)

    result = as_reader("read", str(data_dir), json.dumps(passphrase), WORD)

    assert result["read_only"] is True
    assert result["encrypted"] is (passphrase is not None)
    assert result["meetings"] == result["meetings_after"] == meetings
    assert "Bij de vuurtoren" in result["titles"] and len(result["titles"]) == meetings
    assert result["found"] == ["Bij de vuurtoren"]
    assert result["growth_periods"] > 0
    assert result["drafts"] == [{"notes": "half af"}]
    assert result["daily_backup_due"] is False  # no daily backup is tried
    for refused in (result["save"], result["draft"]):
        assert refused["error"] == "JournalNotWritable", refused
        assert refused["path"] == str(path)
        assert "readonly" in refused["message"].replace("-", "").replace(" ", "")
    assert result["backup"]["error"] == "BackupFailed"
    assert result["backup"]["problem"] == "not_written"
    assert files_of(data_dir) == before  # nothing changed, nothing added


def test_a_journal_with_its_wal_in_a_read_only_folder_reads_what_the_wal_holds(
    data_dir, tmp_path, read_only
):
    """A copy taken while the journal was open (-wal and -shm beside it): the last
    save is only in the WAL, and reading it read-only still shows it."""
    journal = open_journal(data_dir)
    with_some_meetings(journal)
    meetings = journal.count_meetings() + 1
    journal.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    with held_elsewhere(data_dir) as other:  # the app, with its last save in the WAL
        assert other.ask("save Alleen in de WAL") == "saved"
        for side in ("", "-wal", "-shm"):
            shutil.copy(f"{journal.path}{side}", copy / f"journal.sqlite3{side}")
    assert (copy / "journal.sqlite3-wal").stat().st_size > 0
    read_only(copy)
    before = files_of(copy)

    result = as_reader("read", str(copy), "null", WORD)

    assert result["read_only"] is True
    assert result["meetings"] == meetings
    assert "Alleen in de WAL" in result["titles"]
    assert result["unread_changes"] is False and result["check_kind"] == ""
    assert result["save"]["error"] == "JournalNotWritable"
    assert files_of(copy) == before


def test_a_wal_that_cannot_be_read_in_a_read_only_folder_is_said_not_hidden(
    data_dir, tmp_path, read_only
):
    """Without its -shm, a WAL in a read-only folder cannot be read: the journal is read
    as it was before the newest saves. That is said (``unread_changes``, and ``check``
    is not healthy), never passed off as the whole journal."""
    journal = open_journal(data_dir)
    with_some_meetings(journal)
    journal.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    with held_elsewhere(data_dir) as other:  # the app, with its last save in the WAL
        assert other.ask("save Alleen in de WAL") == "saved"
        for side in ("", "-wal"):
            shutil.copy(f"{journal.path}{side}", copy / f"journal.sqlite3{side}")
    read_only(copy)

    result = as_reader("read", str(copy), "null", WORD)

    assert result["read_only"] is True
    assert "Alleen in de WAL" not in result["titles"]
    assert result["unread_changes"] is True
    assert result["check_kind"] == "wal_unread"


def test_a_new_journal_in_a_read_only_folder_names_the_folder(tmp_path, read_only):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    read_only(folder)

    here = as_reader("new", str(folder))  # the data folder exists, read-only
    assert here["open"]["error"] == "JournalNotWritable", here
    assert here["open"]["path"] == str(folder)
    assert "read-only" in here["open"]["message"]

    below = as_reader("new", str(folder / "data"))  # the data folder cannot be made
    assert below["open"]["error"] == "JournalNotWritable", below
    assert below["open"]["path"] == str(folder / "data")
    assert list(folder.iterdir()) == []


# -- a full disk ------------------------------------------------------------------------


def test_a_full_journal_refuses_a_big_save_whole_and_takes_it_once_there_is_room(journal):
    with_some_meetings(journal)
    before = row_counts(journal)
    conn = journal.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own SQLITE_FULL

    with pytest.raises(JournalNotWritable, match="full") as full:
        big_save(journal)
    assert full.value.path == journal.path
    with pytest.raises(JournalNotWritable, match="full"):
        journal.save_draft(3, {"notes": "woord " * 20_000})
    assert row_counts(journal) == before  # nothing half-written, in any table
    assert conn.in_transaction is False
    # it still reads
    assert journal.search_page(SearchFilters(text=WORD), 0, 10, typing=False)[0].title == (
        "Bij de vuurtoren"
    )
    assert [d.payload for d in journal.drafts()] == [{"notes": "half af"}]
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    conn.execute("PRAGMA max_page_count = 1073741823")
    meeting_id = big_save(journal)
    assert journal.meeting(meeting_id).title == "Groot"
    assert [m.title for m in journal.search_page(SearchFilters(text="woord9999"), 0, 10)] == [
        "Groot"
    ]
    journal.save_draft(3, {"notes": "nu wel"})
    assert journal.check(thorough=True).ok


@pytest.fixture
def tiny_disk(tmp_path):
    """A real filesystem of 8 MB (tmpfs), mounted for the test and always unmounted."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tiny filesystem needs root")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill_up(folder: Path) -> Path:
    """Write a file until the filesystem has no byte left; returns it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):
            block = b"\xa5" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    with pytest.raises(OSError) as info:
        (folder / "one-more").write_bytes(b"x" * 4096)
    assert info.value.errno == errno.ENOSPC
    with suppress(FileNotFoundError):
        (folder / "one-more").unlink()
    return filler


def test_a_full_disk_refuses_saves_and_backups_and_keeps_what_was_saved(tiny_disk):
    data = tiny_disk / "data"
    journal = open_journal(data)
    with_some_meetings(journal)
    earlier = journal.back_up("manual")
    before = row_counts(journal)
    meetings = [m.title for m in journal.meeting_page(0, 100)]
    filler = fill_up(tiny_disk)

    with pytest.raises(JournalNotWritable) as info:
        big_save(journal)
    assert info.value.path == journal.path
    assert journal.store.conn.in_transaction is False
    with pytest.raises(JournalNotWritable):
        journal.save_draft(None, {"notes": "woord " * 20_000})
    assert row_counts(journal) == before
    assert [m.title for m in journal.meeting_page(0, 100)] == meetings
    assert journal.store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    with pytest.raises(BackupFailed) as failed:
        journal.back_up("manual")
    assert failed.value.problem == "not_written"
    with pytest.raises(BackupFailed) as failed_there:
        journal.back_up("manual", target=tiny_disk / "elders.sqlite3")
    assert failed_there.value.problem == "not_written"
    assert [b.path for b in journal.backups()] == [earlier.path]
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["data", "filler"]
    assert sorted(p.name for p in (data / backups.FOLDER).iterdir()) == [earlier.path.name]

    filler.unlink()  # room again: the same save goes through
    big_save(journal)
    assert journal.count_meetings() == len(meetings) + 1
    journal.close()
    reopened = open_journal(data)
    assert reopened.check(thorough=True).ok
    assert reopened.count_meetings() == len(meetings) + 1
    reopened.close()


# -- a locked file ------------------------------------------------------------------------


def test_a_journal_another_program_holds_waits_then_says_busy(journal):
    with_some_meetings(journal)
    journal.store.conn.execute("PRAGMA busy_timeout = 300")  # instead of 5 s
    before = row_counts(journal)
    with closing(sqlite3.connect(journal.path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("DELETE FROM drafts")  # written but not committed: nobody sees it
        started = time.monotonic()
        with pytest.raises(JournalBusy) as info:
            journal.save(MeetingInput("Noord-Zuid", "Even wachten", START, 30), ReflectionInput())
        assert time.monotonic() - started >= 0.25  # it waited for the lock first
        assert info.value.path == journal.path
        with pytest.raises(JournalBusy):
            journal.save_draft(None, {"notes": "ook even wachten"})
        assert journal.store.conn.in_transaction is False
        assert row_counts(journal) == before  # reading goes on meanwhile (WAL)
        reader = open_journal(journal.path.parent)  # opening too
        assert reader.count_meetings() == journal.count_meetings()
        reader.close()
        other.execute("ROLLBACK")
    journal.save(MeetingInput("Noord-Zuid", "Even wachten", START, 30), ReflectionInput())
    journal.save_draft(None, {"notes": "nu wel"})
    assert journal.count_meetings() == before["meetings"] + 1
    assert [d.payload for d in journal.drafts()] == [{"notes": "nu wel"}]


def test_a_lock_held_for_a_moment_is_waited_for(journal):
    """A save does not fail because another program writes at that moment: it waits
    (up to the busy timeout, 5 s) and then goes through."""
    with_some_meetings(journal)
    assert journal.store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    other = sqlite3.connect(journal.path, isolation_level=None, check_same_thread=False)
    releaser = threading.Timer(0.4, lambda: other.execute("COMMIT"))
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("DELETE FROM drafts")
        started = time.monotonic()
        releaser.start()
        journal.save(MeetingInput("Noord-Zuid", "Gewacht", START, 30), ReflectionInput())
        waited = time.monotonic() - started
    finally:
        releaser.cancel()
        if releaser.is_alive():
            releaser.join()
        other.close()
    assert 0.3 <= waited < 5
    assert "Gewacht" in [m.title for m in journal.meeting_page(0, 200)]
    assert journal.drafts() == []  # the other program's write came first, and stays
