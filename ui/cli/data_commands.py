"""The commands that look after the journal file: ``check``, ``backup``, ``restore``,
and opening an encrypted journal from the command line.

Exit codes: 0 done (healthy); 1 a problem found or the command could not do its job
(explained on stderr); 2 a usage error or a journal that cannot be opened at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from journal.errors import BackupFailed, JournalNotWritable, NeedsPassphrase, WrongPassphrase
from journal.safety import backups, health
from journal.safety.restore import DAMAGE
from journal.service import Journal
from journal.store import private_folder
from journal.store.paths import journal_file

PASSPHRASE_VARIABLE = "ADVISOR_JOURNAL_PASSPHRASE"


def open_for_command(folder: Path) -> Journal:
    """Open the journal; an encrypted one with the passphrase from
    ``$ADVISOR_JOURNAL_PASSPHRASE`` or typed at the terminal. What the opening did that
    the person should hear of (an interrupted encryption finished) is said on stderr."""
    try:
        journal = Journal.open(folder)
    except NeedsPassphrase:
        journal = Journal.open(folder, passphrase=ask_passphrase(journal_file(folder)))
    for line in notes_words(journal.opening_notes):
        print(f"advisor-journal: {line}", file=sys.stderr)
    return journal


def ask_passphrase(path: Path, wrong: bool = False) -> str:
    """The passphrase for ``path``: the variable if set, else asked on the terminal.
    ``NeedsPassphrase`` when neither can give one (a pipe, a script), or when what was
    given is not text (the variable's bytes are not UTF-8)."""
    given = _variable()
    if given is not None and not wrong:
        return _usable(path, given, f"${PASSPHRASE_VARIABLE}")
    if not sys.stdin.isatty():
        raise NeedsPassphrase(
            path, f"type it in a terminal, or set ${PASSPHRASE_VARIABLE} for a script"
        )
    import getpass

    return _usable(path, getpass.getpass(f"Passphrase for {path}: "), "what was typed")


def _variable() -> str | None:
    """``$ADVISOR_JOURNAL_PASSPHRASE`` as text; bytes that are not UTF-8 are kept as lone
    surrogates, which ``_usable`` refuses (``os.environ`` would pass them on silently)."""
    environb = getattr(os, "environb", None)
    if environb is None:  # Windows: the environment is text already
        return os.environ.get(PASSPHRASE_VARIABLE)
    raw = environb.get(PASSPHRASE_VARIABLE.encode())
    return None if raw is None else raw.decode("utf-8", "surrogateescape")


def _usable(path: Path, passphrase: str, source: str) -> str:
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise NeedsPassphrase(
            path, f"{source} is not valid UTF-8 text; set it to the passphrase as UTF-8"
        ) from None
    if "\x00" in passphrase:
        raise NeedsPassphrase(path, f"{source} holds a NUL character, which no passphrase has")
    return passphrase


def notes_words(notes) -> list[str]:
    """What opening the journal did that the person should hear of, in English lines."""
    from journal.safety.encryption import DECRYPT, ENCRYPT, Resumed

    lines = []
    for note in notes:
        if not isinstance(note, Resumed):
            continue
        what = {ENCRYPT: "Encrypting", DECRYPT: "Removing the encryption of"}.get(
            note.direction, "Changing the passphrase of"
        )
        if not note.finished:
            lines.append(
                f"{what} the journal was interrupted before the journal itself was "
                "changed; it is as it was, and the unfinished copies were removed."
            )
            continue
        lines.append(f"{what} the journal was interrupted; it was finished now.")
        for file in note.plain:
            lines.append(f"  still stored WITHOUT encryption: {file}")
        for file in sorted(set(note.left) - set(note.plain)):
            lines.append(f"  still with the earlier passphrase (or damaged): {file}")
    return lines


@contextmanager
def app_lock(folder: Path) -> Iterator[bool]:
    """Hold the app's instance lock while a command replaces the journal, so the app
    cannot start half way; yields True when the app already holds it (it is running)."""
    from PySide6.QtCore import QLockFile

    from ui.shell.single_instance import LOCK_FILE

    private_folder.make_data_folder(folder)
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)  # stale only when its process is gone
    got = lock.tryLock(0) or (lock.removeStaleLockFile() and lock.tryLock(0))
    if not got and lock.error() != QLockFile.LockError.LockFailedError:
        raise JournalNotWritable(folder, "the folder is read-only")  # no lock, no app
    try:
        yield not got
    finally:
        if got:
            lock.unlock()


def check(folder: Path) -> int:
    """Exit 0 when the journal is healthy; 1 with what is wrong and what to do. A restore
    is suggested only for a journal SQLite cannot read (or finds damaged)."""
    from journal.safety.encryption import conversion_pending, plain_copies

    path = journal_file(folder)
    found_passphrase = None
    found = health.check(path, thorough=True)
    if found.kind == "locked":
        found_passphrase = ask_passphrase(path)
        found = health.check(path, found_passphrase, thorough=True)
    copies = backups.list_backups(path)
    plain = plain_copies(path)
    pending = conversion_pending(path)
    if found.ok:
        print(f"{path}: healthy{' (encrypted)' if found.encrypted else ''}.")
        count = f"{found.meetings:,} meetings; " if found.meetings is not None else ""
        print(f"  {count}integrity check, foreign keys, search index and schema ok.")
        print(f"  {_backups_line(copies)}")
        return 1 if _other_findings(path, plain, pending) else 0
    print(f"{path}: {_kind_words(found.kind)}", file=sys.stderr)
    for problem in found.problems:
        print(f"  {problem}", file=sys.stderr)
    _other_findings(path, plain, pending)
    if found.kind not in RESTORE_HELPS:  # SQLite reads it, or nothing was ever in it
        return 1
    good = health.newest_good(path, found_passphrase)
    if good:
        print(
            f"  The newest good backup is {good.path}. Close Advisor Journal and run:\n"
            f"    advisor-journal restore {good.path}\n"
            "  (the damaged journal is kept beside it, renamed).",
            file=sys.stderr,
        )
    else:
        print(f"  There is no good backup to restore ({len(copies)} found).", file=sys.stderr)
    return 1


# What a restore is suggested for: a journal SQLite cannot read, finds damaged, or an
# emptied one; never for one it reads (a newer version's, a search index to rebuild…).
RESTORE_HELPS = ("damaged", "truncated", "zeroed", "emptied", "text_file", "not_sqlite",
                 "unreadable", "folder")  # fmt: skip


def _other_findings(path: Path, plain: list[Path], pending: bool) -> bool:
    """Plain copies beside an encrypted journal, a conversion that did not end; on
    stderr. True when there was something to say."""
    if plain:
        print(
            f"{path}: {len(plain)} files beside the encrypted journal are stored WITHOUT "
            "encryption (they hold notes anyone with your files can read):",
            file=sys.stderr,
        )
        for file in plain:
            print(f"  {file}", file=sys.stderr)
        print(
            "  Open Advisor Journal to encrypt them (an interrupted encryption is finished "
            "then), or delete them once you no longer need them.",
            file=sys.stderr,
        )
    if pending:
        print(
            f"{path}: an encryption change did not end (or is under way in the app); it "
            "is finished or undone the next time the journal is opened.",
            file=sys.stderr,
        )
    return bool(plain) or pending


def backup(folder: Path, output: str | None) -> int:
    from journal.store.files import is_journal_file

    if output and is_journal_file(Path(output).expanduser(), journal_file(folder)):
        print(f"advisor-journal: {output} is the journal itself; choose another file.",
              file=sys.stderr)  # fmt: skip
        return 2
    journal = open_for_command(folder)
    try:
        target = Path(output).expanduser().absolute() if output else None
        if target and target.is_dir():  # a folder (a USB stick): the usual name in it
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            target = target / f"journal-{stamp}-manual.sqlite3"
        if target and target.exists():
            print(f"advisor-journal: {target} exists; choose a new name.", file=sys.stderr)
            return 1
        try:
            made = journal.back_up("manual", target)
        except BackupFailed as exc:
            print(f"advisor-journal: no backup made: {_failure_words(exc)}", file=sys.stderr)
            return 1
    finally:
        journal.close()
    print(f"Backed up to {made.path} ({made.size / 1e6:.1f} MB, integrity check ok).")
    return 0


def restore(folder: Path, file: str, running: bool) -> int:
    """``running``: the app has this journal open; restoring under it is refused."""
    from journal.safety.restore import restore as put_back

    source = Path(file).expanduser().absolute()
    path = journal_file(folder)
    if running:
        print(
            "advisor-journal: Advisor Journal is running with this journal. Close it first, "
            "or use File → Restore from Backup… in its window.",
            file=sys.stderr,
        )
        return 1
    if not source.is_file():
        print(f"advisor-journal: {source} is not a file.", file=sys.stderr)
        return 2
    found = health.check(source, thorough=False)
    if not found.ok and found.kind != "locked":  # before asking any passphrase
        problem = "damaged" if found.kind in DAMAGE else "not_a_journal"
        failure = BackupFailed(source, problem, "; ".join(found.problems))
        print(f"advisor-journal: not restored: {_failure_words(failure)}", file=sys.stderr)
        return 1
    backup_passphrase = ask_passphrase(source) if found.kind == "locked" else None
    journal_passphrase = _current_passphrase(path, backup_passphrase)
    try:
        kept = put_back(source, path, datetime.now(UTC), backup_passphrase, journal_passphrase)
    except WrongPassphrase:
        print(f"advisor-journal: the passphrase does not open {source}.", file=sys.stderr)
        return 1
    except BackupFailed as exc:
        print(f"advisor-journal: not restored: {_failure_words(exc)}", file=sys.stderr)
        return 1
    print(f"Restored {path} from {source}.")
    if kept:
        print(f"The journal it replaced is kept as {kept}.")
    return 0


def _current_passphrase(path: Path, backup_passphrase: str | None) -> str | None:
    """The restored journal keeps the current journal's passphrase (or the backup's
    when the current one is gone or unreadable)."""
    try:
        health.sniff(path)
    except NeedsPassphrase:
        if backup_passphrase is not None and health.check(path, backup_passphrase).ok:
            return backup_passphrase
        return ask_passphrase(path)
    except Exception:  # a damaged journal is moved aside; the backup's own key follows
        return backup_passphrase
    return None


def _backups_line(copies: list[backups.Backup]) -> str:
    if not copies:
        return "No backups yet (one is made each day the app runs; or run: advisor-journal backup)."
    newest = copies[0]
    when = newest.made.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{len(copies)} backups in {newest.path.parent}; the newest from {when} ({newest.kind})."


def _kind_words(kind: str) -> str:
    return {
        "missing": "there is no journal here yet.",
        "damaged": "the journal is damaged.",
        "truncated": "the journal is cut off (truncated).",
        "zeroed": "the journal's first bytes are wiped.",
        "text_file": "this is a text file, not a journal.",
        "not_sqlite": "this is not a journal (not an SQLite database).",
        "foreign": "this is another program's database, not a journal.",
        "too_new": "a newer version of Advisor Journal wrote this journal; update the app.",
        "locked": "the journal is encrypted.",
        "wrong_passphrase": "the passphrase does not open the journal (or it is damaged).",
        "folder": "there is a folder where the journal should be.",
        "wal_unread": "the newest changes cannot be read in this read-only folder.",
        "empty": "the journal file is empty (0 bytes); a new journal is started in it.",
        "emptied": "the journal file is empty (0 bytes), but a journal lived here.",
        "search_index": "the search index is damaged; your journal itself is whole.",
        "busy": "another program holds the journal just now; try again in a moment.",
    }.get(kind, "the journal cannot be read.")


def _failure_words(exc: BackupFailed) -> str:
    return {
        "timeout": f"it took too long ({exc.detail}); try again when the computer is less busy",
        "not_written": f"it could not be written ({exc.detail})",
        "source_damaged": f"the journal itself is damaged ({exc.detail}); run "
        "advisor-journal check",
        "damaged": f"{exc.path} is damaged ({exc.detail}); nothing was changed",
        "not_a_journal": f"{exc.path} is not a journal backup ({exc.detail}); nothing was changed",
    }.get(exc.problem, str(exc))
