"""The wheel carries journal/, ui/ and resources/, and the README's commands are CI's."""

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_code_resources_and_the_script(tmp_path):
    source = tmp_path / "source"  # build from a copy: a build writes build/ and egg-info
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__"),
    )
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    [wheel] = out.glob("advisor_journal-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "journal/service.py",
        "journal/store/storage.py",
        "journal/calendar/api.py",
        "ui/shell/main_window.py",
        "ui/cli/main.py",
        "ui/cli/entry.py",
        "ui/cli/__main__.py",
        "resources/__init__.py",
        "resources/questions/bank.json",
        "resources/translations/advisor_journal_nl.qm",
        "resources/icons/advisor-journal.svg",
        "resources/pulse/form.html",
        "journal/pulse/mail_text.py",
    ):
        assert needed in names, needed
    assert not any(n.startswith("tests/") for n in names)
    [entry_points] = [n for n in names if n.endswith("entry_points.txt")]
    entries = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "advisor-journal = ui.cli.entry:main" in entries
    gui = entries.split("[gui_scripts]")[1].split("[")[0]
    assert "advisor-journal-app = ui.cli.entry:main_windowed" in gui
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)
    test_commands = [b.strip() for b in blocks if "pytest" in b]
    assert test_commands, "the README names the test command in a ```sh block"
    assert test_commands[0] in ci


def test_ci_tests_the_lowest_pyside6_as_well():
    """The README's command installs the highest PySide6 in range; .ci/run runs the suite
    again with the floor, which it reads from pyproject.toml."""
    import tomllib

    from packaging.requirements import Requirement

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pyside = {
        r.name: r.specifier
        for r in map(Requirement, pyproject["project"]["dependencies"])
        if r.name.startswith("pyside6")
    }
    assert set(pyside) == {"pyside6-essentials", "pyside6-addons"}
    assert pyside["pyside6-essentials"] == pyside["pyside6-addons"], "one PySide6, one range"
    floors = [s.version for s in pyside["pyside6-essentials"] if s.operator == ">="]
    assert len(floors) == 1, "a floor (>=) for .ci/run to test"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert '"pyside6-essentials==$floor" "pyside6-addons==$floor"' in ci
    assert ci.count("check_pytest") >= 3, "pytest's exit 5 fails the floor's run too"
