"""The one module that opens journal files as bytes (and the small notes beside them).

On POSIX, closing *any* descriptor of a file drops *every* fcntl lock this process holds
on it, also the ones SQLite took through another descriptor. SQLite in another process
then believes it is the last user of the journal, and deletes the WAL with the newest
saves in it (sqlite.org, "How To Corrupt Your Database Files", 2.2). So a journal, a
backup or their -wal/-shm is opened here only while this process has no SQLite
connection to it (``journal.store.connection``'s registry): ``FileInUse`` otherwise.
Reading and locking hold the registry's lock, so no connection is made meanwhile.

The tests enforce it: a source scan allows file opens on journal paths only in this
module, and an audit hook fails any test that opens a file this process has open in
SQLite (``tests/conftest.py``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from journal.errors import JournalBusy
from journal.store.connection import FileInUse, file_key, in_use, no_new_connections

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")
# SQLite's own lock bytes in the main file (sqlite3.c, os_unix: PENDING_BYTE and after):
# the pending byte, the reserved byte, then 510 bytes of which readers lock one each.
PENDING_BYTE = 0x40000000
# Windows: FlushFileBuffers (os.fsync) needs a handle that may write, a folder has no
# handle to flush, and os.access asks only the read-only attribute, never the ACLs.
# tests/platform_sim.py sets it on Linux to run the data-safety tests the Windows way.
ON_WINDOWS = os.name == "nt"
BINARY = getattr(os, "O_BINARY", 0)
LOCK_BYTES = 512
NOTE_LIMIT = 64 * 1024  # an intent note is a file name or a little JSON


def main_file_of(path: Path) -> Path:
    """The SQLite file a companion (-wal, -shm, -journal) belongs to; else ``path``."""
    name = path.name
    for side in (*SIDE_FILES, "-journal"):
        if name.endswith(side):
            return path.with_name(name[: -len(side)])
    return path


def refuse_if_open(path: Path) -> None:
    """``FileInUse`` when this process has ``path`` (or the file it belongs to) open."""
    if in_use(path) or in_use(main_file_of(path)):
        raise FileInUse(f"{path}: this process has it open in SQLite")


def read_head(path: Path, size: int = 4096) -> bytes:
    """The first ``size`` bytes of a file this process does not have open in SQLite."""
    with no_new_connections():
        refuse_if_open(path)
        with open(path, "rb") as f:
            return f.read(size)


def has_plain_header(path: Path) -> bool:
    """A plain SQLite file (not encrypted, not something else), by its first bytes. For a
    file this process has open, the registry answers (nothing is opened)."""
    from journal.store.connection import open_encrypted

    encrypted = open_encrypted(path)
    if encrypted is not None:
        return not encrypted
    try:
        return read_head(path, len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def read_chosen(path: Path, limit: int = -1) -> bytes:
    """The bytes of a file the person chose to read (a calendar, a coach's bundle), at
    most ``limit`` of them when given. The journal this process has open is refused with
    an ``OSError`` that says so: reading it would drop SQLite's locks on it (and it is
    not such a file anyway)."""
    with no_new_connections():
        _refuse_chosen(path)
        with open(path, "rb") as f:
            return f.read(limit)


def refuse_open_journal(path: Path) -> None:
    """An ``OSError`` when ``path`` is a journal (or its -wal, -shm) this process has
    open: for a file the person chose to write (an export, a chart) before writing it,
    which would replace the journal (and drop SQLite's locks on it)."""
    _refuse_chosen(path)


def _refuse_chosen(path: Path) -> None:
    if in_use(path) or in_use(main_file_of(Path(path))):
        import errno

        raise OSError(errno.EBUSY, "it is the journal Advisor Journal has open", str(path))


def fsync_file(path: Path) -> None:
    """Make a file's bytes durable: a copy, an intent note (never a journal in use).

    Through a handle that may write: Windows' FlushFileBuffers refuses a read-only one
    ("Bad file descriptor"), which once failed every backup there. POSIX flushes either;
    a file this process may only read (made read-only by someone) is flushed read-only."""
    with no_new_connections():
        refuse_if_open(path)
        try:
            fd = os.open(path, os.O_RDWR | BINARY)
        except PermissionError:
            if ON_WINDOWS:
                raise
            fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no folder handles."""
    if not ON_WINDOWS:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_note(path: Path) -> bytes | None:
    """The bytes of a small note (an intent file); None when there is none."""
    try:
        with open(path, "rb") as f:
            return f.read(NOTE_LIMIT + 1)
    except FileNotFoundError:
        return None


def write_note(path: Path, data: bytes) -> None:
    """Write a note whole or not at all: a copy beside it, synced, renamed over it, the
    rename synced. A kill or a full disk leaves the old note (or none), never half."""
    partial = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, path)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise
    fsync_folder(path.parent)


@contextmanager
def kept_from_sqlite(path: Path) -> Iterator[None]:
    """Keep every other process's SQLite away from ``path`` while inside: the write locks
    SQLite's EXCLUSIVE lock consists of, taken with fcntl on its lock bytes. For a file
    SQLite cannot take its own lock on (a damaged one being moved aside). ``JournalBusy``
    when another process has it open; ``FileInUse`` when this one has (release it first:
    taking these locks would end with dropping that connection's).

    Windows does not let a file another program has open be renamed: nothing to lock."""
    if ON_WINDOWS or not path.exists():
        yield
        return
    import fcntl

    with no_new_connections():
        refuse_if_open(path)
        try:
            fd, writable = os.open(path, os.O_RDWR), True
        except PermissionError:  # a read-only file: no other process writes it either
            fd, writable = os.open(path, os.O_RDONLY), False
        try:
            if writable:
                try:
                    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, LOCK_BYTES, PENDING_BYTE)
                except OSError as exc:
                    raise JournalBusy(path, "another program has it open") from exc
            yield
        finally:
            os.close(fd)  # the locks go with it (no SQLite connection here to lose any)


def same_file(a: Path, b: Path) -> bool:
    key = file_key(a)
    return key is not None and key == file_key(b)


def is_journal_file(target: Path, journal_path: Path) -> bool:
    """Whether writing ``target`` would write over the journal, its -wal or -shm, or a
    file of its own name beside it (a link, another spelling of the path included)."""
    target = Path(os.path.abspath(target))
    for side in ("", *SIDE_FILES):
        own = Path(f"{journal_path}{side}")
        if same_file(target, own):
            return True
        with suppress(OSError):
            if target.resolve() == own.resolve():
                return True
    return False


def folder_writable(folder: Path) -> bool:
    """Whether a file can be made in ``folder``, by making one (removed at once).
    ``os.access`` cannot say: on Windows it asks only the read-only attribute (a folder
    never has it) and ignores the ACLs of a locked-down profile or a read-only share."""
    try:
        fd, name = tempfile.mkstemp(prefix=".advisor-journal-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with suppress(OSError):
        os.unlink(name)
    return True


def file_writable(path: Path) -> bool:
    """Whether ``path`` (not open in SQLite here) may be written, by opening it so: an ACL
    that refuses writing answers here, where ``os.access`` would say yes on Windows. A
    file this process has open in SQLite is not opened again: SQLite knows already."""
    with no_new_connections():
        if in_use(path) or in_use(main_file_of(path)):
            return os.access(path, os.W_OK)
        try:
            fd = os.open(path, os.O_RDWR | BINARY)
        except OSError:
            return False
        os.close(fd)
        return True
