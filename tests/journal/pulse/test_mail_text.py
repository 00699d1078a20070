"""The AJ-PULSE block a client's form mails back: exact on fixed examples, and
fuzzed with Hypothesis through what mail programs do to text."""

import quopri

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journal.pulse import mail_text
from journal.pulse.mail_text import ALPHABET, block, checksum, read
from journal.reflect.bank import default_bank

ITEMS = [item.id for item in default_bank().client_items()]


def test_a_fixed_block_and_its_checksum():
    # zlib's CRC-32 of the canonical text; the form's JavaScript must agree (test_form)
    text = block("K7QM2D", "R4X9", [("listening.c1", 4), ("honest_limits.c1", 5)])
    assert text == "AJ-PULSE 1 K7QM2D R4X9 listening.c1:4 honest_limits.c1:5 *113EFF4B"
    assert checksum("AJ-PULSE1K7QM2DR4X9listening.c1:4honest_limits.c1:5") == "113EFF4B"
    assert checksum("123456789") == "CBF43926"  # the CRC-32 check value


def test_it_reads_back_from_a_mail_with_text_around_it():
    mail = (
        "Beste Sanne,\n\nHierbij mijn antwoorden.\n\n1. Mijn adviseur …: 4 (Grotendeels)\n\n"
        + block("K7QM2D", "R4X9", [("listening.c1", 4), ("entree.c1", 2)])
        + "\n\nMet vriendelijke groet,\nPieter\n"
    )
    [answers], problems = read(mail)
    assert problems == []
    assert (answers.pulse_code, answers.respondent) == ("K7QM2D", "R4X9")
    assert answers.scores == {"listening.c1": 4, "entree.c1": 2}


@pytest.mark.parametrize(
    "damage, problem",
    [
        (lambda b: b.replace("listening.c1:4", "listening.c1:3"), "checksum"),
        (lambda b: b.replace("K7QM2D", "K7QM2E"), "checksum"),
        (lambda b: b.replace("entree.c1:2", "entree.c1:2 reciprocity.c1:5"), "checksum"),
        (lambda b: b[: b.index("*")], "cut_off"),
        (lambda b: b.replace("listening.c1:4", "listening.c1: 4,"), "garbled"),
        (lambda b: b.replace("AJ-PULSE 1", "AJ-PULSE 2"), "newer_version"),
    ],
)
def test_damage_is_named(damage, problem):
    good = block("K7QM2D", "R4X9", [("listening.c1", 4), ("entree.c1", 2)])
    found, problems = read("Groet\n" + damage(good))
    assert found == []
    assert [p.problem for p in problems] == [problem]
    assert problems[0].row == 1


def test_a_score_outside_the_scale_with_a_valid_checksum_is_refused():
    bad = block("K7QM2D", "R4X9", [("listening.c1", 7)])
    assert [p.problem for p in read(bad)[1]] == ["out_of_range"]


def test_several_blocks_in_one_paste_and_the_same_one_twice():
    one = block("K7QM2D", "R4X9", [("listening.c1", 4)])
    two = block("K7QM2D", "ZZ01", [("listening.c1", 2)])
    broken = one.replace(":4", ":5")
    found, problems = read(f"{one}\n\n> {one}\n\n{two}\n{broken}")
    assert [a.respondent for a in found] == ["R4X9", "ZZ01"]
    assert [(p.row, p.problem) for p in problems] == [(4, "checksum")]


def test_no_block_at_all():
    assert read("Dank voor het gesprek van gisteren!") == ([], [])


def test_crockford_look_alikes_read_as_the_digits():
    text = block("K70M2D", "R1X1", [("listening.c1", 4)])
    typed = text.replace("K70M2D", "K7OM2D").replace("R1X1", "RIXL")
    [answers], _ = read(typed)
    assert (answers.pulse_code, answers.respondent) == ("K70M2D", "R1X1")


# -- fuzzing ---------------------------------------------------------------------------

codes = st.text(alphabet=ALPHABET, min_size=6, max_size=6)
respondents = st.text(alphabet=ALPHABET, min_size=4, max_size=4)
answer_sets = st.lists(
    st.tuples(st.sampled_from(ITEMS), st.integers(1, 5)),
    min_size=1,
    max_size=4,
    unique_by=lambda pair: pair[0],
)
prose = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    max_size=120,
)


@st.composite
def mangled(draw):
    """A block as a mail program may hand it back."""
    code, respondent, answers = draw(codes), draw(respondents), draw(answer_sets)
    text = block(code, respondent, answers)
    # line wrapping anywhere, even inside a word
    for cut in sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)), reverse=True):
        text = text[:cut] + draw(st.sampled_from(["\n", " \n", "\r\n", "\n\n"])) + text[cut:]
    spaces = draw(st.sampled_from([" ", "  ", "\u00a0", " \t", "\u200b ", "\u2009"]))
    text = text.replace(" ", spaces)
    before, after = draw(prose), draw(prose)
    assume(not mail_text.has_marker(before) and not mail_text.has_marker(after))
    text = f"{before}\n{text}\n{after}"
    depth = draw(st.integers(0, 3))
    if depth:
        text = "\n".join(("> " * depth) + line for line in text.split("\n"))
    if draw(st.booleans()):  # a raw quoted-printable body pasted as it was
        text = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return code, respondent, dict(answers), text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_a_block_survives_what_mail_programs_do(case):
    code, respondent, scores, text = case
    found, problems = read(text)
    assume(len(found) + len(problems) == 1)  # the prose did not hide a second marker
    assert problems == []
    [answers] = found
    assert (answers.pulse_code, answers.respondent, answers.scores) == (code, respondent, scores)


@settings(max_examples=400)
@given(st.text(max_size=400))
def test_any_text_reads_without_raising(text):
    found, problems = read(text)
    for answers in found:  # a random text can only read as a block with a valid sum
        assert all(1 <= s <= 5 for s in answers.scores.values())
    assert all(p.row for p in problems)


@settings(max_examples=400)
@given(codes, respondents, answer_sets, st.data())
def test_one_changed_character_is_caught_or_harmless(code, respondent, answers, data):
    text = block(code, respondent, answers)
    index = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.characters(min_codepoint=32, max_codepoint=126))
    assume(replacement != text[index])
    changed = text[:index] + replacement + text[index + 1 :]
    found, _problems = read(changed)
    # Either refused, or read as exactly what was sent (case, a space, a Crockford
    # look-alike): never as other answers.
    for got in found:
        assert (got.pulse_code, got.respondent, got.scores) == (code, respondent, dict(answers))
