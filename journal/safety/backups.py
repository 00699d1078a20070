"""Backups of the journal: SQLite's backup API from a connection of their own, with a
time limit, each one checked with ``integrity_check`` before it counts.

They live in ``backups/`` next to the journal as ``journal-<time>-<kind>.sqlite3``, one
self-contained file each (no WAL), encrypted with the journal's passphrase when it has
one. Each kind keeps its newest few; a backup is written to a ``.partial`` name and
renamed once checked, so a half-written one never looks like a backup.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal.errors import BackupFailed, JournalError
from journal.store import private_folder
from journal.store.connection import connect, create_private, database_errors
from journal.store.files import fsync_file, fsync_folder, is_journal_file

FOLDER = "backups"
TIME_LIMIT_SECONDS = 60.0
PAGES_PER_STEP = 1024  # 4 MB: small enough to notice the time limit, large enough to be quick
DAILY_AFTER = timedelta(hours=20)  # "daily", also for someone who starts a bit earlier
# How many of each kind stay (None: all). A backup made before the journal is replaced
# or rewritten may hold the only copy of what was written: it is never removed.
KEEP: dict[str, int | None] = {
    "daily": 7,  # and one a week for 8 weeks, one a month for a year (``_thinned``)
    "manual": 10,
    "before-update": 3,
    "before-restore": None,
    "before-change": None,
}
WEEKS_KEPT = 8
MONTHS_KEPT = 12
KINDS = tuple(KEEP)
_NAME = re.compile(r"^journal-(\d{8}-\d{6})(?:-\d+)?-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    """A backup file in the journal's backup folder."""

    path: Path
    made: datetime  # UTC, from the name
    kind: str  # one of KINDS
    size: int


def folder_of(journal_path: Path) -> Path:
    return journal_path.parent / FOLDER


def list_backups(journal_path: Path) -> list[Backup]:
    """The backups next to this journal, newest first."""
    found = []
    try:
        entries = list(folder_of(journal_path).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match.group(2) not in KEEP:
            continue
        made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        with suppress(OSError):
            found.append(Backup(entry, made, match.group(2), entry.stat().st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def daily_due(journal_path: Path, now: datetime) -> bool:
    """True when no backup of any kind was made in the last day."""
    newest = next(iter(list_backups(journal_path)), None)
    return newest is None or now - newest.made >= DAILY_AFTER


def make_backup(
    journal_path: Path,
    kind: str,
    passphrase: str | None = None,
    *,
    target: Path | None = None,
    now: datetime | None = None,
    time_limit: float = TIME_LIMIT_SECONDS,
    progress: Callable[[int, int], None] | None = None,
    source: sqlite3.Connection | None = None,
) -> Backup:
    """Copy the journal into a new backup (or ``target``), check it, rotate its kind.

    Reads through a connection of its own, so the app can go on writing meanwhile (WAL),
    or through ``source``, a connection that holds the journal (``exclusive.hold``).
    ``BackupFailed`` when it cannot be written, is not done within ``time_limit``
    seconds, or does not pass ``integrity_check``; nothing partial is left. A ``target``
    that is the journal itself (or its -wal or -shm) is refused."""
    if kind not in KEEP:
        raise ValueError(f"unknown backup kind {kind!r}")
    now = now or datetime.now(UTC)
    if target is None:
        target = _free_name(folder_of(journal_path), now, kind)
    elif is_journal_file(target, journal_path):
        raise BackupFailed(target, "not_written", "that is the journal itself")
    partial = target.with_name(target.name + ".partial")
    try:
        private_folder.make(target.parent)
        if source is not None:
            copy_database(source, partial, passphrase, time_limit, progress)
        else:
            with closing(connect(journal_path, passphrase, read_only=True)) as own:
                copy_database(own, partial, passphrase, time_limit, progress)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_folder(target.parent)
    except BackupFailed:
        _remove(partial)
        raise
    except JournalError as exc:
        _remove(partial)
        raise BackupFailed(target, "not_written", str(exc)) from exc
    except (OSError, *database_errors()) as exc:  # type: ignore[misc]
        _remove(partial)
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        problem = "source_damaged" if code in (11, 26) else "not_written"  # CORRUPT, NOTADB
        raise BackupFailed(target, problem, _reason(exc)) from exc
    if target.parent == folder_of(journal_path):
        rotate(journal_path, kind)
    return Backup(target, now, kind, target.stat().st_size)


def copy_database(
    source: sqlite3.Connection,
    target: Path,
    passphrase: str | None,
    time_limit: float = TIME_LIMIT_SECONDS,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy ``source`` into a new file at ``target`` (encrypted with ``passphrase`` when
    given) with the backup API, then check it. The copy is a single file (no WAL)."""
    _remove(target)
    create_private(target)
    deadline = time.monotonic() + time_limit

    def step(_status: int, remaining: int, total: int) -> None:
        if progress:
            progress(total - remaining, total)
        if time.monotonic() > deadline:
            raise BackupFailed(target, "timeout", f"not done in {time_limit:.0f} s")

    # The copy through the source's own SQLite library: the backup API works within one.
    cipher = not isinstance(source, sqlite3.Connection)
    with closing(connect(target, passphrase, durable=False, cipher=cipher)) as copy:
        # One read transaction for the whole copy: each step then reads the same
        # snapshot (WAL), where a step of its own would see the app's writes since and
        # start the copy again, and under steady writes never finish.
        opened = not source.in_transaction
        if opened:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            source.backup(copy, pages=PAGES_PER_STEP, progress=step, sleep=0.01)
        finally:
            if opened:
                source.execute("COMMIT")
        copy.execute("PRAGMA journal_mode = DELETE")
        verdict = [row[0] for row in copy.execute("PRAGMA integrity_check(5)")]
    if verdict != ["ok"]:  # a faithful copy of a damaged journal
        _remove(target)
        raise BackupFailed(target, "source_damaged", "; ".join(verdict))


def rotate(journal_path: Path, kind: str) -> list[Path]:
    """Remove backups of ``kind`` no longer kept; returns them. A backup that cannot be
    removed (a read-only file) stays: the new one was made all the same."""
    of_kind = [b for b in list_backups(journal_path) if b.kind == kind]
    keep = KEEP[kind]
    if keep is None:
        return []
    kept = set(_thinned(of_kind) if kind == "daily" else of_kind[:keep])
    removed = []
    for old in of_kind:
        if old not in kept:
            with suppress(OSError):
                _remove(old.path)
                removed.append(old.path)
    return removed


def _thinned(dailies: list[Backup]) -> list[Backup]:
    """The newest 7 daily backups, the newest of each of the last 8 weeks and of each of
    the last 12 months: a journal replaced (restored, started empty) keeps copies of
    what it held for a year, while the folder stays at most 27 backups."""
    kept = dailies[: KEEP["daily"] or 0]
    weeks: dict[tuple[int, int], Backup] = {}
    months: dict[tuple[int, int], Backup] = {}
    for backup in dailies:  # newest first: the first one seen in a period stays
        weeks.setdefault(backup.made.isocalendar()[:2], backup)
        months.setdefault((backup.made.year, backup.made.month), backup)
    return kept + list(weeks.values())[:WEEKS_KEPT] + list(months.values())[:MONTHS_KEPT]


def _free_name(folder: Path, now: datetime, kind: str) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        extra = "" if n == 1 else f"-{n}"
        name = folder / f"journal-{stamp}{extra}-{kind}.sqlite3"
        if not name.exists():
            return name
    raise BackupFailed(folder, "not_written", "too many backups in one second")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _remove(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with suppress(FileNotFoundError, NotADirectoryError):  # its folder is a file
            name.unlink()
