"""``advisor-journal`` with no command starts the window straight from ``ui/cli/entry.py``
(no parser, no command modules); anything else still goes through the whole parser."""

from pathlib import Path

import pytest

from journal.store import paths
from ui.cli import entry
from ui.shell import app


@pytest.fixture
def started(monkeypatch):
    """The calls to ``ui.shell.app.run`` (the window), not run."""
    calls: list[tuple[Path, dict]] = []
    monkeypatch.setattr(app, "run", lambda folder, **options: calls.append((folder, options)) or 0)
    return calls


@pytest.mark.parametrize(
    "argv", [["--data-dir", "{d}"], ["--data-dir={d}"]], ids=["--data-dir D", "--data-dir=D"]
)
def test_the_window_with_a_data_folder_as_the_whole_command_starts_it(
    started, tmp_path, argv, monkeypatch
):
    argv = [a.format(d=tmp_path) for a in argv]
    assert entry.main(argv) == 0
    from ui.cli import main as whole

    assert whole.main(argv) == 0
    short, long = started
    assert short == (tmp_path, {}) and long == (
        tmp_path,
        {"background": False, "crash_test": False},
    )


def test_the_window_without_options_opens_the_default_folder(started, monkeypatch, tmp_path):
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "from-env"))
    assert entry.main([]) == 0
    assert started == [(tmp_path / "from-env", {})]


@pytest.mark.parametrize("option", ["--background", "--crash-test"])
def test_other_options_go_the_whole_way(started, tmp_path, option):
    assert entry.main(["--data-dir", str(tmp_path), option]) == 0
    assert started[0][0] == tmp_path and True in started[0][1].values()


def test_help_and_mistakes_are_the_whole_parsers(started, capsys):
    with pytest.raises(SystemExit) as exit_:
        entry.main(["--help"])
    assert exit_.value.code == 0 and "search" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        entry.main(["--no-such-option"])
    assert exit_.value.code == 2 and not started
