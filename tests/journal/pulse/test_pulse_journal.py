"""The pulse through the journal's front door: making one, answers in once, the
prediction before the answers, and the comparison with its enough-data rules."""

from datetime import timedelta
from pathlib import Path

import pytest

from journal.errors import InvalidInput, NotFound
from journal.pulse import mail_text
from journal.pulse.errors import PredictionClosed, PulseUnreadable

DATA = Path(__file__).parents[2] / "data" / "pulse"


def mail(pulse, respondent, scores):
    return mail_text.block(pulse.code, respondent, list(scores.items())).encode()


def test_a_pulse_asks_the_focus_traits_then_the_weakest(pulsed):
    pulse = pulsed.make_pulse("gemeente utrecht", "nl")
    # focus: listening, candour; weakest own score: entree (score 2 → 25), then the
    # traits without answers in the bank's order
    assert pulse.items == ("listening.c1", "candour.c1", "entree.c1", "client_focus.c1")
    assert (pulse.language, pulse.client_name, pulse.prediction) == (
        "nl",
        "Gemeente Utrecht",
        "due",
    )
    assert mail_text.is_code(pulse.code)
    chosen = pulsed.make_pulse("Gemeente Utrecht", "en", ("reciprocity.c1",))
    assert chosen.items == ("reciprocity.c1",) and chosen.code != pulse.code


@pytest.mark.parametrize(
    "client, language, items",
    [
        ("Niemand BV", "nl", None),
        ("Gemeente Utrecht", "de", None),
        ("Gemeente Utrecht", "en", ()),
        ("Gemeente Utrecht", "en", ("listening.1",)),  # the advisor's own question
        ("Gemeente Utrecht", "en", ("listening.c1", "listening.c1")),
        ("Gemeente Utrecht", "en", tuple(f"{t}.c1" for t in ("listening", "candour", "entree", "honest_limits", "reciprocity"))),
    ],
)  # fmt: skip
def test_a_pulse_that_cannot_be_made(pulsed, client, language, items):
    with pytest.raises(InvalidInput):
        pulsed.make_pulse(client, language, items)


def test_mail_answers_count_once(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en")
    text = mail(pulse, "R4X9", {"listening.c1": 4, "candour.c1": 3})
    first = pulsed.import_pulse_answers(b"Hi Sanne,\n\n> " + text, "<paste>")
    assert (first.source, first.responses, first.added, first.unchanged) == ("mail", 1, 2, 0)
    assert first.pulse_codes == (pulse.code,) and first.client_names == ("Gemeente Utrecht",)
    again = pulsed.import_pulse_answers(text, "<paste>")
    assert (again.added, again.changed, again.unchanged) == (0, 0, 2)
    other = pulsed.import_pulse_answers(mail(pulse, "ZZ01", {"listening.c1": 2}), "<paste>")
    assert other.added == 1
    [stored] = pulsed.pulses("Gemeente Utrecht")
    assert (stored.raters, stored.answers) == (2, 3)


def test_mail_answers_that_do_not_fit_are_named(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en", ("listening.c1",))
    unknown = mail_text.block("ZZZZZZ", "R4X9", [("listening.c1", 4)])
    not_asked = mail_text.block(pulse.code, "R4X9", [("listening.c1", 4), ("entree.c1", 2)])
    result = pulsed.import_pulse_answers(f"{unknown}\n{not_asked}".encode(), "<paste>")
    assert [(p.row, p.problem) for p in result.problems] == [
        (1, "unknown_pulse"), (2, "not_asked"),
    ]  # fmt: skip
    assert result.added == 1
    wrong_client = pulsed.import_pulse_answers(not_asked.encode(), "x", "Kestrel Engineering")
    assert [p.problem for p in wrong_client.problems] == ["other_client"]
    assert wrong_client.nothing_read
    with pytest.raises(PulseUnreadable) as info:
        pulsed.import_pulse_answers(b"Thanks for the meeting, Sanne!", "<paste>", pasted=True)
    assert info.value.problem == "no_answers"


def test_a_saved_mail_in_quoted_printable_and_html(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en", ("listening.c1", "entree.c1"))
    block = mail_text.block(pulse.code, "R4X9", [("listening.c1", 5), ("entree.c1", 4)])
    html = f"<p>Mijn antwoorden</p><div>{block.replace(' ', '&nbsp;', 3)}</div>"
    eml = (
        b"From: Pieter <p@utrecht.nl>\r\nTo: sanne@example.nl\r\nSubject: Pulse\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    ) + __import__("quopri").encodestring(html.encode())
    result = pulsed.import_pulse_answers(eml, "answers.eml")
    assert (result.added, result.problems) == (2, ())


def test_a_survey_export_needs_its_client_and_counts_once(pulsed):
    data = (DATA / "ms-forms.xlsx").read_bytes()
    with pytest.raises(PulseUnreadable) as info:
        pulsed.import_pulse_answers(data, "ms-forms.xlsx")
    assert info.value.problem == "needs_client"
    with pytest.raises(PulseUnreadable) as info:
        pulsed.import_pulse_answers(data, "ms-forms.xlsx", "Niemand")
    assert info.value.problem == "unknown_client"
    first = pulsed.import_pulse_answers(data, "ms-forms.xlsx", "Gemeente Utrecht")
    assert (first.source, first.form, first.responses, first.added) == (
        "ms-forms", "Excel workbook", 3, 11,
    )  # fmt: skip
    assert first.new_pulse  # no pulse asked these four items: one is made for them
    assert first.ignored_columns == ("Anything else you would like to tell me?",)
    again = pulsed.import_pulse_answers(data, "ms-forms.xlsx", "Gemeente Utrecht")
    assert (again.added, again.unchanged, again.new_pulse) == (0, 11, False)
    # a new pulse with the same items later does not take the old answers again
    pulsed.make_pulse("Gemeente Utrecht", "en", first_items(pulsed))
    third = pulsed.import_pulse_answers(data, "ms-forms.xlsx", "Gemeente Utrecht")
    assert (third.added, third.unchanged) == (0, 11)


def first_items(journal):
    return journal.pulses("Gemeente Utrecht")[-1].items


def test_survey_answers_go_to_the_pulse_that_asked_them(pulsed, clock):
    clock.now -= timedelta(days=5)
    asked = pulsed.make_pulse("Kestrel Engineering", "en",
                              ("listening.c1", "candour.c1", "entree.c1"))  # fmt: skip
    clock.now += timedelta(days=5)
    result = pulsed.import_pulse_answers(
        (DATA / "google-forms.csv").read_bytes(), "google-forms.csv", "Kestrel Engineering"
    )
    assert (result.pulse_codes, result.new_pulse, result.added) == ((asked.code,), False, 8)


def test_an_edited_answer_replaces_the_old_one(pulsed):
    data = (DATA / "google-forms.csv").read_bytes()
    pulsed.import_pulse_answers(data, "g.csv", "Kestrel Engineering")
    edited = data.replace(b"bas@kestrel.example,3,", b"bas@kestrel.example,4,")
    result = pulsed.import_pulse_answers(edited, "g.csv", "Kestrel Engineering")
    assert (result.added, result.changed, result.unchanged) == (0, 1, 7)


def test_the_prediction_comes_before_the_answers(pulsed, clock):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en", ("listening.c1", "candour.c1"))
    assert pulsed.pulse_due_prediction("Gemeente Utrecht").code == pulse.code
    assert pulsed.pulse_due_prediction("Kestrel Engineering") is None
    result = pulsed.import_pulse_answers(mail(pulse, "R4X9", {"listening.c1": 2}), "m")
    assert result.held_back == (pulse.code,)
    view = pulsed.pulse_comparison("Gemeente Utrecht")
    assert [h.code for h in view.held_back] == [pulse.code] and view.traits == ()
    with pytest.raises(InvalidInput):
        pulsed.save_prediction(pulse.code, {"listening.c1": 4})  # every item
    with pytest.raises(InvalidInput):
        pulsed.save_prediction(pulse.code, {"listening.c1": 4, "candour.c1": 6})
    pulsed.save_prediction(pulse.code.lower(), {"listening.c1": 4, "candour.c1": 3})
    with pytest.raises(PredictionClosed) as info:
        pulsed.save_prediction(pulse.code, {"listening.c1": 4, "candour.c1": 3})
    assert info.value.reason == "made"
    view = pulsed.pulse_comparison("Gemeente Utrecht")
    assert view.held_back == ()
    listening = next(t for t in view.traits if t.trait_id == "listening")
    assert listening.predicted.value == 75.0
    assert listening.client.value is None  # one rater: no figure
    assert (listening.client.answers, listening.client.raters) == (1, 1)
    assert listening.self.value == 75.0  # listening.2 answered 4 in every reflection


def test_once_the_answers_were_shown_the_prediction_is_refused(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en", ("listening.c1",))
    pulsed.import_pulse_answers(mail(pulse, "R4X9", {"listening.c1": 2}), "m")
    assert pulsed.reveal_pulse_answers("Gemeente Utrecht") == [pulse.code]
    assert pulsed.pulse_due_prediction("Gemeente Utrecht") is None
    with pytest.raises(PredictionClosed) as info:
        pulsed.save_prediction(pulse.code, {"listening.c1": 4})
    assert info.value.reason == "seen"
    assert pulsed.pulses()[0].answers_seen_at is not None


def test_skipped_and_expired_predictions(pulsed, clock):
    skipped = pulsed.make_pulse("Gemeente Utrecht", "en", ("listening.c1",))
    pulsed.skip_prediction(skipped.code)
    with pytest.raises(PredictionClosed, match="skipped"):
        pulsed.save_prediction(skipped.code, {"listening.c1": 4})
    old = pulsed.make_pulse("Kestrel Engineering", "en", ("listening.c1",))
    clock.now += timedelta(days=61)
    assert pulsed.pulse_due_prediction("Kestrel Engineering") is None
    with pytest.raises(PredictionClosed, match="expired"):
        pulsed.save_prediction(old.code, {"listening.c1": 4})
    with pytest.raises(NotFound):
        pulsed.save_prediction("ZZZZZZ", {"listening.c1": 4})


def test_figures_and_calibration_need_two_raters(pulsed, clock):
    items = ("listening.c1", "candour.c1")
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en", items)
    pulsed.save_prediction(pulse.code, {"listening.c1": 5, "candour.c1": 3})
    pulsed.import_pulse_answers(mail(pulse, "AAAA", {"listening.c1": 3, "candour.c1": 3}), "m")
    one = pulsed.pulse_comparison("Gemeente Utrecht")
    assert one.calibration.mean_difference is None and one.calibration.pairs == 2
    pulsed.import_pulse_answers(mail(pulse, "BBBB", {"listening.c1": 4, "candour.c1": 2}), "m")
    two = pulsed.pulse_comparison("Gemeente Utrecht")
    listening = next(t for t in two.traits if t.trait_id == "listening")
    assert listening.client.value == pytest.approx(62.5)  # mean 3.5 on 1–5
    assert (listening.client.answers, listening.client.raters) == (2, 2)
    # pairs: listening 5 vs 3.5 (+1.5), candour 3 vs 2.5 (+0.5): only two pairs
    assert two.calibration.pairs == 2 and two.calibration.mean_difference is None
    clock.now += timedelta(days=100)
    later = pulsed.make_pulse("Gemeente Utrecht", "en", items)
    pulsed.save_prediction(later.code, {"listening.c1": 4, "candour.c1": 3})
    pulsed.import_pulse_answers(mail(later, "CCCC", {"listening.c1": 4, "candour.c1": 3}), "m")
    three = pulsed.pulse_comparison("Gemeente Utrecht")
    calibration = three.calibration
    assert (calibration.pairs, calibration.raters, calibration.pulses) == (4, 3, 2)
    assert calibration.mean_difference == pytest.approx((1.5 + 0.5 + 0 + 0) / 4)
    assert calibration.bias == pytest.approx(0.5)  # expected better than they said
    # per quarter: Q4 has two pairs (no figure), Q1 two pairs from one rater (none)
    assert [p.mean_difference for p in calibration.by_period] == [None, None]
    assert calibration.trend is None
    assert [start.isoformat() for start, _ in three.periods] == ["2026-10-01", "2027-01-01"]
    first_quarter = dict((v.trait_id, v) for v in three.periods[0][1])
    assert first_quarter["listening"].self.value == 75.0  # the growth SQL's own quarter
    assert first_quarter["listening"].client.value == pytest.approx(62.5)


def test_suggestions_are_rare(pulsed, clock):
    suggestion = pulsed.pulse_suggestion("Gemeente Utrecht")
    assert (suggestion.due, suggestion.reason) == (True, "first")
    assert {s.client_name for s in pulsed.pulse_suggestions()} == {
        "Gemeente Utrecht", "Kestrel Engineering",
    }  # fmt: skip
    pulsed.make_pulse("Gemeente Utrecht", "en")
    assert pulsed.pulse_suggestion("Gemeente Utrecht").reason == "waiting"
    assert [s.client_name for s in pulsed.pulse_suggestions()] == ["Kestrel Engineering"]


def test_a_new_pulse_supersedes_the_one_still_waiting_for_a_prediction(pulsed):
    first = pulsed.make_pulse("Gemeente Utrecht", "en", ("listening.c1",))
    pulsed.import_pulse_answers(mail(first, "AAAA", {"listening.c1": 3}), "m")
    second = pulsed.make_pulse("Gemeente Utrecht", "en", ("entree.c1",))
    assert pulsed.pulse_due_prediction("Gemeente Utrecht").code == second.code
    assert {p.code: p.prediction for p in pulsed.pulses()} == {
        first.code: "skipped", second.code: "due",
    }  # fmt: skip
    assert pulsed.pulse_comparison("Gemeente Utrecht").held_back == ()  # first shows now
    assert pulsed.discard_pulse(second.code) is True
    assert pulsed.discard_pulse(first.code) is False  # it has answers: they stay


def test_m008_adds_the_pulse_tables_to_an_older_journal_and_keeps_its_data(tmp_path):
    import shutil

    from journal.service import Journal
    from journal.store.paths import journal_file

    data = Path(__file__).parents[1] / "data"
    shutil.copy(data / "journal-m007_search_separators.sqlite3", journal_file(tmp_path))
    journal = Journal.open(tmp_path)
    assert journal.pulses() == [] and journal.count_meetings() == 3
    journal.close()
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(data / "journal-m008_client_pulse.sqlite3", journal_file(saved))
    journal = Journal.open(saved)
    [pulse] = journal.pulses()
    assert (pulse.items, pulse.prediction, pulse.raters) == (
        ("listening.c1", "entree.c1"),
        "made",
        1,
    )
    view = journal.pulse_comparison("Gemeente Utrecht")
    assert view.calibration.pairs == 2
    journal.close()


def test_a_comparison_leaves_reading_answers_unimported(tmp_path):
    # The Growth view shows a comparison at its opening: reading a table or a mail
    # (Python's email package) is imported only when answers are read.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from journal.model import MeetingInput, ReflectionInput\n"
        "from pathlib import Path\n"
        "from journal.service import Journal\n"
        f"journal = Journal.open(Path({str(tmp_path / 'data')!r}))\n"
        "journal.save(MeetingInput('Gemeente Utrecht', 'Overleg',"
        " datetime(2026, 11, 3, 9, tzinfo=UTC), 60), ReflectionInput({'listening.1': 3}))\n"
        "journal.make_pulse('Gemeente Utrecht', 'nl')\n"
        "journal.pulse_comparison('Gemeente Utrecht')\n"
        "print(sorted(m for m in ('email', 'journal.pulse.importing',"
        " 'journal.pulse.mail_source', 'journal.pulse.tables') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
