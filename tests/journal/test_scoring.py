"""Scoring by hand-computed examples (see journal/scoring.py for the formulas)."""

import pytest

from journal.reflect.bank import Question, Text, default_bank
from journal.reflect.scoring import answer_value, trait_scores, trust_score

T = Text("x", "x")


def test_answer_values_and_reversal():
    plain = Question("a.1", "a", T, reversed=False)
    flipped = Question("a.2", "a", T, reversed=True)
    assert [answer_value(plain, s) for s in range(1, 6)] == [0, 25, 50, 75, 100]
    assert [answer_value(flipped, s) for s in range(1, 6)] == [100, 75, 50, 25, 0]
    with pytest.raises(ValueError):
        answer_value(plain, 6)


def test_trait_score_is_the_mean_of_its_answers():
    bank = default_bank()
    listening = bank.trait("listening")
    plain = [q for q in listening.questions if not q.reversed]
    flipped = next(q for q in listening.questions if q.reversed)
    # 4 → 75, 2 → 25, reversed 1 → 100: mean 200/3
    scores = {plain[0].id: 4, plain[1].id: 2, flipped.id: 1}
    assert trait_scores(bank, scores) == {"listening": pytest.approx(200 / 3)}


def test_trust_equation_parts_and_composite():
    bank = default_bank()
    by_trait = {
        "honest_limits": 50.0,  # credibility
        "candour": 100.0,  # credibility and reliability
        "client_focus": 0.0,  # reliability
        "reassurance": 100.0,  # intimacy
        "listening": 75.0,  # self-orientation (inverse)
        "reciprocity": 25.0,  # self-orientation (inverse)
    }
    trust = trust_score(bank, by_trait)
    # credibility: mean(50, 100) = 75 → 1 + 9 · 0.75 = 7.75
    assert trust.credibility == pytest.approx(7.75)
    # reliability: mean(100, 0) = 50 → 5.5
    assert trust.reliability == pytest.approx(5.5)
    # intimacy: 100 → 10
    assert trust.intimacy == pytest.approx(10.0)
    # self-orientation: 100 − mean(75, 25) = 50 → 5.5
    assert trust.self_orientation == pytest.approx(5.5)
    assert trust.composite == pytest.approx((7.75 + 5.5 + 10) / 5.5)


def test_best_and_worst_possible_trust():
    bank = default_bank()
    best = trust_score(bank, {t: 100.0 for t in bank.trait_ids()})
    worst = trust_score(bank, {t: 0.0 for t in bank.trait_ids()})
    assert best.composite == pytest.approx(30.0)
    assert worst.composite == pytest.approx(0.3)


def test_no_trust_without_every_part():
    bank = default_bank()
    assert trust_score(bank, {"listening": 80.0, "reassurance": 60.0}) is None
