"""What a brief holds, put together from what the journal knows (a pure function).

The questions the client asked last time come from the transcript's text, and only
when the advisor kept it: storing the client's questions is storing their words, so
there is one choice (keep the text, off by default) and no second store of questions.
``client_questions`` is None when there is no transcript, or its text was not kept
(``transcript_text_kept`` says which). The front door reads the transcript
(``LastTranscript``): this package imports no other feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from journal.brief.if_then import IfThen, Suggestion, recognise, suggest
from journal.model import Client, Intention, TrustScore


@dataclass(frozen=True)
class TrustRef:
    trust: TrustScore
    meeting_id: int
    meeting_title: str
    meeting_start: datetime


@dataclass(frozen=True)
class LastTranscript:
    """The client's last transcript as the brief needs it."""

    meeting_id: int
    figures: Any  # journal.transcripts.figures.Figures
    text_kept: bool
    client_questions: tuple[str, ...] | None  # None: the text was not kept


@dataclass(frozen=True)
class Brief:
    client_name: str
    client: Client | None  # None: not a client of the journal yet
    intention: Intention | None  # the last open one
    plan: IfThen | None  # the intention read as an if–then plan
    suggestion: Suggestion | None  # the if–then form, when it is not one yet
    trust: TrustRef | None
    transcript_meeting_id: int | None = None
    transcript_text_kept: bool = False
    client_questions: tuple[str, ...] | None = None
    last_figures: Any = None  # journal.transcripts.figures.Figures

    @property
    def empty(self) -> bool:
        """Nothing to say (a first meeting): no brief is shown."""
        return self.intention is None and self.trust is None and self.last_figures is None


def compose(
    client_name: str,
    client: Client | None,
    intention: Intention | None,
    trust: TrustRef | None,
    transcript: LastTranscript | None = None,
) -> Brief:
    plan = recognise(intention.text) if intention else None
    suggestion = suggest(intention.text) if intention and plan is None else None
    return Brief(
        client_name=client_name,
        client=client,
        intention=intention,
        plan=plan,
        suggestion=suggestion,
        trust=trust,
        transcript_meeting_id=transcript.meeting_id if transcript else None,
        transcript_text_kept=bool(transcript and transcript.text_kept),
        client_questions=transcript.client_questions if transcript else None,
        last_figures=transcript.figures if transcript else None,
    )
