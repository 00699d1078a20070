"""The journal as the ui and the command line see it: plain records in, plain records out.

Callers never see SQL or sqlite errors: they get dataclasses from ``journal.model`` or a
``JournalError`` to explain (every public method goes through ``translate_errors``).

The feature modules behind it are imported here, at the top; those that cost the
first paint measurably load on first use instead: the question bank, what reads it and
undo's snapshots, and the growth sums, named at the top with ``on_first_use``; and at
one marked place each, the calendar (``calendar``), the growth figures (``growth``), the
client pulse (``_pulses``), and transcripts, the mirror and briefs (``transcripts``,
``mirror``, ``briefs``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.errors import InvalidInput, NotAJournal, NotFound
from journal.find import search_store
from journal.find.search import SearchFilters
from journal.find.search_store import Marks
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
from journal.on_first_use import on_first_use
from journal.safety import backups, drafts_store, health
from journal.safety.backups import Backup
from journal.safety.health import Health
from journal.store import migrations
from journal.store.paths import journal_file
from journal.store.storage import (
    AnswerRow,
    ReflectionRow,
    ReflectionStamp,
    Store,
    translate_errors,
)

if TYPE_CHECKING:  # the lazy points below import them on first use
    from journal.brief.api import Briefs
    from journal.brief.brief import Brief, LastTranscript
    from journal.calendar.api import Calendar
    from journal.growth.aggregation import ClientTrust, Granularity, Scope
    from journal.growth.figures import Growth
    from journal.mirror.api import MirrorApi
    from journal.pulse.api import Pulses
    from journal.pulse.model import Comparison, ImportResult, Pulse, Rating, Suggestion
    from journal.reflect.bank import Question, QuestionBank
    from journal.reflect.meeting_history import MeetingSnapshot
    from journal.transcripts.api import Transcripts

# Imported on first use: the window's first page of meetings needs none of them (issue 19;
# ``tests/ui/test_first_paint.py``). The reflection dialog's code, imported after the
# first paint (``ui/shell/after_paint.py``), brings the bank and scoring along.
aggregation = on_first_use("journal.growth.aggregation")
question_bank = on_first_use("journal.reflect.bank")
intentions_store = on_first_use("journal.reflect.intentions_store")
meeting_history = on_first_use("journal.reflect.meeting_history")
scoring = on_first_use("journal.reflect.scoring")
selection = on_first_use("journal.reflect.selection")
tags_store = on_first_use("journal.reflect.tags_store")
validation = on_first_use("journal.reflect.validation")

Clock = Callable[[], datetime]
HISTORY_FOR_ROTATION = 12


def utc_now() -> datetime:
    return datetime.now(UTC)


@translate_errors
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
        from journal.safety.opening import open_store

        return cls(open_store(journal_file(folder), passphrase), bank, clock)

    @property
    def bank(self) -> QuestionBank:
        """The question bank (the shipped one unless another was given), read on first use."""
        if self._bank is None:
            self._bank = question_bank.default_bank()
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

    @property
    def opening_notes(self) -> tuple[Any, ...]:
        """What opening the file did that the person should hear of (a conversion a kill
        interrupted, finished or undone: ``journal.safety.encryption.Resumed``)."""
        return self.store.notes

    def close(self) -> None:
        self.store.close()

    def schema_version(self) -> str:
        """The newest schema step this journal has had (``m008_client_pulse`` …), for
        Help → Copy Diagnostics; raises JournalError when it cannot be read (closed)."""
        row = self.store.query_one(
            f"SELECT name FROM {migrations.MIGRATIONS_TABLE} WHERE migration_set = ? "
            "ORDER BY rowid DESC LIMIT 1",
            [migrations.MIGRATION_SET],
        )
        return row[0] if row else "(none)"

    def prepare_for_writing(self) -> None:
        """Load what saving needs ahead of the first save (start-up stays light)."""
        self.store.prepare_for_writing()

    # -- meetings --------------------------------------------------------------------

    def count_meetings(self) -> int:
        return self.store.count_meetings()

    def meeting_page(self, offset: int, limit: int) -> list[MeetingSummary]:
        return self.store.meeting_page(offset, limit)

    def meeting(self, meeting_id: int) -> Meeting:
        meeting, stamp = self.store.meeting(meeting_id)
        meeting = replace(meeting, tags=tags_store.tags_of(self.store, meeting_id))
        if stamp is None:
            return meeting
        return replace(meeting, reflection=self._reflection(stamp))

    def _reflection(self, stamp: ReflectionStamp) -> Reflection:
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
        meeting = validation.clean_meeting(meeting)
        reflection = validation.clean_reflection(self.bank, reflection)
        row = None if reflection.is_empty() else self._reflection_row(reflection)
        with self.store.transaction():  # the meeting, its reflection and its tags at once
            saved_id = self.store.save_meeting(
                meeting_id,
                meeting.client_name,
                meeting.title,
                meeting.start,
                meeting.duration_minutes,
                meeting.notes,
                row,
                self.clock(),
            )
            tags_store.set_tags(self.store, saved_id, meeting.tags)
        return saved_id

    def _reflection_row(self, reflection: ReflectionInput) -> ReflectionRow:
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
        snapshot = meeting_history.take(self.store, meeting_id)
        if snapshot is None:
            raise NotFound(f"meeting {meeting_id}")
        meeting_history.put(self.store, meeting_id, snapshot, None, self.clock())
        return snapshot

    def snapshot(self, meeting_id: int) -> MeetingSnapshot | None:
        """The meeting whole as it is now (None: no such meeting), for undo and redo."""
        return meeting_history.take(self.store, meeting_id)

    def restore(
        self,
        meeting_id: int,
        expected: MeetingSnapshot | None,
        wanted: MeetingSnapshot | None,
    ) -> None:
        """Undo or redo: the meeting, now ``expected``, becomes ``wanted``."""
        meeting_history.put(self.store, meeting_id, expected, wanted, self.clock())

    # -- finding ---------------------------------------------------------------------

    def search_count(self, filters: SearchFilters, typing: bool = True) -> int:
        if filters.is_empty():
            return self.store.count_meetings()
        return self._searching(lambda: search_store.count(self.store, filters, typing))

    def search_page(
        self, filters: SearchFilters, offset: int, limit: int, typing: bool = True
    ) -> list[MeetingSummary]:
        """Matching meetings newest first (every meeting for empty filters)."""
        if filters.is_empty():
            return self.store.meeting_page(offset, limit)
        return self._searching(
            lambda: search_store.page(self.store, filters, offset, limit, typing)
        )

    def search_marks(
        self, text: str, meeting_ids: list[int], typing: bool = True
    ) -> dict[int, Marks]:
        """Matched words marked in the title, client and a snippet, per meeting shown."""
        return self._searching(lambda: search_store.marks(self.store, text, meeting_ids, typing))

    def _searching(self, search: Callable[[], Any]) -> Any:
        """A search that meets damage: when it is the search index (FTS5 says so), the
        index is built again from the journal and the search runs once more."""
        try:
            return search()
        except NotAJournal:
            if not search_store.repair_index(self.store):
                raise
        return search()

    # -- tags ------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        return tags_store.all_tags(self.store)

    def rename_tag(self, tag_id: int, new_name: str) -> None:
        tags_store.rename_tag(self.store, tag_id, new_name)

    # -- clients and intentions ---------------------------------------------------------

    def clients(self) -> list[Client]:
        return self.store.clients()

    def client(self, client_id: int) -> Client:
        for client in self.store.clients():
            if client.id == client_id:
                return client
        raise NotFound(f"client {client_id}")

    def client_by_name(self, name: str) -> Client | None:
        return self.store.client_by_name(name)

    def open_intentions(self, client_id: int | None = None) -> list[Intention]:
        return intentions_store.open_intentions(self.store, client_id)

    def intentions_of_client(self, client_id: int) -> list[Intention]:
        return intentions_store.intentions_of_client(self.store, client_id)

    def set_intention_verdict(self, intention_id: int, verdict: str | None) -> None:
        """Settle an intention outside a reflection (None: open again)."""
        intentions_store.set_verdict(self.store, intention_id, verdict, self.clock())

    def kept_counts(self, scope: Scope) -> dict[str | None, KeptCount]:
        """Per trait, how the intentions written in ``scope`` turned out."""
        return aggregation.kept_counts(self.store, scope)

    @property
    def calendar(self) -> Calendar:
        """Calendar import and the meetings waiting for a reflection.

        A lazy point: the calendar package brings zoneinfo (and, to read a file,
        icalendar and recurring-ical-events), 36 ms of CPU to import on the development
        machine, and nothing before the window's first paint needs it."""
        from journal.calendar.api import Calendar

        return Calendar(self.store, self.clock)

    # -- transcripts, the mirror and briefs (issue 21) ---------------------------------
    # Lazy points: their rules, parsers and text machinery cost about 15 ms of CPU to
    # import, and nothing before the window's first paint needs them.

    @property
    def transcripts(self) -> Transcripts:
        """Meeting transcripts: read, figures kept with a meeting, beside the reflection."""
        from journal.transcripts.api import Transcripts

        return Transcripts(self.store, self.clock)

    @property
    def mirror(self) -> MirrorApi:
        """Telling and asking language in the advisor's own notes, and its trends."""
        from journal.mirror.api import MirrorApi

        return MirrorApi(self.store)

    @property
    def briefs(self) -> Briefs:
        """The brief before the next meeting with a client, and when it is due."""
        from journal.brief.api import Briefs

        return Briefs(self.store, self.clock, self._last_transcript)

    def brief(self, client_id: int, now: datetime | None = None) -> Brief:
        """What to know before the next meeting with this client (``now``: the clock)."""
        return self.briefs.brief(client_id, now)

    def _last_transcript(self, client_id: int, before: datetime) -> LastTranscript | None:
        """The client's last transcript for a brief (the transcripts feature's, handed over)."""
        from journal.brief.brief import LastTranscript
        from journal.transcripts import api as transcripts_api

        stored = transcripts_api.last_of_client(self.store, client_id, before)
        if stored is None:
            return None
        questions = transcripts_api.client_questions(stored)
        return LastTranscript(stored.meeting_id, stored.figures, stored.text_kept, questions)

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
        """What the growth view draws: series, profile, coverage and summary facts.

        A lazy point: the figures module is the one heavy module of the core's own (five
        frozen dataclasses and ``statistics``, 7–18 ms to import on the development
        machine), and only the growth view, the client view's chart and the reports,
        all built after the first paint, ask for it."""
        from journal.growth import figures

        return figures.growth(
            self.store,
            granularity,
            scope,
            trait_ids,
            self.profile().focus_traits,
            self.clock().astimezone().date(),
        )

    def client_trust(self, scope: Scope) -> list[ClientTrust]:
        return aggregation.client_trust(self.store, scope)

    # -- questions and profile --------------------------------------------------------

    def next_questions(self, rng: random.Random | None = None) -> list[Question]:
        """The rotating set of scale questions for a new reflection."""
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
        drafts_store.save_draft(self.store, meeting_id, payload, self.clock())

    def discard_draft(self, meeting_id: int | None) -> None:
        drafts_store.discard_draft(self.store, meeting_id)

    def drafts(self) -> list[Draft]:
        """Reflections left unsaved (by a crash, a kill, a power cut), newest first."""
        return drafts_store.drafts(self.store)

    def back_up(self, kind: str = "manual", target: Path | None = None) -> Backup:
        """A checked backup of the journal as it is now (``journal.safety.backups``); safe to
        run from another thread: it reads through a connection of its own."""
        return backups.make_backup(
            self.path, kind, self.store.passphrase, target=target, now=self.clock()
        )

    def backups(self) -> list[Backup]:
        return backups.list_backups(self.path)

    def daily_backup_due(self) -> bool:
        return not self.read_only and backups.daily_due(self.path, self.clock())

    def check(self, thorough: bool = False) -> Health:
        """SQLite's quick (or full) check through a connection of its own."""
        return health.check(self.path, self.store.passphrase, thorough)

    def plain_copies(self) -> list[Path]:
        """Backups and journals moved aside stored without encryption beside this
        encrypted journal (empty for a plain one); safe from another thread."""
        from journal.safety.encryption import plain_copies

        return plain_copies(self.path)

    # -- client pulse (journal.pulse) ----------------------------------------------------

    @property
    def _pulses(self) -> Pulses:
        """A lazy point: the client pulse reads mail (``email``), CSV and Excel files
        (``csv``, ``zipfile``, openpyxl when one comes), and nothing before the window's
        first paint asks for it."""
        from journal.pulse.api import Pulses

        return Pulses(self.store, self.bank, self.clock)

    def make_pulse(
        self, client_name: str, language: str, item_ids: tuple[str, ...] | None = None
    ) -> Pulse:
        """A pulse for this client in "nl" or "en": ``item_ids``, or at most four items
        about the focus traits, then the traits the advisor scores weakest (last year)."""
        year = aggregation.Scope(first_day=(self.clock() - timedelta(days=365)).date())
        own = {t: m.value for t, m in aggregation.trait_profile(self.store, year).items()}
        return self._pulses.make(client_name, language, item_ids, self.profile().focus_traits, own)

    def discard_pulse(self, pulse_code: str) -> bool:
        """Take back a pulse that was never answered or predicted (its form was not sent,
        or could not be written); False when it has answers, which stay."""
        return self._pulses.discard(pulse_code)

    def pulses(self, client_name: str | None = None) -> list[Pulse]:
        """Pulses made (for one client, or all), newest first, with their answer counts."""
        return self._pulses.list(client_name)

    def pulse_suggestion(self, client_name: str) -> Suggestion:
        """Whether to suggest a pulse for this client now (rarely; journal.pulse.schedule)."""
        return self._pulses.suggestion(client_name)

    def pulse_suggestions(self) -> list[Suggestion]:
        """The clients a pulse is due for now."""
        return self._pulses.suggestions()

    def pulse_due_prediction(self, client_name: str) -> Pulse | None:
        """The pulse of this client whose answers the advisor can still predict (none
        shown yet, not predicted or skipped, within 60 days, the newest): the reflection
        after a pulse asks its items once. None when there is nothing to predict."""
        return self._pulses.due_prediction(client_name)

    def save_prediction(self, pulse_code: str, scores: dict[str, int]) -> None:
        """The advisor's 1–5 prediction for every item of the pulse, once; refused
        (``PredictionClosed``) once its answers were shown, predicted or skipped."""
        self._pulses.save_prediction(pulse_code, scores)

    def skip_prediction(self, pulse_code: str) -> None:
        """The advisor chose not to predict this pulse (its answers show at once)."""
        self._pulses.skip_prediction(pulse_code)

    def reveal_pulse_answers(self, client_name: str | None = None) -> list[str]:
        """Show the answers held back for a prediction (the advisor asked to see them):
        those predictions can no longer be made. Returns the pulse codes."""
        return self._pulses.reveal(client_name)

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
        return self._pulses.import_answers(data, source, client_name, pasted)

    def import_coach_ratings(self, coach: str, ratings: Sequence[Any]) -> ImportResult:
        """The coach's ratings from a feedback file (``journal.coach.feedback.Feedback``:
        its ``coach`` and ``ratings``), each under the meeting it names (checked by its
        start); reading them again adds nothing."""
        return self._pulses.import_coach_ratings(coach, ratings)

    def pulse_comparison(
        self,
        client_name: str | None = None,
        granularity: str = "quarter",
        scope: Scope | None = None,
    ) -> Comparison:
        """Self, predicted, client and coach per trait (0–100) and per period, and the
        calibration of the predictions; answers waiting for a prediction held back."""
        first, end = (scope.first_day, scope.end_day) if scope else (None, None)

        def own_scope(client: Client | None) -> Scope:
            return aggregation.Scope(first, end, (client.id,) if client else ())

        def own(client: Client | None) -> dict[str, tuple[float, int]]:
            means = aggregation.trait_profile(self.store, own_scope(client))
            return {t: (m.value, m.count) for t, m in means.items()}

        def own_periods(client: Client | None) -> dict:
            periods = aggregation.trait_means(
                self.store, aggregation.Granularity(granularity), own_scope(client)
            )
            return {
                start: {t: (m.value, m.count) for t, m in means.items()}
                for start, means in periods.items()
            }

        return self._pulses.comparison(client_name, granularity, first, end, own, own_periods)

    def pulse_ratings(self, scope: Scope | None = None) -> list[Rating]:
        """Clients' and coaches' answers in a period, for ``journal.pulse.aggregate``."""
        first, end = (scope.first_day, scope.end_day) if scope else (None, None)
        return self._pulses.ratings(first, end)

    def pulse_predictions(self, scope: Scope | None = None) -> list[tuple[int, str, int]]:
        """The advisor's predictions for the pulses of a period: (client id, trait,
        1–5 score) per item predicted."""
        first, end = (scope.first_day, scope.end_day) if scope else (None, None)
        return self._pulses.prediction_scores(first, end)
