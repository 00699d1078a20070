"""Is this file a healthy journal? Cheap looks at its bytes before SQLite touches it,
SQLite's own checks after, and moving a damaged journal aside (never deleting it).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.errors import (
    JournalError,
    JournalTooNew,
    NeedsPassphrase,
    NotAJournal,
    WrongPassphrase,
)
from journal.safety.sync import fsync_file
from journal.store import migrations
from journal.store.connection import connect, database_errors

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
SIDE_FILES = ("-wal", "-shm")  # SQLite's companions; they belong to the file they sit by
# SQLite files are whole pages, at least 512 bytes each: anything else is not one.
SMALLEST_PAGE = 512


def sniff(path: Path) -> None:
    """Raise what the first bytes and the size tell, without opening the file in SQLite:
    ``NotAJournal`` (a folder, a text file, a wiped header, a cut-off file, not SQLite)
    or ``NeedsPassphrase`` (no plain header but whole pages of random bytes)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise NotAJournal(path, "a folder, not a file", "folder")
        with path.open("rb") as f:
            head = f.read(HEADER_SIZE)
            sample = head + f.read(4096 - len(head))
    except FileNotFoundError:
        return
    except NotAJournal:
        raise
    except OSError as exc:
        from journal.errors import JournalNotWritable

        raise JournalNotWritable(path, exc.strerror or str(exc)) from exc
    if size == 0:
        return  # SQLite makes an empty file a new database
    if head.startswith(SQLITE_HEADER):
        _check_sqlite_size(path, head, size)
        return
    if not head.strip(b"\x00"):
        raise NotAJournal(path, "its first bytes are zeros", "zeroed")
    if _looks_like_text(sample):
        raise NotAJournal(path, "a text file, not a database", "text_file")
    if size < SMALLEST_PAGE or size % SMALLEST_PAGE:
        raise NotAJournal(path, "not an SQLite database", "not_sqlite")
    raise NeedsPassphrase(path)


def _check_sqlite_size(path: Path, head: bytes, size: int) -> None:
    if len(head) < HEADER_SIZE:
        raise NotAJournal(path, f"cut off after {size} bytes", "truncated")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is only valid when it was written with the header's
    # change counter (https://sqlite.org/fileformat.html, offsets 28 and 92).
    if head[24:28] == head[92:96] and page_size and size < pages * page_size:
        raise NotAJournal(path, f"cut off: {size:,} of {pages * page_size:,} bytes", "truncated")


def _looks_like_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the sample's end
            return False
        text = sample[: exc.start].decode("utf-8")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable >= 0.95 * max(len(text), 1)


@dataclass(frozen=True)
class Health:
    """What a check found: no problems means healthy. ``problems`` are plain facts in
    English for the command line; ``kind`` the first one's code for the ui."""

    path: Path
    problems: tuple[str, ...] = ()
    kind: str = ""
    meetings: int | None = None
    encrypted: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path, passphrase: str | None = None, thorough: bool = True) -> Health:
    """Check the journal at ``path`` without writing to it: its bytes, SQLite's
    ``integrity_check`` (``quick_check`` unless ``thorough``), foreign keys, and that
    this version of the app knows its schema. Safe while the app has it open."""
    if not path.exists():
        return Health(path, (f"{path} does not exist",), "missing")
    try:
        sniff(path)
    except NeedsPassphrase:
        if passphrase is None:
            return Health(path, ("encrypted: a passphrase is needed to check it",), "locked")
    except NotAJournal as exc:
        return Health(path, (exc.detail,), exc.problem)
    except JournalError as exc:
        return Health(path, (str(exc),), "unreadable")
    encrypted = passphrase is not None and not _has_plain_header(path)
    try:
        with closing(connect(path, passphrase if encrypted else None, read_only=True)) as conn:
            problems, kind = _sqlite_problems(conn, path, thorough)
            meetings = None if problems else _count_meetings(conn)
        if not problems and wal_unreadable(path):
            problems = [
                f"the newest changes wait in {path.name}-wal, which cannot be read while "
                "the folder is read-only: make the folder writable and check again"
            ]
            kind = "wal_unread"
    except WrongPassphrase as exc:
        return Health(path, (str(exc),), "wrong_passphrase", encrypted=True)
    except JournalError as exc:
        kind = getattr(exc, "problem", "unreadable")
        return Health(path, (str(exc),), kind, encrypted=encrypted)
    except database_errors() as exc:
        return Health(path, (f"SQLite: {exc}",), "damaged", encrypted=encrypted)
    return Health(path, tuple(problems), kind, meetings, encrypted)


def wal_unreadable(path: Path) -> bool:
    """Changes wait in the WAL, but SQLite cannot read them: there is no -shm and the
    folder cannot be written to make one (the journal is then read as it was before)."""
    try:
        waiting = Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False
    return waiting and not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK)


def _sqlite_problems(conn: sqlite3.Connection, path: Path, thorough: bool):
    pragma = "integrity_check" if thorough else "quick_check"
    found = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
    if found != ["ok"]:
        return [f"SQLite {pragma}: {line}" for line in found], "damaged"
    applied = applied_migrations(conn)
    if not applied and has_tables(conn):
        return ["an SQLite database of another program"], "foreign"
    unknown = [name for name in applied if name not in migrations.KNOWN]
    if unknown:
        return [str(JournalTooNew(path, unknown))], "too_new"
    if thorough:
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            return [f"{len(broken)} rows point at rows that do not exist"], "damaged"
    return [], ""


def _count_meetings(conn: sqlite3.Connection) -> int | None:
    with suppress(sqlite3.Error):
        return int(conn.execute("SELECT count(*) FROM meetings").fetchone()[0])
    return None


def _has_plain_header(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def has_tables(conn: sqlite3.Connection) -> bool:
    """Tables other than SQLite's own and the migrations record: a journal killed while
    it was first created has that record (made before the first step) and nothing else."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != ?",
        [migrations.MIGRATIONS_TABLE],
    ).fetchone()
    return row is not None


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of our migrations this journal has had (the table sqlite-utils keeps)."""
    table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        [migrations.MIGRATIONS_TABLE],
    ).fetchone()
    if table is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {migrations.MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [migrations.MIGRATION_SET],
    )
    return [row[0] for row in rows]


def move_aside(path: Path, why: str, now: datetime) -> Path:
    """Rename the journal (and its -wal and -shm, which belong to it) to
    ``journal.<why>-<time>.sqlite3`` in the same folder; returns the new name. Nothing
    is deleted or overwritten."""
    stamp = now.astimezone().strftime("%Y-%m-%d-%H%M%S")
    for attempt in range(1, 100):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(f"{path.stem}.{why}-{stamp}{suffix}{path.suffix}")
        if not any(Path(f"{target}{side}").exists() for side in ("", *SIDE_FILES)):
            break
    else:  # pragma: no cover - a hundred in one second
        raise FileExistsError(target)
    # Two or three renames are not one step: the move is written down first, so that
    # a kill half way is finished by ``finish_moving_aside`` on the next open, and a
    # WAL never ends up at one name with its journal at another.
    intent = _intent_file(path)
    intent.write_text(target.name, encoding="utf-8")
    fsync_file(intent)
    finish_moving_aside(path)
    return target


def finish_moving_aside(path: Path) -> None:
    """Complete a ``move_aside`` that was written down (and perhaps killed half way)."""
    intent = _intent_file(path)
    try:
        target = path.with_name(intent.read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        return
    for side in (*SIDE_FILES, ""):  # the side files first, as a WAL belongs to its file
        source, moved = Path(f"{path}{side}"), Path(f"{target}{side}")
        if source.exists() and not moved.exists():
            os.rename(source, moved)
    intent.unlink()


def _intent_file(path: Path) -> Path:
    return path.with_name(path.name + ".moving-aside")
