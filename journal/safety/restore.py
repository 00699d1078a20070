"""Putting a backup back as the journal. The journal it replaces is kept: backed up
first when SQLite reads it, moved aside (renamed, never deleted) when it does not.

Nothing another program writes meanwhile is lost. A journal SQLite reads is restored in
place, through SQLite: while it is held (``exclusive.hold``: every other program waits,
or is told it is busy) the "before-restore" backup is made from the held connection and
the backup is copied into it with SQLite's backup API, in one transaction (a kill leaves
the old journal or the restored one). A journal SQLite cannot read is moved aside while
no other program has it open, and the copy is linked into its place only when nothing
has taken the place meanwhile.
"""

from __future__ import annotations

import os
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from journal.errors import (
    BackupFailed,
    EncryptionUnavailable,
    JournalBusy,
    JournalError,
    NeedsPassphrase,
    WrongPassphrase,
)
from journal.safety import backups, health
from journal.safety.encryption import export_copy
from journal.safety.exclusive import HOLD_WAIT_SECONDS, hold
from journal.store.connection import connect, database_errors, encryption_available
from journal.store.files import SIDE_FILES, fsync_file, fsync_folder, is_journal_file

RESTORING = ".restoring"
# What ``health.check`` calls a damaged SQLite journal (as opposed to some other file).
DAMAGE = ("damaged", "truncated", "zeroed", "emptied")


def restore(
    backup: Path,
    journal_path: Path,
    now: datetime,
    backup_passphrase: str | None = None,
    journal_passphrase: str | None = None,
    *,
    aside: str = "replaced",
    wait: float = HOLD_WAIT_SECONDS,
) -> Path | None:
    """Make the journal at ``journal_path`` (closed in this process) a copy of
    ``backup``, encrypted with ``journal_passphrase`` (None: plain). Returns where the
    old journal went: a "before-restore" backup, or its moved-aside name
    (``journal.<aside>-<time>.sqlite3``) when SQLite could not read it.

    ``WrongPassphrase`` when ``backup_passphrase`` does not open the backup, and
    ``BackupFailed`` ("damaged") when the backup is not a whole journal: then nothing
    was changed. ``JournalBusy`` when another program keeps the journal open for
    ``wait`` seconds: nothing was changed either."""
    if is_journal_file(backup, journal_path):
        raise BackupFailed(backup, "not_a_journal", "that is the journal itself")
    found = health.check(backup, backup_passphrase, thorough=True)
    if not found.ok:
        if found.kind == "locked":
            raise NeedsPassphrase(backup)
        if found.kind == "wrong_passphrase":
            raise WrongPassphrase(backup)
        problem = "damaged" if found.kind in DAMAGE else "not_a_journal"
        raise BackupFailed(backup, problem, "; ".join(found.problems))
    fresh = Path(f"{journal_path}{RESTORING}")
    try:
        _copy(backup, backup_passphrase if found.encrypted else None, fresh, journal_passphrase)
        for _attempt in range(3):
            if _readable(journal_path, journal_passphrase):
                return _in_place(fresh, journal_path, journal_passphrase, now, wait, aside)
            kept = None
            if journal_path.exists():
                kept = health.move_aside(journal_path, aside, now)
            if _link(fresh, journal_path, kept):
                return kept
            # Another program made a new journal in the moment between: restore into it.
        raise JournalBusy(journal_path, "other programs kept replacing it")
    finally:
        _remove(fresh)


def _readable(path: Path, passphrase: str | None) -> bool:
    """SQLite reads the journal with this passphrase (a newer version's too)."""
    if not path.exists():
        return False
    found = health.check(path, passphrase, thorough=False)
    if found.kind == "busy":
        raise JournalBusy(path, "another program holds the journal")
    return found.ok or found.kind == "too_new"


def _in_place(
    fresh: Path, path: Path, passphrase: str | None, now: datetime, wait: float, aside: str
) -> Path | None:
    with hold(path, passphrase, wait=wait) as live:
        try:
            old = backups.make_backup(path, "before-restore", passphrase, now=now, source=live)
        except BackupFailed as exc:
            # No copy could be made (no space, no backups folder, a page integrity_check
            # finds damaged): the journal is kept by its own name instead.
            why = "damaged" if exc.problem == "source_damaged" else aside
            with suppress(*database_errors()):  # the moved file then holds it all
                live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return _swap_held(fresh, path, now, why)
        _match_page_size(fresh, live, passphrase)
        with closing(connect(fresh, passphrase, durable=False)) as copy:
            copy.backup(live)  # all pages in one step: one transaction
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _tidy(path, passphrase)
    return old.path


def _tidy(path: Path, passphrase: str | None) -> None:
    """The held connection kept no -shm of its own: the last ordinary one to close
    folds the WAL in and removes both, as after any use of the journal."""
    with suppress(JournalError, *database_errors()):  # type: ignore[misc]
        connect(path, passphrase).close()


def _swap_held(fresh: Path, path: Path, now: datetime, why: str) -> Path:
    """The held journal renamed aside (while still held: nobody has it open, and the
    WAL was folded in), the restored copy linked into its place."""
    kept = health.move_aside(path, why, now, held=True)
    if not _link(fresh, path, kept):
        raise JournalBusy(path, "another program made a new journal meanwhile")
    return kept


def _link(fresh: Path, path: Path, kept: Path | None) -> bool:
    """Put ``fresh`` at ``path`` only while nothing is there (a hard link fails when
    something is); False when something is. A folder without hard links gets a rename.
    When neither works, the journal moved aside goes back to its place."""
    try:
        os.link(fresh, path)
    except FileExistsError:
        return False
    except OSError:
        try:
            if path.exists():
                return False
            os.rename(fresh, path)
        except OSError:
            if kept is not None:
                _put_back(kept, path)
            raise
    fsync_folder(path.parent)
    return True


def _put_back(kept: Path, path: Path) -> None:
    if path.exists():
        return
    for side in SIDE_FILES:
        with suppress(FileNotFoundError):
            os.rename(f"{kept}{side}", f"{path}{side}")
    with suppress(FileNotFoundError):
        os.rename(kept, path)


def _match_page_size(fresh: Path, live, passphrase: str | None) -> None:
    """SQLite's backup API cannot copy into a WAL journal with another page size."""
    size = live.execute("PRAGMA page_size").fetchone()[0]
    with closing(connect(fresh, passphrase, durable=False)) as copy:
        if copy.execute("PRAGMA page_size").fetchone()[0] != size:
            copy.execute(f"PRAGMA page_size = {int(size)}")
            copy.execute("VACUUM")


def _copy(source: Path, source_pass: str | None, target: Path, target_pass: str | None) -> None:
    """The backup as a single file beside the journal (no WAL), with the journal's key."""
    if (source_pass is None) == (target_pass is None):
        with closing(connect(source, source_pass, read_only=True)) as conn:
            backups.copy_database(conn, target, target_pass)
    elif not encryption_available():
        raise EncryptionUnavailable(target, "sqlcipher3 is not installed")
    else:
        export_copy(source, source_pass, target, target_pass)
    fsync_file(target)


def _remove(path: Path) -> None:
    for name in (path, *(Path(f"{path}{side}") for side in (*SIDE_FILES, "-journal"))):
        with suppress(FileNotFoundError):
            name.unlink()
