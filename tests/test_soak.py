"""The whole-product soak (``benchmarks/soak.py``), short: the real app and the real
commands on one journal for about 45 seconds, with SIGKILLs at random moments (and, where
a tmpfs can be mounted, a disk that fills up). Nothing acknowledged may be lost, no
journal SQLite reads may be refused, no deleted journal file may stay open in the app,
and no process may print a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="samples /proc/PID/fd (Linux)"
)


def test_a_short_soak_loses_nothing(tmp_path):
    disk_kills = "4" if os.geteuid() == 0 else "0"  # mounting a tmpfs needs root
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--seconds", "45",
         "--kills", "1000", "--disk-kills", disk_kills, "--work", str(tmp_path / "soak")],
        capture_output=True, text=True, cwd=ROOT, timeout=900,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("SOAK-RESULT ")]
    assert lines, result.stdout[-3000:] + result.stderr[-3000:]
    found = json.loads(lines[-1].removeprefix("SOAK-RESULT "))
    table = result.stdout[-4000:]
    assert found["kills"] >= 5 and found["acks"] >= 20, table  # it did something
    assert found["lost"] == 0, table
    assert found["refused_readable"] == 0, table
    assert found["deleted_open"] == 0, table
    assert found["tracebacks"] == 0, table
    assert found["plain_beside_encrypted"] == 0, table
    assert result.returncode == 0, table
