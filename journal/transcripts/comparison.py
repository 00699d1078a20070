"""The transcript's figures beside the reflection's own answers on listening and asking:
"you rated *The client did more of the talking* 4 of 5; the transcript says you spoke
68%". Structured, not worded: the ui words each kind (``id``) in its language.

Each pair names a question of the bank and the figures that speak to it, and says
whether the two point the same way ("same"), not ("different"), or cannot be told
("unclear": a middle answer, a near-even figure, no figure). Self-reports of how one
listened are often off (Miller et al. 2004); the pairing shows both, and judges neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal.transcripts.figures import Figures

EVEN = (0.45, 0.55)  # an advisor share in here is "about even": unclear
MANY_DIRECTIONS = 3  # "telling the client what to do" fits this many directions or more


@dataclass(frozen=True)
class Comparison:
    id: str  # "talk_share", "story_first", "telling", "open_questions", "kept_asking"
    question_id: str
    score: int  # the advisor's answer, 1–5 ("not at all" … "fully")
    values: dict[str, Any]  # the figures it is set against
    direction: str  # "same", "different", "unclear"


# (id, question in resources/questions/bank.json, what it claims when answered 4 or 5)
PAIRS = (
    ("talk_share", "listening.3"),  # The client did more of the talking than I did.
    ("story_first", "listening.2"),  # I let the client tell their whole story before … advice.
    ("telling", "listening.1"),  # (reversed) I played the know-it-all parent, telling …
    ("open_questions", "understanding.3"),  # I asked open questions, not … steered …
    ("kept_asking", "understanding.1"),  # I kept asking questions until I really understood …
)


def compare(figures: Figures, scores: dict[str, int]) -> list[Comparison]:
    """One comparison per paired question the reflection answered, in ``PAIRS`` order."""
    result = []
    for pair_id, question_id in PAIRS:
        score = scores.get(question_id)
        if score is None:
            continue
        values, direction = _JUDGE[pair_id](figures, score)
        result.append(Comparison(pair_id, question_id, score, values, direction))
    return result


def _agrees(score: int, figure_says_yes: bool | None) -> str:
    """``score`` 4–5 says yes, 1–2 no, 3 neither; the figure says yes, no or None."""
    if score == 3 or figure_says_yes is None:
        return "unclear"
    return "same" if (score >= 4) == figure_says_yes else "different"


def _talk_share(f: Figures, score: int):
    share = f.advisor_share
    said = None if EVEN[0] <= share <= EVEN[1] else share < 0.5  # did the client talk more
    return {"advisor_share": share, "others_share": f.others_share, "measure": f.measure}, _agrees(
        score, said
    )


def _story_first(f: Figures, score: int):
    early = f.directions_early
    said = None if early is None else early == 0
    return {
        "directions_early": early,
        "directions": f.directions,
        "story_end_at": f.story_end_at,
    }, _agrees(score, said)


def _telling(f: Figures, score: int):
    # A reversed item: 4–5 means "yes, I told them what to do".
    said = True if f.directions >= MANY_DIRECTIONS else False if f.directions == 0 else None
    return {"directions": f.directions, "directions_early": f.directions_early}, _agrees(
        score, said
    )


def _open_questions(f: Figures, score: int):
    said = None
    if f.questions == 0:
        said = False
    elif f.questions_open != f.questions_closed:
        said = f.questions_open > f.questions_closed
    values = {"open": f.questions_open, "closed": f.questions_closed, "tag": f.questions_tag}
    return values, _agrees(score, said)


def _kept_asking(f: Figures, score: int):
    said = False if f.questions == 0 else None  # how many is "kept asking" is the advisor's call
    return {"questions": f.questions, "open": f.questions_open}, _agrees(score, said)


_JUDGE = {
    "talk_share": _talk_share,
    "story_first": _story_first,
    "telling": _telling,
    "open_questions": _open_questions,
    "kept_asking": _kept_asking,
}
