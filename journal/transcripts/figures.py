"""The figures of one transcript, computed on the laptop. The definitions:

- **Talk share** per speaker: by speaking time where every cue has a start and an end
  (WebVTT, older .docx), as the sum of its cues' lengths; by words otherwise (``measure``
  says which). Shares are of all talk by named speakers; cues without a speaker are left
  out and counted apart (``unattributed_*``). The advisor is one speaker; everyone else
  counts as "the others" (the client's side).
- **Turns**: consecutive cues of one speaker. Questions and directions are read per
  turn, so a sentence Teams split over two cues is read whole.
- **Questions** the advisor asked: sentences of the advisor's turns that end in "?"
  or invite the client to tell ("tell me about …"), open or closed by the rules of the
  transcript's language (``journal.language.questions``); tag questions are closed and
  also counted apart.
- **Longest monologue**: the longest turn, from its first cue's start to its last cue's
  end (pauses inside it included), or by words when there are no times; any cue of
  another speaker ends it. Given for everyone and for the advisor.
- **Directions**: sentences of the advisor's that advise or direct (no question), by
  the directive rules.
- **Before the client finished their story**: a transcript does not say when a story
  ends, so the app takes a fixed, explainable point: the moment the others together
  have said ``STORY_SHARE`` (a third) of everything they say in the meeting, in the same
  measure as the shares. A direction in an advisor's turn that begins before that point
  counts as early. With no talk by the others, there is no such point (``None``).

``METHOD`` changes whenever one of these definitions does; stored figures keep the
method and the rules (``nl.1``) they were made with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from journal.language.detect import detect
from journal.language.questions import read_sentence
from journal.language.rules import RuleSet, rules_for
from journal.language.text import count_words, sentences
from journal.transcripts.model import Transcript, Utterance

METHOD = 1
STORY_SHARE = 1 / 3


@dataclass(frozen=True)
class SpeakerShare:
    name: str
    advisor: bool
    share: float  # 0–1 of all talk by named speakers, in ``Figures.measure``
    words: int
    turns: int
    seconds: float | None = None


@dataclass(frozen=True)
class Monologue:
    speaker: str
    words: int
    seconds: float | None = None
    start: float | None = None  # seconds from the transcript's start


@dataclass(frozen=True)
class Found:
    """A question or a direction: its sentence, its rule, when. Shown, never stored
    (unless the advisor keeps the transcript's text)."""

    text: str
    kind: str  # "open", "closed" or "directive"
    rule_id: str
    speaker: str
    at: float | None = None
    early: bool = False  # a direction before the client had finished their story


@dataclass(frozen=True)
class Figures:
    """What is kept with a meeting: numbers only (and the speakers' names)."""

    method: int
    rules: str  # the rule set, "nl.1"
    format: str
    language: str
    measure: str  # "seconds" or "words"
    advisor: str
    speakers: tuple[SpeakerShare, ...]
    advisor_share: float
    others_share: float
    questions_open: int
    questions_closed: int
    questions_tag: int
    directions: int
    directions_early: int | None
    longest: Monologue | None
    advisor_longest: Monologue | None
    duration: float | None = None  # first start to last end, when timed
    story_end_at: float | None = None  # seconds, when timed
    client_questions: int = 0
    question_rules: dict[str, int] = field(default_factory=dict)
    direction_rules: dict[str, int] = field(default_factory=dict)
    unattributed_words: int = 0
    unattributed_seconds: float | None = None
    skipped_cues: int = 0
    encoding: str = "utf-8"

    @property
    def questions(self) -> int:
        return self.questions_open + self.questions_closed

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figures:
        data = dict(data)
        data["speakers"] = tuple(SpeakerShare(**s) for s in data.get("speakers", ()))
        for key in ("longest", "advisor_longest"):
            data[key] = Monologue(**data[key]) if data.get(key) else None
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Analysis:
    transcript: Transcript
    figures: Figures
    questions: tuple[Found, ...]  # the advisor's
    directions: tuple[Found, ...]
    client_questions: tuple[Found, ...]


@dataclass
class _Turn:
    speaker: str
    utterances: list[Utterance]

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.utterances)


def analyse(transcript: Transcript, advisor: str, language: str | None = None) -> Analysis:
    """Every figure of ``transcript`` with ``advisor`` as the advisor (one of its
    speakers); the language is told from the text unless given."""
    if advisor not in transcript.speakers:
        raise ValueError(f"{advisor!r} is not a speaker of this transcript")
    named = [u for u in transcript.utterances if u.speaker]
    language = language or detect(" ".join(u.text for u in named[:2000]))
    rules = rules_for(language)
    timed = transcript.timed
    measure = "seconds" if timed else "words"

    def size(u: Utterance) -> float:
        return (
            (u.end - u.start)
            if timed and u.end is not None and u.start is not None
            else count_words(u.text)
        )

    turns = _turns(transcript.utterances)
    talk: dict[str, float] = {}
    words: Counter[str] = Counter()
    seconds: dict[str, float] = {}
    for u in named:
        talk[u.speaker] = talk.get(u.speaker, 0.0) + size(u)
        words[u.speaker] += count_words(u.text)
        if timed:
            seconds[u.speaker] = seconds.get(u.speaker, 0.0) + (u.end or 0.0) - (u.start or 0.0)
    total = sum(talk.values())
    turn_count = Counter(t.speaker for t in turns if t.speaker)
    speakers = tuple(
        SpeakerShare(
            name=name,
            advisor=name == advisor,
            share=_ratio(talk.get(name, 0.0), total),
            words=words[name],
            turns=turn_count[name],
            seconds=round(seconds.get(name, 0.0), 3) if timed else None,
        )
        for name in transcript.speakers
    )
    questions, directions, client_questions, story_end_at, early = _read_turns(
        turns, advisor, rules, size, sum(v for k, v in talk.items() if k != advisor)
    )
    unattributed = [u for u in transcript.utterances if not u.speaker]
    times = [t for u in named for t in (u.start, u.end) if t is not None]
    advisor_share = _ratio(talk.get(advisor, 0.0), total)
    figures = Figures(
        method=METHOD,
        rules=rules.tag,
        format=transcript.format,
        language=language,
        measure=measure,
        advisor=advisor,
        speakers=speakers,
        advisor_share=advisor_share,
        others_share=round(1 - advisor_share, 4) if total else 0.0,
        questions_open=sum(1 for q in questions if q.kind == "open"),
        questions_closed=sum(1 for q in questions if q.kind == "closed"),
        questions_tag=sum(1 for q in questions if q.rule_id.endswith(".closed.tag")),
        directions=len(directions),
        directions_early=early,
        longest=_longest(turns, None, timed),
        advisor_longest=_longest(turns, advisor, timed),
        duration=round(max(times) - min(times), 3) if timed and times else None,
        story_end_at=story_end_at,
        client_questions=len(client_questions),
        question_rules=dict(sorted(Counter(q.rule_id for q in questions).items())),
        direction_rules=dict(sorted(Counter(d.rule_id for d in directions).items())),
        unattributed_words=sum(count_words(u.text) for u in unattributed),
        unattributed_seconds=(
            round(
                sum(
                    u.end - u.start
                    for u in unattributed
                    if u.end is not None and u.start is not None
                ),
                3,
            )
            if timed
            else None
        ),  # fmt: skip
        skipped_cues=sum(1 for p in transcript.problems if p.what != "unattributed"),
        encoding=transcript.encoding,
    )
    return Analysis(
        transcript, figures, tuple(questions), tuple(directions), tuple(client_questions)
    )


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _turns(utterances: tuple[Utterance, ...]) -> list[_Turn]:
    turns: list[_Turn] = []
    for u in utterances:
        if turns and turns[-1].speaker == u.speaker:
            turns[-1].utterances.append(u)
        else:
            turns.append(_Turn(u.speaker, [u]))
    return turns


def _read_turns(turns: list[_Turn], advisor: str, rules: RuleSet, size, others_total: float):
    questions: list[Found] = []
    directions: list[Found] = []
    client_questions: list[Found] = []
    threshold = STORY_SHARE * others_total
    heard = 0.0  # the others' talk so far
    story_end_at: float | None = None
    early = 0
    for turn in turns:
        if not turn.speaker:
            continue
        text = turn.text
        starts = _utterance_starts(turn)
        if turn.speaker == advisor:
            story_told = others_total > 0 and heard >= threshold
            for sentence in sentences(text):
                found = read_sentence(text, sentence, rules)
                if found is None:
                    continue
                at = _time_at(starts, sentence.start)
                if found[0] != "directive":
                    questions.append(Found(sentence.text, found[0], found[1], turn.speaker, at))
                    continue
                is_early = others_total > 0 and not story_told
                early += is_early
                directions.append(
                    Found(sentence.text, "directive", found[1], turn.speaker, at, is_early)
                )
        else:
            for sentence in sentences(text):
                kind = read_sentence(text, sentence, rules)
                if kind is not None and kind[0] != "directive":
                    at = _time_at(starts, sentence.start)
                    client_questions.append(
                        Found(sentence.text, kind[0], kind[1], turn.speaker, at)
                    )
            for u in turn.utterances:
                before = heard
                heard += size(u)
                if before < threshold <= heard and story_end_at is None:
                    story_end_at = u.end
    return (
        questions,
        directions,
        client_questions,
        story_end_at,
        (early if others_total > 0 else None),
    )


def _utterance_starts(turn: _Turn) -> list[tuple[int, float | None]]:
    """Where each cue's text begins in the turn's text, and its start time."""
    result, offset = [], 0
    for u in turn.utterances:
        result.append((offset, u.start))
        offset += len(u.text) + 1
    return result


def _time_at(starts: list[tuple[int, float | None]], offset: int) -> float | None:
    at = None
    for begin, start in starts:
        if begin <= offset:
            at = start
    return at


def _longest(turns: list[_Turn], speaker: str | None, timed: bool) -> Monologue | None:
    best: Monologue | None = None
    for turn in turns:
        if not turn.speaker or (speaker is not None and turn.speaker != speaker):
            continue
        words = count_words(turn.text)
        first, last = turn.utterances[0], turn.utterances[-1]
        span = (
            round(last.end - first.start, 3)
            if timed and last.end is not None and first.start is not None else None
        )  # fmt: skip
        candidate = Monologue(turn.speaker, words, span, first.start)
        key = (span if timed else words, words)
        if best is None or key > ((best.seconds if timed else best.words), best.words):
            best = candidate
    return best
