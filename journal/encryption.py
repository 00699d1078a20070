"""Turning encryption on or off, and changing the passphrase, without ever leaving a
journal that neither passphrase opens.

The journal is written anew beside itself (SQLCipher's ``sqlcipher_export``, which also
converts between plain and encrypted files), checked, synced and only then renamed
over the old file, which is atomic: a kill at any moment leaves the old file with the
old passphrase or the new file with the new one. The backups are rewritten the same
way, one by one, so they follow the journal (a backup that was made with an even older
passphrase is left as it is: restoring it asks for that passphrase).
"""

from __future__ import annotations

import os
from contextlib import closing, suppress
from pathlib import Path

from .backups import folder_of, list_backups
from .connection import (
    connect,
    create_private,
    database_errors,
    encryption_available,
    quote_key,
)
from .errors import EncryptionUnavailable, JournalNotWritable, NotAJournal, WrongPassphrase

CONVERTING = ".converting"  # the new file while it is written; removed when found later


def rewrite(path: Path, old: str | None, new: str | None) -> None:
    """Give the closed journal at ``path`` (and its backups) the passphrase ``new``
    (None: plain). ``old`` opens it now. ``WrongPassphrase`` when it does not."""
    if new == "":
        raise ValueError("a passphrase cannot be empty (None turns encryption off)")
    if not encryption_available():
        raise EncryptionUnavailable(path, "sqlcipher3 is not installed")
    _fold_wal(path, old)
    _rewrite_file(path, old, new)
    for backup in list_backups(path):
        with suppress(WrongPassphrase, NotAJournal):
            _rewrite_file(backup.path, old, new)


def remove_leftovers(path: Path) -> None:
    """A conversion killed half way leaves its unfinished copy (and SQLite's rollback
    journal of it), beside the journal or a backup; the journal and backups are whole."""
    leftovers = [Path(f"{path}{CONVERTING}"), Path(f"{path}{CONVERTING}-journal")]
    with suppress(OSError):
        leftovers += folder_of(path).glob(f"*{CONVERTING}*")
    for leftover in leftovers:
        with suppress(OSError):  # gone already, or a read-only folder
            leftover.unlink()


def export_copy(source: Path, old: str | None, target: Path, new: str | None) -> None:
    """Write the database at ``source`` (opened with ``old``) to a new file ``target``,
    encrypted with ``new`` (None: plain), then check it."""
    import sqlcipher3

    with suppress(FileNotFoundError):
        target.unlink()
    create_private(target)
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            conn.execute(f"PRAGMA key = {quote_key(old)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if exc.sqlite_errorcode == 26:  # NOTADB
                raise WrongPassphrase(source) from None
            raise
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {quote_key(new or '')}", [str(target)])
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    with closing(connect(target, new, read_only=True)) as check:
        verdict = [row[0] for row in check.execute("PRAGMA integrity_check(5)")]
    if verdict != ["ok"]:
        raise NotAJournal(target, "the converted copy failed its check: " + "; ".join(verdict))


def _fold_wal(path: Path, passphrase: str | None) -> None:
    """Move what the WAL holds into the file itself, so the file alone is the journal."""
    try:
        with closing(connect(path, passphrase, durable=False)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except database_errors() as exc:
        if getattr(exc, "sqlite_errorcode", 0) == 26:  # NOTADB: ``old`` does not open it
            raise WrongPassphrase(path) from None
        raise JournalNotWritable(path, str(exc)) from exc
    if Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size:
        raise JournalNotWritable(path, "still in use by another program")


def _rewrite_file(path: Path, old: str | None, new: str | None) -> None:
    fresh = Path(f"{path}{CONVERTING}")
    try:
        export_copy(path, old, fresh, new)
        _fsync(fresh)
        os.replace(fresh, path)
        _fsync(path.parent)
    except BaseException:
        with suppress(FileNotFoundError):
            fresh.unlink()
        raise
    # A WAL file beside the old journal would be read into the new one: there is none
    # after a clean close, and one that is empty does no harm; remove what is left.
    for side in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{path}{side}").unlink()


def _fsync(path: Path) -> None:
    if os.name != "posix" and path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
