"""``advisor-journal search``: one line per match, JSON on request, exit 0 found / 1 not."""

import json
from datetime import timedelta

import pytest

from journal.model import MeetingInput, ReflectionInput
from journal.service import Journal
from tests.conftest import FIXED_NOW
from ui.cli import main


@pytest.fixture
def folder(data_dir):
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    for days, client, title, notes in (
        (30, "Gemeente Utrecht", "Kick-off aanbesteding", "Pieter wil eerst de planning zien"),
        (10, "Kestrel Engineering", "Planning workshop", ""),
        (2, "Gemeente Utrecht", "Evaluatie", "Budget (krap) — mail jan@acme.nl 😀"),
    ):
        journal.save(
            MeetingInput(client, title, FIXED_NOW - timedelta(days=days), 60, notes),
            ReflectionInput(),
        )
    journal.close()
    return data_dir


def run(folder, *args):
    return main.main(["--data-dir", str(folder), "search", *args])


def test_one_line_per_match_newest_first(folder, capsys):
    assert run(folder, "planning") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "Kestrel Engineering  Planning workshop" in lines[0]
    assert "Gemeente Utrecht  Kick-off aanbesteding" in lines[1]
    assert lines[1].endswith("  Pieter wil eerst de planning zien")  # where it was found
    assert lines[0].startswith((FIXED_NOW - timedelta(days=10)).astimezone().strftime("%Y-%m-%d"))


def test_client_and_dates_narrow_it(folder, capsys):
    assert run(folder, "planning", "--client", "gemeente utrecht") == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    day = (FIXED_NOW - timedelta(days=20)).date().isoformat()
    assert run(folder, "planning", "--from", day) == 0
    assert "Planning workshop" in capsys.readouterr().out
    assert run(folder, "planning", "--to", day, "--client", "Kestrel Engineering") == 1


def test_the_snippet_shows_the_match_in_its_context(folder, capsys):
    journal = Journal.open(folder, clock=lambda: FIXED_NOW)
    words = " ".join(f"woord{n}" for n in range(40))
    journal.save(
        MeetingInput("Kestrel Engineering", "Lang", FIXED_NOW, 60, f"{words} leverancier {words}"),
        ReflectionInput(),
    )
    journal.close()
    assert run(folder, "leverancier") == 0
    snippet = capsys.readouterr().out.rstrip("\n").split("  ")[-1]
    assert snippet.startswith("…") and snippet.endswith("…")  # words left out either side
    shown = snippet.strip("…").split()
    assert "leverancier" in shown[2:-2] and len(shown) == 12  # words before and after it


def test_the_snippet_comes_from_the_texts_first_then_the_notes(folder, capsys):
    """Texts holding one of the words are enough; the notes only when they hold none
    (and no snippet when only title or client match)."""
    journal = Journal.open(folder, clock=lambda: FIXED_NOW)
    journal.save(
        MeetingInput("Kestrel Engineering", "Offerte", FIXED_NOW, 60, "de offerte en de prijs"),
        ReflectionInput(intention="Volgende keer de prijs eerder noemen"),
    )
    journal.close()
    assert run(folder, "offerte prijs") == 0
    assert capsys.readouterr().out.endswith("  Offerte  Volgende keer de prijs eerder noemen\n")
    assert run(folder, "offerte") == 0  # the texts do not hold it: the notes
    assert capsys.readouterr().out.endswith("  Offerte  de offerte en de prijs\n")
    assert run(folder, "kestrel offerte") == 0  # the notes hold one of them
    assert capsys.readouterr().out.endswith("  Offerte  de offerte en de prijs\n")
    assert run(folder, "kestrel") == 0  # in the client only: no snippet
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[1:] for line in lines] == [
        ["Kestrel Engineering", "Offerte"],
        ["Kestrel Engineering", "Planning workshop"],
    ]


def test_nothing_found_exits_1_with_no_output(folder, capsys):
    assert run(folder, "leverancier") == 1
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("query", ['"(krap', "BUDGET", "jan@acme.nl", "😀", "krap)*"])
def test_any_typed_text_is_safe(folder, capsys, query):
    assert run(folder, query) == 0
    assert "Evaluatie" in capsys.readouterr().out


@pytest.mark.parametrize("query", ["NOT budget", "AND OR", "*", "NEAR(budget krap)"])
def test_operators_are_words_to_find_not_syntax(folder, capsys, query):
    assert run(folder, query) == 1  # "not", "and", "near" are in no meeting; no error
    assert capsys.readouterr().out == ""


def test_json(folder, capsys):
    assert run(folder, "budget", "--json") == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["client"] == "Gemeente Utrecht"
    assert record["title"] == "Evaluatie"
    assert record["snippet"].startswith("Budget (krap)")
    assert record["reflected"] is False


def test_an_unknown_client_is_named(folder, capsys):
    assert run(folder, "x", "--client", "Niemand") == 2
    assert "Niemand" in capsys.readouterr().err
