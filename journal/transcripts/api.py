"""Transcripts as the front door hands them out (``Journal.transcripts``), given the
store and a clock: the package imports no other feature.

Reading and computing need no journal (``read_file``); keeping figures with a meeting,
the comparison with its reflection and trends do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from journal.transcripts import store
from journal.transcripts.comparison import Comparison, compare
from journal.transcripts.figures import Analysis, Figures, analyse
from journal.transcripts.model import Transcript
from journal.transcripts.reading import read_transcript
from journal.transcripts.speakers import find_advisor
from journal.transcripts.store import StoredTranscript

if TYPE_CHECKING:
    from journal.store.storage import Store


def read_file(path: Path, me: str | None = None, profile_name: str = "") -> Analysis:
    """Read ``path`` and compute its figures, with the advisor found by ``me`` or the
    profile's name (``AdvisorUnknown`` lists the speakers otherwise). Nothing is kept."""
    transcript = read_transcript(path)
    return analyse(transcript, find_advisor(transcript.speakers, me, profile_name))


@dataclass(frozen=True)
class TranscriptPeriod:
    """Per period: the meetings with a transcript, their mean advisor share, and the
    questions and directions summed. Counts and means, never a target."""

    first_day: date
    meetings: int
    advisor_share: float
    questions_open: int
    questions_closed: int
    directions: int
    directions_early: int


class Scope(Protocol):
    """Which meetings count, as the growth view's ``Scope`` says it (read, not imported:
    this package imports no other feature)."""

    @property
    def first_day(self) -> date | None: ...
    @property
    def end_day(self) -> date | None: ...
    @property
    def client_ids(self) -> tuple[int, ...]: ...


class Transcripts:
    def __init__(self, store: Store, clock: Callable[[], datetime]):
        self.store = store
        self.clock = clock

    def read(self, path: Path, me: str | None = None) -> Analysis:
        """``read_file`` with the advisor's name from the profile."""
        return read_file(path, me, self.store.profile_value("advisor_name", ""))

    def keep(
        self, meeting_id: int, analysis: Analysis, keep_text: bool = False
    ) -> StoredTranscript:
        """Keep the figures with the meeting (replacing an earlier transcript's); the
        text only with ``keep_text``. Returns what is stored now."""
        utterances = analysis.transcript.utterances if keep_text else None
        store.save(
            self.store,
            meeting_id,
            analysis.transcript.name,
            analysis.figures,
            utterances,
            self.clock(),
        )
        stored = store.of_meeting(self.store, meeting_id)
        assert stored is not None
        return stored

    def of_meeting(self, meeting_id: int) -> StoredTranscript | None:
        return store.of_meeting(self.store, meeting_id)

    def forget_text(self, meeting_id: int) -> None:
        store.forget_text(self.store, meeting_id)

    def delete(self, meeting_id: int) -> None:
        store.delete(self.store, meeting_id)

    def comparison(self, meeting_id: int) -> list[Comparison]:
        """The meeting's figures beside its reflection's answers ([] without either)."""
        stored = store.of_meeting(self.store, meeting_id)
        scores = store.reflection_scores(self.store, meeting_id)
        if stored is None or scores is None:
            return []
        return compare(stored.figures, scores)

    def last_of_client(self, client_id: int, before: datetime) -> StoredTranscript | None:
        return store.last_of_client(self.store, client_id, before)

    def trend(self, granularity: str, scope: Scope) -> list[TranscriptPeriod]:
        by_period: dict[date, list[Figures]] = {}
        for day, figures in store.figures_by_day(
            self.store, scope.first_day, scope.end_day, scope.client_ids
        ):
            by_period.setdefault(period_start(day, granularity), []).append(figures)
        return [
            TranscriptPeriod(
                first,
                len(items),
                round(sum(f.advisor_share for f in items) / len(items), 4),
                sum(f.questions_open for f in items),
                sum(f.questions_closed for f in items),
                sum(f.directions for f in items),
                sum(f.directions_early or 0 for f in items),
            )
            for first, items in sorted(by_period.items())
        ]


def last_of_client(on: Store, client_id: int, before: datetime) -> StoredTranscript | None:
    """The transcript of the client's latest meeting before ``before`` that has one."""
    return store.last_of_client(on, client_id, before)


def client_questions(stored: StoredTranscript) -> tuple[str, ...] | None:
    """The questions the others (not the advisor) asked, read again from the kept text;
    None when the text was not kept."""
    if stored.utterances is None:
        return None
    figures = stored.figures
    transcript = Transcript(figures.format, stored.utterances)
    if figures.advisor not in transcript.speakers:
        return ()
    return tuple(
        q.text for q in analyse(transcript, figures.advisor, figures.language).client_questions
    )


def period_start(day: date, granularity: str) -> date:
    """The first day of the week (from Monday), month or quarter ``day`` is in."""
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    raise ValueError(f"unknown granularity {granularity!r}")
