"""The mirror as the front door hands it out (``Journal.mirror``), given the store: on
or off, the marks of one reflection or of text being typed, trends for the Growth view,
and the research context."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from journal.language.rules import rules_tag
from journal.mirror import store
from journal.mirror.context import ContextNote, research_context
from journal.mirror.marks import Mirror, mirror
from journal.mirror.trend import MirrorPeriod, trend_of_counts

if TYPE_CHECKING:
    from journal.store.storage import Store

SETTINGS_KEY = "mirror"
LANGUAGES = ("en", "nl")  # the rule sets a text may be read with: kept counts name them


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
        """Per period, the phrases in the reflections of ``scope``. Each reflection is
        read once: its counts are kept (``mirror_counts``, summed per day) until its
        texts change, and only the days with meetings not counted yet are read."""
        # The tags only: the rules are compiled when there are texts left to read.
        rules = " ".join(rules_tag(known) for known in LANGUAGES)
        where = (scope.first_day, scope.end_day, scope.client_ids)
        days = store.counted_days(self.store, *where, language, rules)
        reflected = store.reflected_days(self.store, *where)
        short = sorted(day for day, n in reflected.items() if n > days.get(day, (0, 0, 0))[2])
        fresh = []
        if short:  # read from the first such day to the last (counted meetings left out)
            texts = store.texts_by_meeting(
                self.store, short[0], short[-1] + timedelta(days=1), scope.client_ids,
                uncounted=(language, rules),
            )  # fmt: skip
            fresh = [(meeting, day, mirror(text, language).counts) for meeting, day, text in texts]
            store.keep_counts(
                self.store, language, rules, ((m, c["telling"], c["asking"]) for m, _d, c in fresh)
            )
        return trend_of_counts(
            [
                *((day, telling, asking, n) for day, (telling, asking, n) in days.items()),
                *((day, c["telling"], c["asking"], 1) for _m, day, c in fresh),
            ],
            granularity,
        )

    def context(self) -> tuple[ContextNote, ...]:
        return research_context()
