"""Opening the journal file safely: what runs before (and while) SQLite first touches it.

In order: the folder (owner-only); a move aside a kill interrupted is finished; what a
killed backup or restore left is cleared; a conversion (encryption on, off, a new
passphrase) a kill interrupted is finished or undone (``encryption.resume``); the file's
bytes are looked at (``health.sniff``: foreign and damaged files are refused untouched;
a file shorter than its header says is handed to SQLite, which decides); an empty file
is a new journal only when nothing shows a journal lived there; then SQLite opens it,
the schema is identified (a newer version's journal is refused), WAL is switched on only
once it is known to be ours, and before any migration a backup is made. The inode is
compared before and after the first read, so a journal replaced meanwhile is opened
again, never written into the replaced file.

``journal.store`` never imports this package: a ``Store`` is given ``open_file`` as its
opener (``open_store``).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress
from dataclasses import replace
from pathlib import Path

from journal.errors import (
    BackupFailed,
    EncryptionUnavailable,
    JournalBusy,
    JournalError,
    JournalNotWritable,
    JournalTooNew,
    NeedsPassphrase,
    NotAJournal,
)
from journal.safety import encryption, health
from journal.store import connection, files, migrations, private_folder
from journal.store.storage import Opened, Store, translate, wrap

ATTEMPTS = 5  # a file replaced while being opened is opened again, this many times


def open_store(path: Path, passphrase: str | None = None) -> Store:
    """The journal at ``path`` as a ``Store``, opened (or created) safely."""
    return Store(path, passphrase=passphrase, opener=open_file)


def open_file(path: Path, passphrase: str | None) -> Opened:
    """Open (or create) the journal at ``path`` and bring its schema up to date, after a
    backup. ``NotAJournal``, ``NeedsPassphrase``, ``JournalTooNew``,
    ``JournalNotWritable``, ``JournalBusy`` say why not."""
    if passphrase is not None:
        connection.quote_key(passphrase)  # ValueError (a NUL) before any file is made
    try:
        private_folder.make(path.parent)  # notes are private
    except OSError as exc:
        raise JournalNotWritable(path.parent, exc.strerror or str(exc)) from exc
    health.finish_moving_aside(path)  # never raises
    with suppress(OSError):
        encryption.remove_leftovers(path)
    notes = _resume_conversion(path, passphrase)
    for _attempt in range(ATTEMPTS):
        opened = _open_once(path, passphrase)
        if opened is not None:
            return replace(opened, notes=notes)
    raise JournalBusy(path, "it was replaced again and again while being opened")


def _resume_conversion(path: Path, passphrase: str | None) -> tuple[object, ...]:
    """A conversion a kill interrupted, finished or undone; what is left is named. Only
    being busy (a conversion under way in another program) stops the opening; anything
    else is for the opening itself to find and say."""
    if not encryption.conversion_pending(path) or connection.in_use(path):
        return ()
    try:
        resumed = encryption.resume(path, passphrase, wait=connection.BUSY_TIMEOUT_SECONDS)
    except JournalBusy:
        raise
    except (JournalError, OSError, *connection.database_errors()):  # type: ignore[misc]
        return ()
    return (resumed,) if resumed is not None else ()


def _open_once(path: Path, passphrase: str | None) -> Opened | None:
    """One try; None when the file was replaced between looking and reading."""
    size = _size(path)
    if size == 0:
        signs = health.lived_here(path)
        if signs:  # SQLite would make it a new journal, and delete a WAL beside it
            detail = "the journal file is empty (0 bytes), while " + "; ".join(signs)
            raise NotAJournal(path, detail, "emptied")
    exists = bool(size)
    looked_at = connection.file_key(path)  # the file whose bytes say what it is
    if exists:
        passphrase = _what_it_is(path, passphrase)
    elif passphrase == "":
        raise ValueError("a new journal cannot be encrypted with an empty passphrase")
    elif passphrase is not None and not connection.encryption_available():
        raise EncryptionUnavailable(path, "sqlcipher3 is not installed")
    read_only = exists and not _writable(path)
    if not exists and not files.folder_writable(path.parent):
        raise JournalNotWritable(path.parent, "the folder is read-only")
    try:
        if not path.exists():
            connection.create_private(path)
        if exists and not read_only and health.wal_has_frames(path):
            # The last connection to close folds the WAL into the file: a wrong
            # passphrase or a foreign file is found by one that cannot write first.
            with closing(connection.connect(path, passphrase, read_only=True)) as probe:
                _identify(probe, path)
        before = connection.file_key(path)
        # Durable (WAL) only once it is known to be ours: WAL changes the file's header.
        conn = connection.connect(path, passphrase, read_only=read_only, durable=False)
    except OSError as exc:
        raise JournalNotWritable(path, exc.strerror or str(exc)) from exc
    except sqlite3.Error as exc:
        if _replaced_since(path, looked_at):
            return None
        raise translate(path, exc) from exc
    try:
        applied = _identify(conn, path)
        if connection.file_key(path) != before:  # replaced before the first read
            conn.close()
            return None
        if not read_only:
            connection.make_durable(conn)
        if len(applied) < len(migrations.KNOWN):
            if read_only:
                raise JournalNotWritable(path, "it needs updating, but cannot be written")
            _update(conn, path, passphrase)
    except sqlite3.Error as exc:
        conn.close()
        # Encrypted or decrypted by another program (the app) between looking at its
        # bytes and reading: "file is not a database" from the new file, not damage.
        if _replaced_since(path, looked_at):
            return None
        raise translate(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    unread = read_only and health.wal_unreadable(path)
    return Opened(conn, read_only, passphrase is not None, unread, before)


def _replaced_since(path: Path, looked_at: tuple[int, int] | None) -> bool:
    """Whether the file at ``path`` is another one than when it was looked at."""
    return looked_at is not None and connection.file_key(path) != looked_at


def _what_it_is(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open this existing file with (None: it is plain), from its
    bytes, or from this process's own connection to it (then its bytes are not read:
    that would drop the connection's locks)."""
    encrypted = connection.open_encrypted(path)
    if encrypted is not None:  # open here already: it was looked at before
        if encrypted and passphrase is None:
            raise NeedsPassphrase(path)
        return passphrase if encrypted else None
    try:
        health.sniff(path)
    except NeedsPassphrase:
        if passphrase is None:
            raise
        return passphrase
    except NotAJournal as exc:
        # Shorter than its header says: whole when SQLite reads it whole (its WAL).
        if exc.problem != "truncated" or not health.whole_in_sqlite(path):
            raise
    return None


def _identify(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The migrations this journal has had; refuses a newer app's journal, and another
    program's database."""
    applied = health.applied_migrations(conn)
    unknown = [name for name in applied if name not in migrations.KNOWN]
    if unknown:
        raise JournalTooNew(path, unknown)
    if not applied and health.has_tables(conn):
        raise NotAJournal(path, "an SQLite database of another program", "foreign")
    return applied


def _size(path: Path) -> int | None:
    """The file's size; None when there is none."""
    try:
        if path.is_dir():
            raise NotAJournal(path, "a folder, not a file", "folder")
        return path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise JournalNotWritable(path, exc.strerror or str(exc)) from exc


def _writable(path: Path) -> bool:
    """Tried, not asked of ``os.access`` (which ignores Windows' ACLs)."""
    return files.folder_writable(path.parent) and files.file_writable(path)


def _update(conn: sqlite3.Connection, path: Path, passphrase: str | None) -> None:
    """The backup and the migrations under SQLite's write lock, as one transaction
    (sqlite-utils runs each step in a savepoint of it). Two programs opening a journal
    the new version has not updated yet (the app and a command, after an update) used to
    both make the backup, to the same name, and both migrate: one failed ("table
    already exists", "disk I/O error"). Now the second waits for the lock (up to the busy
    timeout, then JournalBusy) and finds the journal updated."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = _identify(conn, path)  # read again, now that no one else can write
        if len(applied) < len(migrations.KNOWN):
            if applied:
                _back_up_before_update(path, passphrase)
            migrations.apply(wrap(conn))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _back_up_before_update(path: Path, passphrase: str | None) -> None:
    from journal.safety.backups import make_backup

    try:
        make_backup(path, "before-update", passphrase)
    except BackupFailed as exc:
        raise JournalNotWritable(path, f"no backup could be made before updating: {exc}") from exc
