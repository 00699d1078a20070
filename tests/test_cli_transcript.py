"""``advisor-journal transcript`` and ``advisor-journal brief``: English output, JSON on
request, the figures kept with a meeting (the text only when asked), exit codes 0 / 1 /
2 like the other commands."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.model import MeetingInput, Profile, ReflectionInput
from journal.service import Journal
from tests.conftest import FIXED_NOW
from ui.cli import main

DATA = Path(__file__).resolve().parent / "data" / "transcripts"


def run(folder, *args):
    return main.main(["--data-dir", str(folder), *args])


@pytest.fixture
def folder(data_dir):
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    journal.save_profile(Profile("James Miller"))
    journal.save(
        MeetingInput(
            "Kestrel Engineering", "Contract review", datetime(2026, 11, 20, 10, tzinfo=UTC), 60
        ),
        ReflectionInput({"listening.3": 4}, intention="Start by asking how the evaluation went"),
    )
    journal.close()
    return data_dir


def test_the_figures_in_english_with_the_name_from_the_profile(folder, capsys):
    assert run(folder, "transcript", str(DATA / "zoom-en.vtt")) == 0
    out = capsys.readouterr().out
    assert "Talk share, by speaking time:" in out
    assert "James Miller (you)" in out and "You against all others: 62% / 38%" in out
    assert "Questions you asked: 5 (2 open, 3 closed, 1 of them tag questions)" in out
    assert "Longest monologue: James Miller, 54 s (32 words), from 00:56" in out
    assert (
        "Advice or directions from you: 4, 3 of them before the client had finished their story"
        in out
    )
    assert "[en.direct.recommend]" in out


def test_json_and_keeping_with_a_meeting(folder, capsys):
    assert run(folder, "transcript", str(DATA / "teams-nl.vtt"), "--me", "sanne de vries", "--json",
               "--meeting", "1") == 0  # fmt: skip
    record = json.loads(capsys.readouterr().out)
    assert record["figures"]["advisor_share"] == 0.3902 and record["text_kept"] is False
    assert [q["rule_id"] for q in record["questions"]][:2] == ["nl.open.invitation", "nl.open.wh"]
    journal = Journal.open(folder)
    stored = journal.transcripts.of_meeting(1)
    assert stored.figures.advisor == "Sanne de Vries" and not stored.text_kept
    journal.close()
    assert (
        run(
            folder,
            "transcript",
            str(DATA / "teams-nl.vtt"),
            "--me",
            "Sanne",
            "--meeting",
            "1",
            "--keep-text",
        )
        == 0
    )
    assert "the figures and the text" in capsys.readouterr().out


def test_who_is_speaking_when_the_advisor_is_not_among_them(folder, capsys):
    assert run(folder, "transcript", str(DATA / "teams-nl.vtt")) == 1  # the profile says James
    err = capsys.readouterr().err
    assert "No speaker in the transcript is 'James Miller'" in err
    assert "  Sanne de Vries\n  Pieter Jansen\n  Fatima El Amrani" in err


def test_hostile_files_and_usage_errors(folder, tmp_path, capsys):
    (tmp_path / "anon.vtt").write_text("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nhello\n")
    (tmp_path / "bin.vtt").write_bytes(b"\x00\x01\x02\x03" * 100)
    assert run(folder, "transcript", str(tmp_path / "anon.vtt"), "--me", "x") == 1
    assert "no speaker is named in it" in capsys.readouterr().err
    assert run(folder, "transcript", str(tmp_path / "bin.vtt"), "--me", "x") == 2
    assert "it is not text" in capsys.readouterr().err
    assert run(folder, "transcript", str(tmp_path), "--me", "x") == 2
    assert "it is a folder, not a file" in capsys.readouterr().err
    assert run(folder, "transcript", str(DATA / "zoom-en.vtt"), "--keep-text") == 2
    assert "--keep-text needs --meeting" in capsys.readouterr().err
    assert (
        run(folder, "transcript", str(DATA / "zoom-en.vtt"), "--meeting", "99") == 2
    )  # no such meeting
    with pytest.raises(SystemExit):
        run(folder, "transcript", str(DATA / "zoom-en.vtt"), "--meeting", "abc")


def test_the_brief(folder, capsys):
    assert run(folder, "brief", "--client", "kestrel engineering") == 0
    out = capsys.readouterr().out
    assert "Before your next meeting with Kestrel Engineering" in out
    assert (
        "As an if-then plan: If <situation>, I will start by asking how the evaluation went" in out
    )
    assert (
        run(folder, "transcript", str(DATA / "zoom-en.vtt"), "--meeting", "1", "--keep-text") == 0
    )
    capsys.readouterr()
    assert run(folder, "brief", "--client", "Kestrel Engineering", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["client_questions"] == ["Should I send you the evaluation?"]
    assert record["suggestion"].startswith("If <situation>, I will start by asking")
    assert run(folder, "brief", "--client", "Nobody BV") == 2
    assert "no client 'Nobody BV'" in capsys.readouterr().err


def test_nothing_to_brief_yet_exits_1(folder, capsys):
    journal = Journal.open(folder)
    journal.save(MeetingInput("Nieuwe Klant", "Kennismaking", datetime(2026, 11, 21, 10, tzinfo=UTC), 30),
                 ReflectionInput())  # fmt: skip
    journal.close()
    assert run(folder, "brief", "--client", "Nieuwe Klant") == 1
    assert "Nothing yet" in capsys.readouterr().out
