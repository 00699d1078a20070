"""Turning encryption on or off, and changing the passphrase, without ever leaving a
journal that neither passphrase opens, and without plain copies nobody is told about.

The whole change happens while the journal is held (``exclusive.hold``): no other
process reads or writes it meanwhile, they wait or are told it is busy. Through the
held connection the WAL is folded in, a "before-change" backup is made, and the journal
is written anew beside itself (SQLCipher's ``sqlcipher_export``, which also converts
between plain and encrypted files), checked, synced and renamed over the old file, which
is atomic. Then the backups and the journals moved aside follow, one by one, the same
way (a backup made with an even older passphrase, or a damaged one, is left as it is and
named).

Before the first change an intent is written (``journal.sqlite3.conversion``: what is
converted to what, and which files; never a passphrase), and it is removed last. A kill
at any moment leaves the old journal with the old passphrase, or the new one with the
new; the next open (``resume``) finds the intent and finishes or undoes the rest, and
says which files stay as they were.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import AbstractContextManager, closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

from journal.errors import (
    EncryptionUnavailable,
    JournalBusy,
    JournalError,
    NeedsPassphrase,
    NotAJournal,
)
from journal.safety.backups import folder_of, list_backups, make_backup
from journal.safety.exclusive import HOLD_WAIT_SECONDS, hold
from journal.safety.health import moved_aside
from journal.store import files
from journal.store.connection import (
    connect,
    create_private,
    database_errors,
    encryption_available,
    file_key,
    quote_key,
)
from journal.store.files import fsync_file, fsync_folder

CONVERTING = ".converting"  # the new file while it is written
INTENT = ".conversion"  # beside the journal: a conversion under way (or killed)
LEFTOVER_AFTER_SECONDS = 120  # a copy unchanged this long is a killed backup's or restore's
ENCRYPT, DECRYPT, CHANGE = "encrypt", "decrypt", "change"


@dataclass
class Intent:
    """What a conversion does, written down before it changes anything."""

    direction: str  # ENCRYPT, DECRYPT or CHANGE
    files: list[str]  # the backups and journals moved aside, relative to the folder
    journal: list[int] | None = None  # (device, inode) of the new journal, once written

    def dump(self) -> bytes:
        return json.dumps(
            {
                "version": 1,
                "direction": self.direction,
                "files": self.files,
                "journal": self.journal,
            }
        ).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Intent | None:
        """Strictly: anything but what ``dump`` writes is no intent."""
        try:
            data = json.loads(raw.decode("utf-8"))
            direction, names, journal = data["direction"], data["files"], data["journal"]
        except (UnicodeDecodeError, ValueError, TypeError, KeyError):
            return None
        if direction not in (ENCRYPT, DECRYPT, CHANGE) or not isinstance(names, list):
            return None
        if not all(isinstance(n, str) and _inside_name(n) for n in names):
            return None
        if journal is not None and not (
            isinstance(journal, list)
            and len(journal) == 2
            and all(isinstance(i, int) for i in journal)
        ):
            return None
        return cls(direction, names, journal)


@dataclass(frozen=True)
class Resumed:
    """What the next open found of a conversion that did not end: ``finished`` (the
    journal was converted; the files it had not reached are now), or ``undone`` (the
    journal was not converted yet: it is as it was, the unfinished copies are gone).
    ``left``: files that stay as they were (they need the other passphrase, or are
    damaged); ``plain``: those of them stored without encryption."""

    direction: str
    finished: bool
    left: tuple[Path, ...] = ()
    plain: tuple[Path, ...] = ()


@dataclass
class _Plan:
    """The journal being rewritten, its old and new passphrase, the files rewritten with it."""

    path: Path
    old: str | None
    new: str | None
    others: list[Path] = field(default_factory=list)


def rewrite(
    path: Path, old: str | None, new: str | None, *, wait: float = HOLD_WAIT_SECONDS
) -> list[Path]:
    """Give the closed journal at ``path`` (and its backups, and the journals moved
    aside beside it) the passphrase ``new`` (None: plain), after a "before-change"
    backup. ``old`` opens it now; ``WrongPassphrase`` when it does not; ``JournalBusy``
    when another program keeps it open for ``wait`` seconds.

    Returns the files that kept what they had: a damaged backup or journal, or one made
    with an even older passphrase. They may hold notes in the old form: the caller says
    which, so that nobody believes everything is encrypted when it is not."""
    if new == "":
        raise ValueError("a passphrase cannot be empty (None turns encryption off)")
    if new is not None:
        quote_key(new)  # ValueError (a NUL) before anything is written
    if not encryption_available():
        raise EncryptionUnavailable(path, "sqlcipher3 is not installed")
    direction = ENCRYPT if old is None else (DECRYPT if new is None else CHANGE)
    with hold(path, old, cipher=True, wait=wait) as live:
        _fold_wal(live, path)
        make_backup(path, "before-change", old, source=live)
        plan = _Plan(path, old, new, [b.path for b in list_backups(path)] + moved_aside(path))
        intent = Intent(direction, [_relative(path, p) for p in plan.others])
        if files.ON_WINDOWS:
            _write_beside(live, path, new, intent)
        else:
            new_hold = _convert_journal(live, path, new, intent, wait)
    if files.ON_WINDOWS:  # renamed once the old file is let go (see _replace_when_free)
        new_hold = _replace_when_free(path, new, wait)
    try:
        left = _convert_others(plan)
        _intent_file(path).unlink()
        fsync_folder(path.parent)
    finally:
        new_hold.__exit__(None, None, None)
    return left


def _convert_journal(
    live, path: Path, new: str | None, intent: Intent, wait: float
) -> AbstractContextManager:
    """The held journal written anew beside itself and renamed over itself, the intent
    written down first, with the new file's inode before the rename. The new file is
    held (``exclusive.hold``) before the rename, so it is never free between the two
    holds; that hold is returned, entered, for the caller to end. Closing the old hold
    then (a connection to a file renamed away) leaves the new file alone."""
    fresh = Path(f"{path}{CONVERTING}")
    new_hold = None
    replaced = False
    try:
        _write_beside(live, path, new, intent)
        new_hold = hold(fresh, new, cipher=True, wait=wait)
        new_hold.__enter__()
        # The WAL was folded in; what is left of it belongs to the old file and goes
        # before the rename, so no kill leaves it beside the new one.
        for side in files.SIDE_FILES:
            with suppress(FileNotFoundError):
                Path(f"{path}{side}").unlink()
        os.replace(fresh, path)
        replaced = True
        fsync_folder(path.parent)
    except BaseException:
        if not replaced:  # the journal is as it was: nothing to finish later
            if new_hold is not None:
                new_hold.__exit__(None, None, None)
            _remove(fresh)
            with suppress(OSError):
                _intent_file(path).unlink()
        elif new_hold is not None:
            new_hold.__exit__(None, None, None)
        raise
    return new_hold


def _write_beside(live, path: Path, new: str | None, intent: Intent) -> None:
    """The held journal written anew beside itself (``.converting``), synced, the intent
    written down before and after (then with the new file's inode)."""
    fresh = Path(f"{path}{CONVERTING}")
    try:
        files.write_note(_intent_file(path), intent.dump())
        _export(live, fresh, path, new)
        fsync_file(fresh)
        intent.journal = list(file_key(fresh) or (0, 0))
        files.write_note(_intent_file(path), intent.dump())
    except BaseException:
        _remove(fresh)
        with suppress(OSError):
            _intent_file(path).unlink()
        raise


def _replace_when_free(path: Path, new: str | None, wait: float) -> AbstractContextManager:
    """Windows: a file SQLite (or any program) has open cannot be renamed or replaced,
    so the new file replaces the journal after the old hold ended, and is held after.
    Another program that opens the journal in between makes the rename fail: it is tried
    again for ``wait`` seconds, then everything is undone (``JournalBusy``). A kill in
    between leaves the intent, which the next open finishes (the file IDs of NTFS, like
    inodes, survive a rename)."""
    fresh = Path(f"{path}{CONVERTING}")
    deadline = time.monotonic() + wait
    while True:
        try:
            for side in files.SIDE_FILES:
                with suppress(FileNotFoundError):
                    Path(f"{path}{side}").unlink()
            os.replace(fresh, path)
            break
        except PermissionError as exc:
            if time.monotonic() >= deadline:
                _remove(fresh)
                with suppress(OSError):
                    _intent_file(path).unlink()
                raise JournalBusy(path, "another program keeps it open") from exc
            time.sleep(0.1)
    fsync_folder(path.parent)
    new_hold = hold(path, new, cipher=True, wait=wait)
    new_hold.__enter__()
    return new_hold


def resume(path: Path, passphrase: str | None, *, wait: float) -> Resumed | None:
    """Finish or undo a conversion that did not end (its intent is still there), while
    the journal is held; None when there is none. Converted files are recognised by
    themselves; the journal by the inode the intent wrote down before the rename.
    ``passphrase``: what the journal is opened with now (a passphrase given for a plain
    journal is ignored). Raises what holding the journal raises (busy, wrong passphrase)."""
    intent_path = _intent_file(path)
    raw = files.read_note(intent_path)
    if raw is None:
        return None
    intent = Intent.parse(raw)
    if intent is None:  # not ours: set aside, like a moving-aside note that is not
        with suppress(OSError):
            os.replace(intent_path, intent_path.with_name(intent_path.name + ".invalid"))
        return None
    plain = files.has_plain_header(path)
    key = None if plain else passphrase
    if key is None and not plain:
        raise NeedsPassphrase(path)
    if not encryption_available():
        raise EncryptionUnavailable(path, "sqlcipher3 is not installed")
    with hold(path, key, cipher=True, wait=wait):
        raw = files.read_note(intent_path)  # finished by another process meanwhile?
        if raw is None:
            return None
        converted = intent.journal is not None and list(file_key(path) or ()) == intent.journal
        others = [path.parent / name for name in intent.files]
        _remove(Path(f"{path}{CONVERTING}"))
        for other in others:
            _remove(Path(f"{other}{CONVERTING}"))
        if not converted:
            intent_path.unlink()
            fsync_folder(path.parent)
            return Resumed(intent.direction, finished=False)
        left = []
        for other in others:
            if not other.exists():
                continue
            if intent.direction == ENCRYPT and files.has_plain_header(other) and key:
                try:
                    _rewrite_file(other, None, key)
                except (JournalError, OSError, *database_errors()):  # type: ignore[misc]
                    left.append(other)
            elif not _opens_with(other, key):  # needs the passphrase given up
                left.append(other)
        intent_path.unlink()
        fsync_folder(path.parent)
    return Resumed(
        intent.direction, True, tuple(left), tuple(p for p in left if files.has_plain_header(p))
    )


def plain_copies(path: Path) -> list[Path]:
    """Backups and journals moved aside that are plain SQLite files beside an encrypted
    journal: notes stored without encryption, whatever the journal is. Empty for a plain
    journal."""
    if not path.exists() or files.has_plain_header(path):
        return []
    try:
        if path.stat().st_size == 0:
            return []
    except OSError:
        return []
    found = [b.path for b in list_backups(path)] + moved_aside(path)
    return [p for p in found if files.has_plain_header(p)]


def conversion_pending(path: Path) -> bool:
    """An intent is there: a conversion under way, or one that was killed."""
    return _intent_file(path).exists()


def remove_leftovers(path: Path) -> None:
    """A backup killed half way leaves its ``.partial`` file, a restore its
    ``.restoring`` copy, a note its ``.tmp``; the journal and the backups are whole.
    (What a conversion leaves is for ``resume``, which knows it ended.) One still
    being written (unchanged for less than two minutes) belongs to another process."""
    leftovers = [Path(f"{path}.restoring"), Path(f"{path}.moving-aside.tmp"),
                 Path(f"{path}{INTENT}.tmp")]  # fmt: skip
    if not _intent_file(path).exists():  # an old version's conversion, killed
        leftovers += [Path(f"{path}{CONVERTING}"), Path(f"{path}{CONVERTING}-journal")]
        with suppress(OSError):
            leftovers += folder_of(path).glob(f"*{CONVERTING}*")
    with suppress(OSError):
        leftovers += folder_of(path).glob("*.partial*")
    leftovers += [Path(f"{p}{side}") for p in list(leftovers) for side in ("-journal",)]
    settled = time.time() - LEFTOVER_AFTER_SECONDS
    for leftover in leftovers:
        with suppress(OSError):  # gone already, or a read-only folder
            if leftover.stat().st_mtime < settled:
                leftover.unlink()


def export_copy(source: Path, old: str | None, target: Path, new: str | None) -> None:
    """Write the database at ``source`` (opened with ``old``) to a new file ``target``,
    encrypted with ``new`` (None: plain), then check it. ``source`` must not be open in
    this process through plain SQLite (``FileInUse``)."""
    with closing(connect(source, old, durable=False, cipher=True)) as conn:
        _export(conn, target, source, new)


def _export(conn, target: Path, source: Path, new: str | None) -> None:
    _remove(target)
    create_private(target)
    conn.execute(f"ATTACH DATABASE ? AS converted KEY {quote_key(new or '')}", [str(target)])
    try:
        conn.execute("SELECT sqlcipher_export('converted')")
    finally:
        conn.execute("DETACH DATABASE converted")
    with closing(connect(target, new, read_only=True, cipher=True)) as check:
        verdict = [row[0] for row in check.execute("PRAGMA integrity_check(5)")]
    if verdict != ["ok"]:
        raise NotAJournal(source, "the converted copy failed its check: " + "; ".join(verdict))


def _fold_wal(conn, path: Path) -> None:
    """Move what the WAL holds into the file itself, so the file alone is the journal."""
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:  # pragma: no cover - the journal is held: nobody else reads it
        from journal.errors import JournalBusy

        raise JournalBusy(path, "its WAL could not be folded in")


def _convert_others(plan: _Plan) -> list[Path]:
    left = []
    for other in plan.others:
        try:
            _rewrite_file(other, plan.old, plan.new)
        except (JournalError, OSError, *database_errors()):  # type: ignore[misc]
            left.append(other)
    return left


def _rewrite_file(path: Path, old: str | None, new: str | None) -> None:
    fresh = Path(f"{path}{CONVERTING}")
    try:
        export_copy(path, old, fresh, new)
        fsync_file(fresh)
        for side in files.SIDE_FILES:  # a backup has none; a journal moved aside may
            with suppress(FileNotFoundError):
                Path(f"{path}{side}").unlink()
        os.replace(fresh, path)
        fsync_folder(path.parent)
    except BaseException:
        _remove(fresh)
        raise


def _opens_with(path: Path, passphrase: str | None) -> bool:
    try:
        with closing(connect(path, passphrase, read_only=True, cipher=True)):
            return True
    except (JournalError, *database_errors()):  # type: ignore[misc]
        return False


def _relative(path: Path, other: Path) -> str:
    return str(other.relative_to(path.parent))


def _inside_name(name: str) -> bool:
    """A file in the journal's folder or its backups folder, named plainly."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or "\x00" in name:
        return False
    if any(part in ("", ".", "..") for part in parts):
        return False
    return len(parts) == 1 or (len(parts) == 2 and parts[0] == "backups")


def _intent_file(path: Path) -> Path:
    return Path(f"{path}{INTENT}")


def _remove(path: Path) -> None:
    for name in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with suppress(FileNotFoundError, NotADirectoryError):
            name.unlink()
