"""Issue 15, case 1: the real app (offscreen, ``tests/app_driver.py``) and the real
commands on one journal at the same time. Any descriptor of the journal that the app's
process opens and closes outside SQLite drops all its POSIX locks on the file; the next
command to close its connection then believes it is the last user and deletes the WAL
under the app, and every save after that is lost at the next crash. After each command
the app must still have its -wal and -shm (no deleted file among its descriptors), and
every save it acknowledged must be in the journal after a SIGKILL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "app_driver.py"

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="reads /proc/PID/fd (Linux)"
)


def cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


class App:
    """The app on ``data``, steered through ``control``."""

    def __init__(self, data: Path, control: Path):
        self.data, self.control, self.seq = data, control, 0
        control.mkdir(exist_ok=True)
        self.err = open(control / "stderr", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(data), str(control)],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=self.err,
            stderr=self.err,
        )

    def log(self) -> list[str]:
        try:
            return (self.control / "log").read_text().splitlines()
        except FileNotFoundError:
            return []

    def wait_for(self, line: str, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if any(entry.startswith(line) for entry in self.log()):
                return
            assert self.process.poll() is None, f"the app ended: {self.log()}"
            time.sleep(0.1)
        raise AssertionError(f"no {line!r} in {self.log()}")

    def send(self, line: str) -> None:
        partial = self.control / f"next-{self.seq}"
        partial.write_text(line)
        os.replace(partial, self.control / f"cmd-{self.seq}")
        self.seq += 1

    def deleted_journal_files(self) -> list[str]:
        found = []
        for fd in Path(f"/proc/{self.process.pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if "journal.sqlite3" in target and target.endswith("(deleted)"):
                found.append(target)
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(30)
        self.err.close()


def test_commands_beside_the_running_app_leave_its_wal_and_every_save(tmp_path):
    data = tmp_path / "data"
    assert cli(data, "demo", "--meetings", "40").returncode == 0
    app = App(data, tmp_path / "control")
    try:
        app.wait_for("started")
        app.wait_for("checked")  # the quick check after first paint has run
        app.wait_for("backed-up")  # and the daily backup
        commands = {
            "search": ["search", "review"],
            "export": ["export", "--format", "json", "-o", str(tmp_path / "export.json")],
            "check": ["check"],
            "backup": ["backup"],
        }
        for name, args in commands.items():
            app.send(f"save before-{name}")
            app.wait_for(f"ack before-{name}")
            result = cli(data, *args)
            assert result.returncode in (0, 1), result.stderr
            assert "Traceback" not in result.stderr
            assert app.deleted_journal_files() == [], f"after {name}"
            app.send(f"save after-{name}")
            app.wait_for(f"ack after-{name}")
        app.send("kill")
        app.process.wait(60)
    finally:
        app.stop()
    acked = [line.split()[1] for line in app.log() if line.startswith("ack ")]
    assert len(acked) == 2 * len(commands)
    with sqlite3.connect(data / "journal.sqlite3") as conn:
        titles = {row[0] for row in conn.execute("SELECT title FROM meetings")}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [title for title in acked if title not in titles] == []
