"""A realistic, deterministic sample journal for a first look, screenshots and benchmarks.

Several clients (Dutch and English), meetings on working days over the past year or two,
about four in five reflected on. Each trait has a skill level that drifts upwards over
time (faster for the focus traits), and answers are drawn around it, so the growth the
app is meant to show is there to see. The same seed and day give the same journal.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from journal.model import Profile
from journal.reflect import scoring, selection
from journal.service import HISTORY_FOR_ROTATION, Journal
from journal.store.storage import (
    ANSWER_COLUMNS,
    INTENTION_COLUMNS,
    MEETING_COLUMNS,
    REFLECTION_COLUMNS,
    local_day,
    to_db_time,
)

DEMO_PROFILE = Profile("Sanne de Vries", ("listening", "process_partner"))

CLIENTS_NL = [
    "Gemeente Utrecht",
    "Van der Meer Installatietechniek",
    "Zorggroep De Linde",
    "Hoogheemraadschap Delfland",
    "Bakker & Zonen Logistiek",
    "Hogeschool Rijnmond",
    "Woonstichting Het Anker",
]
CLIENTS_EN = [
    "Northwind Facilities Ltd",
    "Harbourside Hospital Trust",
    "Albion IT Services",
    "Kestrel Engineering",
    "Greenfield Schools",
]
TITLES_NL = [
    "Kick-off aanbesteding schoonmaak",
    "Evaluatie leverancier",
    "Behoeftegesprek werkplekken",
    "Voortgang migratie naar de cloud",
    "Contractverlenging catering",
    "Afstemming programma van eisen",
    "Kennismaking nieuwe teamleider",
    "Escalatie storingen netwerk",
]
TITLES_EN = [
    "Contract renewal review",
    "Quarterly service review",
    "Requirements workshop",
    "Tender kick-off",
    "Incident follow-up",
    "Budget planning session",
    "Introduction to the new facilities manager",
    "Roadmap discussion",
]
INTENTIONS_NL = [
    "Eerst vragen naar hun planning voordat ik iets voorstel.",
    "Laten merken dat ik hun zorgen over de kosten serieus neem.",
    "Eerlijk zeggen wat ik nog moet uitzoeken.",
    "Minder vertellen, meer vragen: pas na tien minuten met een voorstel komen.",
    "Om hun hulp vragen bij het ophalen van de wensen van de gebruikers.",
    "Samenvatten wat ik gehoord heb voordat ik advies geef.",
]
INTENTIONS_EN = [
    "Ask about their timeline before proposing anything.",
    "Acknowledge their worries about the budget before talking solutions.",
    "Say plainly what I still need to find out.",
    "Let them walk me through the problem before I offer options.",
    "Ask for their help in gathering the users' needs.",
    "Thank them for the trust they put in us.",
]
HAPPENED_NL = [
    "Ik schoot te snel in de oplossing; de klant haakte even af.",
    "Goed gesprek, de klant kwam zelf met het idee om te faseren.",
    "Ze waren bang voor de overstap; ik heb de risico's rustig doorgelopen.",
]
HAPPENED_EN = [
    "I jumped to the solution too quickly and they went quiet.",
    "Good conversation; they came up with phasing the work themselves.",
    "They were worried about the switch; we went through the risks calmly.",
]


class JournalNotEmpty(Exception):
    """The journal has meetings and ``force`` was not given."""

    def __init__(self, meetings: int):
        super().__init__(f"the journal already has {meetings} meetings")
        self.meetings = meetings


@dataclass(frozen=True)
class DemoResult:
    meetings: int
    reflections: int
    clients: int


def fill(journal: Journal, meetings: int = 400, seed: int = 1, force: bool = False) -> DemoResult:
    """Add ``meetings`` sample meetings to the journal, all in one transaction."""
    existing = journal.count_meetings()
    if existing and not force:
        raise JournalNotEmpty(existing)
    rng = random.Random(seed)
    now = journal.clock().replace(microsecond=0)
    span_days = 365 if meetings <= 500 else 730
    bank = journal.bank
    store = journal.store

    with store.transaction():
        clients = [
            (store.client_named(name, now).id, dutch)
            for names, dutch in ((CLIENTS_NL, True), (CLIENTS_EN, False))
            for name in names
        ]
        if not existing:
            journal.save_profile(DEMO_PROFILE)
        first_meeting = store.next_id("meetings")
        first_reflection = store.next_id("reflections")
        starts = sorted(_working_hours(rng, now, span_days) for _ in range(meetings))
        meeting_rows: list[tuple] = []
        reflection_rows: list[tuple] = []
        answer_rows: list[tuple] = []
        intention_rows: list[list] = []
        open_intention: dict[int, list] = {}  # client id → its intention not yet checked
        history: list[list[str]] = []
        weights = [1 / (1 + 0.35 * i) for i in range(len(clients))]  # a few big accounts
        skill = {t.id: rng.uniform(30, 55) for t in bank.traits}
        for index, start in enumerate(starts):
            meeting_id = first_meeting + index
            client_id, dutch = rng.choices(clients, weights)[0]
            title = rng.choice(TITLES_NL if dutch else TITLES_EN)
            duration = rng.choice((30, 45, 60, 60, 90))
            stamp = to_db_time(start + timedelta(minutes=duration + rng.randint(2, 90)))
            meeting_rows.append(
                (
                    meeting_id,
                    client_id,
                    title,
                    to_db_time(start),
                    local_day(start),
                    duration,
                    "",
                    stamp,
                    stamp,
                )
            )
            if rng.random() > 0.8:
                continue
            reflection_id = first_reflection + len(reflection_rows)
            progress = index / max(1, meetings - 1)
            questions = selection.choose_questions(
                bank, history, DEMO_PROFILE.focus_traits, rng=rng
            )
            history.insert(0, [q.id for q in questions])
            del history[HISTORY_FOR_ROTATION:]
            scores = {
                q.id: _answer(rng, skill[q.trait_id], progress, q.trait_id, q.reversed)
                for q in questions
            }
            by_trait = scoring.trait_scores(bank, scores)
            trust = scoring.trust_score(bank, by_trait)
            reflection_rows.append(
                (reflection_id, meeting_id, stamp, stamp)
                + (
                    (
                        trust.credibility,
                        trust.reliability,
                        trust.intimacy,
                        trust.self_orientation,
                        trust.score,
                    )
                    if trust
                    else (None,) * 5
                )
            )
            for q in questions:
                value = scoring.answer_value(q, scores[q.id])
                answer_rows.append((reflection_id, q.id, q.trait_id, scores[q.id], value, None))
            if rng.random() < 0.35:
                text = rng.choice(HAPPENED_NL if dutch else HAPPENED_EN)
                answer_rows.append((reflection_id, "open.happened", None, None, None, text))
            earlier = open_intention.pop(client_id, None)
            if earlier is not None:  # "did you do what you intended?", better over time
                kept = rng.random() < 0.3 + 0.4 * progress
                earlier[4:] = [
                    "yes" if kept else rng.choice(("partly", "no")),
                    stamp,
                    reflection_id,
                ]
            if rng.random() < 0.6:
                text = rng.choice(INTENTIONS_NL if dutch else INTENTIONS_EN)
                weakest = min(by_trait, key=lambda t: (by_trait[t], t)) if by_trait else None
                row = [reflection_id, text, stamp, weakest, None, None, None]
                intention_rows.append(row)
                open_intention[client_id] = row
        store.insert_rows("meetings", MEETING_COLUMNS, meeting_rows)
        store.insert_rows("reflections", REFLECTION_COLUMNS, reflection_rows)
        store.insert_rows("answers", ANSWER_COLUMNS, answer_rows)
        store.insert_rows("intentions", DEMO_INTENTION_COLUMNS, map(tuple, intention_rows))
    return DemoResult(len(meeting_rows), len(reflection_rows), len(clients))


DEMO_INTENTION_COLUMNS = (*INTENTION_COLUMNS, "trait_id", "kept", "checked_at", "checked_by")


def _working_hours(rng: random.Random, now: datetime, span_days: int) -> datetime:
    """A quarter-hour start on a working day, 7:00–15:45 UTC, within the span."""
    while True:
        day = now - timedelta(days=rng.randint(1, span_days))
        if day.weekday() < 5:
            break
    return day.replace(
        hour=rng.randint(7, 15), minute=rng.choice((0, 15, 30, 45)), second=0, tzinfo=UTC
    )


def _answer(
    rng: random.Random, start: float, progress: float, trait_id: str, reversed_: bool
) -> int:
    """A 1–5 answer around the trait's skill, which grows along an S-curve over time."""
    gain = 35 if trait_id in DEMO_PROFILE.focus_traits else 18
    level = start + gain / (1 + math.exp(-8 * (progress - 0.5)))
    score = 1 + round(max(0.0, min(100.0, rng.gauss(level, 14))) / 25)
    return 6 - score if reversed_ else score
