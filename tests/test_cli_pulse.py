"""``advisor-journal pulse``: make, import, show and predict on the command line."""

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from journal.model import MeetingInput, Profile, ReflectionInput
from journal.pulse import mail_text
from journal.service import Journal
from tests.conftest import FIXED_NOW
from ui.cli import main

DATA = Path(__file__).parent / "data" / "pulse"


@pytest.fixture(autouse=True)
def app_language(monkeypatch):
    """The app's language comes from the Qt settings; not the tester's own."""
    monkeypatch.setattr("ui.cli.pulse_command._app_language", lambda: "en")


@pytest.fixture
def folder(data_dir):
    journal = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    journal.save_profile(Profile("Sanne de Vries", ("listening",)))
    rules = journal.calendar.rules()
    journal.calendar.save_rules(type(rules)(**{**rules.__dict__, "my_email": "sanne@devries.nl"}))
    for days in (40, 20, 5):
        journal.save(
            MeetingInput("Gemeente Utrecht", "Overleg", FIXED_NOW - timedelta(days=days), 60),
            ReflectionInput({"listening.2": 4, "entree.1": 2}),
        )
    journal.close()
    return data_dir


def run(folder, *args):
    return main.main(["--data-dir", str(folder), "pulse", *args])


def pulses(folder):
    journal = Journal.open(folder)
    try:
        return journal.pulses()
    finally:
        journal.close()


def test_make_the_form_and_the_csv(folder, tmp_path, capsys):
    form = tmp_path / "pulse.html"
    assert (
        run(folder, "make", "--client", "gemeente utrecht", "--language", "nl", "-o", str(form))
        == 0
    )
    out = capsys.readouterr().out
    [pulse] = pulses(folder)
    assert f"pulse {pulse.code} for Gemeente Utrecht in Dutch, 4 questions" in out
    assert "sanne@devries.nl" in out
    html = form.read_text(encoding="utf-8")
    assert "Mijn adviseur liet mij eerst" in html and "Sanne de Vries" in html
    template = tmp_path / "vragen.csv"
    assert (
        run(folder, "make", "--client", "Gemeente Utrecht", "--language", "en", "-o", str(template))
        == 0
    )
    assert template.read_bytes().startswith(b"\xef\xbb\xbfNumber,Question,Answer,Item\r\n")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--client", "Niemand", "-o", "x.html"], "no such client: Niemand"),
        (["--client", "Gemeente Utrecht", "-o", "x.txt"], "-o must name an .html file"),
        (["--client", "Gemeente Utrecht", "--to", "not an address", "-o", "x.html"], "not an e-mail address"),
        (["--client", "Gemeente Utrecht", "-o", "/nonexistent/dir/x.html"], "is not a folder"),
    ],
)  # fmt: skip
def test_make_refuses_with_a_reason(folder, capsys, args, message, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert run(folder, "make", *args) == 2
    assert message in capsys.readouterr().err
    assert pulses(folder) == []  # nothing made


def test_import_pasted_mail_twice_then_predict_and_show(folder, tmp_path, capsys, monkeypatch):
    run(
        folder,
        "make",
        "--client",
        "Gemeente Utrecht",
        "--language",
        "en",
        "-o",
        str(tmp_path / "p.html"),
    )
    [pulse] = pulses(folder)
    block = mail_text.block(pulse.code, "AB12", [(pulse.items[0], 4), (pulse.items[1], 2)])
    pasted = f"Hi Sanne,\n\n> {block[:35]}\n> {block[35:]}\n\nPieter".encode()
    for _ in range(2):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pasted)))
        assert run(folder, "import", "-") == 0
    out = capsys.readouterr().out
    assert "Read <stdin> (mail text): 1 responses for Gemeente Utrecht" in out
    assert "2 answers added" in out and "0 answers added, 0 changed, 2 already" in out
    assert "held back until you predict them" in out
    assert run(folder, "show", "--client", "Gemeente Utrecht") == 0
    assert "Held back: 1 response(s)" in capsys.readouterr().out
    assert run(folder, "predict", "--client", "Gemeente Utrecht") == 0
    assert pulse.items[0] in capsys.readouterr().out
    assert run(folder, "predict", "--client", "Gemeente Utrecht", "listening.c1=9") == 2
    scores = [f"{item}=3" for item in pulse.items]
    assert run(folder, "predict", "--client", "Gemeente Utrecht", *scores) == 0
    assert run(folder, "predict", "--client", "Gemeente Utrecht", *scores) == 1
    capsys.readouterr()
    assert run(folder, "show", "--client", "Gemeente Utrecht", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    listening = next(t for t in shown["traits"] if t["trait"] == "listening")
    assert listening["predicted"] == {"value": 50.0, "answers": 1, "raters": 1}
    assert listening["client"] == {"value": None, "answers": 1, "raters": 1}
    assert listening["self"]["value"] == 75.0
    assert shown["held_back"] == [] and shown["pulses"][0]["prediction"] == "made"


def test_import_survey_exports(folder, capsys):
    xlsx = str(DATA / "ms-forms.xlsx")
    assert run(folder, "import", xlsx) == 2
    assert "does not say whose answers these are: add --client NAME" in capsys.readouterr().err
    assert run(folder, "import", xlsx, "--client", "Gemeente Utrecht") == 0
    out = capsys.readouterr().out
    assert "(Microsoft Forms, Excel workbook): 3 responses for Gemeente Utrecht" in out
    assert '"Anything else you would like to tell me?"' in out
    assert (
        run(folder, "import", str(DATA / "formulas-and-typos.csv"), "--client", "Gemeente Utrecht")
        == 0
    )
    out = capsys.readouterr().out
    assert 'Row 3, "My advisor let me tell my whole story before advi…": "=HYPERLINK' in out
    assert "is a formula, not a score; left out." in out
    assert "Row 5 has no answers; left out." in out


@pytest.mark.parametrize(
    "name, message",
    [
        ("other-survey-bom.csv", "has no column that asks a pulse question"),
        ("broken-quotes.csv", "is not a well-formed CSV file at row 2"),
        ("empty.csv", "is empty"),
        ("binary.csv", "is not a text file or spreadsheet"),
        ("not-a-workbook.xlsx", "is not an Excel workbook"),
        ("missing.csv", "cannot be read"),
    ],
)
def test_import_refuses_what_is_not_pulse_answers(folder, capsys, name, message):
    assert run(folder, "import", str(DATA / name), "--client", "Gemeente Utrecht") == 2
    assert message in capsys.readouterr().err


def test_a_mail_that_does_not_check_out_imports_nothing(folder, tmp_path, capsys):
    run(folder, "make", "--client", "Gemeente Utrecht", "-o", str(tmp_path / "p.html"))
    [pulse] = pulses(folder)
    typo = mail_text.block(pulse.code, "AB12", [(pulse.items[0], 4)]).replace(":4", ":5")
    saved = tmp_path / "mail.txt"
    saved.write_text(typo, encoding="utf-8")
    assert run(folder, "import", str(saved)) == 1
    captured = capsys.readouterr()
    assert "Block 1 does not match its check digits" in captured.out
    assert "nothing in" in captured.err


def test_show_for_all_clients_when_empty(folder, capsys):
    assert run(folder, "show") == 0
    out = capsys.readouterr().out
    assert out.startswith("All clients: your own view") and "No answers or predictions yet." in out


def test_import_a_coachs_feedback_with_ratings(folder, tmp_path, capsys):
    from datetime import UTC, datetime

    from journal.coach.feedback import CoachRating, Feedback, PeriodFeedback, to_json

    journal = Journal.open(folder)
    meeting = journal.meeting(journal.meeting_page(0, 1)[0].id)
    journal.close()
    rating = CoachRating(meeting.id, meeting.start.astimezone(), {"listening.c1": 4})
    period = PeriodFeedback(meeting.start.date(), meeting.start.date(), "Goed.")
    feedback = Feedback(
        "Sanne", "Marieke", datetime(2026, 11, 30, tzinfo=UTC), (period,), (rating,)
    )
    path = tmp_path / "sanne-feedback.json"
    path.write_bytes(to_json(feedback))
    assert run(folder, "import", str(path)) == 0
    assert (
        "(coach's feedback, feedback file): 1 ratings for Gemeente Utrecht"
        in capsys.readouterr().out
    )
    path.write_bytes(to_json(feedback).replace(b'"listening.c1": 4', b'"listening.c1": 9'))
    assert run(folder, "import", str(path)) == 2
    assert "is a coach's feedback file that cannot be read" in capsys.readouterr().err
