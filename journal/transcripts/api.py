"""Transcripts as the ui and the command line see them (``Journal.transcripts``).

Reading and computing need no journal (``read_file``); keeping figures with a meeting,
the comparison with its reflection and trends do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal.transcripts import store
from journal.transcripts.comparison import Comparison, compare
from journal.transcripts.figures import Analysis, Figures, analyse
from journal.transcripts.reading import read_transcript
from journal.transcripts.speakers import find_advisor
from journal.transcripts.store import StoredTranscript

if TYPE_CHECKING:
    from journal.growth.aggregation import Scope
    from journal.service import Journal


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


class Transcripts:
    def __init__(self, journal: Journal):
        self.journal = journal
        self.store = journal.store

    def read(self, path: Path, me: str | None = None) -> Analysis:
        return read_file(path, me, self.journal.profile().advisor_name)

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
            self.journal.clock(),
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
        meeting = self.journal.meeting(meeting_id)
        if stored is None or meeting.reflection is None:
            return []
        return compare(stored.figures, meeting.reflection.scores)

    def trend(self, granularity: str, scope: Scope) -> list[TranscriptPeriod]:
        from journal.mirror.trend import period_start

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
