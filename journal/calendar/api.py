"""The calendar side of the journal, as the ui and the command line see it: importing
files, the advisor's rules, and the meetings waiting for a reflection.

Reached as ``Journal.calendar``, which hands it the journal's store and clock (tests
inject one); it needs nothing else of the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.calendar import events_store, prompts
from journal.calendar.client_rules import Rules, core_label, decide, follow_series, guess_my_address
from journal.calendar.events_store import ImportReport, StoredEvent
from journal.calendar.ics_file import CalendarRead, default_window, read_file
from journal.store.names import clean_name
from journal.store.storage import Store, translate_errors

Clock = Callable[[], datetime]
RULES_KEY = "calendar_rules"


@dataclass(frozen=True)
class ReadFile:
    """A calendar file read for a window, not yet saved."""

    path: Path
    read: CalendarRead
    first: datetime
    end: datetime


@dataclass(frozen=True)
class ImportResult:
    read: CalendarRead
    report: ImportReport
    my_address: str
    my_address_guessed: bool
    first: datetime
    end: datetime

    @property
    def nothing_read(self) -> bool:
        """The file gave no usable event while it had problems: a failed import."""
        return not self.read.events and bool(self.read.skipped or self.read.problems)


@translate_errors
class Calendar:
    def __init__(self, store: Store, clock: Clock):
        self.store = store
        self.clock = clock

    # -- rules ------------------------------------------------------------------------

    def rules(self) -> Rules:
        saved = self.store.profile_value(RULES_KEY, {})
        return Rules(
            my_email=str(saved.get("my_email", "")).strip().lower(),
            include_keywords=_words(saved.get("include_keywords", ())),
            ignore_keywords=_words(saved.get("ignore_keywords", ())),
            include_domains=_words(saved.get("include_domains", ())),
            ignore_domains=_words(saved.get("ignore_domains", ())),
        )

    def save_rules(self, rules: Rules) -> None:
        self.store.set_profile_value(
            RULES_KEY,
            {
                "my_email": rules.my_email.strip().lower(),
                "include_keywords": list(_words(rules.include_keywords)),
                "ignore_keywords": list(_words(rules.ignore_keywords)),
                "include_domains": [d.lstrip("@") for d in _words(rules.include_domains)],
                "ignore_domains": [d.lstrip("@") for d in _words(rules.ignore_domains)],
            },
        )

    # -- importing --------------------------------------------------------------------

    def import_file(
        self, path: Path, first: datetime | None = None, end: datetime | None = None
    ) -> ImportResult:
        """Read ``path`` and add or update its client meetings between ``first`` and
        ``end`` (default: ``calendar_file.default_window``). Raises
        ``CalendarUnreadable`` when nothing in the file can be read."""
        return self.save_read(self.read(path, first, end))

    def read(
        self, path: Path, first: datetime | None = None, end: datetime | None = None
    ) -> ReadFile:
        """Only reads the file (no journal access), so it may run on a worker thread."""
        default_first, default_end = default_window(self.clock())
        first, end = first or default_first, end or default_end
        return ReadFile(path, read_file(path, first, end), first, end)

    def save_read(self, read_file_: ReadFile) -> ImportResult:
        """Add or update the client meetings of a file read with ``read``."""
        now = self.clock()
        read = read_file_.read
        rules = self.rules()
        me = rules.my_email or guess_my_address(read.events)
        by_domain = events_store.clients_by_domain(self.store)
        known = [c.name for c in self.store.clients()]
        decided = follow_series([(e, decide(e, rules, me, by_domain, known)) for e in read.events])
        cancelled = [s for s in read.skipped if s.reason == "cancelled"]
        source = str(read_file_.path)
        report = events_store.save_events(self.store, decided, cancelled, source, me, now)
        report.skipped = read.skipped
        self.hold_ended_meetings()
        return ImportResult(read, report, me, not rules.my_email, read_file_.first, read_file_.end)

    # -- waiting for a reflection -----------------------------------------------------

    def hold_ended_meetings(self) -> int:
        """Ended client meetings become meetings (not yet reflected on)."""
        return events_store.hold_ended_meetings(self.store, self.clock())

    def pending(self) -> list[StoredEvent]:
        return events_store.pending(self.store)

    def to_reflect(self) -> list[StoredEvent]:
        return prompts.to_reflect(self.pending(), self.clock())

    def due(self) -> list[StoredEvent]:
        return prompts.due(self.pending(), self.clock())

    def next_moment(self) -> datetime | None:
        return prompts.next_moment(self.pending(), self.clock())

    def mark_prompted(self, event: StoredEvent) -> None:
        events_store.set_prompt_state(
            self.store,
            event.id,
            snoozed_until=event.snoozed_until,
            prompted_at=self.clock(),
        )

    def snooze(self, event: StoredEvent, choice: str) -> datetime:
        until = prompts.snooze_until(choice, self.clock())
        events_store.set_prompt_state(self.store, event.id, snoozed_until=until, prompted_at=None)
        return until

    def dismiss(self, event: StoredEvent) -> None:
        """Not a client meeting."""
        events_store.dismiss(self.store, event.id, self.clock())

    def event(self, event_id: int) -> StoredEvent | None:
        return events_store.event(self.store, event_id)

    def event_of_meeting(self, meeting_id: int) -> StoredEvent | None:
        return events_store.event_of_meeting(self.store, meeting_id)

    def confirm_client(self, event: StoredEvent, client_name: str) -> None:
        """The advisor saved this meeting with ``client_name``: remember the client for
        the meeting's outside e-mail domains."""
        name = clean_name(client_name)
        if name:
            events_store.remember_client(self.store, event.outside_domains, name, self.clock())

    def client_domains(self) -> dict[str, str]:
        """The clients remembered per e-mail domain, by domain."""
        return dict(sorted(events_store.clients_by_domain(self.store).items()))

    def client_aliases(self) -> dict[str, list[str]]:
        """Other words that name a client: its remembered e-mail domains and their own
        label ("kestrel.co.uk", "kestrel"), so that an export can hide those too."""
        aliases: dict[str, list[str]] = {}
        for domain, client in events_store.clients_by_domain(self.store).items():
            aliases.setdefault(client, []).extend([domain, core_label(domain)])
        return aliases

    def set_client_domains(self, chosen: dict[str, str]) -> None:
        """The advisor edited the remembered clients (domain → client name)."""
        cleaned = {d.strip().lower(): clean_name(n) for d, n in chosen.items()}
        events_store.set_client_domains(
            self.store, {d: n for d, n in cleaned.items() if d and n}, self.clock()
        )


def _words(values) -> tuple[str, ...]:
    """Trimmed, lower-case, without blanks or repeats, in the order given."""
    return tuple(dict.fromkeys(v.strip().lower() for v in values if str(v).strip()))
