"""The one way to change a journal file that other processes may have open: SQLite's own
EXCLUSIVE lock, held by a connection in ``locking_mode = EXCLUSIVE``.

In WAL mode every connection that has read the journal keeps a shared lock on it until
it closes, so the exclusive lock is granted only when no other connection anywhere has
the file open, and while it is held every other connection waits (its busy timeout) or
is told the journal is busy: nobody reads or writes meanwhile. What is done through the
held connection (SQLite's backup API into it, a checkpoint, ``sqlcipher_export`` from it)
keeps SQLite's locks and WAL rules; a file renamed over the journal while it is held is
met by every later opener (they check the inode they opened, see
``journal.safety.opening``), and closing the held connection to a file renamed away
leaves the new file's WAL alone (SQLite sees the file has moved). A hold that waited
while the file was renamed away compares the inode too, and takes the new file: the lock
on a file nobody will open again keeps nothing away.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal.errors import JournalBusy, JournalNotWritable, NotAJournal, WrongPassphrase
from journal.store.connection import connect, database_errors, file_key
from journal.store.files import has_plain_header

HOLD_WAIT_SECONDS = 30.0
_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


@contextmanager
def hold(
    path: Path,
    passphrase: str | None,
    *,
    cipher: bool = False,
    wait: float = HOLD_WAIT_SECONDS,
) -> Iterator[sqlite3.Connection]:
    """The journal at ``path`` (which must exist), held exclusively; waits up to
    ``wait`` seconds for the other users to let go, then ``JournalBusy``. The connection
    writes with ``synchronous = FULL``. ``cipher``: through SQLCipher (also for a plain
    file, to convert it). ``WrongPassphrase`` when ``passphrase`` does not open it."""
    if not path.is_file():
        raise FileNotFoundError(path)
    if passphrase is None and path.stat().st_size and not has_plain_header(path):
        raise WrongPassphrase(path)  # encrypted (or not SQLite): no key opens it
    deadline = time.monotonic() + wait
    while True:
        conn = _take(path, passphrase, cipher, max(0.1, deadline - time.monotonic()))
        if conn is not None:
            break
        if time.monotonic() > deadline:
            raise JournalBusy(path, "it was replaced again and again while being taken")
    try:
        yield conn
    finally:
        conn.close()


def _take(
    path: Path, passphrase: str | None, cipher: bool, wait: float
) -> sqlite3.Connection | None:
    """The lock on the file now at ``path``; None when, while this waited for it, another
    file was renamed to ``path`` (then the lock is on the old one, which nobody will use
    again: holding it would keep nothing from the new one)."""
    before = file_key(path)
    try:
        conn = connect(path, passphrase, durable=False, timeout=wait, cipher=cipher, exclusive=True)
    except database_errors() as exc:
        raise _failed(path, exc) from exc
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN EXCLUSIVE")  # the lock, kept after COMMIT in this mode
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")
    except database_errors() as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        raise _failed(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    if file_key(path) != before:  # replaced while it waited: that is the one to hold
        conn.close()
        return None
    return conn


def _failed(path: Path, exc: BaseException) -> Exception:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in _BUSY:
        return JournalBusy(path, "another program has the journal open")
    if code in (11, 26):  # CORRUPT, NOTADB
        return NotAJournal(path, str(exc))
    return JournalNotWritable(path, str(exc))
