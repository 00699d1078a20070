"""The journal file: one SQLite database, read with ``sqlite3`` and written through
sqlite-utils.

This is the only module that talks SQL (with ``migrations`` and the ``*_store`` modules).
It maps SQLite's errors onto the typed errors of ``journal.errors`` so callers never see
``sqlite3`` exceptions. Opening the file safely (looking at its bytes, finishing what a
kill left, a backup before a migration) is ``journal.safety.opening``'s job: a ``Store``
is given an open connection, or the opener to make one with.
"""

from __future__ import annotations

import functools
import inspect
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

from journal.store import connection, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database
from journal.errors import (
    JournalBusy,
    JournalError,
    JournalNotWritable,
    JournalReplaced,
    NotAJournal,
    NotFound,
)
from journal.model import Client, Intention, IntentionCheck, Meeting, MeetingSummary, TrustScore
from journal.store.names import name_key

# Column orders for bulk inserts (the demo journal, a bundle read back for review).
MEETING_COLUMNS = (
    "id",
    "client_id",
    "title",
    "start_utc",
    "local_day",
    "duration_minutes",
    "notes",
    "created_at",
    "updated_at",
)
REFLECTION_COLUMNS = (
    "id",
    "meeting_id",
    "created_at",
    "updated_at",
    "credibility",
    "reliability",
    "intimacy",
    "self_orientation",
    "trust",
)
ANSWER_COLUMNS = ("reflection_id", "question_id", "trait_id", "score", "value", "text")
INTENTION_COLUMNS = ("reflection_id", "text", "created_at")


# An intention with the meeting it was written after (journal.model.Intention).
INTENTION_FIELDS = (
    "i.text, m.id, m.title, m.start_utc, i.id, c.name, i.trait_id, i.kept, i.checked_at"
)
INTENTION_FROM = """
    FROM intentions i
    JOIN reflections r ON r.id = i.reflection_id
    JOIN meetings m ON m.id = r.meeting_id
    JOIN clients c ON c.id = m.client_id
"""

# SQLite's primary result codes (https://sqlite.org/rescode.html) by what they mean here.
_BUSY = {5, 6}  # BUSY, LOCKED
_NOT_WRITABLE = {3, 8, 10, 13, 14}  # PERM, READONLY, IOERR, FULL, CANTOPEN
_DAMAGED = {11, 26}  # CORRUPT, NOTADB


def to_db_time(moment: datetime) -> str:
    """An aware datetime as the UTC text stored in the journal (sorts as time)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the journal stores instants")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def local_day(moment: datetime) -> str:
    """The calendar day the meeting was on for the advisor (this computer's time zone)."""
    return moment.astimezone().date().isoformat()


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


class AnswerRow(NamedTuple):  # rows: a NamedTuple costs a quarter of a dataclass at import
    """One answer as it is stored: a score with its value, or a text."""

    question_id: str
    trait_id: str | None = None
    score: int | None = None
    value: float | None = None
    text: str | None = None


class ReflectionRow(NamedTuple):
    """A reflection as it is stored: its answers, trust, intention and verdict."""

    answers: tuple[AnswerRow, ...]
    trust: TrustScore | None
    intention: str
    intention_trait: str | None = None
    check: IntentionCheck | None = None


@dataclass(frozen=True)
class ReflectionStamp:
    """Which reflection a meeting has, and when it was written and last edited."""

    id: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Opened:
    """A connection to a journal file as its opener made it (``journal.safety.opening``)."""

    conn: sqlite3.Connection
    read_only: bool = False
    encrypted: bool = False
    unread_changes: bool = False  # read-only, and the WAL cannot be read here
    file_key: tuple[int, int] | None = None  # (device, inode) the connection has open
    notes: tuple[Any, ...] = ()  # what opening did that the person should hear of


Opener = Callable[[Path, "str | None"], Opened]


class Store:
    """An open journal database. Every multi-row write is one transaction.

    Reads go straight to the ``sqlite3`` connection; writes go through sqlite-utils,
    which is imported on the first write (or ``prepare_for_writing()``), not at start-up.
    Before each read and inside each write transaction the file at ``path`` is compared
    with the one the connection has open: ``JournalReplaced`` (and the new file opened)
    when another program replaced it.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection | None = None,
        passphrase: str | None = None,
        *,
        opener: Opener | None = None,
    ):
        self.path = path
        self._opener = opener
        if conn is None:
            if opener is None:
                raise ValueError("a Store needs a connection or an opener")
            self._take(opener(path, passphrase), passphrase)
        else:
            self._take(Opened(conn), passphrase)
        self._db: Database | None = None

    def _take(self, opened: Opened, passphrase: str | None) -> None:
        self.closed = False
        self.conn = opened.conn
        self.read_only = opened.read_only
        self.encrypted = opened.encrypted
        self.unread_changes = opened.unread_changes
        self._file_key = opened.file_key
        self._notes = opened.notes
        # Kept (in memory only) for the connections backups and checks open themselves.
        self.passphrase = passphrase if self.encrypted else None

    @property
    def notes(self) -> tuple[Any, ...]:
        """What opening the file did that the person should hear of (a conversion a
        kill interrupted, finished or undone)."""
        return self._notes

    @classmethod
    def in_memory(cls) -> Store:
        """A fresh journal that lives only in memory (a coach's review of a bundle). It
        may be made on a worker thread and then used by the ui thread (never by both)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(wrap(conn))
        return cls(Path(":memory:"), conn)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    def prepare_for_writing(self) -> None:
        """Load the writing half now (the ui calls this once the window is painted; when
        the journal was closed meanwhile, the first write does it)."""
        if not self.closed:
            _ = self.db

    def close(self) -> None:
        self.conn.close()
        self.closed = True

    def reopen(self, passphrase: str | None) -> None:
        """Open the file again (after it was closed to be rewritten or restored, or to
        lock it), with this passphrase."""
        with suppress(sqlite3.ProgrammingError):
            self.conn.close()
        self._reopen(passphrase)

    def _reopen(self, passphrase: str | None) -> None:
        if self._opener is None:
            raise ValueError("this Store was given its connection: it cannot open one")
        self._take(self._opener(self.path, passphrase), passphrase)
        self._db = None

    def _same_file(self) -> None:
        """``JournalReplaced`` when the file at ``path`` is not the one the connection
        has open (a stat: nothing is opened)."""
        if self._file_key is not None and connection.file_key(self.path) != self._file_key:
            raise JournalReplaced(self.path)

    def _replaced(self) -> None:
        """Open the file now at ``path`` (the stale connection is closed after: closing
        a connection to a file that moved leaves the new file's WAL alone). When it does
        not open (another passphrase now), the stale one stays, and says so again."""
        stale = self.conn
        try:
            self._reopen(self.passphrase)
        except JournalError:
            return
        with suppress(sqlite3.ProgrammingError):
            stale.close()

    # -- writing ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; SQLite's complaints become typed journal errors.

        It takes the write lock first (``BEGIN IMMEDIATE``): a transaction that read
        before its first write cannot wait for another program's lock (WAL gives
        ``SQLITE_BUSY`` at once), so only this way does the busy timeout apply."""
        with self._translated_errors():
            if self.conn.in_transaction:
                with self.db.atomic():  # nested: a savepoint
                    yield
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self._same_file()  # under the write lock: nobody replaces it from now on
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        """Fast bulk insert (the demo generator); call inside ``transaction()``."""
        placeholders = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
        self.conn.executemany(sql, rows)

    def client_named(self, name: str, now: datetime) -> Client:
        """The client with this name (any case or spacing), created if new."""
        existing = self.client_by_name(name)
        if existing:
            return existing
        record = {"name": name, "name_key": name_key(name), "created_at": to_db_time(now)}
        table = self.db.table("clients").insert(record)
        return Client(_new_id(table.last_rowid), name)

    def save_meeting(
        self,
        meeting_id: int | None,
        client_name: str,
        title: str,
        start: datetime,
        duration_minutes: int,
        notes: str,
        reflection: ReflectionRow | None,
        now: datetime,
    ) -> int:
        """Insert or update a meeting and its reflection in one transaction (the caller's,
        when one is open: the meeting's tags are written in the same one)."""
        with self.transaction():
            client = self.client_named(client_name, now)
            record = {
                "client_id": client.id,
                "title": title,
                "start_utc": to_db_time(start),
                "local_day": local_day(start),
                "duration_minutes": duration_minutes,
                "notes": notes,
                "updated_at": to_db_time(now),
            }
            if meeting_id is None:
                record["created_at"] = to_db_time(now)
                meeting_id = _new_id(self.db.table("meetings").insert(record).last_rowid)
            else:
                if not self._exists("meetings", meeting_id):
                    raise NotFound(f"meeting {meeting_id}")
                self.db.table("meetings").update(meeting_id, record)
            self._replace_reflection(meeting_id, reflection, now)
        return meeting_id

    def _replace_reflection(
        self, meeting_id: int, reflection: ReflectionRow | None, now: datetime
    ) -> None:
        existing = self.db.execute(
            "SELECT id, created_at FROM reflections WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        if existing:
            self.db.execute("DELETE FROM answers WHERE reflection_id = ?", [existing[0]])
            self._clear_check(existing[0])
            if reflection is None:
                self.db.execute("DELETE FROM intentions WHERE reflection_id = ?", [existing[0]])
                self.db.execute("DELETE FROM reflections WHERE id = ?", [existing[0]])
                return
        if reflection is None:
            return
        trust = reflection.trust
        record = {
            "meeting_id": meeting_id,
            "created_at": existing[1] if existing else to_db_time(now),
            "updated_at": to_db_time(now),
            "credibility": trust.credibility if trust else None,
            "reliability": trust.reliability if trust else None,
            "intimacy": trust.intimacy if trust else None,
            "self_orientation": trust.self_orientation if trust else None,
            "trust": trust.score if trust else None,  # 0–100 (model.trust_on_100)
        }
        if existing:
            reflection_id = existing[0]
            self.db.table("reflections").update(reflection_id, record)
        else:
            reflection_id = _new_id(self.db.table("reflections").insert(record).last_rowid)
        self.db.table("answers").insert_all(
            {
                "reflection_id": reflection_id,
                "question_id": a.question_id,
                "trait_id": a.trait_id,
                "score": a.score,
                "value": a.value,
                "text": a.text,
            }
            for a in reflection.answers
        )
        self._replace_intention(reflection_id, reflection, now)
        if reflection.check is not None:
            self._record_check(reflection_id, reflection.check, now)

    def _replace_intention(self, reflection_id: int, reflection: ReflectionRow, now: datetime):
        """Edited in place, so a verdict a later reflection gave it stays."""
        if not reflection.intention:
            self.db.execute("DELETE FROM intentions WHERE reflection_id = ?", [reflection_id])
            return
        self.db.execute(
            """
            INSERT INTO intentions (reflection_id, text, trait_id, created_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (reflection_id) DO UPDATE SET
                text = excluded.text, trait_id = excluded.trait_id
            """,
            [reflection_id, reflection.intention, reflection.intention_trait, to_db_time(now)],
        )

    def _clear_check(self, reflection_id: int) -> None:
        """The intention this reflection said was (not) kept is open again."""
        self.db.execute(
            "UPDATE intentions SET kept = NULL, checked_at = NULL, checked_by = NULL "
            "WHERE checked_by = ?",
            [reflection_id],
        )

    def _record_check(self, reflection_id: int, check: IntentionCheck, now: datetime) -> None:
        if not self._exists("intentions", check.intention_id):
            raise NotFound(f"intention {check.intention_id}")
        self.db.execute(
            "UPDATE intentions SET kept = ?, checked_at = ?, checked_by = ? WHERE id = ?",
            [check.verdict, to_db_time(now), reflection_id, check.intention_id],
        )

    def set_profile_value(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.table("profile").upsert({"key": key, "value": json.dumps(value)}, pk="key")

    # -- reading ---------------------------------------------------------------------

    def profile_value(self, key: str, default: Any) -> Any:
        row = self.query_one("SELECT value FROM profile WHERE key = ?", [key])
        return json.loads(row[0]) if row else default

    def count_meetings(self) -> int:
        return int(self.query_one("SELECT count(*) FROM meetings")[0])

    def meeting_page(self, offset: int, limit: int) -> list[MeetingSummary]:
        """Meetings newest first, ``limit`` rows from ``offset``."""
        rows = self.query(
            """
            SELECT m.id, m.start_utc, c.name, m.title, r.id IS NOT NULL, r.trust
            FROM meetings m
            JOIN clients c ON c.id = m.client_id
            LEFT JOIN reflections r ON r.meeting_id = m.id
            ORDER BY m.start_utc DESC, m.id DESC
            LIMIT ? OFFSET ?
            """,
            [limit, offset],
        )
        return [
            MeetingSummary(r[0], from_db_time(r[1]), r[2], r[3], bool(r[4]), r[5]) for r in rows
        ]

    def meeting(self, meeting_id: int) -> tuple[Meeting, ReflectionStamp | None]:
        """The meeting (its ``reflection`` left empty) and a stamp of its reflection."""
        row = self.query_one(
            """
            SELECT m.id, c.id, c.name, m.title, m.start_utc, m.duration_minutes, m.notes,
                   r.id, r.created_at, r.updated_at
            FROM meetings m
            JOIN clients c ON c.id = m.client_id
            LEFT JOIN reflections r ON r.meeting_id = m.id
            WHERE m.id = ?
            """,
            [meeting_id],
        )
        if row is None:
            raise NotFound(f"meeting {meeting_id}")
        meeting = Meeting(
            id=row[0],
            client=Client(row[1], row[2]),
            title=row[3],
            start=from_db_time(row[4]),
            duration_minutes=row[5],
            notes=row[6] or "",
            reflection=None,
        )
        if row[7] is None:
            return meeting, None
        return meeting, ReflectionStamp(row[7], from_db_time(row[8]), from_db_time(row[9]))

    def answers(self, reflection_id: int) -> list[AnswerRow]:
        rows = self.query(
            "SELECT question_id, trait_id, score, value, text FROM answers "
            "WHERE reflection_id = ? ORDER BY id",
            [reflection_id],
        )
        return [AnswerRow(*r) for r in rows]

    def intention_of(self, reflection_id: int) -> tuple[str, str | None, str | None]:
        """The text, trait and verdict of the intention this reflection wrote."""
        row = self.query_one(
            "SELECT text, trait_id, kept FROM intentions WHERE reflection_id = ?", [reflection_id]
        )
        return (row[0], row[1], row[2]) if row else ("", None, None)

    def check_of(self, reflection_id: int) -> IntentionCheck | None:
        """The verdict this reflection gave an earlier intention."""
        row = self.query_one(
            "SELECT id, kept FROM intentions WHERE checked_by = ?", [reflection_id]
        )
        return IntentionCheck(row[0], row[1]) if row else None

    def clients(self) -> list[Client]:
        rows = self.query("SELECT id, name FROM clients ORDER BY name_key")
        return [Client(*r) for r in rows]

    def client_by_name(self, name: str) -> Client | None:
        row = self.query_one("SELECT id, name FROM clients WHERE name_key = ?", [name_key(name)])
        return Client(*row) if row else None

    def last_intention(
        self, client_id: int, before: datetime, exclude_meeting: int | None
    ) -> Intention | None:
        """The newest intention for this client, written in a meeting before ``before``,
        that is still open or was checked by ``exclude_meeting``'s own reflection."""
        row = self.query_one(
            f"""
            SELECT {INTENTION_FIELDS}
            {INTENTION_FROM}
            WHERE m.client_id = ? AND m.start_utc < ? AND m.id IS NOT ?
              AND (i.kept IS NULL OR i.checked_by IN
                   (SELECT id FROM reflections WHERE meeting_id IS ?))
            ORDER BY m.start_utc DESC, m.id DESC
            LIMIT 1
            """,
            [client_id, to_db_time(before), exclude_meeting, exclude_meeting],
        )
        return intention_from_row(row) if row else None

    def recent_question_ids(self, reflections: int) -> list[list[str]]:
        """The scale questions answered in the last ``reflections`` reflections, newest first."""
        rows = self.query(
            """
            SELECT a.reflection_id, a.question_id FROM answers a
            WHERE a.score IS NOT NULL AND a.reflection_id IN (
                SELECT id FROM reflections ORDER BY id DESC LIMIT ?)
            ORDER BY a.reflection_id DESC, a.id
            """,
            [reflections],
        )
        grouped: dict[int, list[str]] = {}
        for reflection_id, question_id in rows:
            grouped.setdefault(reflection_id, []).append(question_id)
        return list(grouped.values())

    def next_id(self, table: str) -> int:
        """The id after the highest one in ``table`` (for bulk inserts with known ids)."""
        return int(self.query_one(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")[0])

    def _exists(self, table: str, row_id: int) -> bool:
        return self.query_one(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]) is not None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """All rows, fetched inside the error translation (a cursor can fail mid-way)."""
        with self._translated_errors():
            if not self.conn.in_transaction:
                self._same_file()
            return self.conn.execute(sql, params).fetchall()

    def stream(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Iterator[Any]:
        """The rows one by one as SQLite finds them, inside the error translation: a
        long result is never held whole (the command line's search, exports)."""
        with self._translated_errors():
            yield from self.conn.execute(sql, params)

    def stream_batches(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), size: int = 1_000
    ) -> Iterator[list[Any]]:
        """``stream``, ``size`` rows at a time: for a long result read whole (exports),
        where handing rows out one by one costs more than making them."""
        with self._translated_errors():
            cursor = self.conn.execute(sql, params)
            while rows := cursor.fetchmany(size):
                yield rows

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        try:
            yield
        except connection.database_errors() as exc:
            raise translate(self.path, exc) from exc
        except JournalReplaced:
            self._replaced()
            raise


def intention_from_row(row: Sequence[Any]) -> Intention:
    text, meeting_id, title, start, intention_id, client, trait_id, kept, checked_at = row
    return Intention(
        text,
        meeting_id,
        title,
        from_db_time(start),
        intention_id,
        client,
        trait_id,
        kept,
        from_db_time(checked_at) if checked_at else None,
    )


def translate(path: Path, exc: Exception) -> BaseException:
    """A typed journal error for what the person can act on; anything else is a bug
    (a wrong SQL statement, a broken constraint) and stays as it is."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    error: JournalError
    if primary in _BUSY:
        error = JournalBusy(path, str(exc))
    elif primary in _NOT_WRITABLE:
        error = JournalNotWritable(path, str(exc))
    elif primary in _DAMAGED:
        error = NotAJournal(path, str(exc))
    else:
        return exc
    return error


def translate_errors(cls: type) -> type:
    """Class decorator: every public method of ``cls`` (``Journal``, ``Calendar``: what
    the ui and the command line call) raises typed journal errors, never SQLite's: the
    one place where SQLite errors that got past the ``Store`` (a cursor read by a storage
    module) become what a person can act on. A test checks that no method is missing."""
    for name, attr in list(vars(cls).items()):
        if name.startswith("_"):
            continue
        if isinstance(attr, (classmethod, staticmethod)):
            setattr(cls, name, type(attr)(_translating(attr.__func__)))
        elif inspect.isfunction(attr):
            setattr(cls, name, _translating(attr))
    return cls


def _translating(func: Callable[..., Any]) -> Callable[..., Any]:
    """A function's SQLite errors as typed journal errors; the first argument names the
    journal (a ``Journal``, a ``Store``, or what holds one)."""

    if inspect.isgeneratorfunction(func):  # its reads happen while it is iterated
        return _translating_generator(func)

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except connection.database_errors() as exc:
            _raise_typed(args, exc)

    call.translates_errors = True  # type: ignore[attr-defined]
    return call


def _raise_typed(args: tuple[Any, ...], exc: Exception) -> NoReturn:
    """``exc`` as the typed journal error it is, naming the journal of ``args[0]``."""
    error = translate(_path_of(args[0] if args else None), exc)
    if error is exc:
        raise exc
    raise error from exc


def _translating_generator(func: Callable[..., Any]) -> Callable[..., Any]:
    """``_translating`` for a generator (a streamed export): SQLite's errors raised while
    it is iterated, not only when it is made."""

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return (yield from func(*args, **kwargs))
        except connection.database_errors() as exc:
            _raise_typed(args, exc)

    call.translates_errors = True  # type: ignore[attr-defined]
    return call


translating = _translating  # for a function outside a class (journal.coach.export_bundle)


def _path_of(owner: Any) -> Path:
    for holder in (owner, getattr(owner, "store", None), getattr(owner, "journal", None)):
        path = getattr(holder, "path", None)
        if isinstance(path, Path):
            return path
    return Path("journal.sqlite3")


def _new_id(rowid: int | None) -> int:
    if rowid is None:
        raise RuntimeError("SQLite reported no id for a row just inserted")
    return rowid


def wrap(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)
