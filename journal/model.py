"""Plain domain records passed between the core and its callers (ui, command line).

Times are aware ``datetime`` objects in UTC; the ui shows them in local time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from math import log10
from typing import Any

VERDICTS = ("yes", "partly", "no")  # was an intention kept


@dataclass(frozen=True)
class Client:
    """A client the advisor meets, by the name first written for them."""

    id: int
    name: str


@dataclass(frozen=True)
class TrustScore:
    """The Trust Equation for one reflection: (C + R + I) / S.

    Each part is on a 1–10 scale; ``self_orientation`` is high when the advisor was
    focused on themselves, so a *low* value is good. ``composite`` is the equation's
    ratio, 0.3–30; ``score`` is what the app shows, the ratio on 0–100 (``trust_on_100``).
    """

    credibility: float
    reliability: float
    intimacy: float
    self_orientation: float

    @property
    def composite(self) -> float:
        return (self.credibility + self.reliability + self.intimacy) / self.self_orientation

    @property
    def score(self) -> float:
        return trust_on_100(self.composite)


# The Trust Equation's ratio runs from 0.3 (parts 1, 1, 1 over 10) to 30 (10, 10, 10 over 1).
TRUST_RATIO_LOW, TRUST_RATIO_EVEN, TRUST_RATIO_HIGH = 0.3, 3.0, 30.0


def trust_on_100(ratio: float) -> float:
    """The ratio as the trust score the app shows, 0–100: 50 + 50 · log10(ratio / 3).

    0 at the lowest ratio (0.3), 50 where credibility, reliability and intimacy together
    are three times the self-orientation (all four parts equal), 100 at the highest (30).
    Each doubling of the ratio adds 15 points, each halving takes 15 off, so 24 and 30
    no longer tower over 3 and 4 the way the raw ratio does; a higher ratio is always a
    higher score. Stored with each reflection; a period's or a client's trust is the
    mean of its reflections' scores."""
    return min(100.0, max(0.0, 50 + 50 * log10(ratio / TRUST_RATIO_EVEN)))


@dataclass(frozen=True)
class MeetingInput:
    """What the person typed about a meeting, before validation."""

    client_name: str
    title: str
    start: datetime
    duration_minutes: int
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class IntentionCheck:
    """A later reflection's answer to "did you do what you intended?"."""

    intention_id: int
    verdict: str  # one of VERDICTS


@dataclass(frozen=True)
class ReflectionInput:
    """The answers of one reflection, before validation.

    ``scores`` maps scale question ids to 1–5; ``texts`` maps open question ids to text;
    ``intention`` is what the advisor will do next time with this client, about the
    trait ``intention_trait`` (optional); ``intention_check`` answers whether the
    intention written last time with this client was kept.
    """

    scores: dict[str, int] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    intention: str = ""
    intention_trait: str | None = None
    intention_check: IntentionCheck | None = None

    def is_empty(self) -> bool:
        return (
            not self.scores
            and not any(t.strip() for t in self.texts.values())
            and not self.intention.strip()
            and self.intention_check is None
        )


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meeting list."""

    id: int
    start: datetime
    client_name: str
    title: str
    reflected: bool
    trust: float | None


@dataclass(frozen=True)
class Reflection:
    """The advisor's reflection on one meeting: answers, texts, scores and trust."""

    id: int
    created_at: datetime
    updated_at: datetime
    scores: dict[str, int]
    texts: dict[str, str]
    intention: str
    trait_scores: dict[str, float]
    trust: TrustScore | None
    intention_trait: str | None = None
    intention_kept: str | None = None  # the verdict a later reflection gave it
    intention_check: IntentionCheck | None = None  # the verdict this one gave


@dataclass(frozen=True)
class Meeting:
    """One meeting, whole: its client, what was noted, its reflection and tags."""

    id: int
    client: Client
    title: str
    start: datetime
    duration_minutes: int
    notes: str
    reflection: Reflection | None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Intention:
    """An intention written after a meeting, shown before the next one with that client.

    ``kept`` is None while it is open, else "yes", "partly" or "no".
    """

    text: str
    meeting_id: int
    meeting_title: str
    meeting_start: datetime
    id: int = 0
    client_name: str = ""
    trait_id: str | None = None
    kept: str | None = None
    checked_at: datetime | None = None


@dataclass(frozen=True)
class Draft:
    """A reflection left unsaved: for a new meeting (``meeting_id`` None) or an edit.
    ``payload`` is the dialog's fields as the ui wrote them."""

    meeting_id: int | None
    payload: dict[str, Any]
    updated_at: datetime


@dataclass(frozen=True)
class Tag:
    """A tag and how many meetings carry it."""

    id: int
    name: str
    meetings: int


@dataclass(frozen=True)
class KeptCount:
    """How the intentions about one trait turned out."""

    kept: int = 0
    partly: int = 0
    missed: int = 0
    open: int = 0

    @property
    def checked(self) -> int:
        return self.kept + self.partly + self.missed

    @property
    def rate(self) -> float | None:
        """Share kept, partly counting half; None before any was checked."""
        if not self.checked:
            return None
        return (self.kept + 0.5 * self.partly) / self.checked


@dataclass(frozen=True)
class Profile:
    """The advisor's own settings, kept in the journal (they travel with exports)."""

    advisor_name: str = ""
    focus_traits: tuple[str, ...] = ()
