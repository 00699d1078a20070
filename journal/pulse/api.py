"""``Pulses``: the client pulse as the front door hands it out (``Journal.make_pulse``,
``pulse_due_prediction`` …), given the store, the question bank and a clock. The
advisor's own figures (the growth view's SQL) and focus traits come in from the front
door: the pulse imports no other feature."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from journal.errors import InvalidInput, NotFound
from journal.model import Client
from journal.on_first_use import on_first_use
from journal.pulse import items, pulse_store, views
from journal.pulse.bank_view import Bank
from journal.pulse.errors import PulseUnreadable
from journal.pulse.model import SKIPPED, Comparison, ImportResult, Pulse, Rating, Suggestion
from journal.store.storage import Store

# Reading the client's answers (a table, a mail) and a coach's ratings: imported when
# first asked for, not with every pulse (the Growth view's comparison needs none of
# them, and a mail brings Python's email package: ~40 ms of the Growth view's opening).
coach_ratings = on_first_use("journal.pulse.coach_ratings")
importing = on_first_use("journal.pulse.importing")
mail_source = on_first_use("journal.pulse.mail_source")
tables = on_first_use("journal.pulse.tables")


class Pulses:
    def __init__(self, store: Store, bank: Bank, clock):
        self.store = store
        self.bank = bank
        self.clock = clock

    def make(
        self,
        client_name: str,
        language: str,
        item_ids: Sequence[str] | None,
        focus: Sequence[str],
        own_means: Mapping[str, float],
    ) -> Pulse:
        client = self.known_client(client_name)
        if language not in items.LANGUAGES:
            raise InvalidInput("language", "must be nl or en")
        if item_ids is None:
            item_ids = [i.id for i in items.choose_items(self.bank, focus, own_means)]
        unknown = [i for i in item_ids if not self.bank.has_client_item(i)]
        if (
            unknown
            or not 1 <= len(item_ids) <= items.MAX_ITEMS
            or len(set(item_ids)) < len(item_ids)
        ):
            raise InvalidInput("items", f"1 to {items.MAX_ITEMS} different client items")
        return pulse_store.make_pulse(self.store, client.id, item_ids, language, self.clock())

    def discard(self, code: str) -> bool:
        return pulse_store.discard_pulse(self.store, self.by_code(code).id)

    def list(self, client_name: str | None) -> list[Pulse]:
        client = self.known_client(client_name) if client_name else None
        return pulse_store.pulses(self.store, client.id if client else None)

    def suggestion(self, client_name: str) -> Suggestion:
        return views.suggestion(self.store, self.known_client(client_name), self.clock())

    def suggestions(self) -> list[Suggestion]:
        found = [views.suggestion(self.store, c, self.clock()) for c in self.store.clients()]
        return [s for s in found if s.due]

    def due_prediction(self, client_name: str) -> Pulse | None:
        client = self.store.client_by_name(client_name)
        if client is None:
            return None
        for pulse in pulse_store.pulses(self.store, client.id):
            if pulse_store.prediction_due(pulse, self.clock()):
                return pulse
        return None

    def save_prediction(self, code: str, scores: Mapping[str, int]) -> None:
        pulse = self.by_code(code)
        if set(scores) != set(pulse.items) or not all(items.is_score(s) for s in scores.values()):
            raise InvalidInput("prediction", "a score from 1 to 5 for every item of the pulse")
        rows = [(i, self.bank.client_item(i).trait_id, scores[i]) for i in pulse.items]
        pulse_store.save_prediction(self.store, pulse.id, rows, self.clock())

    def skip_prediction(self, code: str) -> None:
        pulse_store.set_prediction(self.store, self.by_code(code).id, SKIPPED)

    def reveal(self, client_name: str | None) -> list[str]:
        now = self.clock()
        held = [
            p for p in self.list(client_name) if p.raters and pulse_store.prediction_due(p, now)
        ]
        pulse_store.mark_seen(self.store, [p.id for p in held], now)
        return [p.code for p in held]

    def import_answers(
        self, data: bytes, source: Path | str, client_name: str | None, pasted: bool
    ) -> ImportResult:
        if len(data) > tables.MAX_BYTES:
            raise PulseUnreadable(source, "too_large", f"more than {tables.MAX_BYTES // 2**20} MB")
        client = None
        if client_name:
            client = self.store.client_by_name(client_name)
            if client is None:
                raise PulseUnreadable(source, "unknown_client", client_name)
        kind = "mail" if pasted else importing.sniff(data)
        if kind == "feedback":
            raise PulseUnreadable(source, "is_feedback")
        now = self.clock()
        if kind == "mail":
            text = mail_source.text_of(data)
            return importing.import_mail(self.store, self.bank, text, client, now, source)
        return importing.import_table(self.store, self.bank, data, client, now, source)

    def import_coach_ratings(self, coach: str, ratings: Sequence[Any]) -> ImportResult:
        return coach_ratings.import_ratings(self.store, self.bank, coach, ratings, self.clock())

    def comparison(
        self,
        client_name: str | None,
        granularity: str,
        first_day: date | None,
        end_day: date | None,
        own,
        own_periods,
    ) -> Comparison:
        client = self.known_client(client_name) if client_name else None
        return views.comparison(
            self.store, self.bank, client, self.clock(), lambda: own(client),
            lambda: own_periods(client),
            granularity, first_day, end_day,
        )  # fmt: skip

    def ratings(self, first_day: date | None, end_day: date | None) -> list[Rating]:
        return views.ratings_for_export(self.store, first_day, end_day, self.clock())

    def prediction_scores(
        self, first_day: date | None, end_day: date | None
    ) -> list[tuple[int, str, int]]:
        return pulse_store.prediction_scores(self.store, first_day, end_day)

    def known_client(self, client_name: str) -> Client:
        client = self.store.client_by_name(client_name)
        if client is None:
            raise InvalidInput("client", f"no such client: {client_name}")
        return client

    def by_code(self, code: str) -> Pulse:
        pulse = pulse_store.pulse_by_code(self.store, code.strip().upper())
        if pulse is None:
            raise NotFound(f"pulse {code}")
        return pulse
