"""Scoring by hand-computed examples (see journal/scoring.py for the formulas)."""

from math import log10

import pytest

from journal.model import TrustScore, trust_on_100
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
    # The score the app shows is bounded: exactly 0 and 100 at the ends.
    assert best.score == pytest.approx(100.0)
    assert worst.score == pytest.approx(0.0)


def test_the_shown_trust_score_is_bounded_monotone_and_centred():
    # Every ratio the parts can make, on a grid of the 1–10 scale.
    steps = [1 + 0.5 * k for k in range(19)]
    scores = sorted(
        (TrustScore(c, r, i, s).composite, TrustScore(c, r, i, s).score)
        for c in steps[::3] for r in steps[::3] for i in steps for s in steps
    )  # fmt: skip
    assert all(0 <= score <= 100 for _ratio, score in scores)
    # Monotone: a higher ratio never gives a lower score.
    assert all(a[1] <= b[1] + 1e-9 for a, b in zip(scores, scores[1:], strict=False))
    # 50 where the four parts are equal, whatever their level; doubling adds 15.
    assert TrustScore(4, 4, 4, 4).score == pytest.approx(50.0)
    assert TrustScore(9, 9, 9, 9).score == pytest.approx(50.0)
    assert trust_on_100(6.0) - trust_on_100(3.0) == pytest.approx(50 * log10(2))
    assert round(trust_on_100(24.0)) == 95  # the "24.0" a new user saw
    # Out of range ratios (a bundle from elsewhere) stay within the scale.
    assert trust_on_100(1000.0) == 100.0 and trust_on_100(0.001) == 0.0


def test_no_trust_without_every_part():
    bank = default_bank()
    assert trust_score(bank, {"listening": 80.0, "reassurance": 60.0}) is None
