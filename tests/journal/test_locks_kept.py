"""Issue 15, case 1, inside one process: nothing the app runs beside its open journal
may drop the POSIX locks SQLite holds on it. POSIX drops every lock a process holds on a
file when any descriptor of that file is closed in that process, and two SQLite
libraries in one process (``sqlite3`` and ``sqlcipher3``) keep separate lock tables, so
closing one's connection drops the other's locks. Counted here in ``/proc/locks``; the
guard in ``conftest`` and the source scan below keep it from coming back."""

from __future__ import annotations

import ast
import gc
import os
import sqlite3
from pathlib import Path

import pytest

from journal.safety import health
from journal.service import Journal
from journal.store import files
from journal.store.connection import FileInUse, connect, encryption_available
from tests import conftest
from tests.conftest import FIXED_NOW

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse"
LOCKS = Path("/proc/locks")


def locks_on(path: Path) -> int:
    """POSIX locks this process holds on the file (``/proc/locks``)."""
    inode = path.stat().st_ino
    return sum(
        1
        for line in LOCKS.read_text().splitlines()
        if f" {os.getpid()} " in line and line.split()[5].endswith(f":{inode}")
    )


SHARED_FIRST = 0x40000000 + 2  # where SQLite's shared lock on a database file starts


def shared_lock_held(path: Path) -> bool:
    """Whether this process still holds SQLite's shared (reader's) lock on the file: the
    lock the journal's connection holds while open in WAL mode. Closing any other
    descriptor of the file would drop it with every other lock of the process."""
    inode, me = path.stat().st_ino, str(os.getpid())
    held = (line.split() for line in LOCKS.read_text().splitlines() if "->" not in line)
    # fields: number, POSIX, ADVISORY, READ/WRITE, pid, device:inode, first byte, last
    return any(
        f[3] == "READ" and f[4] == me and f[5].endswith(f":{inode}") and int(f[6]) == SHARED_FIRST
        for f in held
    )


@pytest.mark.skipif(not LOCKS.exists(), reason="reads /proc/locks (Linux)")
@pytest.mark.parametrize(
    "passphrase",
    [None, pytest.param(PASSPHRASE, marks=pytest.mark.skipif(not encryption_available(),
                                                            reason="no sqlcipher3"))],
    ids=["plain", "encrypted"],
)  # fmt: skip
def test_what_runs_beside_the_open_journal_keeps_its_locks(data_dir, passphrase):
    from ui.safety.journal_opening import backup_kinds, good_backup

    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW, passphrase=passphrase)
    journal.store.set_profile_value("x", 1)
    journal.back_up("manual")
    path = journal.path
    beside = {
        "the quick check after first paint": lambda: journal.check(thorough=False),
        "a thorough check": lambda: journal.check(thorough=True),
        "the daily backup": lambda: journal.back_up("daily"),
        "the newest good backup": lambda: good_backup(path, passphrase),
        "what the backups are": lambda: backup_kinds(path),
        "backups.newest_good": lambda: health.newest_good(path, passphrase),
        "a check of the journal file": lambda: health.check(path, passphrase),
        "plain copies": journal.plain_copies,
    }
    for name, run in beside.items():
        journal.store.set_profile_value("x", name)  # a write: its locks are there
        gc.collect()  # a connection an earlier step left to the collector goes first
        assert shared_lock_held(path), name
        before = locks_on(path)
        run()
        # The journal's own lock, not the count: a loaded full run once counted a second,
        # passing lock before a step and not after it ("backups.newest_good": 2, then 1).
        assert shared_lock_held(path), f"{name}: {before} locks before, {locks_on(path)} after"
    journal.close()


def test_reading_the_bytes_of_an_open_journal_is_refused(journal):
    journal.store.set_profile_value("x", 1)
    for path in (journal.path, Path(f"{journal.path}-wal"), Path(f"{journal.path}-shm")):
        with pytest.raises(FileInUse):
            files.read_head(path)
    with pytest.raises(FileInUse):
        health.sniff(journal.path)
    with pytest.raises(FileInUse):
        files.fsync_file(journal.path)
    assert files.has_plain_header(journal.path)  # answered by the registry, nothing opened


@pytest.mark.skipif(not encryption_available(), reason="no sqlcipher3")
def test_a_second_sqlite_library_on_an_open_file_is_refused(data_dir):
    journal = Journal.open(data_dir)
    journal.count_meetings()
    with pytest.raises(FileInUse):
        connect(journal.path, None, read_only=True, cipher=True)
    journal.close()
    connect(journal.path, None, read_only=True, cipher=True).close()  # closed: allowed


def test_a_failed_first_read_leaves_no_connection_behind(tmp_path):
    path = tmp_path / "garbled.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    raw = bytearray(path.read_bytes())
    raw[100:] = b"\xff" * (len(raw) - 100)  # the schema page: malformed
    path.write_bytes(bytes(raw))
    with pytest.raises(sqlite3.DatabaseError):
        connect(path, read_only=True)
    files.read_head(path)  # not FileInUse: nothing of it stayed open


def test_the_guard_sees_a_live_journal_opened_from_python(journal):
    """The audit hook in ``conftest`` records an open of a file this process has open in
    SQLite (here on purpose, then forgotten, so this test does not fail for it)."""
    journal.store.set_profile_value("x", 1)
    conftest.OPENED_WHILE_IN_SQLITE.clear()
    with open(journal.path, "rb"):
        pass
    Path(f"{journal.path}-wal").read_bytes()
    seen = list(conftest.OPENED_WHILE_IN_SQLITE)
    conftest.OPENED_WHILE_IN_SQLITE.clear()
    assert [Path(s.splitlines()[0]).name for s in seen] == [
        "journal.sqlite3",
        "journal.sqlite3-wal",
    ]


# -- the source: no file of the journal is opened outside SQLite and files.py ----------

# Calls that open a file, and where they may stand. Every other module must not open
# files at all; these never open the journal or its backups (the reason is given), or
# are the places that do it on purpose.
OPENING_CALLS = {"open", "read_bytes", "read_text", "write_bytes", "write_text", "fdopen"}
ALLOWED = {
    "journal/store/files.py": "the one module that opens journal files, after the registry",
    "journal/store/connection.py": "the one module that connects SQLite (and makes the "
    "empty journal file owner-only before SQLite opens it)",
    "journal/reflect/bank.py": "the question bank shipped with the app",
    "journal/coach/bundle_reader.py": "the schemas shipped with the app (bundles: files.read_chosen)",
    "ui/calendar/autostart.py": "the freedesktop autostart entry",
    "ui/cli/search_command.py": "os.devnull",
    "journal/store/bounded_read.py": "files the person chose (calendars, summaries, feedback, "
    "surveys), bounded, after files.refuse_open_journal",
    "ui/common/app_log.py": "the app's own log and crash files in the platform's log folder",
    "ui/cli/entry.py": "os.devnull for a windowed program without stdout or stderr",
    "ui/cli/self_test.py": "its own scratch journal in a temporary folder, and the shipped schema",
    "journal/pulse/form.py": "the form template shipped with the app",
    "journal/language/rules.py": "the language rule files shipped with the app",
    "journal/mirror/context.py": "the research notes shipped with the app",
    "journal/transcripts/reading.py": "a transcript the person chose, bounded, after "
    "files.refuse_open_journal",
    "ui/coach/export_writer.py": "QSaveFile for an export (files.refuse_open_journal first)",
    "ui/growth/charts.py": "QSaveFile for a chart (files.refuse_open_journal first)",
    "ui/coach/report_pdf.py": "a QBuffer in memory",
    "ui/cli/data_commands.py": "QLockFile: the instance lock (.instance.lock)",
    "ui/shell/single_instance.py": "QLockFile: the instance lock (.instance.lock)",
}
QT_FILES = {"QFile", "QSaveFile", "QLockFile", "QTemporaryFile"}
SQLITE_CONNECTS = {"sqlite3", "sqlcipher3"}


def _opening_calls(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("open", *QT_FILES):
            found.append((node.lineno, func.id))
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if func.attr in OPENING_CALLS - {"open"}:
                found.append((node.lineno, func.attr))
            elif func.attr == "open" and owner in ("os", "io", "codecs", "gzip"):
                found.append((node.lineno, f"{owner}.open"))
            elif func.attr == "open" and _has_mode(node):  # Path.open("rb"), QIODevice.open
                found.append((node.lineno, "open"))
            elif owner == "shutil" and func.attr.startswith(("copy", "move")):
                found.append((node.lineno, f"shutil.{func.attr}"))
            elif func.attr == "connect" and owner in SQLITE_CONNECTS:
                found.append((node.lineno, f"{owner}.connect"))
    return sorted(found)


def _has_mode(call: ast.Call) -> bool:
    first = call.args[0] if call.args else None
    return (
        (isinstance(first, ast.Constant) and isinstance(first.value, str))
        or any(k.arg == "mode" for k in call.keywords)
        or (first is not None and "OpenModeFlag" in ast.unparse(first))
    )


def test_files_are_opened_only_where_it_is_known_to_be_safe():
    strays = []
    for path in sorted([*ROOT.glob("journal/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        for line, call in _opening_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if relative == "journal/store/storage.py" and call == "sqlite3.connect":
                continue  # Store.in_memory: ":memory:", no file
            if relative not in ALLOWED:
                strays.append(f"{relative}:{line}: {call}")
    assert strays == [], (
        "a file opened outside journal/store/files.py: use files.read_head / read_chosen "
        "/ read_note (closing a descriptor of the open journal drops SQLite's locks)"
    )
    assert all((ROOT / name).exists() for name in ALLOWED)


def test_the_scan_finds_an_open_where_there_should_be_none():
    source = (
        "def sniff(path):\n"
        "    with path.open('rb') as f:\n"
        "        return f.read(100)\n"
        "head = Path(p).read_bytes()[:16]\n"
        "fd = os.open(p, os.O_RDONLY)\n"
        "conn = sqlcipher3.connect(str(p))\n"
        "shutil.copy(p, q)\n"
    )
    assert [call for _line, call in _opening_calls(ast.parse(source))] == [
        "open", "read_bytes", "os.open", "sqlcipher3.connect", "shutil.copy"
    ]  # fmt: skip
