"""``advisor-journal check``, ``backup`` and ``restore``, and an encrypted journal on the
command line."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal.safety import backups, encryption
from journal.store.paths import journal_file
from ui.cli import main
from ui.cli.data_commands import PASSPHRASE_VARIABLE

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def filled(tmp_path):
    folder = tmp_path / "data"
    assert main.main(["--data-dir", str(folder), "demo", "--meetings", "120"]) == 0
    return folder


def run(folder: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command in a child, so exit codes and streams are what a shell sees."""
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**_base_env(), **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def _base_env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k != PASSPHRASE_VARIABLE}


def meetings_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    finally:
        conn.close()


def test_check_says_healthy_and_exits_0(filled, capsys):
    assert main.main(["--data-dir", str(filled), "check"]) == 0
    out = capsys.readouterr().out
    assert "healthy" in out and "120 meetings" in out
    assert "No backups yet" in out


def test_check_finds_a_garbled_page_names_the_newest_good_backup_and_exits_1(filled):
    assert run(filled, "backup").returncode == 0
    path = journal_file(filled)
    with path.open("r+b") as f:  # a page in the middle overwritten
        f.seek(8 * 4096)
        f.write(b"\xa5" * 4096)
    result = run(filled, "check")
    assert result.returncode == 1
    assert "damaged" in result.stderr
    (good,) = backups.list_backups(path)
    assert f"advisor-journal restore {good.path}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda p: p.write_bytes(b"\0" * 100 + p.read_bytes()[100:]), "first bytes are wiped"),
        (lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]), "cut off"),
        (lambda p: p.write_text("boodschappen: melk, brood\n"), "a text file"),
    ],
    ids=["zeroed-header", "truncated", "text-file"],
)
def test_check_explains_each_kind_of_damage(filled, damage, words):
    damage(journal_file(filled))
    result = run(filled, "check")
    assert result.returncode == 1
    assert words in result.stderr
    assert "no good backup" in result.stderr


def test_check_of_a_missing_journal_exits_1(tmp_path):
    result = run(tmp_path / "nowhere", "check")
    assert result.returncode == 1
    assert "no journal here yet" in result.stderr


def test_backup_to_a_file_is_checked_and_refuses_to_overwrite(filled, tmp_path, capsys):
    target = tmp_path / "copy.sqlite3"
    assert main.main(["--data-dir", str(filled), "backup", "-o", str(target)]) == 0
    assert "integrity check ok" in capsys.readouterr().out
    assert meetings_in(target) == 120
    before = target.read_bytes()
    assert main.main(["--data-dir", str(filled), "backup", "-o", str(target)]) == 1
    assert "exists" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_restore_puts_the_backup_back_and_keeps_the_journal_it_replaced(filled, capsys):
    path = journal_file(filled)
    assert main.main(["--data-dir", str(filled), "backup"]) == 0
    (made,) = backups.list_backups(path)
    assert main.main(["--data-dir", str(filled), "demo", "--meetings", "5", "--force"]) == 0
    assert meetings_in(path) == 125
    capsys.readouterr()
    assert main.main(["--data-dir", str(filled), "restore", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert meetings_in(path) == 120
    kept = [b for b in backups.list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in out
    assert meetings_in(kept[0].path) == 125


def test_restore_is_refused_while_the_app_holds_the_journal(filled, capsys):
    from PySide6.QtCore import QLockFile

    from ui.shell.single_instance import LOCK_FILE

    path = journal_file(filled)
    assert main.main(["--data-dir", str(filled), "backup"]) == 0
    (made,) = backups.list_backups(path)
    # The app's lock, held by another process (a child that sleeps holding it).
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(filled / LOCK_FILE)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = path.read_bytes()
        assert main.main(["--data-dir", str(filled), "restore", str(made.path)]) == 1
        assert "Close it first" in capsys.readouterr().err
        assert path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    # A lock left by a killed process does not block: it is taken over.
    assert main.main(["--data-dir", str(filled), "restore", str(made.path)]) == 0
    assert not QLockFile(str(filled / LOCK_FILE)).isLocked()


_HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


def test_restore_of_a_damaged_backup_changes_nothing(filled, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(journal_file(filled).read_bytes()[:8192])
    before = journal_file(filled).read_bytes()
    result = run(filled, "restore", str(bad))
    assert result.returncode == 1
    assert "not restored" in result.stderr
    assert journal_file(filled).read_bytes() == before


def test_an_encrypted_journal_takes_its_passphrase_from_the_environment(filled):
    encryption.rewrite(journal_file(filled), None, "kat op de mat")
    without = run(filled, "check")
    assert without.returncode == 2
    assert PASSPHRASE_VARIABLE in without.stderr
    assert "Traceback" not in without.stderr
    right = {PASSPHRASE_VARIABLE: "kat op de mat"}
    assert run(filled, "check", env=right).returncode == 0
    assert run(filled, "search", "", env=right).returncode == 0
    made = run(filled, "backup", env=right)
    assert made.returncode == 0, made.stderr
    wrong = run(filled, "search", "", env={PASSPHRASE_VARIABLE: "hond"})
    assert wrong.returncode == 2
    assert "passphrase" in wrong.stderr.lower()


def test_backing_up_a_damaged_journal_says_the_journal_is_damaged(filled):
    path = journal_file(filled)
    with path.open("r+b") as f:  # a page in the middle overwritten
        f.seek(8 * 4096)
        f.write(b"\xa5" * 4096)
    result = run(filled, "backup")
    assert result.returncode == 1
    assert "the journal itself is damaged" in result.stderr
    assert backups.list_backups(path) == []


def test_restoring_a_file_that_is_no_journal_is_refused_before_any_passphrase(filled, tmp_path):
    encryption.rewrite(journal_file(filled), None, "kat op de mat")
    before = journal_file(filled).read_bytes()
    note = tmp_path / "boodschappen.sqlite3"
    note.write_text("melk, brood\n")
    result = run(filled, "restore", str(note))  # no passphrase given: none is needed
    assert result.returncode == 1
    assert "is not a journal backup" in result.stderr
    assert journal_file(filled).read_bytes() == before


def test_backup_into_a_folder_uses_the_usual_name_there(filled, tmp_path, capsys):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    assert main.main(["--data-dir", str(filled), "backup", "-o", str(stick)]) == 0
    (made,) = stick.iterdir()
    assert made.name.startswith("journal-") and made.name.endswith("-manual.sqlite3")
    assert meetings_in(made) == 120
