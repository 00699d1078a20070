"""The command line, run in-process through ``ui.cli.main`` (its commands need no Qt window)."""

import subprocess
import sys

import pytest

import journal
from journal.paths import HOME_VARIABLE, journal_file
from ui import cli


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"advisor-journal {journal.__version__}"


def test_demo_fills_the_folder_given(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--meetings", "50", "--seed", "9"]) == 0
    assert "Added 50 meetings" in capsys.readouterr().out
    assert journal_file(tmp_path).exists()


def test_demo_refuses_a_journal_in_use_unless_forced(tmp_path, capsys):
    cli.main(["--data-dir", str(tmp_path), "demo", "--meetings", "5"])
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--meetings", "5"]) == 1
    assert "already has 5 meetings" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--meetings", "5", "--force"]) == 0


def test_environment_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "from-env"))
    assert cli.main(["demo", "--meetings", "3"]) == 0
    assert journal_file(tmp_path / "from-env").exists()


def test_a_broken_journal_gets_a_message_not_a_traceback(tmp_path):
    journal_file(tmp_path).write_text("hello, I am a text file")
    result = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(tmp_path), "demo"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "is not an Advisor Journal file" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_arguments_are_explained(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["demo", "--meetings", "0"])
    assert info.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


def test_a_count_that_is_not_a_number_is_explained(capsys):
    with pytest.raises(SystemExit):
        cli.main(["demo", "--meetings", "many"])
    assert "'many' is not a whole number" in capsys.readouterr().err
