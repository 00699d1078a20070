"""The mirror as the ui sees it (``Journal.mirror``): on or off, the marks of one
reflection or of text being typed, trends for the Growth view, and the research
context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.mirror import store
from journal.mirror.context import ContextNote, research_context
from journal.mirror.marks import Mirror, mirror
from journal.mirror.trend import MirrorPeriod, trend

if TYPE_CHECKING:
    from journal.growth.aggregation import Scope
    from journal.service import Journal

SETTINGS_KEY = "mirror"


class MirrorApi:
    def __init__(self, journal: Journal):
        self.journal = journal
        self.store = journal.store

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
        meeting = self.journal.meeting(meeting_id)
        texts = dict(meeting.reflection.texts) if meeting.reflection else {}
        texts["notes"] = meeting.notes
        return mirror(texts, language)

    def trend(self, granularity: str, scope: Scope, language: str = "en") -> list[MirrorPeriod]:
        days = store.texts_by_meeting(self.store, scope.first_day, scope.end_day, scope.client_ids)
        return trend(((day, mirror(texts, language)) for _id, day, texts in days), granularity)

    def context(self) -> tuple[ContextNote, ...]:
        return research_context()
