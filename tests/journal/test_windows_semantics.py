"""The data-safety paths with Windows' file semantics (tests/platform_sim.py), in every
run: a backup, the backup before an update, encryption on and off, a damaged journal
moved aside and a restore. The whole data-safety suite runs this way with
ADVISOR_JOURNAL_SIMULATE=windows (scripts/test-as-windows)."""

import errno
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.errors import JournalNotWritable
from journal.model import MeetingInput, ReflectionInput
from journal.safety import backups, encryption, health, restore
from journal.service import Journal
from journal.store.connection import encryption_available
from journal.store.paths import journal_file

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def _saved(journal: Journal, title: str = "Kick-off") -> int:
    return journal.save(
        MeetingInput("Gemeente Utrecht", title, datetime(2026, 11, 20, 10, tzinfo=UTC), 60),
        ReflectionInput({"listening.1": 4}),
    )


def test_the_simulation_refuses_what_windows_refuses(on_windows, tmp_path):
    """Run as code of ours (a module named journal.*): a read-only handle cannot be
    flushed, a folder cannot be opened, an open file cannot be replaced."""
    file = tmp_path / "a.bin"
    file.write_bytes(b"x")
    ours = {"__name__": "journal.simulated", "os": os}
    exec(  # noqa: S102 - code that calls os as a module of ours would
        "def flush(p):\n"
        "    fd = os.open(p, os.O_RDONLY)\n"
        "    try:\n"
        "        os.fsync(fd)\n"
        "    finally:\n"
        "        os.close(fd)\n"
        "def open_folder(p):\n"
        "    return os.open(p, os.O_RDONLY)\n"
        "def replace(a, b):\n"
        "    os.replace(a, b)\n",
        ours,
    )
    with pytest.raises(OSError) as refused:
        ours["flush"](file)
    assert refused.value.errno == errno.EBADF
    with pytest.raises(PermissionError):
        ours["open_folder"](tmp_path)
    other = tmp_path / "b.bin"
    other.write_bytes(b"y")
    with open(file, "rb"), pytest.raises(PermissionError):
        ours["replace"](other, file)


def test_a_backup_and_its_restore(on_windows, data_dir):
    journal = Journal.open(data_dir)
    first = _saved(journal)
    made = journal.back_up()
    _saved(journal, "After the backup")
    journal.close()
    path = journal_file(data_dir)
    restore.restore(made.path, path, NOW)
    again = Journal.open(data_dir)
    assert [m.id for m in again.store.meeting_page(0, 10)] == [first]
    again.close()


def test_the_backup_before_an_update(on_windows, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "journal-m007_search_separators.sqlite3", journal_file(data_dir))
    journal = Journal.open(data_dir)  # migrates, after a backup of the old schema
    kinds = [b.kind for b in backups.list_backups(journal.path)]
    journal.close()
    assert "before-update" in kinds


@pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 is not installed")
def test_encryption_on_and_off_with_its_safety_backup(on_windows, data_dir):
    journal = Journal.open(data_dir)
    _saved(journal)
    path = journal.path
    journal.close()
    encryption.rewrite(path, None, "geheim")
    assert health.check(path, "geheim").ok and health.check(path).kind == "locked"
    assert "before-change" in [b.kind for b in backups.list_backups(path)]
    encryption.rewrite(path, "geheim", None)
    reopened = Journal.open(data_dir)
    assert reopened.count_meetings() == 1 and not reopened.encrypted
    reopened.close()


def test_a_damaged_journal_is_moved_aside(on_windows, data_dir):
    journal = Journal.open(data_dir)
    _saved(journal)
    path = journal.path
    journal.close()
    path.write_bytes(b"\0" * 4096)  # a zeroed header
    moved = health.move_aside(path, "damaged", NOW)
    assert moved.exists() and not path.exists()


def test_a_folder_its_acl_makes_read_only_opens_read_only(on_windows, data_dir, monkeypatch):
    """os.access says yes on Windows whatever the ACL says; making a file there fails.
    The journal must open read-only, not fail at the first save."""
    journal = Journal.open(data_dir)
    _saved(journal)
    journal.close()
    real = tempfile.mkstemp

    def refused(*args, **kwargs):
        if Path(kwargs.get("dir") or args[2]).resolve() == data_dir.resolve():
            raise PermissionError(errno.EACCES, "Access is denied", str(data_dir))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    assert os.access(data_dir, os.W_OK)  # what Windows says of a folder
    reopened = Journal.open(data_dir)
    try:
        assert reopened.read_only
        with pytest.raises(JournalNotWritable):
            _saved(reopened, "Not saved")
    finally:
        reopened.close()
