"""``advisor-journal import-calendar`` with files written to hurt (issue 16): a report
that says what was left out and why, terminal-safe, never a traceback."""

import os
import sys
from pathlib import Path

import pytest

from ui.cli import main

HOSTILE = Path(__file__).parent / "data" / "calendars" / "hostile"
WINDOW = ["--from", "2026-11-01", "--to", "2027-01-31"]


def run(tmp_path, path, capsys):
    code = main.main(["--data-dir", str(tmp_path / "data"), "import-calendar", str(path), *WINDOW])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def amsterdam(local_zone):
    local_zone("Europe/Amsterdam")


def test_titles_reach_the_terminal_without_control_or_direction_characters(qapp, tmp_path, capsys):
    for name in ("control_characters_titles.ics", "bidi_override_titles.ics"):
        code, out, _ = run(tmp_path, HOSTILE / name, capsys)
        assert code == 0
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Factuur gnp.exe Kestrel" in out


def test_a_flood_is_read_up_to_the_limit_and_said(qapp, tmp_path, capsys):
    code, out, _ = run(tmp_path, HOSTILE / "rrule_secondly_no_end.ics", capsys)
    assert code == 0
    assert "repeats more than 2000 times in this period; only the first 2000 were read" in out
    assert len(out.splitlines()) < 2100


def test_a_file_cut_short_says_where_and_what_was_left_out(qapp, tmp_path, capsys):
    code, out, _ = run(tmp_path, HOSTILE / "truncated_before_end_vevent.ics", capsys)
    assert code == 1  # nothing could be read
    assert "the file is cut short at line 33: the event that starts at line 22 was left out" in out


def test_duplicate_uids_are_named_not_a_traceback(qapp, tmp_path, capsys):
    code, out, err = run(tmp_path, HOSTILE / "uid_three_events_same.ics", capsys)
    assert code == 0 and not err
    assert out.count("has the same UID: only the newest version is read") == 2


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_at_once_with_what_it_is(qapp, tmp_path, capsys):
    fifo = tmp_path / "agenda.ics"
    os.mkfifo(fifo)
    code, _, err = run(tmp_path, fifo, capsys)
    assert code == 2
    assert "is not a file but a pipe. Choose a calendar file (.ics)." in err
