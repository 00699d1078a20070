"""Backups: checked, private, self-contained copies; a time limit; nothing partial left;
rotation per kind; the backup made before a schema update; the newest good one."""

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.errors import BackupFailed
from journal.model import MeetingInput, ReflectionInput
from journal.safety import backups, encryption, health
from journal.safety.backups import KEEP, daily_due, list_backups, make_backup, rotate
from journal.safety.health import newest_good
from journal.safety.restore import restore
from journal.sample import demo
from journal.service import Journal
from journal.store import migrations
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
BIG_MEETINGS = 3000  # about 1,300 pages: more than one step of the backup API


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """A closed demo journal big enough that a backup takes several steps."""
    folder = tmp_path_factory.mktemp("big")
    j = Journal.open(folder, clock=lambda: FIXED_NOW)
    demo.fill(j, BIG_MEETINGS)
    j.close()
    path = journal_file(folder)
    pages = path.stat().st_size // 4096
    assert pages > backups.PAGES_PER_STEP, pages
    return path


@pytest.fixture
def big(big_file, tmp_path) -> Path:
    """A copy of the big journal of this test's own."""
    folder = tmp_path / "big"
    folder.mkdir()
    shutil.copy(big_file, journal_file(folder))
    return journal_file(folder)


def save(journal: Journal, title: str) -> int:
    return journal.save(MeetingInput("Gemeente Utrecht", title, START, 60), ReflectionInput())


def titles_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("SELECT title FROM meetings ORDER BY id")]


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file in the folder with its bytes (None: a folder)."""
    return {p.name: None if p.is_dir() else p.read_bytes() for p in sorted(folder.iterdir())}


def at(hours: float) -> datetime:
    return FIXED_NOW + timedelta(hours=hours)


# -- one backup ------------------------------------------------------------------------


def test_a_backup_is_checked_private_self_contained_and_has_the_last_write(journal):
    save(journal, "eerste")
    save(journal, "vlak voor de backup")  # in the WAL, not yet in the file
    assert Path(f"{journal.path}-wal").stat().st_size > 0
    made = journal.back_up()
    assert made.kind == "manual" and made.made == FIXED_NOW
    assert made.path.parent == journal.path.parent / "backups"
    assert made.size == made.path.stat().st_size > 0
    assert health.check(made.path).ok
    assert titles_in(made.path) == ["eerste", "vlak voor de backup"]
    raw = made.path.read_bytes()
    assert raw[18:20] == b"\x01\x01"  # rollback journal in the header, not WAL (2)
    with closing(sqlite3.connect(made.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert names_in(made.path.parent) == [made.path.name]  # no -wal, -shm or .partial
    if sys.platform != "win32":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert journal.backups() == [made]
    assert journal.check().ok  # the journal itself is untouched and fine


def test_a_backup_to_a_chosen_file_is_not_rotated_with_the_others(journal, tmp_path):
    save(journal, "eerste")
    target = tmp_path / "elders" / "mijn-backup.sqlite3"
    made = journal.back_up("manual", target)
    assert made.path == target and health.check(target).ok
    assert titles_in(target) == ["eerste"]
    assert journal.backups() == []


def test_a_backup_completes_while_another_connection_writes_all_the_time(big):
    """The copy reads one snapshot: writes meanwhile do not start it over."""
    stop = threading.Event()
    written = [0]

    def writer():
        with closing(sqlite3.connect(big, isolation_level=None, timeout=10)) as conn:
            while not stop.is_set():
                conn.execute(
                    "INSERT OR REPLACE INTO drafts VALUES ('new', NULL, ?, '2026-11-23')",
                    [json.dumps({"n": written[0]})],
                )
                written[0] += 1

    steps = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        seen = written[0]
        for _ in range(2000):  # wait (up to 20 s) for a write between this step and the next
            if written[0] > seen + 1 or stop.wait(0.01):
                break

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = make_backup(big, "manual", now=FIXED_NOW, time_limit=60, progress=progress)
    finally:
        stop.set()
        thread.join()
    assert len(steps) >= 2 and steps == sorted(set(steps)), steps  # never started over
    assert health.check(made.path).ok
    with closing(sqlite3.connect(made.path)) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == BIG_MEETINGS


def test_a_backup_over_its_time_limit_leaves_nothing(big):
    folder = backups.folder_of(big)
    with pytest.raises(BackupFailed) as info:
        make_backup(big, "daily", now=FIXED_NOW, time_limit=0.000_001)
    assert info.value.problem == "timeout"
    assert names_in(folder) == []  # no .partial, no backup
    assert list_backups(big) == []
    assert health.check(big).ok


def test_a_backup_that_cannot_be_written_leaves_nothing(journal):
    save(journal, "eerste")
    blocker = journal.path.parent / "backups"
    blocker.write_text("een bestand waar de map zou moeten staan")
    with pytest.raises(BackupFailed) as info:
        journal.back_up()
    assert info.value.problem == "not_written"
    assert blocker.read_text().startswith("een bestand")
    assert names_in(journal.path.parent) == sorted(
        ["backups", "journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"]
    )


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_a_backup_on_a_full_disk_leaves_nothing(big):
    """The file size limit makes every write past 1 MB fail, as a full disk would."""
    child = textwrap.dedent(
        f"""
        import json, resource, signal
        from pathlib import Path
        from journal.safety.backups import make_backup
        from journal.errors import BackupFailed
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, resource.RLIM_INFINITY))
        try:
            make_backup(Path({str(big)!r}), "daily")
        except BackupFailed as exc:
            print(json.dumps([exc.problem, exc.detail]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    problem, detail = json.loads(done.stdout)
    assert problem == "not_written", detail
    assert names_in(backups.folder_of(big)) == []
    assert health.check(big).ok


# -- rotation and when the daily one is due ----------------------------------------------


def test_rotation_keeps_the_newest_of_each_kind_and_never_touches_other_kinds(journal):
    save(journal, "eerste")
    manual = [make_backup(journal.path, "manual", now=at(-100 - h)) for h in range(2)]
    before_update = make_backup(journal.path, "before-update", now=at(-200))
    daily = [
        make_backup(journal.path, "daily", now=at(24 * day)) for day in range(KEEP["daily"] + 3)
    ]
    kept = list_backups(journal.path)
    assert [b.path for b in kept if b.kind == "daily"] == [b.path for b in reversed(daily[3:])]
    assert all(not b.path.exists() for b in daily[:3])
    assert [b.path for b in kept if b.kind == "manual"] == [b.path for b in manual]
    assert [b.path for b in kept if b.kind == "before-update"] == [before_update.path]
    assert [b.made for b in kept] == sorted((b.made for b in kept), reverse=True)
    # Rotating a kind with room to spare removes nothing.
    assert rotate(journal.path, "manual") == []
    # Two in the same second get names of their own.
    again = make_backup(journal.path, "manual", now=manual[0].made)
    assert again.path != manual[0].path and manual[0].path.exists()


def test_a_year_of_daily_backups_is_thinned_not_cut_off(journal):
    """A journal started empty (or restored) keeps copies of what it held: one a week
    for eight weeks and one a month for a year, besides the newest seven."""
    save(journal, "eerste")
    for day in range(400):
        make_backup(journal.path, "daily", now=at(24 * day))
    kept = sorted(b.made for b in list_backups(journal.path))
    assert len(kept) <= KEEP["daily"] + backups.WEEKS_KEPT + backups.MONTHS_KEPT
    newest = at(24 * 399)
    assert kept[-7:] == [at(24 * day) for day in range(393, 400)]
    assert newest - kept[0] > timedelta(days=300)
    months = {(b.year, b.month) for b in kept}
    assert len(months) == backups.MONTHS_KEPT


def test_backups_made_before_the_journal_is_replaced_are_never_removed(journal):
    save(journal, "eerste")
    made = [make_backup(journal.path, "before-restore", now=at(-h)) for h in range(12)]
    made += [make_backup(journal.path, "before-change", now=at(-100 - h)) for h in range(12)]
    assert all(b.path.exists() for b in made)
    assert rotate(journal.path, "before-restore") == []


def test_a_backup_that_cannot_be_removed_does_not_fail_the_new_one(journal, monkeypatch):
    save(journal, "eerste")
    old = [make_backup(journal.path, "manual", now=at(-h)) for h in range(KEEP["manual"])]

    unlink = Path.unlink
    old_names = {b.path.name for b in old}

    def refuse(path, missing_ok=False):  # as a read-only (immutable) file would
        if path.name in old_names:
            raise PermissionError(1, "Operation not permitted", str(path))
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    newest = make_backup(journal.path, "manual", now=at(1))
    assert newest.path.exists() and all(b.path.exists() for b in old)


def test_rotation_ignores_files_that_are_not_backups(journal):
    folder = backups.folder_of(journal.path)
    folder.mkdir(mode=0o700)
    (folder / "notities.txt").write_text("van mij")
    (folder / "journal-20200101-000000-weekly.sqlite3").write_text("onbekende soort")
    for day in range(KEEP["daily"] + 1):
        make_backup(journal.path, "daily", now=at(24 * day))
    assert len([b for b in list_backups(journal.path) if b.kind == "daily"]) == KEEP["daily"]
    assert (folder / "notities.txt").read_text() == "van mij"
    assert (folder / "journal-20200101-000000-weekly.sqlite3").exists()


def test_a_daily_backup_is_due_after_a_day_without_any_backup(journal):
    assert daily_due(journal.path, FIXED_NOW) and journal.daily_backup_due()
    make_backup(journal.path, "before-update", now=FIXED_NOW)  # any kind counts
    assert not journal.daily_backup_due()
    assert not daily_due(journal.path, at(19))
    assert daily_due(journal.path, FIXED_NOW + backups.DAILY_AFTER)
    make_backup(journal.path, "daily", now=at(30))
    assert not daily_due(journal.path, at(31))


# -- the backup before an update, and the newest good one --------------------------------


def migrations_of(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(
            f"SELECT * FROM {migrations.MIGRATIONS_TABLE} ORDER BY rowid"
        ).fetchall()


def schema_of(path: Path) -> set[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return set(conn.execute("SELECT type, name, sql FROM sqlite_master"))


@pytest.mark.parametrize(
    "saved", sorted(DATA.glob("journal-m00*.sqlite3"))[:-1], ids=lambda p: p.stem
)
def test_updating_an_old_journal_first_makes_a_backup_of_it_as_it_was(tmp_path, saved):
    shutil.copy(saved, journal_file(tmp_path))
    as_shipped = shutil.copy(saved, tmp_path / "as-shipped.sqlite3")  # never read the fixture
    old_rows = migrations_of(as_shipped)
    assert len(old_rows) < len(migrations.KNOWN)
    j = Journal.open(tmp_path)
    assert len(migrations_of(j.path)) == len(migrations.KNOWN)
    (kept,) = j.backups()
    j.close()
    assert kept.kind == "before-update"
    assert health.check(kept.path).ok
    assert migrations_of(kept.path) == old_rows
    assert schema_of(kept.path) == schema_of(as_shipped)  # the schema before the update
    assert schema_of(kept.path) != schema_of(j.path)
    with closing(sqlite3.connect(f"file:{kept.path}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
    # Opening again (nothing to update) makes no further backup.
    Journal.open(tmp_path).close()
    assert len(list_backups(journal_file(tmp_path))) == 1


def test_an_up_to_date_journal_opens_without_a_backup(data_dir):
    Journal.open(data_dir).close()
    Journal.open(data_dir).close()
    assert list_backups(journal_file(data_dir)) == []


def test_newest_good_skips_a_damaged_newest_backup(journal):
    save(journal, "eerste")
    older = make_backup(journal.path, "daily", now=at(1))
    newer = make_backup(journal.path, "manual", now=at(2))
    assert newest_good(journal.path) == newer
    raw = bytearray(newer.path.read_bytes())
    raw[:100] = bytes(100)
    newer.path.write_bytes(bytes(raw))
    assert newest_good(journal.path) == older
    older.path.write_bytes(b"cut" * 10)
    assert newest_good(journal.path) is None


# -- restoring -------------------------------------------------------------------------


def closed_journal_with(folder: Path, *titles: str) -> Path:
    j = Journal.open(folder, clock=lambda: FIXED_NOW)
    for title in titles:
        save(j, title)
    j.close()
    return journal_file(folder)


def test_restoring_a_good_backup_keeps_the_journal_it_replaces(data_dir):
    path = closed_journal_with(data_dir, "eerste")
    kept = make_backup(path, "manual", now=at(1))
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    save(j, "na de backup")
    j.close()

    old = restore(kept.path, path, at(2))

    assert names_in(data_dir) == ["backups", "journal.sqlite3"]  # no .restoring, no -wal
    assert old is not None and old.parent == backups.folder_of(path)
    (before_restore,) = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert before_restore.path == old
    assert titles_in(old) == ["eerste", "na de backup"]
    assert titles_in(path) == ["eerste"]
    assert titles_in(kept.path) == ["eerste"]  # the backup itself stays
    found = health.check(path)
    assert found.ok and found.meetings == 1
    j = Journal.open(data_dir)
    conn = j.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    save(j, "daarna")
    assert [m.title for m in j.meeting_page(0, 10)] == ["daarna", "eerste"]
    j.close()


def zero_the_header(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[:100] = bytes(100)
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("damage", ["zeroed header", "garbled page"])
def test_restoring_over_a_damaged_journal_moves_it_aside_untouched(data_dir, damage):
    from tests.journal.test_damaged_files import garble_a_meetings_page, make_journal

    path = make_journal(data_dir, meetings=300)
    kept = make_backup(path, "daily", now=at(1))
    if damage == "zeroed header":
        zero_the_header(path)
    else:
        garble_a_meetings_page(path)
    damaged = path.read_bytes()

    old = restore(kept.path, path, at(2))

    assert old is not None and old.parent == data_dir
    assert old.name.startswith("journal.replaced-") and old.name.endswith(".sqlite3")
    assert old.read_bytes() == damaged
    assert [b.kind for b in list_backups(path)] == ["daily"]  # no before-restore of it
    assert names_in(backups.folder_of(path)) == [kept.path.name]  # no partial left
    found = health.check(path)
    assert found.ok and found.meetings == 300


def test_restoring_a_damaged_backup_changes_nothing(data_dir):
    path = closed_journal_with(data_dir, "eerste")
    kept = make_backup(path, "manual", now=at(1))
    zero_the_header(kept.path)
    before = snapshot(data_dir), snapshot(backups.folder_of(path))
    with pytest.raises(BackupFailed) as info:
        restore(kept.path, path, at(2))
    assert info.value.problem == "damaged"
    assert (snapshot(data_dir), snapshot(backups.folder_of(path))) == before
    assert titles_in(path) == ["eerste"]


def test_leftovers_of_a_killed_restore_or_conversion_are_harmless(data_dir):
    """A kill mid-way leaves ``.restoring`` or ``.converting`` beside the whole journal:
    opening removes an unfinished conversion and ignores an unfinished restore, whose
    name the next restore writes anew."""
    path = closed_journal_with(data_dir, "eerste")
    kept = make_backup(path, "manual", now=at(1))
    restoring = Path(f"{path}.restoring")
    converting = Path(f"{path}.converting")
    restoring.write_bytes(kept.path.read_bytes()[:5000])
    converting.write_bytes(b"half geschreven")
    settled = time.time() - encryption.LEFTOVER_AFTER_SECONDS - 1
    os.utime(converting, (settled, settled))  # a conversion under way would touch it
    j = Journal.open(data_dir)
    assert [m.title for m in j.meeting_page(0, 10)] == ["eerste"]
    save(j, "tweede")
    j.close()
    assert not converting.exists()
    assert restoring.read_bytes() == kept.path.read_bytes()[:5000]  # ignored
    restore(kept.path, path, at(2))
    assert not restoring.exists()
    assert titles_in(path) == ["eerste"]
