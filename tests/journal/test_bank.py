import json
from pathlib import Path

import pytest

from journal.errors import BankError
from journal.reflect.bank import TRUST_PARTS, bank_path, default_bank, load_bank

TRAITS_MD = Path(__file__).resolve().parents[3] / "shared" / "design" / "traits.md"
EXPECTED_TRAITS = [
    "client_focus",
    "honest_limits",
    "candour",
    "reassurance",
    "process_partner",
    "understanding",
    "listening",
    "client_agenda",
    "entree",
    "reciprocity",
]


def test_shipped_bank_has_all_ten_traits_with_questions_in_both_languages():
    bank = default_bank()
    assert list(bank.trait_ids()) == EXPECTED_TRAITS
    for trait in bank.traits:
        assert len(trait.questions) >= 3
        assert any(q.reversed for q in trait.questions), trait.id
        assert set(trait.trust_parts) <= set(TRUST_PARTS)
        for q in trait.questions:
            assert q.text.en.strip() and q.text.nl.strip()
            assert q.text.en != q.text.nl
    assert {p for t in bank.traits for p in t.trust_parts} == set(TRUST_PARTS)
    assert [q.id for q in bank.open_questions] == ["open.intended", "open.happened", "open.why"]
    assert bank.intention.id == "open.next_time"


@pytest.mark.skipif(not TRAITS_MD.exists(), reason="shared/ design notes not beside the repo")
def test_trait_ids_match_the_design_notes():
    text = TRAITS_MD.read_text(encoding="utf-8")
    for trait_id in EXPECTED_TRAITS:
        assert f"| {trait_id} |" in text


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _shipped() -> dict:
    return json.loads(bank_path().read_text(encoding="utf-8"))


def test_not_json_names_the_file_and_line(tmp_path):
    path = _write(tmp_path, '{\n  "format": 1,\n  "traits": [,]\n}')
    with pytest.raises(BankError) as info:
        load_bank(path)
    assert info.value.path == path
    assert info.value.entry == "line 3"
    assert "not valid JSON" in info.value.problem


def test_missing_dutch_text_names_the_question(tmp_path):
    data = _shipped()
    del data["traits"][2]["questions"][1]["text"]["nl"]
    with pytest.raises(BankError) as info:
        load_bank(_write(tmp_path, data))
    assert info.value.entry == "question 'candour.2'.text"
    assert "'nl'" in info.value.problem
    assert str(tmp_path / "bank.json") in str(info.value)


def test_duplicate_question_id_is_refused(tmp_path):
    data = _shipped()
    data["traits"][0]["questions"][1]["id"] = data["traits"][0]["questions"][0]["id"]
    with pytest.raises(BankError, match="used twice"):
        load_bank(_write(tmp_path, data))


def test_unknown_trust_part_is_refused(tmp_path):
    data = _shipped()
    data["traits"][0]["trust_parts"] = ["charisma"]
    with pytest.raises(BankError) as info:
        load_bank(_write(tmp_path, data))
    assert info.value.entry == "trait 'client_focus'.trust_parts"


def test_question_of_another_trait_is_refused(tmp_path):
    data = _shipped()
    data["traits"][0]["questions"][0]["id"] = "listening.9"
    with pytest.raises(BankError, match="must start with its trait id"):
        load_bank(_write(tmp_path, data))


def test_reversed_must_be_a_boolean(tmp_path):
    data = _shipped()
    data["traits"][1]["questions"][0]["reversed"] = "yes"
    with pytest.raises(BankError) as info:
        load_bank(_write(tmp_path, data))
    assert info.value.entry.endswith(".reversed")


def test_too_few_questions(tmp_path):
    data = _shipped()
    data["traits"][4]["questions"] = data["traits"][4]["questions"][:2]
    with pytest.raises(BankError, match="at least 3 questions"):
        load_bank(_write(tmp_path, data))


def test_scale_needs_five_labels(tmp_path):
    data = _shipped()
    data["scale"]["nl"] = data["scale"]["nl"][:4]
    with pytest.raises(BankError) as info:
        load_bank(_write(tmp_path, data))
    assert info.value.entry == "scale.nl"


def test_newer_format_is_refused(tmp_path):
    data = _shipped()
    data["format"] = 2
    with pytest.raises(BankError, match="must be 1"):
        load_bank(_write(tmp_path, data))


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(BankError, match="cannot be read"):
        load_bank(tmp_path / "missing.json")
    path = tmp_path / "latin1.json"
    path.write_bytes('{"format": 1, "x": "café"}'.encode("latin-1"))
    with pytest.raises(BankError, match="not UTF-8"):
        load_bank(path)


# -- the client-side items (journal.pulse asks them; a coach rates them) --------------


def test_every_trait_has_a_client_item_in_both_languages():
    bank = default_bank()
    for trait in bank.traits:
        assert trait.client_items, trait.id
        for item in trait.client_items:
            assert item.trait_id == trait.id
            assert item.id.startswith(trait.id + ".c")
            assert item.text.en.startswith("My advisor") or "my advisor" in item.text.en
            assert "mijn adviseur" in item.text.nl.lower()
            assert len(item.text.en.split()) <= 16, item.id  # read in seconds
            assert bank.client_item(item.id) is item
    assert len(bank.client_items()) == len(bank.traits)
    assert bank.client_item("listening.c1").text.en == (
        "My advisor let me tell my whole story before advising."
    )
    assert not bank.has_client_item("listening.1")  # the advisor's own question


def test_client_items_are_required(tmp_path):
    data = _shipped()
    del data["traits"][3]["client_items"]
    with pytest.raises(BankError) as info:
        load_bank(_write(tmp_path, data))
    assert info.value.entry == "trait 'reassurance'"
    assert "'client_items' must be a non-empty list" in info.value.problem


def test_a_client_item_of_another_trait_or_shape_is_refused(tmp_path):
    data = _shipped()
    data["traits"][0]["client_items"][0]["id"] = "listening.c2"
    with pytest.raises(BankError, match="id must be 'client_focus.c' and a number"):
        load_bank(_write(tmp_path, data))
    data = _shipped()
    data["traits"][0]["client_items"][0]["id"] = "client_focus.9"
    with pytest.raises(BankError, match="id must be"):
        load_bank(_write(tmp_path, data))


def test_a_client_item_needs_dutch_and_is_never_reversed(tmp_path):
    data = _shipped()
    data["traits"][6]["client_items"][0]["text"]["nl"] = "  "
    with pytest.raises(BankError) as info:
        load_bank(_write(tmp_path, data))
    assert info.value.entry == "client item 'listening.c1'.text"
    data = _shipped()
    data["traits"][6]["client_items"][0]["reversed"] = True
    with pytest.raises(BankError, match="never reversed"):
        load_bank(_write(tmp_path, data))


def test_a_client_item_id_used_twice_is_refused(tmp_path):
    data = _shipped()
    data["traits"][6]["client_items"].append(dict(data["traits"][6]["client_items"][0]))
    with pytest.raises(BankError, match="'listening.c1'.*used twice"):
        load_bank(_write(tmp_path, data))
