"""Is this file a healthy journal? Cheap looks at its bytes before SQLite touches it,
SQLite's own checks after, and moving a damaged journal aside (never deleting it).

The bytes are a first look only: what SQLite can read, SQLite decides. A file shorter
than its header says may be whole with the pages in its WAL (a checkpoint stopped by a
kill or a full disk); then SQLite's ``quick_check`` is asked, never the size alone.
A file this process has open in SQLite is never opened as bytes (``files``): it was
looked at before its first connection, and SQLite reads it now.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing, nullcontext, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.errors import (
    JournalBusy,
    JournalError,
    JournalTooNew,
    NeedsPassphrase,
    NotAJournal,
    WrongPassphrase,
)
from journal.safety.backups import Backup, list_backups
from journal.store import files, migrations
from journal.store.connection import CIPHER, connect, database_errors, in_use, library_of
from journal.store.files import SIDE_FILES, SQLITE_HEADER

HEADER_SIZE = 100
# SQLite files are whole pages, at least 512 bytes each: anything else is not one.
SMALLEST_PAGE = 512


def sniff(path: Path) -> None:
    """Raise what the first bytes and the size tell, without opening the file in SQLite:
    ``NotAJournal`` (a folder, a text file, a wiped header, a cut-off file, not SQLite)
    or ``NeedsPassphrase`` (no plain header but whole pages of random bytes). Only for a
    file this process does not have open in SQLite (``FileInUse`` otherwise)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise NotAJournal(path, "a folder, not a file", "folder")
        sample = files.read_head(path, 4096)
    except FileNotFoundError:
        return
    except NotAJournal:
        raise
    except OSError as exc:
        from journal.errors import JournalNotWritable

        raise JournalNotWritable(path, exc.strerror or str(exc)) from exc
    head = sample[:HEADER_SIZE]
    if size == 0:
        return  # SQLite makes an empty file a new database (see ``lived_here``)
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


def kind_of_file(path: Path) -> str:
    """What a file is by its first bytes: "plain" (an SQLite file), "encrypted" (whole
    pages of random bytes) or "other"; for one this process has open, by the registry."""
    from journal.store.connection import open_encrypted

    encrypted = open_encrypted(path)
    if encrypted is not None:
        return "encrypted" if encrypted else "plain"
    try:
        sniff(path)
    except NeedsPassphrase:
        return "encrypted"
    except (JournalError, OSError):
        return "other"
    return "plain" if files.has_plain_header(path) else "other"


def whole_in_sqlite(path: Path) -> bool:
    """A plain file shorter than its header says is whole when SQLite reads it whole:
    the pages it lacks are in the WAL (a checkpoint stopped by a kill or a full disk).
    SQLite's ``quick_check`` reads every page in use, from the WAL where they are. The WAL
    is not parsed here. Without WAL frames nothing else can hold them, and nothing is
    opened (SQLite would add a -wal and -shm beside a damaged file)."""
    if not wal_has_frames(path):
        return False
    try:
        with closing(connect(path, read_only=True)) as conn:
            return [row[0] for row in conn.execute("PRAGMA quick_check(1)")] == ["ok"]
    except database_errors() as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (5, 6):  # held by another program
            raise JournalBusy(path, "another program holds the journal") from exc
        return False
    except JournalError:
        return False


def wal_has_frames(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def lived_here(path: Path) -> list[str]:
    """What shows that a journal lived at ``path`` (for an empty file there): a WAL with
    bytes, backups, journals moved aside. Empty: nothing, so an empty file is new."""
    signs = []
    with suppress(OSError):
        size = Path(f"{path}-wal").stat().st_size
        if size:
            signs.append(f"{path.name}-wal holds {size:,} bytes")
    copies = list_backups(path)
    if copies:
        signs.append(f"{len(copies)} backups in {copies[0].path.parent}")
    aside = moved_aside(path)
    if aside:
        signs.append(f"{len(aside)} journals moved aside beside it")
    return signs


def moved_aside(path: Path) -> list[Path]:
    """The journals ``move_aside`` renamed beside this one."""
    pattern = _aside_pattern(path)
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if pattern.fullmatch(p.name) and p.is_file())


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
    read_alone: bool = False  # read without SQLite's locks (no WAL beside it)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path, passphrase: str | None = None, thorough: bool = True) -> Health:
    """Check the journal at ``path`` without changing what it holds: its bytes (when this
    process does not have it open), SQLite's ``integrity_check`` (``quick_check`` unless
    ``thorough``), foreign keys, the search index (``thorough``), and that this version
    of the app knows its schema. Safe while the app has it open."""
    before = _stamp(path)
    found = _check(path, passphrase, thorough, alone_allowed=True)
    if found.kind in SQLITE_DAMAGE and found.read_alone and _stamp(path) != before:
        # Read without SQLite's locks (no WAL beside it, so nothing is left beside a
        # damaged file), but a program wrote meanwhile (a WAL appeared, the file changed
        # or was replaced: the app after a restore, an encryption change), which can show
        # such a read half-written pages. Damage is said only if a read that locks sees it.
        return _check(path, passphrase, thorough, alone_allowed=False)
    return found


def _stamp(path: Path) -> tuple:
    """What changes when a program writes the journal: its inode, size and time, and
    whether a WAL is beside it."""
    try:
        info = path.stat()
    except OSError:
        return ()
    return info.st_ino, info.st_size, info.st_mtime_ns, Path(f"{path}-wal").exists()


# What SQLite itself reported while reading (not what the bytes showed before it).
SQLITE_DAMAGE = ("damaged", "foreign")


def _check(path: Path, passphrase: str | None, thorough: bool, *, alone_allowed: bool) -> Health:
    if not path.exists():
        return Health(path, (f"{path} does not exist",), "missing")
    library = library_of(path)
    if library is None:  # not open here: its bytes first
        found = _look(path, passphrase)
        if found is not None:
            return found
    encrypted = passphrase is not None and not files.has_plain_header(path)
    cipher = library == CIPHER and not encrypted  # a plain file held through SQLCipher
    # Without a WAL beside it the file is all there is: read as it is, so that nothing
    # (no -shm, no -wal) is left beside a file that turns out damaged.
    alone = alone_allowed and library is None and not Path(f"{path}-wal").exists()
    try:
        with closing(
            connect(
                path,
                passphrase if encrypted else None,
                read_only=True,
                cipher=cipher,
                unchanging=alone,
            )  # fmt: skip
        ) as conn:
            problems, kind = _sqlite_problems(conn, path, thorough)
            meetings = None if problems else _count_meetings(conn)
            if not problems and thorough:  # while ``conn`` is open: see _search_problems
                problems, kind = _search_problems(path, passphrase if encrypted else None, cipher)
        if not problems and wal_unreadable(path):
            problems = [
                f"the newest changes wait in {path.name}-wal, which cannot be read while "
                "the folder is read-only: make the folder writable and check again"
            ]
            kind = "wal_unread"
    except WrongPassphrase as exc:
        return Health(path, (str(exc),), "wrong_passphrase", encrypted=True)
    except JournalBusy as exc:
        return Health(path, (str(exc),), "busy", encrypted=encrypted)
    except JournalError as exc:
        kind = getattr(exc, "problem", "unreadable")
        return Health(path, (str(exc),), kind, encrypted=encrypted)
    except database_errors() as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (5, 6):  # BUSY, LOCKED
            detail = "busy: another program holds the journal (a restore, an encryption change)"
            return Health(path, (detail,), "busy", encrypted=encrypted)
        return Health(path, (f"SQLite: {exc}",), "damaged", encrypted=encrypted, read_alone=alone)
    return Health(path, tuple(problems), kind, meetings, encrypted, read_alone=alone)


def _look(path: Path, passphrase: str | None) -> Health | None:
    """What the bytes of a file not open here say (None: go on to SQLite)."""
    try:
        if path.is_file() and path.stat().st_size == 0:
            signs = lived_here(path)
            if signs:
                detail = "the journal file is empty (0 bytes), while " + "; ".join(signs)
                return Health(path, (detail,), "emptied")
            return Health(path, ("the journal file is empty (0 bytes)",), "empty")
        sniff(path)
    except NeedsPassphrase:
        if passphrase is None:
            return Health(path, ("encrypted: a passphrase is needed to check it",), "locked")
    except NotAJournal as exc:
        if exc.problem != "truncated" or not whole_in_sqlite(path):
            return Health(path, (exc.detail,), exc.problem)
    except JournalBusy as exc:
        return Health(path, (str(exc),), "busy")
    except JournalError as exc:
        return Health(path, (str(exc),), "unreadable")
    except OSError as exc:
        return Health(path, (exc.strerror or str(exc),), "unreadable")
    return None


def _search_problems(path: Path, passphrase: str | None, cipher: bool) -> tuple[list[str], str]:
    """FTS5's own integrity check of the search index. SQLite 3.40's ``integrity_check``
    does not look inside it, and FTS5 runs this check only on a connection that may
    write: here inside a transaction that is rolled back, so nothing changes, while the
    caller's read-only connection stays open, so that closing this one is never the last
    close (which would fold the WAL into the file). Skipped where the folder or file
    cannot be written."""
    if not (os.access(path, os.W_OK) and files.folder_writable(path.parent)):
        return [], ""
    with closing(connect(path, passphrase, durable=False, cipher=cipher)) as conn:
        if migrations.search_index_damaged(conn):
            return [
                "the search index is damaged (the journal itself is whole); it is "
                "rebuilt from the journal the next time you search"
            ], "search_index"
    return [], ""


def wal_unreadable(path: Path) -> bool:
    """Changes wait in the WAL, but SQLite cannot read them: there is no -shm and the
    folder cannot be written to make one (the journal is then read as it was before)."""
    try:
        waiting = Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False
    return waiting and not Path(f"{path}-shm").exists() and not files.folder_writable(path.parent)


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


def move_aside(path: Path, why: str, now: datetime, *, held: bool = False) -> Path:
    """Rename the journal (and its -wal and -shm, which belong to it) to
    ``journal.<why>-<time>.sqlite3`` in the same folder; returns the new name. Nothing
    is deleted or overwritten. Other processes are kept from the file meanwhile
    (``files.kept_from_sqlite``; ``JournalBusy`` when one has it open), unless the caller
    already holds it through SQLite (``held``, ``exclusive.hold``). This process must not
    have it open otherwise."""
    if not re.fullmatch(r"[a-z]+", why):
        raise ValueError(f"not a reason for moving aside: {why!r}")
    stamp = now.astimezone().strftime("%Y-%m-%d-%H%M%S")
    for attempt in range(1, 100):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(f"{path.stem}.{why}-{stamp}{suffix}{path.suffix}")
        if not any(Path(f"{target}{side}").exists() for side in ("", *SIDE_FILES)):
            break
    else:  # pragma: no cover - a hundred in one second
        raise FileExistsError(target)
    # Two or three renames are not one step: the move is written down first (whole or
    # not at all), so that a kill half way is finished by ``finish_moving_aside`` on the
    # next open, and a WAL never ends up at one name with its journal at another.
    with nullcontext() if held else files.kept_from_sqlite(path):
        intent = _intent_file(path)
        files.write_note(intent, target.name.encode("utf-8"))
        try:
            _move(path, target)
        except PermissionError as exc:  # Windows: another program has a file of it open
            if not files.ON_WINDOWS:
                raise
            _move(target, path)  # what did move goes back (normally nothing)
            intent.unlink()
            raise JournalBusy(path, "another program has it open") from exc
        intent.unlink()
    return target


def finish_moving_aside(path: Path) -> None:
    """Complete a ``move_aside`` that was written down (and perhaps killed half way).
    Never raises: a note that is not one ``move_aside`` writes (empty after a kill or a
    full disk, a path, not UTF-8) is renamed to ``….invalid`` and ignored; a move under
    way in another process, or a folder that cannot be written, is left alone."""
    intent = _intent_file(path)
    try:
        raw = files.read_note(intent)
    except OSError:
        return
    if raw is None:
        return
    name = _intended_name(path, raw)
    if name is None:
        with suppress(OSError):
            os.replace(intent, intent.with_name(intent.name + ".invalid"))
        return
    if in_use(path):  # this process has it open: nobody is moving it
        return
    try:
        with files.kept_from_sqlite(path):
            _move(path, path.with_name(name))
            intent.unlink()
    except (JournalBusy, OSError):
        return


def _move(path: Path, target: Path) -> None:
    for side in (*SIDE_FILES, ""):  # the side files first, as a WAL belongs to its file
        source, moved = Path(f"{path}{side}"), Path(f"{target}{side}")
        if source.exists() and not moved.exists():
            os.rename(source, moved)
    files.fsync_folder(path.parent)


def _intended_name(path: Path, raw: bytes) -> str | None:
    """The name in a moving-aside note, when it is exactly one ``move_aside`` makes."""
    try:
        name = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return name if _aside_pattern(path).fullmatch(name) else None


def _aside_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(path.stem)
        + r"\.[a-z]+-\d{4}-\d{2}-\d{2}-\d{6}(?:-\d{1,2})?"
        + re.escape(path.suffix)
    )


def _intent_file(path: Path) -> Path:
    return path.with_name(path.name + ".moving-aside")


def newest_good(journal_path: Path, passphrase: str | None = None) -> Backup | None:
    """The newest backup that opens (with ``passphrase``) and passes ``quick_check``."""
    for backup in list_backups(journal_path):
        if check(backup.path, passphrase, thorough=False).ok:
            return backup
    return None
