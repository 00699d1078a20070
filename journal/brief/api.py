"""Briefs as the front door hands them out (``Journal.briefs``, ``Journal.brief``),
given the store, a clock and a way to read a client's last transcript (the front door
passes the transcripts feature's; this package imports no other feature)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from journal.brief import store, timing
from journal.brief.brief import Brief, LastTranscript, TrustRef, compose
from journal.brief.timing import BriefEvent
from journal.errors import NotFound
from journal.store.storage import Store

LastTranscriptOf = Callable[[int, datetime], LastTranscript | None]

SETTINGS_KEY = "brief"


@dataclass(frozen=True)
class BriefSettings:
    enabled: bool = True
    minutes_before: int = timing.MINUTES_BEFORE


class Briefs:
    def __init__(
        self, store: Store, clock: Callable[[], datetime], last_transcript: LastTranscriptOf
    ):
        self.store = store
        self.clock = clock
        self.last_transcript = last_transcript

    def settings(self) -> BriefSettings:
        saved = self.store.profile_value(SETTINGS_KEY, {})
        minutes = saved.get("minutes_before", timing.MINUTES_BEFORE)
        if not isinstance(minutes, int) or not 1 <= minutes <= 60:
            minutes = timing.MINUTES_BEFORE
        return BriefSettings(bool(saved.get("enabled", True)), minutes)

    def save_settings(self, settings: BriefSettings) -> None:
        from journal.errors import InvalidInput

        if not 1 <= settings.minutes_before <= 60:
            raise InvalidInput("minutes_before", "between 1 and 60", limit=60)
        self.store.set_profile_value(
            SETTINGS_KEY, {"enabled": settings.enabled, "minutes_before": settings.minutes_before}
        )

    def brief(self, client_id: int, now: datetime | None = None) -> Brief:
        """What to know before the next meeting with this client, as of ``now``."""
        for client in self.store.clients():
            if client.id == client_id:
                return self._brief(client.name, now)
        raise NotFound(f"client {client_id}")

    def for_name(self, client_name: str, now: datetime | None = None) -> Brief:
        """The same for a client by name (one on the calendar may be new)."""
        return self._brief(client_name, now)

    def _brief(self, client_name: str, now: datetime | None) -> Brief:
        now = now or self.clock()
        client = self.store.client_by_name(client_name)
        if client is None:
            return compose(client_name, None, None, None)
        intention = self.store.last_intention(client.id, now, None)
        found = store.last_trust(self.store, client.id, now)
        trust = TrustRef(*found) if found else None
        return compose(client.name, client, intention, trust, self.last_transcript(client.id, now))

    def due(self) -> list[tuple[BriefEvent, Brief]]:
        """Coming client meetings whose brief is due now, with the brief; meetings with
        nothing to brief (a new client) are left out. None while briefs are off."""
        settings = self.settings()
        if not settings.enabled:
            return []
        now = self.clock()
        events = store.upcoming(self.store, now)
        shown = store.shown(self.store, [e.id for e in events])
        result = []
        for event in timing.briefs_due(events, now, shown, settings.minutes_before):
            brief = self._brief(event.client_name or event.title, now)
            if not brief.empty:
                result.append((event, brief))
        return result

    def next_moment(self) -> datetime | None:
        settings = self.settings()
        if not settings.enabled:
            return None
        now = self.clock()
        events = store.upcoming(self.store, now)
        return timing.next_moment(
            events, now, store.shown(self.store, [e.id for e in events]), settings.minutes_before
        )

    def mark_shown(self, event: BriefEvent) -> None:
        store.mark_shown(self.store, event.id, self.clock())
