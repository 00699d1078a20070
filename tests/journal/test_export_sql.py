"""SQLite builds the export (issue 19): the JSON and CSV it streams are byte for byte what
the export's Python wrote before (``export_reference``), on a varied journal: the demo,
plus unicode, empty and missing texts, texts that look like formulas or hold quotes,
commas and line breaks, tags (one naming a client), several answers and open answers,
intentions with and without trait and verdict, times stored in other forms, trait scores
that are not plain means, far-off years; in several time zones, plain and encrypted."""

from datetime import UTC, date, datetime, timedelta

import pytest

from journal.coach import export_store
from journal.coach.export_bundle import ExportChoice, build, prepare
from journal.coach.export_formats import cell, csv_chunks, json_chunks, to_csv, to_json
from journal.model import IntentionCheck, MeetingInput, Profile, ReflectionInput
from journal.sample import demo
from journal.service import Journal
from tests.conftest import FIXED_NOW
from tests.journal import export_reference

EVERYTHING = (date(1900, 1, 1), date(2100, 12, 31))

ODD_TEXTS = [
    "Überleg met Kestrel — ☕ 日本語 🎉",
    "=SUM(A1:A3)",
    "+31 6 12345678 bellen",
    "  -min of meer",
    "@Gemeente Utrecht",
    "\tmet een tab",
    'Zei "nee", toen ja',
    "regel een\nregel twee\r\nregel drie",
    "controle\x01\x1f\x7f tekens",
    "שלום עליכם",
    "pieter@utrecht.nl mailen",
    "Kestrels offerte",
]


@pytest.fixture(params=["plain", "encrypted"])
def varied(request, tmp_path, local_zone):
    local_zone("Europe/Amsterdam")  # the demo's days are Amsterdam days
    passphrase = "correct horse battery staple" if request.param == "encrypted" else None
    journal = Journal.open(tmp_path / "data", passphrase=passphrase, clock=lambda: FIXED_NOW)
    demo.fill(journal, 300, 3)
    journal.save_profile(Profile("Sanne de Vries", ("listening",)))
    start = datetime(2026, 11, 2, 8, tzinfo=UTC)
    clients = ["Gemeente Utrecht", "Kestrel Engineering", "Zyxcorp Holding", "Ōsaka Shōji"]
    tags = [("kick-off", "Gemeente Utrecht vervolg"), ("Tender", "évaluatie", "ZYXCORP"), ()]
    for index, text in enumerate(ODD_TEXTS):
        open_answers = {"open.happened": text, "open.why": ""} if index % 2 else {}
        journal.save(
            MeetingInput(
                clients[index % len(clients)],
                text if index % 3 else f"Overleg {clients[(index + 1) % 4]}",
                start + timedelta(days=index, hours=index % 5),
                15 * (index + 1),
                "" if index % 4 == 0 else text + " — notitie",
                tags[index % 3],
            ),
            ReflectionInput(
                {"listening.1": 1 + index % 5, "listening.2": 5 - index % 5, "candour.1": 3,
                 f"{['entree', 'reciprocity', 'understanding'][index % 3]}.3": 2},
                open_answers,
                intention=text if index % 3 != 1 else "",
                intention_trait=["listening", None, "candour"][index % 3],
            ),
        )  # fmt: skip
    journal.save(
        MeetingInput("Kestrel Engineering", "Zonder reflectie", start + timedelta(days=20), 30),
        ReflectionInput(),
    )
    (first, *_) = journal.open_intentions()
    journal.save(
        MeetingInput("Kestrel Engineering", "Terugblik", start + timedelta(days=21), 45),
        ReflectionInput({"listening.3": 4}, intention_check=IntentionCheck(first.id, "partly")),
    )
    _store_odd_values(journal)
    yield journal
    journal.close()


def _store_odd_values(journal) -> None:
    """What the app does not write itself, but a journal may hold: missing notes and an
    empty intention; times in another form (an offset, fractions of a second), a
    duration that is not whole; a trait answered once and one eight times, each with an
    exact tie when rounded, values that are not the app's own; no trust, trust that
    divides by zero;
    meetings from 1905 (Amsterdam's offset then had seconds) and 2041."""
    conn = journal.store.conn
    with journal.store.transaction():
        ids = [row[0] for row in conn.execute("SELECT id FROM meetings ORDER BY id DESC")]
        conn.execute("UPDATE meetings SET notes = NULL WHERE id IN (?, ?)", ids[:2])
        conn.execute(
            "UPDATE intentions SET text = '' WHERE reflection_id = "
            "(SELECT id FROM reflections WHERE meeting_id = ?)",
            [ids[3]],
        )
        conn.execute(
            "UPDATE meetings SET start_utc = '2026-11-03T11:00:00+02:00' WHERE id = ?", [ids[4]]
        )
        conn.execute(
            "UPDATE reflections SET updated_at = '2026-11-05T10:00:59.999999+00:00' "
            "WHERE meeting_id = ?",
            [ids[5]],
        )
        conn.execute("UPDATE meetings SET duration_minutes = 30.75 WHERE id = ?", [ids[6]])
        reflection = conn.execute(
            "SELECT id FROM reflections WHERE meeting_id = ?", [ids[7]]
        ).fetchone()[0]
        conn.executemany(
            "INSERT INTO answers (reflection_id, question_id, trait_id, score, value) "
            "VALUES (?, ?, ?, ?, ?)",
            [(reflection, f"client_agenda.{i % 4 + 1}", "client_agenda", 2, 25.0 if i < 3 else 0.0)
             for i in range(8)]
            + [(reflection, "understanding.1", "understanding", 3, 33.3)],
        )  # fmt: skip
        # One answer of its trait, its value a tie when rounded (0.125: Python says 0.12).
        (first,) = conn.execute(
            "SELECT min(id) FROM answers WHERE score IS NOT NULL AND reflection_id = "
            "(SELECT min(id) FROM reflections)"
        ).fetchone()
        conn.execute("UPDATE answers SET value = 0.125 WHERE id = ?", [first])
        trusted = [r[0] for r in conn.execute("SELECT id FROM reflections WHERE trust > 0")]
        conn.execute("UPDATE reflections SET credibility = NULL WHERE id = ?", trusted[:1])
        conn.execute("UPDATE reflections SET self_orientation = 0 WHERE id = ?", trusted[1:2])
        conn.execute(
            "UPDATE meetings SET start_utc = '1905-06-01T09:00:00+00:00', "
            "local_day = '1905-06-01' WHERE id = ?",
            [ids[10]],
        )
        conn.execute(
            "UPDATE meetings SET start_utc = '2041-07-01T09:00:00+00:00', "
            "local_day = '2041-07-01' WHERE id = ?",
            [ids[11]],
        )


def _both(journal, choice, language="en"):
    """(the reference's JSON, SQLite's JSON, the reference's CSV, SQLite's CSV)."""
    reference = export_reference.build(journal, choice)
    return (
        to_json(reference),
        b"".join(json_chunks(prepare(journal, choice, batch=7))),
        to_csv(reference, journal.bank, language),
        b"".join(csv_chunks(prepare(journal, choice, batch=5), journal.bank, language)),
    )


CHOICES = {
    "private": ExportChoice(*EVERYTHING),
    "texts": ExportChoice(*EVERYTHING, include_texts=True, pseudonym_label="Klant"),
    "real names and texts": ExportChoice(*EVERYTHING, real_names=True, include_texts=True),
    "real names": ExportChoice(*EVERYTHING, real_names=True),
    "some traits": ExportChoice(
        *EVERYTHING, traits=("listening", "client_agenda"), include_texts=True
    ),
    "one client": ExportChoice(*EVERYTHING, clients=("Kestrel Engineering",), include_texts=True),
    "november": ExportChoice(date(2026, 11, 1), date(2026, 11, 30), include_texts=True),
}


@pytest.mark.parametrize("name", CHOICES)
def test_sqlite_writes_what_python_wrote(varied, name):
    old_json, new_json, old_csv, new_csv = _both(varied, CHOICES[name])
    assert new_json == old_json
    assert new_csv == old_csv
    assert to_json(build(varied, CHOICES[name])) == old_json  # read back, written again


@pytest.mark.parametrize("in_start_order", [True, False])
@pytest.mark.parametrize("name", ["texts", "november", "one client"])
def test_both_ways_of_reading_the_meetings_write_the_same(
    varied, monkeypatch, name, in_start_order
):
    """Through the key on start among all meetings, or found by day and sorted
    (``export_store.in_start_order`` chooses by how many the period holds)."""
    monkeypatch.setattr(export_store, "in_start_order", lambda store, n: in_start_order)
    old_json, new_json, _, _ = _both(varied, CHOICES[name])
    assert new_json == old_json


@pytest.mark.parametrize("name", ["texts", "some traits"])
def test_an_answer_about_a_trait_no_longer_in_the_bank_stays_home(varied, name):
    """Every trait chosen lets SQLite skip the look in the chosen ones only while every
    answered trait is one of them (``export_store.answered_traits``)."""
    conn = varied.store.conn
    with varied.store.transaction():
        conn.execute(
            "INSERT INTO answers (reflection_id, question_id, trait_id, score, value) "
            "SELECT min(id), 'retired.1', 'retired', 4, 75.0 FROM reflections"
        )
    old_json, new_json, old_csv, new_csv = _both(varied, CHOICES[name])
    assert (new_json, new_csv) == (old_json, old_csv)
    assert b"retired" not in new_json + new_csv


def test_the_varied_journal_holds_what_it_should(varied):
    """The comparison is only worth what the journal holds."""
    bundle = export_reference.build(varied, CHOICES["texts"])
    text = to_json(bundle).decode()
    needles = ("☕", "שלום", "\\n", '\\"', "\\u0001", "=SUM", "+00:19:32", "2041-07-01",
               "[e-mail]", "[phone]", "Klant A", '"client_agenda":9.38', '":0.12,', '"understanding":33.3', '"trust":null',
               '"composite":null', '"notes":""', '"intention_kept":"partly"')  # fmt: skip
    for needle in needles:
        assert needle in text, needle
    assert sum(1 for m in bundle["meetings"] if m["tags"]) >= 8
    assert any(len(m["reflection"]["answers"]) > 8 for m in bundle["meetings"] if m["reflection"])


@pytest.mark.parametrize(
    "zone", ["UTC", "America/St_Johns", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"]
)
def test_local_times_as_python_converts_them_in_any_zone(varied, local_zone, zone):
    local_zone(zone)
    choice = ExportChoice(*EVERYTHING, include_texts=True)
    old_json, new_json, old_csv, new_csv = _both(varied, choice, "nl")
    assert new_json == old_json
    assert new_csv == old_csv


def test_the_stand_ins_are_handed_out_as_before(varied):
    """ "Client A" is the first client the export meets, also inside a title, a tag or a
    text, and the dialog sees the same list."""
    old = export_reference.pseudonyms(varied, CHOICES["texts"])
    export_reference.build(varied, CHOICES["texts"], old)
    new = export_reference.pseudonyms(varied, CHOICES["texts"])
    build(varied, CHOICES["texts"], new)
    assert new.given() == old.given()
    assert len(new.given()) >= 5


@pytest.mark.parametrize("name", ["one client", "november"])
def test_tags_left_out_hand_out_no_stand_ins(varied, name):
    """A tag the export leaves out (another client's meeting, another month) is not
    worked out: "Gemeente Utrecht vervolg" on a meeting not exported gives no stand-in
    for the dialog to show."""
    varied.save(
        MeetingInput(
            "Noordwind Advies", "Los", datetime(2026, 10, 5, 9, tzinfo=UTC), 30, "",
            ("Noordwind Advies vervolg", "kick-off"),
        ),
        ReflectionInput(),
    )  # fmt: skip
    old = export_reference.pseudonyms(varied, CHOICES[name])
    export_reference.build(varied, CHOICES[name], old)
    new = export_reference.pseudonyms(varied, CHOICES[name])
    b"".join(json_chunks(prepare(varied, CHOICES[name], new)))
    assert new.given() == old.given()
    assert "Noordwind Advies" not in new.given()


def test_an_empty_period_writes_the_same_empty_list(varied):
    choice = ExportChoice(date(2030, 1, 1), date(2030, 12, 31))
    old_json, new_json, old_csv, new_csv = _both(varied, choice)
    assert (new_json, new_csv) == (old_json, old_csv)
    assert prepare(varied, choice).meetings == 0


def test_a_csv_cell_is_what_pythons_csv_writes():
    import csv
    import io

    from journal.coach.export_formats import as_text

    texts = [*ODD_TEXTS, "", " ", "a,b", '"', "\r", "x\ry", "=", " \t\n=x", "-", "--", "'a"]
    for text in texts:
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow([as_text(text), "x"])
        assert out.getvalue() == cell(text) + ",x\r\n", repr(text)


def test_question_and_trait_ids_that_need_quoting_are_written_as_python_wrote(journal):
    """Each question's and trait's cells are made once per export (issue 19): ids from an
    older or edited bank that look like formulas or hold commas and quotes are quoted and
    defused as every other cell, in every answer that carries them."""
    journal.save(
        MeetingInput("Gemeente Utrecht", "Overleg", FIXED_NOW - timedelta(days=1), 60),
        ReflectionInput({"listening.1": 4}, {"open.happened": "Goed"}),
    )
    reflection = journal.store.conn.execute("SELECT min(id) FROM reflections").fetchone()[0]
    journal.store.conn.executemany(
        "INSERT INTO answers (reflection_id, question_id, trait_id, score, value, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (reflection, '=cmd|"x",y', "listening", 3, 50.0, None),
            (reflection, "listening.2", "listening", 2, 25.0, None),
            (reflection, '=cmd|"x",y', "listening", 4, 75.0, None),  # the same id again
            (reflection, "@vraag, oud", None, None, None, "Open, met komma"),
        ],
    )
    for name in ("private", "texts"):
        _, _, old_csv, new_csv = _both(journal, CHOICES[name])
        assert new_csv == old_csv
    assert b"'=cmd|" in new_csv and b'"\'=cmd|""x"",y"' in new_csv
