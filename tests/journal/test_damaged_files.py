"""Damaged and foreign files where the journal should be: each is told apart by a look at
its bytes (``health.sniff``), by ``health.check`` and by ``Journal.open``, and none of
them is changed by looking. Moving a damaged journal aside keeps its WAL with it."""

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.errors import JournalTooNew, NeedsPassphrase, NotAJournal, WrongPassphrase
from journal.model import MeetingInput, ReflectionInput
from journal.safety import health
from journal.sample import demo
from journal.service import Journal
from journal.store import migrations
from journal.store.connection import encryption_available
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def make_journal(folder: Path, meetings: int = 0) -> Path:
    """A closed journal (no -wal) with one meeting of our own, or demo meetings."""
    j = Journal.open(folder, clock=lambda: FIXED_NOW)
    if meetings:
        demo.fill(j, meetings)
    else:
        j.save(MeetingInput("Gemeente Utrecht", "Evaluatie", START, 60), ReflectionInput())
    j.close()
    return journal_file(folder)


def garble_a_meetings_page(path: Path, seed: int = 1) -> int:
    """Overwrite a leaf page of the meetings table, mid-file, with random bytes."""
    with closing(sqlite3.connect(path)) as conn:
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'meetings' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = pages[len(pages) // 2]
    raw = bytearray(path.read_bytes())
    raw[(page - 1) * page_size : page * page_size] = random.Random(seed).randbytes(page_size)
    path.write_bytes(bytes(raw))
    return page


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file in the folder with its bytes (None: a folder)."""
    return {p.name: None if p.is_dir() else p.read_bytes() for p in sorted(folder.iterdir())}


# -- building each kind of bad file ----------------------------------------------------


def zeroed(folder: Path) -> Path:
    path = make_journal(folder)
    raw = bytearray(path.read_bytes())
    raw[:100] = bytes(100)
    path.write_bytes(bytes(raw))
    return path


def truncated(folder: Path) -> Path:
    path = make_journal(folder, meetings=200)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


def text_file(folder: Path) -> Path:
    path = journal_file(folder)
    path.write_text("Boodschappen:\n- melk\n- brood\n- kaas 🧀\n" * 40, encoding="utf-8")
    return path


def random_pages(folder: Path) -> Path:
    path = journal_file(folder)
    path.write_bytes(random.Random(7).randbytes(4096 * 5))
    return path


def random_odd_size(folder: Path) -> Path:
    path = journal_file(folder)
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00" + random.Random(8).randbytes(5000))
    return path


def foreign(folder: Path) -> Path:
    path = journal_file(folder)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        conn.commit()
    return path


def too_new(folder: Path) -> Path:
    path = make_journal(folder)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            f"INSERT INTO {migrations.MIGRATIONS_TABLE} (migration_set, name, applied_at) "
            "VALUES (?, 'm999_from_the_future', '2030-01-01')",
            [migrations.MIGRATION_SET],
        )
        conn.commit()
    return path


def a_folder(folder: Path) -> Path:
    path = journal_file(folder)
    path.mkdir()
    (path / "iets.txt").write_text("van iemand anders")
    return path


# kind and the words the check's problem holds, the error opening raises, its .problem
CASES: list[tuple[Callable[[Path], Path], str, str, type[Exception], str | None]] = [
    (zeroed, "zeroed", "zeros", NotAJournal, "zeroed"),
    (truncated, "truncated", "cut off", NotAJournal, "truncated"),
    (text_file, "text_file", "text file", NotAJournal, "text_file"),
    (random_odd_size, "not_sqlite", "not an SQLite database", NotAJournal, "not_sqlite"),
    (random_pages, "locked", "passphrase", NeedsPassphrase, None),
    (foreign, "foreign", "another program", NotAJournal, "foreign"),
    (too_new, "too_new", "newer version", JournalTooNew, None),
    (a_folder, "folder", "folder", NotAJournal, "folder"),
]


@pytest.mark.parametrize(
    ("build", "kind", "words", "error", "problem"), CASES, ids=[c[1] for c in CASES]
)
def test_a_bad_file_is_told_apart_and_left_as_it_was(data_dir, build, kind, words, error, problem):
    path = build(data_dir)
    before = snapshot(data_dir)
    inside = snapshot(path) if path.is_dir() else None

    sniffed = None
    try:
        health.sniff(path)
    except (NotAJournal, NeedsPassphrase) as exc:
        sniffed = exc
    found = health.check(path)
    with pytest.raises(error) as opened:
        Journal.open(data_dir)

    assert not found.ok and found.kind == kind, found
    assert words in found.problems[0], found.problems
    assert type(opened.value) is error
    if problem is not None:
        assert opened.value.problem == problem
    assert opened.value.path == path
    if kind in ("foreign", "too_new"):
        assert sniffed is None  # a whole SQLite file: only SQLite can tell
    else:
        assert isinstance(sniffed, error) and getattr(sniffed, "problem", None) == problem
    if kind == "too_new":
        assert opened.value.unknown_migrations == ["m999_from_the_future"]
    assert snapshot(data_dir) == before  # not a byte changed, nothing added beside it
    if inside is not None:
        assert snapshot(path) == inside


@pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 is not installed")
def test_random_pages_with_a_passphrase_are_a_wrong_passphrase(data_dir):
    path = random_pages(data_dir)
    before = snapshot(data_dir)
    found = health.check(path, "geheim")
    assert (found.ok, found.kind, found.encrypted) == (False, "wrong_passphrase", True)
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase="geheim")
    assert snapshot(data_dir) == before


def test_an_empty_file_becomes_a_new_journal(data_dir):
    path = journal_file(data_dir)
    path.touch()
    health.sniff(path)  # nothing to say about it
    j = Journal.open(data_dir)
    assert j.count_meetings() == 0
    j.save(MeetingInput("Gemeente Utrecht", "Eerste", START, 60), ReflectionInput())
    j.close()
    found = health.check(path)
    assert found.ok and found.meetings == 1
    assert path.read_bytes().startswith(health.SQLITE_HEADER)


def test_a_garbled_page_is_caught_by_the_check_and_by_reading_it(data_dir):
    path = make_journal(data_dir, meetings=300)
    assert health.check(path).ok
    garble_a_meetings_page(path)
    before = snapshot(data_dir)
    health.sniff(path)  # the header is fine: only SQLite can tell
    found = health.check(path)
    assert not found.ok and found.kind == "damaged", found
    assert "SQLite" in found.problems[0]
    assert not health.check(path, thorough=False).ok  # quick_check catches it too
    # The schema is whole, so the journal opens; reading the damaged page is refused
    # with a typed error (not an sqlite3 exception), and the check says why.
    j = Journal.open(data_dir)
    try:
        with pytest.raises(NotAJournal) as info:
            j.meeting_page(0, 1000)
        assert info.value.problem == "damaged"
        assert not j.check().ok and j.check().kind == "damaged"
    finally:
        j.close()
    assert snapshot(data_dir) == before


# -- moving aside ----------------------------------------------------------------------


def wal_only_write(folder: Path, title: str) -> None:
    """A process saves a meeting and is killed: the meeting is only in the -wal."""
    child = textwrap.dedent(
        f"""
        import os, signal
        from datetime import UTC, datetime
        from pathlib import Path
        from journal.model import MeetingInput, ReflectionInput
        from journal.service import Journal
        j = Journal.open(Path({str(folder)!r}))
        j.store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        j.save(MeetingInput("Kestrel Engineering", {title!r},
                            datetime(2026, 11, 21, 9, tzinfo=UTC), 60), ReflectionInput())
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, timeout=60)
    assert done.returncode == -signal.SIGKILL


def titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT title FROM meetings ORDER BY id")]


ASIDE = re.compile(r"^journal\.damaged-\d{4}-\d\d-\d\d-\d{6}(-\d+)?\.sqlite3$")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_moving_aside_takes_the_wal_along(data_dir, tmp_path):
    path = make_journal(data_dir)
    wal_only_write(data_dir, "alleen in de WAL")
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    main_bytes, wal_bytes = path.read_bytes(), wal.read_bytes()
    alone = tmp_path / "alone.sqlite3"  # the main file without its WAL lacks the meeting
    shutil.copy(path, alone)
    assert titles(alone) == ["Evaluatie"]

    aside = health.move_aside(path, "damaged", FIXED_NOW)

    assert ASIDE.match(aside.name), aside.name
    assert aside.parent == data_dir
    assert not path.exists() and not wal.exists() and not Path(f"{path}-shm").exists()
    assert aside.read_bytes() == main_bytes
    assert Path(f"{aside}-wal").read_bytes() == wal_bytes
    assert titles(aside) == ["Evaluatie", "alleen in de WAL"]
    # The folder is free for a new journal.
    j = Journal.open(data_dir)
    assert j.count_meetings() == 0
    j.close()


def test_moving_aside_never_overwrites_an_earlier_one(data_dir):
    first_path = make_journal(data_dir)
    first = health.move_aside(first_path, "damaged", FIXED_NOW)
    first_bytes = first.read_bytes()
    # A stray -wal of the next name also keeps that name taken.
    stray = first.with_name(first.name.replace(".sqlite3", "-2.sqlite3") + "-wal")
    stray.write_bytes(b"van een eerdere poging")

    second = health.move_aside(make_journal(data_dir), "damaged", FIXED_NOW)  # same second
    third = health.move_aside(make_journal(data_dir), "damaged", FIXED_NOW)

    names = {first.name, second.name, third.name, stray.name.removesuffix("-wal")}
    assert len(names) == 4 and all(ASIDE.match(n) for n in names), names
    assert first.read_bytes() == first_bytes
    assert stray.read_bytes() == b"van een eerdere poging"
    assert [titles(p) for p in (first, second, third)] == [["Evaluatie"]] * 3
    assert not journal_file(data_dir).exists()


def test_moving_aside_a_file_without_side_files(data_dir):
    path = zeroed(data_dir)
    raw = path.read_bytes()
    aside = health.move_aside(path, "damaged", FIXED_NOW)
    assert aside.read_bytes() == raw
    assert sorted(os.listdir(data_dir)) == [aside.name]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_move_aside_killed_half_way_is_finished_on_the_next_open(data_dir):
    """Killed after the WAL was renamed but before the journal was: the next open
    finishes the move, so the WAL and its journal are together again at the new name."""
    path = make_journal(data_dir)
    wal_only_write(data_dir, "alleen in de WAL")
    target = path.with_name("journal.damaged-2026-11-23-150000.sqlite3")
    Path(f"{path}.moving-aside").write_text(target.name, encoding="utf-8")
    os.rename(f"{path}-wal", f"{target}-wal")  # where the kill came
    Journal.open(data_dir).close()
    assert titles(target) == ["Evaluatie", "alleen in de WAL"]
    assert not Path(f"{path}.moving-aside").exists()
    assert not Path(f"{target}.moving-aside").exists()


def _torn_reads(monkeypatch, path: Path, writer_meanwhile: bool) -> list[bool]:
    """The read without locks reports a half-written page (and, when
    ``writer_meanwhile``, a program writes the file during it); the calls to connect
    are recorded, True for a read without locks."""
    reads: list[bool] = []
    real_connect, real_problems = health.connect, health._sqlite_problems

    def connect(*args, unchanging=False, **kwargs):
        reads.append(unchanging)
        return real_connect(*args, unchanging=unchanging, **kwargs)

    def problems(conn, where, thorough):
        if reads[-1]:
            if writer_meanwhile:
                os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
            return ["SQLite integrity_check: *** in database main *** Page 3: torn"], "damaged"
        return real_problems(conn, where, thorough)

    monkeypatch.setattr(health, "connect", connect)
    monkeypatch.setattr(health, "_sqlite_problems", problems)
    return reads


def _closed_journal(data_dir) -> Path:
    journal = Journal.open(data_dir)
    journal.save(MeetingInput("Gemeente Utrecht", "Evaluatie", START, 60), ReflectionInput())
    path = journal.path
    journal.close()
    assert not Path(f"{path}-wal").exists()
    return path


def test_damage_seen_while_a_program_wrote_is_said_only_when_a_locking_read_sees_it(
    data_dir, monkeypatch
):
    """Without a WAL beside it the journal is read as a file nobody changes (no locks,
    nothing left beside it). A program that starts writing meanwhile can show that read
    half-written pages (the soak once saw `check` advise a restore so): then a read that
    takes SQLite's locks decides."""
    path = _closed_journal(data_dir)
    reads = _torn_reads(monkeypatch, path, writer_meanwhile=True)
    found = health.check(path, thorough=False)
    assert found.ok and found.meetings == 1
    assert reads[:2] == [True, False]  # lock-free first, then with SQLite's locks


def test_damage_in_a_file_nobody_wrote_is_said_at_once(data_dir, monkeypatch):
    path = _closed_journal(data_dir)
    reads = _torn_reads(monkeypatch, path, writer_meanwhile=False)
    found = health.check(path, thorough=False)
    assert found.kind == "damaged" and reads == [True]
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
