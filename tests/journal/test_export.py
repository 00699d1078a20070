"""Exports for the coach: the bundle (golden files, the schema), CSV read back, privacy by
default, and bundles that must be refused."""

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from journal.coach.bundle_journal import load
from journal.coach.bundle_reader import parse_bundle, read_bundle
from journal.coach.export_bundle import ExportChoice, build
from journal.coach.export_formats import CSV_COLUMNS, to_csv, to_json
from journal.coach.privacy import Pseudonyms
from journal.errors import BundleUnreadable, InvalidInput
from journal.growth.aggregation import Scope
from journal.model import MeetingInput, ReflectionInput
from journal.sample import demo
from tests.conftest import FIXED_NOW, november_at

GOLDEN = Path(__file__).parent / "data" / "export"
SCHEMA = Path(__file__).parents[2] / "resources" / "schemas" / "advisor-journal-1.schema.json"
NOVEMBER = ExportChoice(date(2026, 11, 1), date(2026, 11, 30))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"  # regenerate the golden files on purpose


def _golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes(), f"{name} differs; UPDATE_GOLDEN=1 rewrites it"


def test_json_golden_default_is_private(small):
    _golden("november.json", to_json(build(small, NOVEMBER)))


def test_json_golden_with_texts_and_real_names(small):
    choice = ExportChoice(
        date(2026, 11, 1), date(2026, 11, 30), real_names=True, include_texts=True
    )
    _golden("november-texts.json", to_json(build(small, choice)))


def test_csv_golden_and_read_back(small):
    data = to_csv(build(small, NOVEMBER), small.bank, "en")
    _golden("november.csv", data)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a mark, for spreadsheets
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 9  # seven answers + two, the unreflected meeting has none
    first = rows[0]
    assert (first["date"], first["time"], first["client"]) == ("2026-11-02", "10:00", "Client A")
    listening = next(r for r in rows if r["question_id"] == "listening.2")
    assert (listening["trait"], listening["score"], listening["meeting_id"]) == (
        "Listening",
        "5",
        "1",
    )
    assert {r["client"] for r in rows} == {"Client A", "Client B"}
    assert all(date.fromisoformat(r["date"]) for r in rows)


def test_the_bundle_follows_its_schema(journal):
    demo.fill(journal, 300, 1)
    validator = Draft202012Validator(json.loads(SCHEMA.read_text()))
    for texts in (False, True):
        choice = ExportChoice(date(2025, 1, 1), date(2026, 12, 31), include_texts=texts)
        bundle = json.loads(to_json(build(journal, choice)))
        assert list(validator.iter_errors(bundle)) == []
        assert bundle["format"] == "advisor-journal/1"
        assert len(bundle["meetings"]) > 200
        reflected = [m for m in bundle["meetings"] if m["reflection"]]
        assert all(
            0 <= v <= 100 for m in reflected for v in m["reflection"]["trait_scores"].values()
        )
        has_text = any("text" in a for m in reflected for a in m["reflection"]["answers"])
        assert has_text == texts


def test_a_default_export_holds_no_name_and_no_address_of_the_journal(journal, tmp_path):
    demo.fill(journal, 200, 3)
    clients = [c.name for c in journal.clients()]
    journal.save(
        MeetingInput(clients[0], f"Overleg met {clients[1]}", november_at(3, 9), 60,
                     "Bel jan.jansen@example.nl over het zebrapad"),
        ReflectionInput({"listening.1": 4}, {"open.why": f"{clients[2]} kwartelkoning"},
                        f"Met {clients[0]} eerst de planning"),
    )  # fmt: skip
    journal.calendar.set_client_domains({"kestrel.co.uk": clients[1]})
    choice = ExportChoice(date(2024, 1, 1), date(2026, 12, 31))
    bundle = build(journal, choice)
    for data in (to_json(bundle), to_csv(bundle, journal.bank, "nl")):
        text = data.decode("utf-8-sig").lower()
        for name in clients:
            assert name.lower() not in text
        assert "@" not in text and "example.nl" not in text and "kestrel" not in text
        assert "zebrapad" not in text and "kwartelkoning" not in text  # texts stay home
    # With texts ticked, the names inside them are still replaced, consistently.
    choice = ExportChoice(date(2024, 1, 1), date(2026, 12, 31), include_texts=True)
    bundle = build(journal, choice)
    text = to_json(bundle).decode()
    assert "kwartelkoning" in text and "zebrapad" in text and "jan.jansen" not in text
    assert all(name not in text for name in clients)
    meeting = next(m for m in bundle["meetings"] if m["title"].startswith("Overleg met"))
    other = meeting["title"].removeprefix("Overleg met ")
    assert other.startswith("Client ") and other != meeting["client"]
    assert meeting["reflection"]["intention"] == f"Met {meeting['client']} eerst de planning"


def test_pseudonyms_are_consistent_and_never_the_name():
    names = Pseudonyms(
        ["Gemeente Utrecht", "Kestrel Engineering"], {"Kestrel Engineering": ["kestrel"]}
    )
    assert names.client("Kestrel Engineering") == "Client A"
    assert names.client("Gemeente Utrecht") == "Client B"
    assert names.client("gemeente utrecht") == "Client B"
    assert names.text("Kestrel en GEMEENTE UTRECHT, mail a.b@kestrel.co.uk") == (
        "Client A en Client B, mail [e-mail]"
    )
    assert names.text("Utrechtse koffie") == "Utrechtse koffie"  # whole names only
    many = Pseudonyms([f"Klant {i}" for i in range(30)])
    given = [many.client(f"Klant {i}") for i in range(30)]  # in order of first use
    assert [given[i] for i in (0, 25, 26, 27)] == [
        "Client A", "Client Z", "Client AA", "Client AB",
    ]  # fmt: skip


def test_choosing_clients_and_traits(small):
    choice = ExportChoice(
        date(2026, 11, 1), date(2026, 11, 30), ("Kestrel Engineering",), ("listening",)
    )
    bundle = build(small, choice)
    assert [m["title"] for m in bundle["meetings"]] == ["Requirements workshop"]
    assert [t["id"] for t in bundle["traits"]] == ["listening"]
    (answer,) = bundle["meetings"][0]["reflection"]["answers"]
    assert answer == {"question_id": "listening.1", "trait_id": "listening", "score": 2}
    with pytest.raises(InvalidInput):
        build(small, ExportChoice(date(2026, 11, 1), date(2026, 11, 30), ("Niemand",)))
    with pytest.raises(InvalidInput):
        build(small, ExportChoice(date(2026, 11, 30), date(2026, 11, 1)))


def test_a_bundle_reads_back_whole(small, tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(to_json(build(small, NOVEMBER)))
    assert read_bundle(path) == json.loads(path.read_bytes())


@pytest.mark.parametrize(
    ("change", "problem", "where"),
    [
        (lambda b: b.__setitem__("format", "advisor-journal/2"), "newer_format", ""),
        (lambda b: b.__setitem__("format", "something-else/1"), "unknown_format", ""),
        (lambda b: b["meetings"][0]["reflection"]["answers"][0].__setitem__("score", 9),
         "invalid", "meetings[0].reflection.answers[0]"),
        (lambda b: b["meetings"][0]["reflection"]["trait_scores"].__setitem__("listening", 101),
         "invalid", "meetings[0].reflection.trait_scores.listening"),
        (lambda b: b["meetings"][1].__setitem__("start", "gisteren"), "invalid",
         "meetings[1].start"),
        (lambda b: b.pop("meetings"), "invalid", ""),
        (lambda b: b["meetings"][0]["reflection"].__setitem__("intention_kept", "maybe"),
         "invalid", "meetings[0].reflection"),
        (lambda b: b["meetings"][0]["reflection"].pop("intention_kept"), "invalid",
         "meetings[0].reflection"),
        (lambda b: b["meetings"][0]["reflection"].__setitem__("intention_trait", "Luisteren"),
         "invalid", "meetings[0].reflection"),
        (lambda b: b["meetings"][0].__setitem__("tags", [""]), "invalid", "meetings[0].tags"),
    ],
)  # fmt: skip
def test_a_bundle_that_cannot_be_trusted_is_refused(small, change, problem, where):
    bundle = build(small, NOVEMBER)
    change(bundle)
    with pytest.raises(BundleUnreadable) as caught:
        parse_bundle(json.dumps(bundle).encode(), "s.json")
    assert caught.value.problem == problem
    assert caught.value.where.startswith(where)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"hello", "not_json"),
        (b"\xff\xfe\x00garbage", "not_json"),
        (b'{"format": "advisor-journal/1", "meetings": [', "truncated"),
        (b"[1, 2]", "not_a_bundle"),
        (b'{"name": "x"}', "not_a_bundle"),
    ],
)
def test_broken_files_are_refused_with_a_reason(data, problem):
    with pytest.raises(BundleUnreadable) as caught:
        parse_bundle(data, "s.json")
    assert caught.value.problem == problem


def test_a_cut_off_export_is_called_truncated(small):
    data = to_json(build(small, NOVEMBER))
    with pytest.raises(BundleUnreadable) as caught:
        parse_bundle(data[: len(data) // 2], "s.json")
    assert caught.value.problem == "truncated"


def test_a_journal_with_no_meetings_in_the_period_exports_an_empty_list(journal):
    bundle = build(journal, NOVEMBER)
    assert bundle["meetings"] == []
    assert parse_bundle(to_json(bundle))["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert FIXED_NOW.isoformat().startswith(bundle["exported_at"][:10])


# -- intentions kept, and tags ------------------------------------------------------------

NOVEMBER_SCOPE = Scope(date(2026, 11, 1), date(2026, 12, 1))


@pytest.mark.parametrize("texts", [False, True])
def test_verdicts_and_tags_travel_in_the_bundle_and_read_back(intentions_kept, texts):
    choice = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), include_texts=texts)
    bundle = json.loads(to_json(build(intentions_kept, choice)))
    validator = Draft202012Validator(json.loads(SCHEMA.read_text()))
    assert list(validator.iter_errors(bundle)) == []
    reflections = [m["reflection"] for m in bundle["meetings"]]
    # The verdict is not free text: it leaves also when the words stay home.
    assert [(r["intention_trait"], r["intention_kept"]) for r in reflections] == [
        ("listening", "yes"), ("listening", "partly"), ("candour", "no"), (None, None),
    ]  # fmt: skip
    assert all((r["intention"] is not None) == texts for r in reflections)
    assert [m["tags"] for m in bundle["meetings"]] == [
        ["Client A vervolg", "tender"], [], ["tender"], [],
    ]  # fmt: skip

    readback = load(parse_bundle(to_json(bundle)), intentions_kept.bank)
    try:
        assert readback.kept_counts(Scope()) == intentions_kept.kept_counts(NOVEMBER_SCOPE)
        first = readback.meeting(1)
        assert first.tags == ("Client A vervolg", "tender")
        assert (first.reflection.intention_trait, first.reflection.intention_kept) == (
            "listening",
            "yes",
        )
        assert first.reflection.intention == ("Eerst luisteren." if texts else "")
        assert [(t.name, t.meetings) for t in readback.tags()] == [
            ("Client A vervolg", 1),
            ("tender", 2),
        ]
    finally:
        readback.close()


def test_a_tag_naming_a_client_is_pseudonymised_by_default(intentions_kept):
    text = to_json(build(intentions_kept, NOVEMBER)).decode()
    assert "Utrecht" not in text and "Kestrel" not in text
    assert '"tags":["Client A vervolg","tender"]' in text
    choice = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), real_names=True)
    real = build(intentions_kept, choice)
    assert real["meetings"][0]["tags"] == ["Gemeente Utrecht vervolg", "tender"]


def test_an_intention_about_a_trait_left_out_keeps_its_verdict_but_not_its_trait(
    intentions_kept,
):
    choice = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), traits=("listening",))
    reflections = [m["reflection"] for m in build(intentions_kept, choice)["meetings"]]
    assert [(r["intention_trait"], r["intention_kept"]) for r in reflections] == [
        ("listening", "yes"), ("listening", "partly"), (None, "no"), (None, None),
    ]  # fmt: skip


def test_a_reflection_without_an_intention_has_no_verdict(small):
    bundle = build(small, NOVEMBER)
    second = bundle["meetings"][1]["reflection"]
    assert "intention_kept" in second  # it wrote one (left out), still open
    (october,) = build(small, ExportChoice(date(2026, 10, 1), date(2026, 10, 31)))["meetings"]
    assert "intention_kept" not in october["reflection"]
    assert "intention_trait" not in october["reflection"]


def test_a_bundle_from_before_verdicts_and_tags_still_reads_back(intentions_kept):
    """Bundles written before this version have no verdicts and always empty tags."""
    choice = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), include_texts=True)
    bundle = json.loads(to_json(build(intentions_kept, choice)))
    for meeting in bundle["meetings"]:
        meeting["tags"] = []
        meeting["reflection"].pop("intention_trait")
        meeting["reflection"].pop("intention_kept")
    old = parse_bundle(json.dumps(bundle).encode(), "old.json")
    readback = load(old, intentions_kept.bank)
    try:
        # Every intention reads back open and without a trait: nothing said otherwise.
        assert [(t, c.open) for t, c in readback.kept_counts(Scope()).items()] == [(None, 4)]
        assert readback.meeting(1).reflection.intention == "Eerst luisteren."
        assert readback.tags() == []
    finally:
        readback.close()
