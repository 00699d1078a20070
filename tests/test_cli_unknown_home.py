"""A journal folder given as ``~name/…`` for a user this computer does not know (a typo in
``--data-dir`` or ``$ADVISOR_JOURNAL_HOME``): every way in (the search's short way, the
window's, the whole parser's) says so in words, exit 2, and creates nothing; it used to
end in a traceback ("Could not determine home directory")."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UNKNOWN = "~aj-no-such-user-4711/journal"

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="Windows makes any ~name a sibling of the home folder"
)


def run(tmp_path: Path, argv: list[str], env_home: str | None = None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.pop("ADVISOR_JOURNAL_HOME", None)
    if env_home is not None:
        env["ADVISOR_JOURNAL_HOME"] = env_home
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", *argv],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done, work


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", UNKNOWN, "search", "klant"],  # the short way
        ["--data-dir", UNKNOWN, "search", "klant", "--json", "--client", "x"],
        ["--data-dir", UNKNOWN],  # the window's way
        ["--data-dir", UNKNOWN, "demo"],  # the whole parser
        ["--data-dir", UNKNOWN, "export", "--format", "json", "--output", "out.json"],
    ],
    ids=["search", "search-options", "window", "demo", "export"],
)
def test_an_unknown_users_home_is_named_not_a_traceback(tmp_path, argv):
    done, work = run(tmp_path, argv)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert UNKNOWN in done.stderr and "home folder of a user" in done.stderr
    assert list(work.iterdir()) == []  # no folder called "~aj-no-such-user-4711"


def test_the_same_from_the_environment_variable(tmp_path):
    done, work = run(tmp_path, ["search", "klant"], env_home=UNKNOWN)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert UNKNOWN in done.stderr
    assert list(work.iterdir()) == []
