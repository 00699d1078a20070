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
import time
from contextlib import closing, suppress
from pathlib import Path

from journal.errors import (
    EncryptionUnavailable,
    JournalError,
    JournalNotWritable,
    NotAJournal,
    WrongPassphrase,
)
from journal.safety.backups import folder_of, list_backups, make_backup
from journal.safety.sync import fsync_file, fsync_folder
from journal.store.connection import (
    connect,
    create_private,
    database_errors,
    encryption_available,
    quote_key,
)

CONVERTING = ".converting"  # the new file while it is written; removed when found later
LEFTOVER_AFTER_SECONDS = 120  # a copy unchanged this long is a killed conversion's


def rewrite(path: Path, old: str | None, new: str | None) -> list[Path]:
    """Give the closed journal at ``path`` (and its backups, and the journals moved
    aside beside it) the passphrase ``new`` (None: plain), after a "before-change"
    backup. ``old`` opens it now; ``WrongPassphrase`` when it does not.

    Returns the files that kept what they had: a damaged backup or journal, or one made
    with an even older passphrase. They may hold notes in the old form: the caller says
    which, so that nobody believes everything is encrypted when it is not."""
    if new == "":
        raise ValueError("a passphrase cannot be empty (None turns encryption off)")
    if new is not None:
        quote_key(new)  # ValueError (a NUL) before anything is written
    if not encryption_available():
        raise EncryptionUnavailable(path, "sqlcipher3 is not installed")
    _fold_wal(path, old)
    make_backup(path, "before-change", old)
    _rewrite_file(path, old, new)
    left = []
    for other in [b.path for b in list_backups(path)] + moved_aside(path):
        try:
            _rewrite_file(other, old, new)
        except (JournalError, OSError, *database_errors()):  # type: ignore[misc]
            left.append(other)
    return left


def moved_aside(path: Path) -> list[Path]:
    """The journals ``health.move_aside`` renamed beside this one."""
    return sorted(
        p for p in path.parent.glob(f"{path.stem}.*{path.suffix}") if p.is_file() and p != path
    )


def remove_leftovers(path: Path) -> None:
    """A conversion killed half way leaves its unfinished copy (and SQLite's rollback
    journal of it), beside the journal or a backup, and a backup killed half way its
    ``.partial`` file; the journal and the backups are whole."""
    leftovers = [Path(f"{path}{CONVERTING}"), Path(f"{path}{CONVERTING}-journal")]
    with suppress(OSError):
        leftovers += folder_of(path).glob(f"*{CONVERTING}*")
        leftovers += folder_of(path).glob("*.partial*")  # a backup killed half way
    settled = time.time() - LEFTOVER_AFTER_SECONDS
    for leftover in leftovers:
        with suppress(OSError):  # gone already, or a read-only folder
            # One still being written belongs to a conversion under way (the command
            # line run while the window changes the passphrase): leave it alone.
            if leftover.stat().st_mtime < settled:
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
        fsync_file(fresh)
        # A WAL beside the old file would be read into the new one. After the
        # checkpoint it is empty; it goes before the rename, so no kill leaves it.
        for side in ("-wal", "-shm"):
            with suppress(FileNotFoundError):
                Path(f"{path}{side}").unlink()
        os.replace(fresh, path)
        fsync_folder(path.parent)
    except BaseException:
        with suppress(FileNotFoundError):
            fresh.unlink()
        raise
