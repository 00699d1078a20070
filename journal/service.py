"""The journal as the ui and the command line see it: plain records in, plain records out.

Callers never see SQL or sqlite errors: they get dataclasses from ``journal.model`` or a
``JournalError`` to explain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.errors import InvalidInput
from journal.model import (
    Client,
    Draft,
    Intention,
    KeptCount,
    Meeting,
    MeetingInput,
    MeetingSummary,
    Profile,
    Reflection,
    ReflectionInput,
    Tag,
)
from journal.store.paths import journal_file
from journal.store.storage import AnswerRow, ReflectionRow, ReflectionStamp, Store

# Start-up only lists meetings: the bank, scoring, rotation and validation are imported
# by the methods that need them (the first reflection), keeping the first paint quick.
if TYPE_CHECKING:
    import random

    from journal.calendar.api import Calendar
    from journal.find.search import SearchFilters
    from journal.find.search_store import Marks
    from journal.growth.aggregation import ClientTrust, Granularity, Scope
    from journal.growth.figures import Growth
    from journal.pulse.model import Comparison, ImportResult, Pulse, Rating, Suggestion
    from journal.reflect.bank import Question, QuestionBank
    from journal.reflect.meeting_history import MeetingSnapshot
    from journal.safety.backups import Backup
    from journal.safety.health import Health

Clock = Callable[[], datetime]
HISTORY_FOR_ROTATION = 12


def utc_now() -> datetime:
    return datetime.now(UTC)


class Journal:
    """One open journal. Not thread-safe: use it from one thread."""

    def __init__(self, store: Store, bank: QuestionBank | None = None, clock: Clock = utc_now):
        self.store = store
        self._bank = bank
        self.clock = clock

    @classmethod
    def open(
        cls,
        folder: Path,
        bank: QuestionBank | None = None,
        clock: Clock = utc_now,
        passphrase: str | None = None,
    ) -> Journal:
        """Open the journal in ``folder``, creating it (and the folder) when new.

        ``passphrase`` opens an encrypted journal (and creates a new journal encrypted);
        a plain journal ignores it. ``NeedsPassphrase`` / ``WrongPassphrase`` otherwise.
        """
        return cls(Store(journal_file(folder), passphrase=passphrase), bank, clock)

    @property
    def bank(self) -> QuestionBank:
        """The question bank (the shipped one unless another was given), read on first use."""
        if self._bank is None:
            from journal.reflect.bank import default_bank

            self._bank = default_bank()
        return self._bank

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        """Opened for reading only (a read-only folder or file): saving raises."""
        return self.store.read_only

    @property
    def unread_changes(self) -> bool:
        """Read-only, and the newest saves wait in a WAL SQLite cannot read here."""
        return self.store.unread_changes

    @property
    def encrypted(self) -> bool:
        return self.store.encrypted

    def close(self) -> None:
        self.store.close()

    def prepare_for_writing(self) -> None:
        """Load what saving needs ahead of the first save (start-up stays light)."""
        self.store.prepare_for_writing()

    # -- meetings --------------------------------------------------------------------

    def count_meetings(self) -> int:
        return self.store.count_meetings()

    def meeting_page(self, offset: int, limit: int) -> list[MeetingSummary]:
        return self.store.meeting_page(offset, limit)

    def meeting(self, meeting_id: int) -> Meeting:
        from journal.reflect.tags_store import tags_of

        meeting, stamp = self.store.meeting(meeting_id)
        meeting = replace(meeting, tags=tags_of(self.store, meeting_id))
        if stamp is None:
            return meeting
        return replace(meeting, reflection=self._reflection(stamp))

    def _reflection(self, stamp: ReflectionStamp) -> Reflection:
        from journal.reflect import scoring

        answers = self.store.answers(stamp.id)
        scores = {a.question_id: a.score for a in answers if a.score is not None}
        texts = {a.question_id: a.text for a in answers if a.text is not None}
        by_trait = scoring.trait_scores(self.bank, self._known(scores))
        intention, intention_trait, kept = self.store.intention_of(stamp.id)
        return Reflection(
            id=stamp.id,
            created_at=stamp.created_at,
            updated_at=stamp.updated_at,
            scores=scores,
            texts=texts,
            intention=intention,
            trait_scores=by_trait,
            trust=scoring.trust_score(self.bank, by_trait),
            intention_trait=intention_trait,
            intention_kept=kept,
            intention_check=self.store.check_of(stamp.id),
        )

    def _known(self, scores: dict[str, int]) -> dict[str, int]:
        """Answers to questions this bank still has (ids are never removed, but be safe)."""
        return {q: s for q, s in scores.items() if self.bank.has_question(q)}

    def save(
        self, meeting: MeetingInput, reflection: ReflectionInput, meeting_id: int | None = None
    ) -> int:
        """Validate and store a meeting with its reflection (empty = not reflected yet).

        Returns the meeting id. Raises ``InvalidInput`` before writing anything.
        """
        from journal.reflect import validation

        meeting = validation.clean_meeting(meeting)
        reflection = validation.clean_reflection(self.bank, reflection)
        row = None if reflection.is_empty() else self._reflection_row(reflection)
        return self.store.save_meeting(
            meeting_id,
            meeting.client_name,
            meeting.title,
            meeting.start,
            meeting.duration_minutes,
            meeting.notes,
            row,
            self.clock(),
            meeting.tags,
        )

    def _reflection_row(self, reflection: ReflectionInput) -> ReflectionRow:
        from journal.reflect import scoring

        answers = [
            AnswerRow(
                question_id=qid,
                trait_id=self.bank.question(qid).trait_id,
                score=score,
                value=scoring.answer_value(self.bank.question(qid), score),
            )
            for qid, score in reflection.scores.items()
        ]
        answers += [AnswerRow(question_id=qid, text=text) for qid, text in reflection.texts.items()]
        by_trait = scoring.trait_scores(self.bank, reflection.scores)
        return ReflectionRow(
            tuple(answers),
            scoring.trust_score(self.bank, by_trait),
            reflection.intention,
            reflection.intention_trait,
            reflection.intention_check,
        )

    def delete_meeting(self, meeting_id: int) -> MeetingSnapshot:
        """Delete a meeting with its reflection; returns it whole, for undo."""
        from journal.errors import NotFound
        from journal.reflect import meeting_history

        snapshot = meeting_history.take(self.store, meeting_id)
        if snapshot is None:
            raise NotFound(f"meeting {meeting_id}")
        meeting_history.put(self.store, meeting_id, snapshot, None, self.clock())
        return snapshot

    def snapshot(self, meeting_id: int) -> MeetingSnapshot | None:
        """The meeting whole as it is now (None: no such meeting), for undo and redo."""
        from journal.reflect import meeting_history

        return meeting_history.take(self.store, meeting_id)

    def restore(
        self,
        meeting_id: int,
        expected: MeetingSnapshot | None,
        wanted: MeetingSnapshot | None,
    ) -> None:
        """Undo or redo: the meeting, now ``expected``, becomes ``wanted``."""
        from journal.reflect import meeting_history

        meeting_history.put(self.store, meeting_id, expected, wanted, self.clock())

    # -- finding ---------------------------------------------------------------------

    def search_count(self, filters: SearchFilters, typing: bool = True) -> int:
        from journal.find import search_store

        if filters.is_empty():
            return self.store.count_meetings()
        return search_store.count(self.store, filters, typing)

    def search_page(
        self, filters: SearchFilters, offset: int, limit: int, typing: bool = True
    ) -> list[MeetingSummary]:
        """Matching meetings newest first (every meeting for empty filters)."""
        from journal.find import search_store

        if filters.is_empty():
            return self.store.meeting_page(offset, limit)
        return search_store.page(self.store, filters, offset, limit, typing)

    def search_marks(
        self, text: str, meeting_ids: list[int], typing: bool = True
    ) -> dict[int, Marks]:
        """Matched words marked in the title, client and a snippet, per meeting shown."""
        from journal.find import search_store

        return search_store.marks(self.store, text, meeting_ids, typing)

    # -- tags ------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        from journal.reflect import tags_store

        return tags_store.all_tags(self.store)

    def rename_tag(self, tag_id: int, new_name: str) -> None:
        from journal.reflect import tags_store

        tags_store.rename_tag(self.store, tag_id, new_name)

    # -- clients and intentions ---------------------------------------------------------

    def clients(self) -> list[Client]:
        return self.store.clients()

    def client(self, client_id: int) -> Client:
        from journal.errors import NotFound

        for client in self.store.clients():
            if client.id == client_id:
                return client
        raise NotFound(f"client {client_id}")

    def client_by_name(self, name: str) -> Client | None:
        return self.store.client_by_name(name)

    def open_intentions(self, client_id: int | None = None) -> list[Intention]:
        from journal.reflect import intentions_store

        return intentions_store.open_intentions(self.store, client_id)

    def intentions_of_client(self, client_id: int) -> list[Intention]:
        from journal.reflect import intentions_store

        return intentions_store.intentions_of_client(self.store, client_id)

    def set_intention_verdict(self, intention_id: int, verdict: str | None) -> None:
        """Settle an intention outside a reflection (None: open again)."""
        from journal.reflect import intentions_store

        intentions_store.set_verdict(self.store, intention_id, verdict, self.clock())

    def kept_counts(self, scope: Scope) -> dict[str | None, KeptCount]:
        """Per trait, how the intentions written in ``scope`` turned out."""
        from journal.reflect import intentions_store

        return intentions_store.kept_counts(self.store, scope)

    @property
    def calendar(self) -> Calendar:
        """Calendar import and the meetings waiting for a reflection."""
        from journal.calendar.api import Calendar

        return Calendar(self)

    def last_intention(
        self, client_name: str, before: datetime, exclude_meeting: int | None = None
    ) -> Intention | None:
        """What the advisor meant to do at the next meeting with this client."""
        client = self.store.client_by_name(client_name)
        if client is None:
            return None
        return self.store.last_intention(client.id, before, exclude_meeting)

    # -- growth ------------------------------------------------------------------------

    def growth(
        self, granularity: Granularity, scope: Scope, trait_ids: tuple[str, ...] = ()
    ) -> Growth:
        """What the growth view draws: series, profile, coverage and summary facts."""
        from journal.growth import figures

        return figures.growth(
            self.store, granularity, scope, trait_ids, self.profile().focus_traits
        )

    def client_trust(self, scope: Scope) -> list[ClientTrust]:
        from journal.growth import aggregation

        return aggregation.client_trust(self.store, scope)

    # -- questions and profile --------------------------------------------------------

    def next_questions(self, rng: random.Random | None = None) -> list[Question]:
        """The rotating set of scale questions for a new reflection."""
        from journal.reflect import selection

        history = self.store.recent_question_ids(HISTORY_FOR_ROTATION)
        return selection.choose_questions(self.bank, history, self.profile().focus_traits, rng=rng)

    def profile(self) -> Profile:
        focus = self.store.profile_value("focus_traits", [])
        known = set(self.bank.trait_ids())
        return Profile(
            advisor_name=self.store.profile_value("advisor_name", ""),
            focus_traits=tuple(t for t in focus if t in known),
        )

    def save_profile(self, profile: Profile) -> None:
        from journal.reflect import selection, validation

        name = validation.check_name("advisor_name", profile.advisor_name)
        unknown = [t for t in profile.focus_traits if t not in self.bank.trait_ids()]
        if unknown:
            raise InvalidInput("focus_traits", "unknown trait " + ", ".join(unknown))
        if len(profile.focus_traits) > selection.MAX_FOCUS_TRAITS:
            raise InvalidInput(
                "focus_traits",
                "too many",
                length=len(profile.focus_traits),
                limit=selection.MAX_FOCUS_TRAITS,
            )
        with self.store.transaction():
            self.store.set_profile_value("advisor_name", name)
            self.store.set_profile_value("focus_traits", list(profile.focus_traits))

    # -- drafts, backups and health ----------------------------------------------------

    def save_draft(self, meeting_id: int | None, payload: dict[str, Any]) -> None:
        """Keep what the dialog for this meeting (None: a new one) holds so far."""
        from journal.safety import drafts_store

        drafts_store.save_draft(self.store, meeting_id, payload, self.clock())

    def discard_draft(self, meeting_id: int | None) -> None:
        from journal.safety import drafts_store

        drafts_store.discard_draft(self.store, meeting_id)

    def drafts(self) -> list[Draft]:
        """Reflections left unsaved (by a crash, a kill, a power cut), newest first."""
        from journal.safety import drafts_store

        return drafts_store.drafts(self.store)

    def back_up(self, kind: str = "manual", target: Path | None = None) -> Backup:
        """A checked backup of the journal as it is now (``journal.safety.backups``); safe to
        run from another thread: it reads through a connection of its own."""
        from journal.safety import backups

        return backups.make_backup(
            self.path, kind, self.store.passphrase, target=target, now=self.clock()
        )

    def backups(self) -> list[Backup]:
        from journal.safety import backups

        return backups.list_backups(self.path)

    def daily_backup_due(self) -> bool:
        from journal.safety import backups

        return not self.read_only and backups.daily_due(self.path, self.clock())

    def check(self, thorough: bool = False) -> Health:
        """SQLite's quick (or full) check through a connection of its own."""
        from journal.safety import health

        return health.check(self.path, self.store.passphrase, thorough)

    # -- client pulse (journal.pulse) ----------------------------------------------------

    def make_pulse(
        self, client_name: str, language: str, item_ids: tuple[str, ...] | None = None
    ) -> Pulse:
        """A pulse for this client in "nl" or "en": ``item_ids``, or at most four items
        about the focus traits, then the traits the advisor scores weakest (last year)."""
        from datetime import timedelta

        from journal.growth import aggregation
        from journal.pulse import items, pulse_store

        client = self._known_client(client_name)
        if language not in items.LANGUAGES:
            raise InvalidInput("language", "must be nl or en")
        if item_ids is None:
            year = aggregation.Scope(first_day=(self.clock() - timedelta(days=365)).date())
            own = {t: m.value for t, m in aggregation.trait_profile(self.store, year).items()}
            item_ids = tuple(
                i.id for i in items.choose_items(self.bank, self.profile().focus_traits, own)
            )
        unknown = [i for i in item_ids if not self.bank.has_client_item(i)]
        if (
            unknown
            or not 1 <= len(item_ids) <= items.MAX_ITEMS
            or len(set(item_ids)) < len(item_ids)
        ):
            raise InvalidInput("items", f"1 to {items.MAX_ITEMS} different client items")
        return pulse_store.make_pulse(self.store, client.id, item_ids, language, self.clock())

    def discard_pulse(self, pulse_code: str) -> bool:
        """Take back a pulse that was never answered or predicted (its form was not sent,
        or could not be written); False when it has answers, which stay."""
        from journal.pulse import pulse_store

        return pulse_store.discard_pulse(self.store, self._pulse(pulse_code).id)

    def pulses(self, client_name: str | None = None) -> list[Pulse]:
        """Pulses made (for one client, or all), newest first, with their answer counts."""
        from journal.pulse import pulse_store

        client = self._known_client(client_name) if client_name else None
        return pulse_store.pulses(self.store, client.id if client else None)

    def pulse_suggestion(self, client_name: str) -> Suggestion:
        """Whether to suggest a pulse for this client now (rarely; see journal.pulse.schedule)."""
        from journal.pulse import views

        return views.suggestion(self.store, self._known_client(client_name), self.clock())

    def pulse_suggestions(self) -> list[Suggestion]:
        """The clients a pulse is due for now."""
        from journal.pulse import views

        found = [views.suggestion(self.store, c, self.clock()) for c in self.store.clients()]
        return [s for s in found if s.due]

    def pulse_due_prediction(self, client_name: str) -> Pulse | None:
        """The pulse of this client whose answers the advisor can still predict (none
        shown yet, not predicted or skipped, within 60 days): the reflection after a
        pulse asks its items once. None when there is nothing to predict."""
        from journal.pulse import pulse_store

        client = self.store.client_by_name(client_name)
        if client is None:
            return None
        for pulse in pulse_store.pulses(self.store, client.id):
            if pulse_store.prediction_due(pulse, self.clock()):
                return pulse
        return None

    def save_prediction(self, pulse_code: str, scores: dict[str, int]) -> None:
        """The advisor's 1–5 prediction for every item of the pulse, once; refused
        (``PredictionClosed``) once its answers were shown, predicted or skipped."""
        from journal.pulse import items, pulse_store

        pulse = self._pulse(pulse_code)
        if set(scores) != set(pulse.items) or not all(items.is_score(s) for s in scores.values()):
            raise InvalidInput("prediction", "a score from 1 to 5 for every item of the pulse")
        rows = [(i, self.bank.client_item(i).trait_id, scores[i]) for i in pulse.items]
        pulse_store.save_prediction(self.store, pulse.id, rows, self.clock())

    def skip_prediction(self, pulse_code: str) -> None:
        """The advisor chose not to predict this pulse (its answers show at once)."""
        from journal.pulse import pulse_store
        from journal.pulse.model import SKIPPED

        pulse_store.set_prediction(self.store, self._pulse(pulse_code).id, SKIPPED)

    def reveal_pulse_answers(self, client_name: str | None = None) -> list[str]:
        """Show the answers held back for a prediction (the advisor asked to see them):
        those predictions can no longer be made. Returns the pulse codes."""
        from journal.pulse import pulse_store

        now = self.clock()
        held = [
            p for p in self.pulses(client_name) if p.raters and pulse_store.prediction_due(p, now)
        ]
        pulse_store.mark_seen(self.store, [p.id for p in held], now)
        return [p.code for p in held]

    def import_pulse_answers(
        self,
        data: bytes,
        source: Path | str,
        client_name: str | None = None,
        pasted: bool = False,
    ) -> ImportResult:
        """Answers from a mail (pasted or saved), or a Microsoft Forms (CSV/XLSX) or
        Google Forms (CSV) export. The client is needed for a survey export (it does not
        say whose answers they are); importing the same answers again adds nothing.
        ``PulseUnreadable`` for a file that is not one of these ("is_feedback" for a
        coach's feedback file: read it with ``journal.coach.feedback`` and hand its
        ratings to ``import_coach_ratings``); rows that cannot be read are named in the
        result. ``pasted``: mail text the advisor pasted (read only as mail text)."""
        from journal.pulse import importing, mail_source, tables
        from journal.pulse.errors import PulseUnreadable

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
        """The coach's ratings from a feedback file (``journal.coach.feedback.Feedback``:
        its ``coach`` and ``ratings``), each under the meeting it names (checked by its
        start); reading them again adds nothing."""
        from journal.pulse import coach_ratings

        return coach_ratings.import_ratings(self.store, self.bank, coach, ratings, self.clock())

    def pulse_comparison(
        self,
        client_name: str | None = None,
        granularity: str = "quarter",
        scope: Scope | None = None,
    ) -> Comparison:
        """Self, predicted, client and coach per trait (0–100) and per period, and the
        calibration of the predictions; answers waiting for a prediction held back."""
        from journal.growth import aggregation
        from journal.pulse import views

        client = self._known_client(client_name) if client_name else None
        first, end = (scope.first_day, scope.end_day) if scope else (None, None)
        own_scope = aggregation.Scope(first, end, (client.id,) if client else ())
        own = aggregation.trait_profile(self.store, own_scope)
        by_period = aggregation.trait_means(
            self.store, aggregation.Granularity(granularity), own_scope
        )
        return views.comparison(
            self.store,
            self.bank,
            client,
            self.clock(),
            {t: (m.value, m.count) for t, m in own.items()},
            {
                p: {t: (m.value, m.count) for t, m in means.items()}
                for p, means in by_period.items()
            },
            granularity,
            first,
            end,
        )

    def pulse_ratings(self, scope: Scope | None = None) -> list[Rating]:
        """Clients' and coaches' answers in a period, for ``journal.pulse.aggregate``."""
        from journal.pulse import views

        first, end = (scope.first_day, scope.end_day) if scope else (None, None)
        return views.ratings_for_export(self.store, first, end, self.clock())

    def _known_client(self, client_name: str) -> Client:
        client = self.store.client_by_name(client_name)
        if client is None:
            raise InvalidInput("client", f"no such client: {client_name}")
        return client

    def _pulse(self, code: str) -> Pulse:
        from journal.errors import NotFound
        from journal.pulse import pulse_store

        pulse = pulse_store.pulse_by_code(self.store, code.strip().upper())
        if pulse is None:
            raise NotFound(f"pulse {code}")
        return pulse
