"""The command line, run in-process through ``ui.cli.main`` (its commands need no Qt window)."""

import subprocess
import sys
from pathlib import Path

import pytest

import journal
from journal.store.paths import HOME_VARIABLE, journal_file
from ui.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"advisor-journal {journal.__version__}"


def test_demo_fills_the_folder_given(tmp_path, capsys):
    assert main.main(["--data-dir", str(tmp_path), "demo", "--meetings", "50", "--seed", "9"]) == 0
    assert "Added 50 meetings" in capsys.readouterr().out
    assert journal_file(tmp_path).exists()


def test_demo_refuses_a_journal_in_use_unless_forced(tmp_path, capsys):
    main.main(["--data-dir", str(tmp_path), "demo", "--meetings", "5"])
    assert main.main(["--data-dir", str(tmp_path), "demo", "--meetings", "5"]) == 1
    assert "already has 5 meetings" in capsys.readouterr().err
    assert main.main(["--data-dir", str(tmp_path), "demo", "--meetings", "5", "--force"]) == 0


def test_environment_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "from-env"))
    assert main.main(["demo", "--meetings", "3"]) == 0
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
        main.main(["demo", "--meetings", "0"])
    assert info.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


def test_a_count_that_is_not_a_number_is_explained(capsys):
    with pytest.raises(SystemExit):
        main.main(["demo", "--meetings", "many"])
    assert "'many' is not a whole number" in capsys.readouterr().err


CALENDARS = Path(__file__).parent / "journal" / "data" / "calendars"
# In-process runs need the tests' QApplication (``qapp``): the command would otherwise
# make a QCoreApplication that the window tests cannot use.


def test_import_calendar_prints_what_it_added_and_left_out(qapp, tmp_path, capsys):
    from ui.cli.main import main

    args = ["--data-dir", str(tmp_path), "import-calendar", str(CALENDARS / "broken.ics"),
            "--from", "2026-01-01", "--to", "2026-12-31"]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "2 client meetings added" in out
    assert "line 15  Dertig februari" in out and "DTSTART" in out
    assert "line 11: not an iCalendar line" in out
    assert main(args) == 0  # again: nothing twice
    assert "0 client meetings added, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_import_calendar_refuses_a_file_that_is_not_a_calendar(qapp, tmp_path, capsys):
    from ui.cli.main import main

    code = main(
        ["--data-dir", str(tmp_path), "import-calendar", str(CALENDARS / "not-a-calendar.ics")]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "is not an iCalendar (.ics) file (line 1)" in err and "Traceback" not in err


def test_import_calendar_exits_1_when_nothing_could_be_read(qapp, tmp_path, capsys):
    from ui.cli.main import main

    bad = tmp_path / "bad.ics"
    bad.write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20260231T100000Z\n"
        "DTEND:20260231T110000Z\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    code = main(["--data-dir", str(tmp_path / "j"), "import-calendar", str(bad),
                 "--from", "2026-01-01", "--to", "2026-12-31"])  # fmt: skip
    assert code == 1
    assert "0 client meetings added" in capsys.readouterr().out


def test_export_writes_a_private_file_only_its_owner_can_read(tmp_path, capsys, qapp):
    data = tmp_path / "data"
    main.main(["--data-dir", str(data), "demo", "--meetings", "80"])
    target = tmp_path / "summary.json"
    code = main.main(["--data-dir", str(data), "export", "--format", "json", "--from", "2024-01-01",
                     "-o", str(target)])  # fmt: skip
    assert code == 0
    assert "client names pseudonymised; texts left out" in capsys.readouterr().out
    assert target.stat().st_mode & 0o777 == 0o600
    from journal.coach.bundle_reader import read_bundle

    bundle = read_bundle(target)
    assert len(bundle["meetings"]) == 80
    assert {m["client"].split()[0] for m in bundle["meetings"]} == {"Client"}


def test_export_to_csv_for_one_client(tmp_path, capsys, qapp):
    import csv

    data = tmp_path / "data"
    main.main(["--data-dir", str(data), "demo", "--meetings", "80"])
    target = tmp_path / "answers.csv"
    code = main.main(["--data-dir", str(data), "export", "--format", "csv", "--from", "2024-01-01",
                     "--client", "Gemeente Utrecht", "--real-names", "-o", str(target)])  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    assert rows and {r["client"] for r in rows} == {"Gemeente Utrecht"}


def test_an_export_that_cannot_be_written_leaves_nothing(tmp_path, capsys, qapp):
    data = tmp_path / "data"
    main.main(["--data-dir", str(data), "demo", "--meetings", "5"])
    not_a_folder = tmp_path / "notes.txt"  # (tests may run as root: no chmod tricks)
    not_a_folder.write_text("a file where a folder should be")
    code = main.main(["--data-dir", str(data), "export", "--format", "json", "-o",
                     str(not_a_folder / "s.json")])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "could not be written" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.txt"]


def test_export_of_an_unknown_client_says_so(tmp_path, capsys, qapp):
    data = tmp_path / "data"
    main.main(["--data-dir", str(data), "demo", "--meetings", "5"])
    code = main.main(["--data-dir", str(data), "export", "--format", "csv", "--client", "Niemand",
                     "-o", str(tmp_path / "x.csv")])  # fmt: skip
    assert code == 2
    assert "no client named Niemand" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_an_empty_period_writes_no_file(tmp_path, capsys, qapp):
    data = tmp_path / "data"
    main.main(["--data-dir", str(data), "demo", "--meetings", "5"])
    code = main.main(["--data-dir", str(data), "export", "--format", "pdf", "--from", "2001-01-01",
                     "--to", "2001-12-31", "-o", str(tmp_path / "x.pdf")])  # fmt: skip
    assert code == 1
    assert "no meetings from 2001-01-01 to 2001-12-31" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
