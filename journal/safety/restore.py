"""Putting a backup back as the journal. The journal it replaces is kept: backed up
first when it is whole, moved aside (renamed, never deleted) when it is not.

The backup is copied beside the journal, checked, and renamed over it (atomic), so a
kill at any moment leaves either the old journal or the restored one.
"""

from __future__ import annotations

import os
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from journal.errors import (
    BackupFailed,
    EncryptionUnavailable,
    JournalError,
    NeedsPassphrase,
    NotAJournal,
    WrongPassphrase,
)
from journal.safety import backups, health
from journal.safety.encryption import export_copy
from journal.safety.sync import fsync_folder
from journal.store.connection import connect, encryption_available

RESTORING = ".restoring"
# What ``health.check`` calls a damaged SQLite journal (as opposed to some other file).
DAMAGE = ("damaged", "truncated", "zeroed")


def restore(
    backup: Path,
    journal_path: Path,
    now: datetime,
    backup_passphrase: str | None = None,
    journal_passphrase: str | None = None,
) -> Path | None:
    """Make the (closed) journal at ``journal_path`` a copy of ``backup``, encrypted with
    ``journal_passphrase`` (None: plain). Returns where the old journal went: a
    "before-restore" backup, or its moved-aside name when it could not be backed up.

    ``WrongPassphrase`` when ``backup_passphrase`` does not open the backup, and
    ``BackupFailed`` ("damaged") when the backup is not a whole journal: then nothing
    was changed."""
    found = health.check(backup, backup_passphrase, thorough=True)
    if not found.ok:
        if found.kind == "locked":
            raise NeedsPassphrase(backup)
        if found.kind == "wrong_passphrase":
            raise WrongPassphrase(backup)
        problem = "damaged" if found.kind in DAMAGE else "not_a_journal"
        raise BackupFailed(backup, problem, "; ".join(found.problems))
    encrypted_backup = found.encrypted
    fresh = Path(f"{journal_path}{RESTORING}")
    try:
        _copy(backup, backup_passphrase if encrypted_backup else None, fresh,
              journal_passphrase)  # fmt: skip
        old = _keep_current(journal_path, journal_passphrase, now)
        # What the old WAL held is in the backup just made (or moved aside with it); a
        # WAL left beside the restored file would be read into it, so it goes first.
        for side in health.SIDE_FILES:
            with suppress(FileNotFoundError):
                Path(f"{journal_path}{side}").unlink()
        os.replace(fresh, journal_path)
        fsync_folder(journal_path.parent)
    finally:
        with suppress(FileNotFoundError):
            fresh.unlink()
    return old


def _copy(source: Path, source_pass: str | None, target: Path, target_pass: str | None) -> None:
    if (source_pass is None) == (target_pass is None):
        with closing(connect(source, source_pass, read_only=True)) as conn:
            backups.copy_database(conn, target, target_pass)
    elif not encryption_available():
        raise EncryptionUnavailable(target, "sqlcipher3 is not installed")
    else:
        export_copy(source, source_pass, target, target_pass)
    # The restored journal keeps WAL, like every journal.
    with closing(connect(target, target_pass)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _keep_current(path: Path, passphrase: str | None, now: datetime) -> Path | None:
    if not path.exists():
        return None
    try:
        return backups.make_backup(path, "before-restore", passphrase, now=now).path
    except (JournalError, OSError):
        pass
    try:
        return health.move_aside(path, "replaced", now)
    except OSError as exc:
        raise NotAJournal(path, f"could not be moved aside: {exc.strerror or exc}") from exc
