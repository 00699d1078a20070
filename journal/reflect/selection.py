"""Which questions a reflection asks: a short rotating set, never the whole bank.

One question per trait, ``size`` traits per reflection. The focus traits are always
asked; every trust part gets at least one trait (so each reflection has a trust score);
the remaining places go to the traits asked longest ago, so every trait comes round
within a few reflections. Within a trait, its questions take turns the same way.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from journal.reflect.bank import TRUST_PARTS, Question, QuestionBank, Trait

DEFAULT_SIZE = 7
MAX_FOCUS_TRAITS = 3
_NEVER = 1_000_000


def choose_questions(
    bank: QuestionBank,
    history: Sequence[Sequence[str]],
    focus: Sequence[str] = (),
    rng: random.Random | None = None,
    size: int = DEFAULT_SIZE,
) -> list[Question]:
    """Pick the questions for the next reflection.

    ``history`` holds the question ids of earlier reflections, newest first. The result
    is in the bank's trait order, so the form reads the same way every time.
    """
    rng = rng or random.Random()
    trait_age = _ages(history, lambda qid: qid.split(".", 1)[0])
    question_age = _ages(history, lambda qid: qid)

    def staleness(trait: Trait) -> tuple[int, float]:
        return (trait_age.get(trait.id, _NEVER), rng.random())

    chosen: list[Trait] = [t for t in bank.traits if t.id in focus][:MAX_FOCUS_TRAITS]
    size = max(size, len(TRUST_PARTS))
    for part in TRUST_PARTS:
        if any(part in t.trust_parts for t in chosen):
            continue
        candidates = [t for t in bank.traits if part in t.trust_parts and t not in chosen]
        chosen.append(max(candidates, key=staleness))
    rest = sorted((t for t in bank.traits if t not in chosen), key=staleness, reverse=True)
    chosen.extend(rest[: max(0, size - len(chosen))])

    order = {t.id: i for i, t in enumerate(bank.traits)}
    questions = []
    for trait in sorted(chosen, key=lambda t: order[t.id]):
        questions.append(
            max(trait.questions, key=lambda q: (question_age.get(q.id, _NEVER), rng.random()))
        )
    return questions


def _ages(history: Sequence[Sequence[str]], key) -> dict[str, int]:
    """How many reflections ago each key was last asked (0 = the newest)."""
    ages: dict[str, int] = {}
    for age, question_ids in enumerate(history):
        for question_id in question_ids:
            ages.setdefault(key(question_id), age)
    return ages
