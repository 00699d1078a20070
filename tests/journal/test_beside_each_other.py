"""Issue 15: what the journal's own checks and file operations must not get wrong when
the app, the command line, kills and full disks meet (cases 2 to 6; case 1 is in
``test_locks_kept`` and ``tests/test_app_beside_commands``)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal.errors import NotAJournal
from journal.safety import health
from journal.service import Journal
from journal.store import connection

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent


def cli(data: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


def meetings_in(path: Path) -> int:
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM meetings").fetchone()[0]


# -- case 2: a file shorter than its header says, whole in SQLite ----------------------


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE as a full disk (Linux)")
def test_a_checkpoint_cut_short_by_a_full_disk_leaves_a_journal_that_opens(tmp_path):
    folder = tmp_path / "data"
    child = subprocess.run(
        [sys.executable, str(HERE / "full_disk_child.py"), str(folder)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    acknowledged = int(child.stdout.split()[0])
    path = folder / "journal.sqlite3"
    head = path.read_bytes()[:100]
    assert path.stat().st_size < int.from_bytes(head[28:32], "big") * 4096  # "cut off"
    assert Path(f"{path}-wal").stat().st_size > 0
    copy = tmp_path / "copy"  # what SQLite says, on a copy
    copy.mkdir()
    for side in ("", "-wal"):
        shutil.copy(f"{path}{side}", copy / f"journal.sqlite3{side}")
    with sqlite3.connect(copy / "journal.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert meetings_in(copy / "journal.sqlite3") == acknowledged

    untouched = tmp_path / "untouched"  # the same state, for the app's start
    shutil.copytree(folder, untouched)
    check = cli(folder, "check")
    assert check.returncode == 0, check.stderr
    assert "restore" not in check.stdout + check.stderr
    assert path.stat().st_size < int.from_bytes(head[28:32], "big") * 4096  # check wrote none
    journal = Journal.open(untouched)
    assert journal.count_meetings() == acknowledged
    journal.close()
    assert health.check(untouched / "journal.sqlite3").ok


def test_a_journal_cut_in_half_without_a_wal_is_still_cut_off(data_dir):
    journal = Journal.open(data_dir)
    from journal.sample import demo

    demo.fill(journal, 200)
    path = journal.path
    journal.close()
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(NotAJournal) as info:
        Journal.open(data_dir)
    assert info.value.problem == "truncated"
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite3"]  # nothing added


# -- case 3: whatever replaces the journal keeps every other writer's saves ------------


def titles_in(path: Path, passphrase: str | None = None) -> set[str]:
    from journal.store.connection import connect

    try:
        conn = connect(path, passphrase, read_only=True)
    except Exception:  # noqa: BLE001 - a file that does not open holds nothing
        return set()
    try:
        return {row[0] for row in conn.execute("SELECT title FROM meetings")}
    finally:
        conn.close()


def every_file(folder: Path) -> list[Path]:
    return [
        folder / "journal.sqlite3",
        *sorted((folder / "backups").glob("*.sqlite3")),
        *sorted(folder.glob("journal.*.sqlite3")),  # moved aside
    ]


def lost_saves(folder: Path, acks: Path, passphrase: str | None = None) -> list[str]:
    """Acknowledged saves in no file at all (the journal, a backup, a journal moved
    aside): a restore may put them into its "before-restore" backup, never nowhere."""
    found: set[str] = set()
    for file in every_file(folder):
        found |= titles_in(file, passphrase)
    return [title for title in acks.read_text().split() if title not in found]


class Writer:
    def __init__(self, folder: Path, acks: Path, reopen: bool, passphrase: str | None = None):
        self.acks = acks
        args = [sys.executable, str(HERE / "writer_child.py"), str(folder), str(acks),
                "1" if reopen else "0", *([passphrase] if passphrase else [])]  # fmt: skip
        self.process = subprocess.Popen(
            args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self.process.stdout.readline().strip() == "ready"

    def acknowledged(self) -> int:
        return len(self.acks.read_text().split()) if self.acks.exists() else 0

    def wait_for(self, saves: int, timeout: float = 60) -> None:
        import time

        end = time.monotonic() + timeout
        while self.acknowledged() < saves and time.monotonic() < end:
            time.sleep(0.05)

    def stop(self) -> str:
        import signal

        self.process.send_signal(signal.SIGTERM)
        _out, err = self.process.communicate(timeout=60)
        return err


def journal_with_a_backup(folder: Path) -> Path:
    from journal.sample import demo

    journal = Journal.open(folder)
    demo.fill(journal, 30)
    made = journal.back_up("manual")
    journal.close()
    return made.path


def test_a_restore_beside_a_writer_keeps_every_acknowledged_save(tmp_path):
    """The real ``restore`` command while another program saves a meeting every few
    milliseconds (opening the journal for each): saves before the restore are in its
    "before-restore" backup, saves after it in the restored journal, none nowhere."""
    folder = tmp_path / "data"
    backup = journal_with_a_backup(folder)
    writer = Writer(folder, tmp_path / "acks", reopen=True)
    try:
        writer.wait_for(20)
        result = cli(folder, "restore", str(backup))
        before = writer.acknowledged()
        writer.wait_for(before + 20)
    finally:
        writer.stop()
    assert result.returncode == 0, result.stderr
    assert lost_saves(folder, tmp_path / "acks") == []
    assert titles_in(folder / "journal.sqlite3") & {f"w{before + 19}"}  # saves went on


def test_a_restore_waits_for_a_writer_that_keeps_the_journal_open_then_refuses(tmp_path):
    from datetime import UTC, datetime

    from journal.errors import JournalBusy
    from journal.safety.restore import restore

    folder = tmp_path / "data"
    backup = journal_with_a_backup(folder)
    path = folder / "journal.sqlite3"
    writer = Writer(folder, tmp_path / "acks", reopen=False)
    try:
        writer.wait_for(20)
        with pytest.raises(JournalBusy):
            restore(backup, path, datetime.now(UTC), wait=1.0)
        before = writer.acknowledged()
        writer.wait_for(before + 10)
    finally:
        writer.stop()
    assert lost_saves(folder, tmp_path / "acks") == []
    assert titles_in(path) >= {f"w{n}" for n in range(1, before + 10)}  # never replaced
    assert not Path(f"{path}.restoring").exists()


def test_a_journal_replaced_under_an_open_one_is_never_written_into_the_old_file(tmp_path):
    """A program that does not ask SQLite (an older version's restore) deletes the -wal
    and -shm and renames another journal over the open one: the next save is refused
    (``JournalReplaced``), nothing goes into the file that was replaced, and the save
    after it lands in the new one."""
    from datetime import UTC, datetime

    from journal.errors import JournalReplaced
    from journal.model import MeetingInput, ReflectionInput

    folder, other = tmp_path / "data", tmp_path / "other"
    journal = Journal.open(folder)
    journal.save(MeetingInput("A", "before", datetime.now(UTC), 30), ReflectionInput())
    Journal.open(other).close()
    for side in ("-wal", "-shm"):
        (folder / f"journal.sqlite3{side}").unlink()
    shutil.move(other / "journal.sqlite3", folder / "journal.sqlite3")
    with pytest.raises(JournalReplaced):
        journal.save(MeetingInput("A", "refused", datetime.now(UTC), 30), ReflectionInput())
    journal.save(MeetingInput("A", "after", datetime.now(UTC), 30), ReflectionInput())
    assert journal.count_meetings() == 1
    journal.close()
    assert titles_in(folder / "journal.sqlite3") == {"after"}


def test_a_journal_replaced_between_looking_and_reading_is_opened_again(data_dir, monkeypatch):
    from datetime import UTC, datetime

    from journal.model import MeetingInput, ReflectionInput
    from journal.safety import opening

    first = Journal.open(data_dir)
    first.save(MeetingInput("A", "the old file", datetime.now(UTC), 30), ReflectionInput())
    first.close()
    replacement = data_dir.parent / "replacement"
    second = Journal.open(replacement)
    second.save(MeetingInput("A", "the new file", datetime.now(UTC), 30), ReflectionInput())
    second.close()
    identify = opening._identify
    swapped: list[bool] = []

    def swap_then_identify(conn, path):
        if not swapped:  # another program's rename, just after SQLite opened the file
            swapped.append(True)
            shutil.move(replacement / "journal.sqlite3", path)
        return identify(conn, path)

    monkeypatch.setattr(opening, "_identify", swap_then_identify)
    journal = Journal.open(data_dir)
    journal.save(MeetingInput("A", "saved after", datetime.now(UTC), 30), ReflectionInput())
    journal.close()
    assert titles_in(data_dir / "journal.sqlite3") == {"the new file", "saved after"}


@pytest.mark.parametrize("name", ["journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"])
def test_export_and_backup_never_write_over_the_journal(tmp_path, name):
    folder = tmp_path / "data"
    assert cli(folder, "demo", "--meetings", "40").returncode == 0
    for args in (["export", "--format", "json", "-o"], ["backup", "-o"]):
        result = cli(folder, *args, str(folder / name))
        assert result.returncode == 2, args
        assert "is the journal itself" in result.stderr
        assert "Traceback" not in result.stderr
    target = folder / name
    if name != "journal.sqlite3":  # no export or backup put where SQLite looks for a WAL
        assert not target.exists()
    assert meetings_in(folder / "journal.sqlite3") == 40
    assert cli(folder, "check").returncode == 0


@pytest.mark.parametrize("name", ["journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"])
def test_a_backup_is_never_made_over_the_journal(data_dir, name):
    from journal.errors import BackupFailed
    from journal.safety.backups import make_backup

    Journal.open(data_dir).close()
    path = data_dir / "journal.sqlite3"
    before = path.read_bytes()
    with pytest.raises(BackupFailed) as info:
        make_backup(path, "manual", target=data_dir / name)
    assert "the journal itself" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite3"]


def test_moving_aside_a_file_another_program_has_open_is_refused(tmp_path):
    from datetime import UTC, datetime

    from journal.errors import JournalBusy
    from tests.elsewhere import held_elsewhere

    folder = tmp_path / "data"
    Journal.open(folder).close()
    path = folder / "journal.sqlite3"
    with held_elsewhere(folder) as other:
        with pytest.raises(JournalBusy):
            health.move_aside(path, "damaged", datetime.now(UTC))
        assert other.ask("save still here") == "saved"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("journal.")) == [
        "journal.sqlite3"
    ]
    assert titles_in(path) == {"still here"}


@pytest.mark.skipif(
    not __import__("journal.store.connection").store.connection.encryption_available(),
    reason="sqlcipher3 is not installed",
)
def test_an_encryption_change_waits_for_another_program_then_refuses(tmp_path):
    from journal.errors import JournalBusy
    from journal.safety import encryption
    from tests.elsewhere import held_elsewhere

    folder = tmp_path / "data"
    Journal.open(folder).close()
    path = folder / "journal.sqlite3"
    with held_elsewhere(folder) as other:
        with pytest.raises(JournalBusy):
            encryption.rewrite(path, None, "geheim genoeg", wait=0.5)
        assert other.ask("save plain still") == "saved"
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert titles_in(path) == {"plain still"}
    assert not list(folder.glob("*.conversion*")) and not list(folder.glob("*.converting*"))


# -- case 5: a moving-aside note that is not one -----------------------------------------

NOTES = {
    "empty (a kill, a full disk)": b"",
    "whitespace": b"\n",
    "up one folder": b"../x",
    "up two folders": b"../../outside.sqlite3",
    "an absolute path": b"/tmp/r15-stolen.sqlite3",
    "not UTF-8": b"\xff\xfe\x00j",
    "a NUL byte": b"journal.damaged\x00.sqlite3",
    "its own name": b"journal.sqlite3",
    "the backups folder": b"backups",
}


@pytest.mark.parametrize("content", list(NOTES.values()), ids=list(NOTES))
def test_a_moving_aside_note_that_is_not_one_never_stops_a_start(tmp_path, content):
    from journal.sample import demo

    folder = tmp_path / "data"
    journal = Journal.open(folder)
    demo.fill(journal, 20)
    journal.close()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    note = folder / "journal.sqlite3.moving-aside"
    note.write_bytes(content)
    journal = Journal.open(folder)  # what the app's start and every command run
    assert journal.count_meetings() == 20
    journal.close()
    assert health.check(folder / "journal.sqlite3").ok
    assert not note.exists()
    assert (folder / "journal.sqlite3.moving-aside.invalid").read_bytes() == content
    after = sorted(p.name for p in tmp_path.rglob("*"))
    assert after == sorted([*before, "journal.sqlite3.moving-aside.invalid"])
    assert not Path("/tmp/r15-stolen.sqlite3").exists()


def test_an_empty_moving_aside_note_and_the_real_commands(tmp_path):
    folder = tmp_path / "data"
    assert cli(folder, "demo", "--meetings", "20").returncode == 0
    (folder / "journal.sqlite3.moving-aside").write_bytes(b"")
    for args in (["check"], ["search", "review"]):
        result = cli(folder, *args)
        assert result.returncode in (0, 1) and "Traceback" not in result.stderr, result.stderr
        assert "Invalid" not in result.stderr


def test_the_moving_aside_note_is_written_whole_or_not_at_all(data_dir, monkeypatch):
    """A full disk (or a kill) while the note is written leaves no empty note: it is
    written beside itself, synced and renamed into place."""
    import errno
    import os
    from datetime import UTC, datetime

    Journal.open(data_dir).close()
    path = data_dir / "journal.sqlite3"

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        health.move_aside(path, "damaged", datetime.now(UTC))
    monkeypatch.undo()
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite3"]


# -- case 6: the smaller holes -------------------------------------------------------------


def test_an_emptied_journal_beside_its_backups_is_never_opened_as_new(data_dir):
    journal = Journal.open(data_dir)
    from journal.sample import demo

    demo.fill(journal, 20)
    journal.back_up("manual")
    journal.close()
    path = data_dir / "journal.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(NotAJournal) as info:
        Journal.open(data_dir)
    assert info.value.problem == "emptied"
    assert path.stat().st_size == 0  # nothing written into it
    assert not Path(f"{path}-wal").exists()


def test_sqlite_never_opens_an_empty_journal_beside_a_wal_that_holds_it(tmp_path):
    """A 0-byte file whose WAL holds the journal: SQLite would make the file a new
    database and delete the WAL. The WAL stays as it is, and the journal is refused."""
    from tests.elsewhere import held_elsewhere

    folder = tmp_path / "data"
    Journal.open(folder).close()
    copy = tmp_path / "copy"
    copy.mkdir()
    with held_elsewhere(folder) as other:
        for n in range(30):
            assert other.ask(f"save only in the WAL {n}") == "saved"
        shutil.copy(folder / "journal.sqlite3-wal", copy / "journal.sqlite3-wal")
    (copy / "journal.sqlite3").write_bytes(b"")
    wal = (copy / "journal.sqlite3-wal").read_bytes()
    assert wal
    with pytest.raises(NotAJournal) as info:
        Journal.open(copy)
    assert info.value.problem == "emptied"
    assert (copy / "journal.sqlite3-wal").read_bytes() == wal
    result = cli(copy, "check")
    assert result.returncode == 1 and "healthy" not in result.stdout
    assert (copy / "journal.sqlite3-wal").read_bytes() == wal


def test_an_empty_file_with_nothing_beside_it_is_a_new_journal(data_dir):
    (data_dir / "journal.sqlite3").write_bytes(b"")
    journal = Journal.open(data_dir)
    assert journal.count_meetings() == 0
    journal.close()


def test_check_on_an_empty_journal_file_says_so_without_a_traceback(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "journal.sqlite3").write_bytes(b"")
    result = cli(folder, "check")
    assert result.returncode == 1
    assert "healthy" not in result.stdout and "Traceback" not in result.stderr
    assert "empty (0 bytes)" in result.stderr


def damage_leaves(path: Path, tables: tuple[str, ...] = ("answers", "meetings")) -> None:
    """Random bytes over half the leaf pages of these tables (SQLite's dbstat)."""
    import os
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        names = ", ".join("?" for _ in tables)
        leaves = [row[0] for row in conn.execute(
            f"SELECT pageno FROM dbstat WHERE name IN ({names}) AND pagetype = 'leaf'", tables
        )]  # fmt: skip
    data = bytearray(path.read_bytes())
    for leaf in leaves[: max(1, len(leaves) // 2)]:
        data[(leaf - 1) * size : leaf * size] = os.urandom(size)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["json", "csv", "md"])
def test_an_export_of_a_damaged_journal_says_so_without_a_traceback(tmp_path, kind):
    """JSON and CSV are streamed from SQLite as the file is written: a damaged page met
    then is named like one met before."""
    folder = tmp_path / "data"
    assert cli(folder, "demo", "--meetings", "400").returncode == 0
    damage_leaves(folder / "journal.sqlite3")
    out = tmp_path / f"out.{kind}"
    result = cli(folder, "export", "--format", kind, "--from", "2000-01-01",
                 "--to", "2100-01-01", "-o", str(out))  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "is not an Advisor Journal file, or it is damaged" in result.stderr
    assert not out.exists()


def test_every_public_journal_and_calendar_method_translates_sqlite_errors():
    """The one translation point: no public method of what the ui and the command line
    call may let an ``sqlite3`` error out (a damaged page read by a storage module)."""
    import inspect

    from journal.calendar.api import Calendar

    missing = [
        f"{cls.__name__}.{name}"
        for cls in (Journal, Calendar)
        for name, attr in vars(cls).items()
        if not name.startswith("_")
        and (inspect.isfunction(attr) or isinstance(attr, (classmethod, staticmethod)))
        and not getattr(getattr(attr, "__func__", attr), "translates_errors", False)
    ]
    assert missing == []


def test_a_damaged_page_met_by_a_storage_module_is_a_journal_error(data_dir, monkeypatch):
    from journal.reflect import tags_store

    journal = Journal.open(data_dir)
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11

    def damaged(*_args, **_kwargs):
        raise corrupt

    monkeypatch.setattr(tags_store, "all_tags", damaged)  # reads through store.conn
    with pytest.raises(NotAJournal):
        journal.tags()
    journal.close()


def corrupt_search_index(path: Path) -> None:
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:  # garbage into FTS5's own blocks
        conn.execute(
            "UPDATE meeting_search_data SET block = randomblob(length(block)) WHERE id > 10"
        )
        conn.commit()


def test_a_damaged_search_index_is_found_by_check_and_rebuilt_by_search(tmp_path):
    folder = tmp_path / "data"
    assert cli(folder, "demo", "--meetings", "200").returncode == 0
    corrupt_search_index(folder / "journal.sqlite3")
    check = cli(folder, "check")
    assert check.returncode == 1
    assert "search index is damaged" in check.stderr
    assert "restore" not in check.stderr  # the journal itself is whole
    search = cli(folder, "search", "review")
    assert search.returncode == 0, search.stderr
    assert search.stdout.strip()
    assert cli(folder, "check").returncode == 0  # built again


@pytest.mark.skipif(
    not __import__("journal.store.connection").store.connection.encryption_available(),
    reason="sqlcipher3 is not installed",
)
def test_a_passphrase_variable_that_is_not_utf8_is_said_plainly(tmp_path):
    import os

    folder = tmp_path / "data"
    Journal.open(folder, passphrase="geheim genoeg").close()
    env = {k.encode(): v.encode() for k, v in os.environ.items()}
    env[b"QT_QPA_PLATFORM"] = b"offscreen"
    env[b"ADVISOR_JOURNAL_PASSPHRASE"] = b"geh\xffeim"
    for args in (["check"], ["search", "x"], ["backup"]):
        result = subprocess.run(
            [sys.executable, "-m", "ui.cli", "--data-dir", str(folder), *args],
            capture_output=True, text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
            timeout=120,
        )  # fmt: skip
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert "not valid UTF-8" in result.stderr


def test_two_imports_at_once_never_give_two_meetings_one_id(tmp_path):
    """The other import's step runs in the moment between this one's first read and its
    transaction (two connections, as two processes): ids are read inside it."""
    import threading
    from datetime import UTC, datetime, timedelta

    from journal.calendar import events_store

    folder = tmp_path / "data"
    now = datetime.now(UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//r15//EN"]
    for i in range(6):
        start = now - timedelta(days=2, minutes=-60 * i)
        lines += ["BEGIN:VEVENT", f"UID:r15-{i}@x", f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
                  f"DTEND:{start + timedelta(minutes=30):%Y%m%dT%H%M%SZ}", f"SUMMARY:O {i}",
                  "ORGANIZER:mailto:anna@adviesbureau.nl",
                  "ATTENDEE;CN=Anna:mailto:anna@adviesbureau.nl",
                  f"ATTENDEE;CN=P:mailto:p@klant{i}.nl", "END:VEVENT"]  # fmt: skip
    folder.mkdir()
    (folder / "c.ics").write_text("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n")
    early = Journal.open(folder, clock=lambda: now - timedelta(days=10))  # nothing ended
    early.calendar.import_file(folder / "c.ics", now - timedelta(days=11), now + timedelta(days=1))
    early.close()
    first = Journal.open(folder)
    other: list = []

    def the_other_process():
        second = Journal.open(folder)
        try:
            other.append(events_store.hold_ended_meetings(second.store, now))
        except Exception as exc:  # noqa: BLE001
            other.append(exc)
        finally:
            second.close()

    thread = threading.Thread(target=the_other_process)
    query = first.store.query

    def first_read_then_the_other(sql, params=()):
        rows = query(sql, params)
        if "FROM calendar_events" in sql and not thread.is_alive() and not other:
            thread.start()
            thread.join(1.0)  # it runs to its end now, unless a lock makes it wait
        return rows

    first.store.query = first_read_then_the_other
    added = events_store.hold_ended_meetings(first.store, now)
    thread.join()
    assert not isinstance(other[0], Exception), other[0]
    assert added + other[0] == 6
    assert first.count_meetings() == 6
    first.close()


def test_the_store_never_imports_the_safety_package():
    """The layering: ``journal.safety`` opens the file safely and uses the store; the
    store is given its opener and never imports ``journal.safety`` (not even lazily)."""
    import ast

    edges = []
    for path in sorted((ROOT / "journal" / "store").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "journal.safety"
            ):
                edges.append(f"{path.name}: {node.module}")
            elif isinstance(node, ast.Import):
                edges += [f"{path.name}: {a.name}" for a in node.names
                          if a.name.startswith("journal.safety")]  # fmt: skip
    assert edges == []


def test_a_hold_that_waited_while_the_file_was_replaced_takes_the_new_one(tmp_path):
    """Found by the soak: a hold that waited for the lock while the journal was renamed
    over got the lock on the old file, which nobody uses any more, and went on as if it
    held the journal (undoing an encryption change that was still running)."""
    import os
    import threading
    import time
    from datetime import UTC, datetime

    from journal.model import MeetingInput, ReflectionInput
    from journal.safety.exclusive import hold

    old, new = tmp_path / "old", tmp_path / "new"
    for folder, title in ((old, "the old file"), (new, "the new file")):
        journal = Journal.open(folder)
        journal.save(MeetingInput("A", title, datetime.now(UTC), 30), ReflectionInput())
        journal.close()
    path = old / "journal.sqlite3"
    seen: list = []

    def waiter():
        with hold(path, None, wait=20) as held:
            seen.append({row[0] for row in held.execute("SELECT title FROM meetings")})

    with hold(path, None) as first:
        first.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        thread = threading.Thread(target=waiter)
        thread.start()
        time.sleep(1.0)  # it waits for the lock on the old file now
        assert seen == []
        os.replace(new / "journal.sqlite3", path)
    thread.join(30)
    assert seen == [{"the new file"}]


OLD_JOURNAL = Path(__file__).parent / "data" / "journal-m010_trust_scale.sqlite3"


def test_two_programs_opening_a_journal_the_new_version_must_update_both_open_it(tmp_path):
    """After an update the app and a command may open the old journal at the same moment.
    Both used to make the backup before the update, to the same name, and both migrate:
    one failed with "table already exists" or "disk I/O error" (5 of 8 rounds, by
    hand). One updates now, under SQLite's write lock; the other waits and finds it
    done."""
    for round_ in range(6):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        shutil.copyfile(OLD_JOURNAL, folder / "journal.sqlite3")
        both = [
            subprocess.Popen(
                [sys.executable, "-m", "ui.cli", "--data-dir", str(folder), "search", ""],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for _ in range(2)
        ]
        results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in both]
        for p in both:
            for stream in (p.stdout, p.stderr):
                if stream:
                    stream.close()
        assert [code for code, _ in results] == [0, 0], f"round {round_}: {results}"
        assert all("Traceback" not in err for _, err in results)
        backups = sorted(p.name for p in (folder / "backups").iterdir())
        assert len(backups) == 1 and "before-update" in backups[0], backups
        assert health.check(folder / "journal.sqlite3").ok


@pytest.mark.skipif(not connection.encryption_available(), reason="no sqlcipher3")
def test_a_journal_encrypted_between_looking_and_reading_is_opened_not_called_damaged(
    tmp_path, monkeypatch
):
    """The app encrypts the journal while a command opens it: the command looked at the
    plain file's bytes, then SQLite read the encrypted file that replaced it ("file is
    not a database"). Seen once in a soak as a journal refused as damaged; it is
    looked at again instead."""
    from journal.safety import encryption, opening

    folder = tmp_path / "data"
    journal = Journal.open(folder)
    journal.store.set_profile_value("x", 1)
    meetings = journal.count_meetings()
    journal.close()
    path = folder / "journal.sqlite3"
    twin = tmp_path / "encrypted.sqlite3"
    encryption.export_copy(path, None, twin, "geheim")
    real = opening._what_it_is
    swaps = []

    def look_then_be_encrypted(at, passphrase):
        seen = real(at, passphrase)
        if not swaps:  # the app's encryption change lands here, once
            os.replace(twin, at)
            swaps.append(at)
        return seen

    monkeypatch.setattr(opening, "_what_it_is", look_then_be_encrypted)
    journal = Journal.open(folder, passphrase="geheim")
    try:
        assert journal.encrypted and journal.count_meetings() == meetings
    finally:
        journal.close()
    assert swaps
