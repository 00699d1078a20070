"""Scores from answers: each trait 0–100, and the Trust Equation built on them.

A 1–5 answer becomes 0–100 as (score − 1) / 4 · 100, after turning a reversed item
round (6 − score). A trait's score is the mean over its answered questions. Each trust
part is the mean of the scores of the traits tied to it, mapped to 1–10; traits tied to
self-orientation measure its inverse (listening, not pushing your own agenda), so
self-orientation = 1 + 9 · (100 − their mean) / 100.
"""

from __future__ import annotations

from collections import defaultdict
from math import fsum

from journal.model import TrustScore
from journal.reflect.bank import SCALE_POINTS, Question, QuestionBank


def mean(values: list[float]) -> float:
    """``statistics.fmean`` exactly (fsum over len), without importing ``statistics``
    and with it ``decimal`` and ``fractions``: this module loads at every start."""
    return fsum(values) / len(values)


def answer_value(question: Question, score: int) -> float:
    """One 1–5 answer as 0–100, with reversed items turned round."""
    if not 1 <= score <= SCALE_POINTS:
        raise ValueError(f"score {score} is outside 1–{SCALE_POINTS}")
    oriented = SCALE_POINTS + 1 - score if question.reversed else score
    return (oriented - 1) / (SCALE_POINTS - 1) * 100


def trait_scores(bank: QuestionBank, scores: dict[str, int]) -> dict[str, float]:
    """Mean 0–100 value per trait over the answered questions of that trait."""
    values: dict[str, list[float]] = defaultdict(list)
    for question_id, score in scores.items():
        question = bank.question(question_id)
        values[question.trait_id].append(answer_value(question, score))
    return {trait_id: mean(v) for trait_id, v in values.items()}


def to_part_scale(score: float) -> float:
    """0–100 onto the 1–10 scale of a trust part."""
    return 1 + 9 * score / 100


def trust_score(bank: QuestionBank, by_trait: dict[str, float]) -> TrustScore | None:
    """The four trust parts and composite, or None when a part has no answers."""
    per_part: dict[str, list[float]] = defaultdict(list)
    for trait_id, score in by_trait.items():
        for part in bank.trait(trait_id).trust_parts:
            per_part[part].append(score)
    if len(per_part) < 4:
        return None
    return TrustScore(
        credibility=to_part_scale(mean(per_part["credibility"])),
        reliability=to_part_scale(mean(per_part["reliability"])),
        intimacy=to_part_scale(mean(per_part["intimacy"])),
        self_orientation=to_part_scale(100 - mean(per_part["self_orientation"])),
    )
