"""The mirror as the front door hands it out (``Journal.mirror``), given the store: on
or off, the marks of one reflection or of text being typed, trends for the Growth view,
and the research context."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from journal.mirror import store
from journal.mirror.context import ContextNote, research_context
from journal.mirror.marks import Mirror, mirror
from journal.mirror.trend import MirrorPeriod, trend

if TYPE_CHECKING:
    from journal.store.storage import Store

SETTINGS_KEY = "mirror"


class Scope(Protocol):
    """Which meetings count, as the growth view's ``Scope`` says it (read, not imported:
    this package imports no other feature)."""

    @property
    def first_day(self) -> date | None: ...
    @property
    def end_day(self) -> date | None: ...
    @property
    def client_ids(self) -> tuple[int, ...]: ...


class MirrorApi:
    def __init__(self, store: Store):
        self.store = store

    def enabled(self) -> bool:
        """On unless the advisor turned it off."""
        return bool(self.store.profile_value(SETTINGS_KEY, {}).get("enabled", True))

    def set_enabled(self, on: bool) -> None:
        self.store.set_profile_value(SETTINGS_KEY, {"enabled": bool(on)})

    def of_texts(self, texts: dict[str, str], language: str = "en") -> Mirror:
        """Marks in texts being typed (field -> text); ``language`` when a text's own
        language cannot be told."""
        return mirror(texts, language)

    def of_meeting(self, meeting_id: int, language: str = "en") -> Mirror:
        meeting, stamp = self.store.meeting(meeting_id)
        answers = self.store.answers(stamp.id) if stamp is not None else []
        texts = {a.question_id: a.text for a in answers if a.text is not None}
        texts["notes"] = meeting.notes
        return mirror(texts, language)

    def trend(self, granularity: str, scope: Scope, language: str = "en") -> list[MirrorPeriod]:
        days = store.texts_by_meeting(self.store, scope.first_day, scope.end_day, scope.client_ids)
        return trend(((day, mirror(texts, language)) for _id, day, texts in days), granularity)

    def context(self) -> tuple[ContextNote, ...]:
        return research_context()
