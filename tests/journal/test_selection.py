import random

from journal.reflect.bank import TRUST_PARTS, default_bank
from journal.reflect.selection import choose_questions


def _run(reflections: int, focus=(), seed=7):
    bank = default_bank()
    rng = random.Random(seed)
    history: list[list[str]] = []
    asked = []
    for _ in range(reflections):
        questions = choose_questions(bank, history, focus, rng=rng)
        ids = [q.id for q in questions]
        history.insert(0, ids)
        asked.append(questions)
    return bank, asked


def test_a_short_set_never_the_whole_bank():
    bank, asked = _run(20)
    total = sum(len(t.questions) for t in bank.traits)
    for questions in asked:
        assert 6 <= len(questions) <= 8 < total
        assert len({q.trait_id for q in questions}) == len(questions)  # one per trait


def test_every_reflection_covers_the_four_trust_parts():
    bank, asked = _run(30, focus=("listening", "client_agenda", "reciprocity"))
    for questions in asked:
        parts = {p for q in questions for p in bank.trait(q.trait_id).trust_parts}
        assert parts == set(TRUST_PARTS)


def test_every_trait_comes_round_within_two_reflections():
    bank, asked = _run(12, focus=("listening", "process_partner"))
    for start in range(len(asked) - 1):
        window = {q.trait_id for qs in asked[start : start + 2] for q in qs}
        assert window == set(bank.trait_ids())


def test_focus_traits_are_asked_every_time():
    _bank, asked = _run(15, focus=("listening", "honest_limits"))
    for questions in asked:
        assert {"listening", "honest_limits"} <= {q.trait_id for q in questions}


def test_questions_within_a_trait_take_turns():
    bank, asked = _run(40, focus=("listening",))
    listening = [q.id for qs in asked for q in qs if q.trait_id == "listening"]
    n = len(bank.trait("listening").questions)
    for start in range(0, len(listening) - n + 1):
        assert len(set(listening[start : start + n])) == n


def test_questions_come_in_bank_order():
    bank, asked = _run(5)
    order = list(bank.trait_ids())
    for questions in asked:
        positions = [order.index(q.trait_id) for q in questions]
        assert positions == sorted(positions)
