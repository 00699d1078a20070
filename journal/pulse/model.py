"""Plain records of the client pulse, passed between the core and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

CLIENT, COACH = "client", "coach"  # rater kinds
RATER_KINDS = (CLIENT, COACH)

# Where answers came from (``pulse_responses.source``).
MAIL, MS_FORMS, GOOGLE_FORMS, TABLE, FEEDBACK = (
    "mail", "ms-forms", "google-forms", "table", "feedback",
)  # fmt: skip

# A pulse's prediction: still to make, made, skipped by the advisor, or closed because
# the answers were shown first.
DUE, MADE, SKIPPED, CLOSED = "due", "made", "skipped", "closed"


@dataclass(frozen=True)
class Pulse:
    id: int
    code: str  # the pulse id the form and the mail text carry ("K7QM2D")
    client_id: int
    client_name: str
    items: tuple[str, ...]  # client item ids, in the order asked
    language: str
    made_at: datetime
    origin: str  # "made" by the advisor, or "import" (made for a survey export)
    prediction: str  # DUE, MADE, SKIPPED or CLOSED
    answers_seen_at: datetime | None
    raters: int = 0  # client responses received so far
    answers: int = 0


@dataclass(frozen=True)
class ResponseRead:
    """One rater's answers as read from a file or a mail, before they are stored."""

    identity: str  # what identifies the rater in the source; stored only as a hash
    scores: dict[str, int]  # item id → 1–5
    row: int | None = None  # the spreadsheet row (header = 1), or the block's number
    answered_at: datetime | None = None
    pulse_code: str | None = None  # a mail names its pulse


@dataclass(frozen=True)
class RowProblem:
    """A row (or mail block) left out, and why; ``column`` is the question's header."""

    row: int | None
    problem: str  # "not_a_score", "formula", "out_of_range", "no_answers", "checksum", …
    column: str = ""
    value: str = ""
    detail: str = ""


@dataclass(frozen=True)
class ImportResult:
    source: str  # MAIL, MS_FORMS, GOOGLE_FORMS, TABLE or FEEDBACK
    form: str  # what was read: "mail text", "CSV", "Excel workbook", "feedback file"
    client_names: tuple[str, ...]
    pulse_codes: tuple[str, ...]
    responses: int  # raters (rows, mails, coach ratings) read
    added: int  # answers new to the journal
    changed: int  # answers a rater changed since the last import
    unchanged: int  # answers already there
    problems: tuple[RowProblem, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    new_pulse: bool = False  # a pulse was made for a survey export's items
    held_back: tuple[str, ...] = ()  # codes of pulses whose answers wait for a prediction
    notes: tuple[str, ...] = ()  # e.g. "read as Windows-1252"

    @property
    def nothing_read(self) -> bool:
        return self.responses == 0


@dataclass(frozen=True)
class Suggestion:
    """Whether to suggest a pulse for a client now, and what it rests on."""

    client_id: int
    client_name: str
    due: bool
    reason: str  # "first", "meetings", "quarter", "too_soon", "few_meetings", "waiting"
    meetings_since: int
    last_pulse_at: datetime | None


@dataclass(frozen=True)
class Figure:
    """A 0–100 figure (None when there is too little to show one), with what it rests on."""

    value: float | None
    answers: int = 0
    raters: int = 0


@dataclass(frozen=True)
class TraitView:
    trait_id: str
    self: Figure
    predicted: Figure
    client: Figure
    coach: Figure


@dataclass(frozen=True)
class CalibrationPoint:
    period: date  # first day of the period
    mean_difference: float | None
    pairs: int
    raters: int


@dataclass(frozen=True)
class Calibration:
    """How close the advisor's predictions came to the clients' answers, on the 1–5
    item scale: the mean absolute difference (0 = spot on; None with too little data),
    its sign (``bias`` > 0: the advisor expected better than the clients said), and the
    change from the first to the last period with a figure (``trend`` < 0: closer)."""

    mean_difference: float | None
    bias: float | None
    pairs: int  # (pulse, item) with both a prediction and client answers
    raters: int
    pulses: int
    trend: float | None
    by_period: tuple[CalibrationPoint, ...] = ()


@dataclass(frozen=True)
class HeldBack:
    """A pulse whose client answers are held back until the advisor predicts them."""

    code: str
    client_name: str
    made_at: datetime
    raters: int


@dataclass(frozen=True)
class Comparison:
    client_name: str | None  # None: every client
    traits: tuple[TraitView, ...]
    periods: tuple[tuple[date, tuple[TraitView, ...]], ...]
    calibration: Calibration
    held_back: tuple[HeldBack, ...] = ()
    pulses: tuple[Pulse, ...] = field(default=())


@dataclass(frozen=True)
class Rating:
    """One answer of someone else (a client or a coach), as the privacy aggregation
    takes it: no names, the rater only as a key."""

    kind: str  # CLIENT or COACH
    rater_key: str
    item_id: str
    trait_id: str
    score: int
    day: date
    client_id: int
