"""Schema migrations, applied every time a journal opens (sqlite-utils ``Migrations``).

Names are permanent: a journal records which ones it has had. A name we do not know
means a newer version of the app wrote the journal, and we refuse to open it.
Add a migration by appending a function; never edit or rename one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

TYPE_CHECKING = False  # as ``typing.TYPE_CHECKING``, without importing typing (~2 ms)
if TYPE_CHECKING:  # sqlite-utils costs ~80 ms to import: only when a journal needs migrating
    from typing import Any

    from sqlite_utils import Database

MIGRATION_SET = "advisor_journal"
MIGRATIONS_TABLE = "_sqlite_migrations"

STEPS: list[Callable[[Database], None]] = []


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    STEPS.append(fn)
    return fn


@_step
def m001_initial(db: Database) -> None:
    # ``name_key`` (journal.validation.name_key) makes "Émile BV" and "émile  bv" one
    # client; SQLite's NOCASE only folds ASCII.
    db.table("clients").create(
        {"id": int, "name": str, "name_key": str, "created_at": str},
        pk="id",
        not_null={"name", "name_key"},
    )
    db.table("clients").create_index(["name_key"], unique=True)
    db.table("meetings").create(
        {
            "id": int,
            "client_id": int,
            "title": str,
            "start_utc": str,
            "duration_minutes": int,
            "notes": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id", "title", "start_utc", "duration_minutes"},
    )
    db.table("meetings").create_index(["start_utc"])
    db.table("meetings").create_index(["client_id", "start_utc"])
    # Trust parts are a cache of what the answers give (journal.scoring), written with
    # the answers in one transaction: the list shows the composite, the growth view
    # charts the parts, and neither recomputes them.
    db.table("reflections").create(
        {
            "id": int,
            "meeting_id": int,
            "created_at": str,
            "updated_at": str,
            "credibility": float,
            "reliability": float,
            "intimacy": float,
            "self_orientation": float,
            "trust": float,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "created_at", "updated_at"},
    )
    db.table("reflections").create_index(["meeting_id"], unique=True)
    # One row per answer: a 1–5 ``score`` (with ``value`` its 0–100 worth after
    # reversal) or a ``text``. ``trait_id`` and ``value`` let the growth view
    # aggregate per trait and period in SQL, without the question bank.
    db.table("answers").create(
        {
            "id": int,
            "reflection_id": int,
            "question_id": str,
            "trait_id": str,
            "score": int,
            "value": float,
            "text": str,
        },
        pk="id",
        foreign_keys=[("reflection_id", "reflections", "id")],
        not_null={"reflection_id", "question_id"},
    )
    db.table("answers").create_index(["reflection_id"])
    db.table("answers").create_index(["trait_id"])
    db.table("intentions").create(
        {"id": int, "reflection_id": int, "text": str, "created_at": str},
        pk="id",
        foreign_keys=[("reflection_id", "reflections", "id")],
        not_null={"reflection_id", "text"},
    )
    db.table("intentions").create_index(["reflection_id"], unique=True)
    db.table("profile").create({"key": str, "value": str}, pk="key")


@_step
def m002_growth_by_day(db: Database) -> None:
    """Answers summed per local day, client and trait, kept current by triggers.

    The growth view averages traits per week, month or quarter; reading every answer of
    a 100,000-meeting journal takes ~300 ms, these day sums a few. ``local_day`` is the
    calendar day the advisor had the meeting on, written with the meeting.
    """
    db.execute("ALTER TABLE meetings ADD COLUMN local_day TEXT")
    db.execute("UPDATE meetings SET local_day = date(start_utc, 'localtime')")
    db.table("meetings").create_index(["local_day"])
    db.execute(
        """
        CREATE TABLE trait_days (
            day TEXT NOT NULL,
            trait_id TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            value_sum REAL NOT NULL,
            answers INTEGER NOT NULL,
            PRIMARY KEY (day, trait_id, client_id)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        INSERT INTO trait_days (day, client_id, trait_id, value_sum, answers)
        SELECT m.local_day, m.client_id, a.trait_id, sum(a.value), count(*)
        FROM answers a
        JOIN reflections r ON r.id = a.reflection_id
        JOIN meetings m ON m.id = r.meeting_id
        WHERE a.score IS NOT NULL
        GROUP BY m.local_day, m.client_id, a.trait_id
        """
    )
    for sql in _TRAIT_DAY_TRIGGERS:
        db.execute(sql)


# Each answer adds its value to its meeting's (day, client, trait); removing it, or moving
# the meeting to another day or client, takes it off again. Emptied buckets are dropped.
# Every change goes through a grouped source (day, client_id, trait_id, total, n).
_ADD = """
    INSERT INTO trait_days (day, client_id, trait_id, value_sum, answers)
    SELECT day, client_id, trait_id, total, n FROM ({source}) WHERE true
    ON CONFLICT (day, trait_id, client_id) DO UPDATE SET
        value_sum = value_sum + excluded.value_sum, answers = answers + excluded.answers;
"""
_REMOVE = """
    UPDATE trait_days SET value_sum = value_sum - s.total, answers = answers - s.n
    FROM ({source}) AS s
    WHERE trait_days.day = s.day AND trait_days.client_id = s.client_id
      AND trait_days.trait_id = s.trait_id;
    DELETE FROM trait_days WHERE answers <= 0
      AND (day, trait_id, client_id) IN (SELECT day, trait_id, client_id FROM ({source}));
"""
_ONE_ANSWER = """
    SELECT m.local_day AS day, m.client_id AS client_id, {row}.trait_id AS trait_id,
           {row}.value AS total, 1 AS n
    FROM reflections r JOIN meetings m ON m.id = r.meeting_id
    WHERE r.id = {row}.reflection_id
"""
_MEETING_ANSWERS = """
    SELECT {row}.local_day AS day, {row}.client_id AS client_id, a.trait_id AS trait_id,
           sum(a.value) AS total, count(*) AS n
    FROM answers a JOIN reflections r ON r.id = a.reflection_id
    WHERE r.meeting_id = {row}.id AND a.score IS NOT NULL
    GROUP BY a.trait_id
"""
_TRAIT_DAY_TRIGGERS = [
    f"""
    CREATE TRIGGER trait_days_answer_added AFTER INSERT ON answers
    WHEN NEW.score IS NOT NULL BEGIN
    {_ADD.format(source=_ONE_ANSWER.format(row="NEW"))}
    END
    """,
    f"""
    CREATE TRIGGER trait_days_answer_removed AFTER DELETE ON answers
    WHEN OLD.score IS NOT NULL BEGIN
    {_REMOVE.format(source=_ONE_ANSWER.format(row="OLD"))}
    END
    """,
    f"""
    CREATE TRIGGER trait_days_meeting_moved AFTER UPDATE OF local_day, client_id ON meetings
    WHEN NEW.local_day IS NOT OLD.local_day OR NEW.client_id IS NOT OLD.client_id BEGIN
    {_REMOVE.format(source=_MEETING_ANSWERS.format(row="OLD"))}
    {_ADD.format(source=_MEETING_ANSWERS.format(row="NEW"))}
    END
    """,
]


@_step
def m003_activity_by_day(db: Database) -> None:
    """Meetings held and reflected on, and the trust parts summed, per local day and
    client, kept current by triggers (as ``trait_days`` is for the answers).

    Coverage, trust over time and trust per client read these few thousand rows instead
    of joining 100,000 meetings to their reflections (~40 ms a query).
    """
    db.execute(
        f"""
        CREATE TABLE meeting_days (
            day TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            {", ".join(f"{name} {kind} NOT NULL" for name, kind in _DAY_COLUMNS)},
            PRIMARY KEY (day, client_id)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        f"""
        INSERT INTO meeting_days
        SELECT m.local_day, m.client_id, count(*), count(r.id), {_part_sums("r")}
        FROM meetings m LEFT JOIN reflections r ON r.meeting_id = m.id
        WHERE m.local_day IS NOT NULL
        GROUP BY m.local_day, m.client_id
        """
    )
    for sql in _MEETING_DAY_TRIGGERS:
        db.execute(sql)


_DAY_COLUMNS = [
    ("held", "INTEGER"),
    ("reflected", "INTEGER"),
    ("credibility_sum", "REAL"),
    ("reliability_sum", "REAL"),
    ("intimacy_sum", "REAL"),
    ("self_orientation_sum", "REAL"),
    ("trust_sum", "REAL"),
    ("trusted", "INTEGER"),  # reflections with a trust score: the parts' divisor
]


def _part_sums(row: str) -> str:
    """The trust columns summed over ``row``; parts count only with a trust score."""
    parts = [
        f"coalesce(sum(CASE WHEN {row}.trust IS NOT NULL THEN {row}.{part} END), 0) AS {part}_sum"
        for part in ("credibility", "reliability", "intimacy", "self_orientation")
    ]
    return ", ".join([*parts, f"coalesce(sum({row}.trust), 0) AS trust_sum",
                      f"count({row}.trust) AS trusted"])  # fmt: skip


def _shift(source: str, sign: int) -> str:
    """Add (sign 1) or take off (sign -1) what ``source`` (one row per day and client)
    contributes to ``meeting_days``; emptied buckets are dropped."""
    names = [name for name, _kind in _DAY_COLUMNS]
    return f"""
    INSERT INTO meeting_days (day, client_id, {", ".join(names)})
    SELECT day, client_id, {", ".join(f"{sign} * {name}" for name in names)}
    FROM ({source}) WHERE day IS NOT NULL
    ON CONFLICT (day, client_id) DO UPDATE SET
        {", ".join(f"{name} = {name} + excluded.{name}" for name in names)};
    DELETE FROM meeting_days WHERE held <= 0
      AND (day, client_id) IN (SELECT day, client_id FROM ({source}));
    """


def _one_meeting(row: str) -> str:
    """What one meeting, with its reflection if it has one, contributes."""
    return f"""
    SELECT {row}.local_day AS day, {row}.client_id AS client_id, 1 AS held,
           count(r.id) AS reflected, {_part_sums("r")}
    FROM (SELECT 1) LEFT JOIN reflections r ON r.meeting_id = {row}.id
    """


def _one_reflection(row: str) -> str:
    """What one reflection contributes to its meeting's day (none if it has no meeting)."""
    return f"""
    SELECT m.local_day AS day, m.client_id AS client_id, 0 AS held, 1 AS reflected,
           {_part_sums(row)}
    FROM meetings m WHERE m.id = {row}.meeting_id GROUP BY m.id
    """


_TRUST_COLUMNS = "credibility, reliability, intimacy, self_orientation, trust"
_MEETING_DAY_TRIGGERS = [
    f"""
    CREATE TRIGGER meeting_days_meeting_added AFTER INSERT ON meetings BEGIN
    {_shift(_one_meeting("NEW"), 1)}
    END
    """,
    f"""
    CREATE TRIGGER meeting_days_meeting_removed AFTER DELETE ON meetings BEGIN
    {_shift(_one_meeting("OLD"), -1)}
    END
    """,
    f"""
    CREATE TRIGGER meeting_days_meeting_moved AFTER UPDATE OF local_day, client_id ON meetings
    WHEN NEW.local_day IS NOT OLD.local_day OR NEW.client_id IS NOT OLD.client_id BEGIN
    {_shift(_one_meeting("OLD"), -1)}
    {_shift(_one_meeting("NEW"), 1)}
    END
    """,
    f"""
    CREATE TRIGGER meeting_days_reflection_added AFTER INSERT ON reflections BEGIN
    {_shift(_one_reflection("NEW"), 1)}
    END
    """,
    f"""
    CREATE TRIGGER meeting_days_reflection_removed AFTER DELETE ON reflections BEGIN
    {_shift(_one_reflection("OLD"), -1)}
    END
    """,
    f"""
    CREATE TRIGGER meeting_days_reflection_changed
    AFTER UPDATE OF meeting_id, {_TRUST_COLUMNS} ON reflections BEGIN
    {_shift(_one_reflection("OLD"), -1)}
    {_shift(_one_reflection("NEW"), 1)}
    END
    """,
]


@_step
def m004_calendar(db: Database) -> None:
    """Imported calendar events, one row per occurrence (``uid`` + ``recurrence_id``,
    "" for a single event), whether each is a client meeting, and the prompt state.

    An ended client meeting becomes a row in ``meetings`` (``meeting_id``), so it counts
    as held and can be reflected on. ``status``: "open", "dismissed" (not a client
    meeting, said the advisor) or "cancelled". ``client_domains`` remembers which
    client an e-mail domain belongs to once the advisor has confirmed it.
    """
    db.table("calendar_events").create(
        {
            "id": int,
            "uid": str,
            "recurrence_id": str,
            "title": str,
            "start_utc": str,
            "end_utc": str,
            "organizer": str,
            "outside_domains": str,  # JSON list: the client is remembered by these
            "location": str,
            "private": int,
            "is_client": int,
            "reason": str,
            "client_name": str,
            "status": str,
            "meeting_id": int,
            "snoozed_until": str,
            "prompted_at": str,
            "source": str,
            "imported_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"uid", "recurrence_id", "title", "start_utc", "end_utc", "status"},
        defaults={"recurrence_id": "", "status": "open", "is_client": 0, "private": 0},
    )
    db.table("calendar_events").create_index(["uid", "recurrence_id"], unique=True)
    db.table("calendar_events").create_index(["end_utc"])
    db.table("calendar_events").create_index(["meeting_id"], unique=True)
    db.table("client_domains").create(
        {"domain": str, "client_id": int},
        pk="domain",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id"},
    )


@_step
def m005_search_tags_intentions(db: Database) -> None:
    """Full-text search, tags, and whether an intention was kept.

    ``meeting_search`` (FTS5) holds one row per meeting (rowid = meeting id): its title,
    client, notes and, in ``texts``, the open answers and the intention. Triggers keep
    it exact (``SEARCH_TRIGGERS``). ``intentions`` learn their trait and their verdict:
    ``kept`` is yes, partly or no once a later reflection (``checked_by``, a reflection
    id) or the advisor answered; NULL while the intention is open.
    """
    db.execute(
        "CREATE VIRTUAL TABLE meeting_search USING fts5(title, client, notes, texts, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute("ALTER TABLE intentions ADD COLUMN trait_id TEXT")
    db.execute("ALTER TABLE intentions ADD COLUMN kept TEXT")
    db.execute("ALTER TABLE intentions ADD COLUMN checked_at TEXT")
    db.execute("ALTER TABLE intentions ADD COLUMN checked_by INTEGER")
    db.table("intentions").create_index(["checked_by"])
    db.table("tags").create(
        {"id": int, "name": str, "name_key": str}, pk="id", not_null={"name", "name_key"}
    )
    db.table("tags").create_index(["name_key"], unique=True)
    db.execute(
        """
        CREATE TABLE meeting_tags (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            tag_id INTEGER NOT NULL REFERENCES tags(id),
            PRIMARY KEY (meeting_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX meeting_tags_tag ON meeting_tags (tag_id, meeting_id)")
    restore_triggers(db)
    rebuild_search(db)


# One meeting's row of the search index: title, client, notes, and its open answers and
# intention as one text. ``{id}`` is an SQL expression for the meeting id.
_SEARCH_DROP = "DELETE FROM meeting_search WHERE rowid = {id};"
_SEARCH_ADD = """
    INSERT INTO meeting_search (rowid, title, client, notes, texts)
    SELECT m.id, m.title, c.name, coalesce(m.notes, ''),
           coalesce((SELECT group_concat(a.text, char(10)) FROM answers a
                     JOIN reflections r ON r.id = a.reflection_id
                     WHERE r.meeting_id = m.id AND a.text IS NOT NULL), '')
           || char(10) ||
           coalesce((SELECT i.text FROM intentions i
                     JOIN reflections r ON r.id = i.reflection_id
                     WHERE r.meeting_id = m.id), '')
    FROM meetings m JOIN clients c ON c.id = m.client_id WHERE m.id = {id};
"""


def _search_refresh(meeting: str) -> str:
    return _SEARCH_DROP.format(id=meeting) + _SEARCH_ADD.format(id=meeting)


_MEETING_OF_REFLECTION = "(SELECT meeting_id FROM reflections WHERE id = {row}.reflection_id)"
SEARCH_TRIGGERS = [
    f"""
    CREATE TRIGGER search_meeting_added AFTER INSERT ON meetings BEGIN
    {_SEARCH_ADD.format(id="NEW.id")}
    END
    """,
    f"""
    CREATE TRIGGER search_meeting_changed AFTER UPDATE OF title, notes, client_id ON meetings
    BEGIN
    {_search_refresh("NEW.id")}
    END
    """,
    f"""
    CREATE TRIGGER search_meeting_removed AFTER DELETE ON meetings BEGIN
    {_SEARCH_DROP.format(id="OLD.id")}
    END
    """,
    f"""
    CREATE TRIGGER search_answer_added AFTER INSERT ON answers WHEN NEW.text IS NOT NULL BEGIN
    {_search_refresh(_MEETING_OF_REFLECTION.format(row="NEW"))}
    END
    """,
    f"""
    CREATE TRIGGER search_answer_removed AFTER DELETE ON answers WHEN OLD.text IS NOT NULL BEGIN
    {_search_refresh(_MEETING_OF_REFLECTION.format(row="OLD"))}
    END
    """,
    f"""
    CREATE TRIGGER search_intention_added AFTER INSERT ON intentions BEGIN
    {_search_refresh(_MEETING_OF_REFLECTION.format(row="NEW"))}
    END
    """,
    f"""
    CREATE TRIGGER search_intention_changed AFTER UPDATE OF text ON intentions BEGIN
    {_search_refresh(_MEETING_OF_REFLECTION.format(row="NEW"))}
    END
    """,
    f"""
    CREATE TRIGGER search_intention_removed AFTER DELETE ON intentions BEGIN
    {_search_refresh(_MEETING_OF_REFLECTION.format(row="OLD"))}
    END
    """,
    """
    CREATE TRIGGER search_client_renamed AFTER UPDATE OF name ON clients BEGIN
    DELETE FROM meeting_search
        WHERE rowid IN (SELECT id FROM meetings WHERE client_id = NEW.id);
    INSERT INTO meeting_search (rowid, title, client, notes, texts)
        SELECT rowid, title, NEW.name, notes, texts FROM (
            SELECT m.id AS rowid, m.title AS title, coalesce(m.notes, '') AS notes,
                   coalesce((SELECT group_concat(a.text, char(10)) FROM answers a
                             JOIN reflections r ON r.id = a.reflection_id
                             WHERE r.meeting_id = m.id AND a.text IS NOT NULL), '')
                   || char(10) ||
                   coalesce((SELECT i.text FROM intentions i
                             JOIN reflections r ON r.id = i.reflection_id
                             WHERE r.meeting_id = m.id), '') AS texts
            FROM meetings m WHERE m.client_id = NEW.id);
    END
    """,
]


@_step
def m006_drafts(db: Database) -> None:
    """Reflections being written, saved as the advisor types, so a crash loses nothing.

    One row per dialog (``key``: "new", or "meeting-<id>" for an edit), its fields as
    JSON the ui reads back. Inside the journal, so an encrypted journal encrypts them
    too. Saving or discarding the reflection deletes its row."""
    db.table("drafts").create(
        {"key": str, "meeting_id": int, "payload": str, "updated_at": str},
        pk="key",
        not_null={"payload", "updated_at"},
    )


# Characters FTS5's unicode61 (Unicode 6.1 tables) takes for part of a word, because
# they were assigned later, while they separate words for us (``journal.search``) and
# for the reader: the bidi isolates chat and mail programs put around a pasted name
# (U+2066–U+2069), the Arabic letter mark (U+061C), the skin-tone modifiers.
WORD_SEPARATORS = "\u2066\u2067\u2068\u2069\u061c" + "".join(
    chr(c) for c in range(0x1F3FB, 0x1F400)
)


@_step
def m007_search_separators(db: Database) -> None:
    """``meeting_search`` again, with ``WORD_SEPARATORS`` as separators: in
    "met \u2068Jan de Vries\u2069" the index held "\u2068jan" and "vries\u2069", so
    neither "Jan" nor "Vries" found it. The triggers name the table and stay."""
    db.execute("DROP TABLE meeting_search")
    db.execute(
        "CREATE VIRTUAL TABLE meeting_search USING fts5(title, client, notes, texts, "
        f"tokenize = \"unicode61 remove_diacritics 2 separators '{WORD_SEPARATORS}'\", "
        "prefix = '2 3')"
    )
    rebuild_search(db)


@_step
def m008_client_pulse(db: Database) -> None:
    """The client's view beside the advisor's own (``journal.pulse``).

    ``pulses``: a short survey made for one client (``code``: the id its form and mail
    text carry; ``items``: JSON list of client item ids in the order asked;
    ``prediction``: due, made, skipped or closed, and ``answers_seen_at`` once its
    answers were shown). ``pulse_responses``: one row per answer of a client (to a
    pulse) or a coach (about an observed meeting, ``meeting_id``: no foreign key, so
    deleting the meeting keeps the coach's rating); ``rater_key`` is a salted hash of
    what identified the rater in the source, never a name; importing the same answers
    again finds their row. ``pulse_predictions``: the advisor's prediction per item,
    made before the answers were seen."""
    db.execute(
        """
        CREATE TABLE pulses (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            items TEXT NOT NULL,
            language TEXT NOT NULL,
            made_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'made',
            prediction TEXT NOT NULL DEFAULT 'due',
            answers_seen_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX pulses_client ON pulses (client_id, made_at)")
    db.execute(
        """
        CREATE TABLE pulse_responses (
            id INTEGER PRIMARY KEY,
            pulse_id INTEGER REFERENCES pulses(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            meeting_id INTEGER,
            rater_kind TEXT NOT NULL CHECK (rater_kind IN ('client', 'coach')),
            rater_key TEXT NOT NULL,
            item_id TEXT NOT NULL,
            trait_id TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            day TEXT NOT NULL,
            answered_at TEXT,
            received_at TEXT NOT NULL,
            source TEXT NOT NULL,
            CHECK (pulse_id IS NOT NULL OR meeting_id IS NOT NULL)
        )
        """
    )
    db.execute(
        "CREATE UNIQUE INDEX pulse_responses_once ON pulse_responses "
        "(pulse_id, rater_key, item_id) WHERE pulse_id IS NOT NULL"
    )
    db.execute(
        "CREATE UNIQUE INDEX pulse_responses_observed_once ON pulse_responses "
        "(meeting_id, rater_key, item_id) WHERE pulse_id IS NULL"
    )
    db.execute("CREATE INDEX pulse_responses_client ON pulse_responses (client_id, day)")
    db.execute(
        """
        CREATE TABLE pulse_predictions (
            pulse_id INTEGER NOT NULL REFERENCES pulses(id),
            item_id TEXT NOT NULL,
            trait_id TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            made_at TEXT NOT NULL,
            PRIMARY KEY (pulse_id, item_id)
        ) WITHOUT ROWID
        """
    )


@_step
def m009_transcripts(db: Database) -> None:
    """Figures from a meeting's transcript, and which briefs were shown.

    ``transcripts``: one row per meeting (a new import replaces it). ``figures`` is JSON
    (``journal.transcripts.figures.Figures``) made with the rule set ``rules`` ("nl.1")
    and definitions ``method``; ``text`` (JSON: who said what, when) is NULL unless the
    advisor chose to keep it. Deleting the meeting deletes its row (``TRANSCRIPT_TRIGGERS``;
    undo puts it back). A trigger, not ``ON DELETE CASCADE``: with a cascade, rebuilding
    ``meetings`` (``transform()``) would delete every transcript, and sqlite-utils refuses
    it inside a migration's transaction. ``briefs_shown``: calendar events whose brief
    was shown, so it is shown once."""
    db.execute(
        """
        CREATE TABLE transcripts (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
            imported_at TEXT NOT NULL,
            source_name TEXT NOT NULL,
            format TEXT NOT NULL,
            rules TEXT NOT NULL,
            method INTEGER NOT NULL,
            figures TEXT NOT NULL,
            text TEXT
        )
        """
    )
    db.execute("CREATE TABLE briefs_shown (event_id INTEGER PRIMARY KEY, shown_at TEXT NOT NULL)")
    for sql in TRANSCRIPT_TRIGGERS:
        db.execute(sql)


TRANSCRIPT_TRIGGERS = [
    """
    CREATE TRIGGER transcripts_meeting_removed BEFORE DELETE ON meetings BEGIN
    DELETE FROM transcripts WHERE meeting_id = OLD.id;
    END
    """,
]


@_step
def m010_trust_scale(db: Database) -> None:
    """The trust a reflection keeps beside its four parts becomes the bounded 0–100
    score the app shows (``journal.model.trust_on_100``) instead of the Trust
    Equation's ratio (0.3–30, which averaged and charted badly). The parts stay as they
    were. The day sums are summed again in one pass, with the trigger that would follow
    each row dropped meanwhile (10 s for 100,000 reflections, against a fraction)."""
    from journal.model import trust_on_100  # here: the dataclasses of model cost ~10 ms

    db.conn.create_function("trust_on_100", 1, trust_on_100, deterministic=True)
    db.execute("DROP TRIGGER IF EXISTS meeting_days_reflection_changed")
    db.execute(
        """
        UPDATE reflections
        SET trust = trust_on_100((credibility + reliability + intimacy) / self_orientation)
        WHERE trust IS NOT NULL AND self_orientation > 0
        """
    )
    db.execute(
        """
        UPDATE meeting_days SET trust_sum = coalesce((
            SELECT sum(r.trust) FROM reflections r JOIN meetings m ON m.id = r.meeting_id
            WHERE m.local_day = meeting_days.day AND m.client_id = meeting_days.client_id
        ), 0)
        """
    )
    restore_triggers(db)


@_step
def m011_growth_counts(db: Database) -> None:
    """Two more sums per local day and client for the Growth view, kept by triggers:
    how the intentions turned out, and the mirror's telling and asking phrases.

    ``intention_days``: per trait ("" for an intention without one) the intentions
    kept, partly kept, not kept and still open (``n``: all of them). Joining every
    intention to its reflection and meeting took ~50 ms on each change of the view.

    ``mirror_counts``: the phrases of one reflected meeting. Counting them reads its
    texts with the language rules in Python (~0.15 ms a meeting: seconds on every change
    of a large journal), so ``journal.mirror`` counts a meeting once, the first time a
    trend needs it, and keeps the counts here with the rule sets (``rules``: "en.1
    nl.1") and the language used when a text's own could not be told (``fallback``); a
    row made otherwise counts as missing. ``MIRROR_TRIGGERS`` delete a meeting's row
    when what it counts from changes (its notes, answers, reflection, day or client;
    the meeting itself: undo puts the meeting back without it, to be counted again),
    and keep ``mirror_days``, its sums per day, in step. The store never counts: it
    does not read language. Triggers, not ``ON DELETE CASCADE``, as for the
    transcripts."""
    db.execute(
        """
        CREATE TABLE intention_days (
            day TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            trait_id TEXT NOT NULL,
            yes INTEGER NOT NULL, partly INTEGER NOT NULL, no INTEGER NOT NULL,
            open INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (day, client_id, trait_id)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        f"""
        INSERT INTO intention_days
        SELECT m.local_day, m.client_id, {_KEPT_SUMS}
        FROM intentions i JOIN reflections r ON r.id = i.reflection_id
        JOIN meetings m ON m.id = r.meeting_id
        WHERE m.local_day IS NOT NULL
        GROUP BY m.local_day, m.client_id, coalesce(i.trait_id, '')
        """
    )
    db.execute(
        """
        CREATE TABLE mirror_counts (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
            day TEXT NOT NULL,
            client_id INTEGER NOT NULL,
            fallback TEXT NOT NULL,
            rules TEXT NOT NULL,
            telling INTEGER NOT NULL,
            asking INTEGER NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mirror_days (
            day TEXT NOT NULL,
            client_id INTEGER NOT NULL,
            fallback TEXT NOT NULL,
            rules TEXT NOT NULL,
            telling INTEGER NOT NULL,
            asking INTEGER NOT NULL,
            counted INTEGER NOT NULL,
            PRIMARY KEY (fallback, rules, day, client_id)
        ) WITHOUT ROWID
        """
    )
    for sql in [*INTENTION_DAY_TRIGGERS, *MIRROR_TRIGGERS]:
        db.execute(sql)


# Per trait of intentions ``i``: kept, partly, not, open, all (the order of the columns).
_KEPT_SUMS = (
    "coalesce(i.trait_id, '') AS trait_id, sum(i.kept IS 'yes') AS yes, "
    "sum(i.kept IS 'partly') AS partly, sum(i.kept IS 'no') AS no, "
    "sum(i.kept IS NULL) AS open, count(*) AS n"
)
_KEPT_COLUMNS = ("yes", "partly", "no", "open", "n")


def _kept_shift(source: str, sign: int) -> str:
    """Add (1) or take off (-1) what ``source`` (rows of day, client, trait and the
    sums) contributes to ``intention_days``; emptied rows are dropped."""
    return f"""
    INSERT INTO intention_days (day, client_id, trait_id, {", ".join(_KEPT_COLUMNS)})
    SELECT day, client_id, trait_id, {", ".join(f"{sign} * {c}" for c in _KEPT_COLUMNS)}
    FROM ({source}) WHERE day IS NOT NULL
    ON CONFLICT (day, client_id, trait_id) DO UPDATE SET
        {", ".join(f"{c} = {c} + excluded.{c}" for c in _KEPT_COLUMNS)};
    DELETE FROM intention_days WHERE n <= 0
      AND (day, client_id, trait_id) IN (SELECT day, client_id, trait_id FROM ({source}));
    """


def _one_intention(row: str) -> str:
    return f"""
    SELECT m.local_day AS day, m.client_id AS client_id,
           {_KEPT_SUMS.replace("i.", f"{row}.")}
    FROM reflections r JOIN meetings m ON m.id = r.meeting_id
    WHERE r.id = {row}.reflection_id
    """


def _intentions_of(where: str, day: str, client: str) -> str:
    """The intentions of the reflections ``where`` says, on ``day`` with ``client``."""
    return f"""
    SELECT {day} AS day, {client} AS client_id, {_KEPT_SUMS}
    FROM intentions i JOIN reflections r ON r.id = i.reflection_id
    WHERE {where} GROUP BY coalesce(i.trait_id, '')
    """


def _reflection_intentions(row: str) -> str:
    return _intentions_of(
        f"r.id = {row}.id",
        f"(SELECT local_day FROM meetings WHERE id = {row}.meeting_id)",
        f"(SELECT client_id FROM meetings WHERE id = {row}.meeting_id)",
    )


INTENTION_DAY_TRIGGERS = [
    f"""
    CREATE TRIGGER intention_days_intention_added AFTER INSERT ON intentions BEGIN
    {_kept_shift(_one_intention("NEW"), 1)}
    END
    """,
    f"""
    CREATE TRIGGER intention_days_intention_removed AFTER DELETE ON intentions BEGIN
    {_kept_shift(_one_intention("OLD"), -1)}
    END
    """,
    f"""
    CREATE TRIGGER intention_days_intention_changed
    AFTER UPDATE OF kept, trait_id, reflection_id ON intentions BEGIN
    {_kept_shift(_one_intention("OLD"), -1)}
    {_kept_shift(_one_intention("NEW"), 1)}
    END
    """,
    f"""
    CREATE TRIGGER intention_days_meeting_moved AFTER UPDATE OF local_day, client_id ON meetings
    WHEN NEW.local_day IS NOT OLD.local_day OR NEW.client_id IS NOT OLD.client_id BEGIN
    {_kept_shift(_intentions_of("r.meeting_id = OLD.id", "OLD.local_day", "OLD.client_id"), -1)}
    {_kept_shift(_intentions_of("r.meeting_id = NEW.id", "NEW.local_day", "NEW.client_id"), 1)}
    END
    """,
    f"""
    CREATE TRIGGER intention_days_reflection_moved AFTER UPDATE OF meeting_id ON reflections
    WHEN NEW.meeting_id IS NOT OLD.meeting_id BEGIN
    {_kept_shift(_reflection_intentions("OLD"), -1)}
    {_kept_shift(_reflection_intentions("NEW"), 1)}
    END
    """,
]

_MIRROR_FORGET = "DELETE FROM mirror_counts WHERE meeting_id = {meeting};"
_MIRROR_DAY = """
    INSERT INTO mirror_days (day, client_id, fallback, rules, telling, asking, counted)
    VALUES ({row}.day, {row}.client_id, {row}.fallback, {row}.rules,
            {sign} * {row}.telling, {sign} * {row}.asking, {sign})
    ON CONFLICT (fallback, rules, day, client_id) DO UPDATE SET
        telling = telling + excluded.telling, asking = asking + excluded.asking,
        counted = counted + excluded.counted;
"""
_MIRROR_DAY_EMPTIED = """
    DELETE FROM mirror_days WHERE counted <= 0 AND fallback = OLD.fallback
      AND rules = OLD.rules AND day = OLD.day AND client_id = OLD.client_id;
"""
MIRROR_TRIGGERS = [
    f"""
    CREATE TRIGGER mirror_days_counted AFTER INSERT ON mirror_counts BEGIN
    {_MIRROR_DAY.format(row="NEW", sign=1)}
    END
    """,
    f"""
    CREATE TRIGGER mirror_days_forgotten AFTER DELETE ON mirror_counts BEGIN
    {_MIRROR_DAY.format(row="OLD", sign=-1)}
    {_MIRROR_DAY_EMPTIED}
    END
    """,
    f"""
    CREATE TRIGGER mirror_days_recounted AFTER UPDATE ON mirror_counts BEGIN
    {_MIRROR_DAY.format(row="OLD", sign=-1)}
    {_MIRROR_DAY.format(row="NEW", sign=1)}
    {_MIRROR_DAY_EMPTIED}
    END
    """,
    f"""
    CREATE TRIGGER mirror_counts_meeting_changed
    AFTER UPDATE OF notes, local_day, client_id ON meetings BEGIN
    {_MIRROR_FORGET.format(meeting="OLD.id")}
    END
    """,
    f"""
    CREATE TRIGGER mirror_counts_meeting_removed BEFORE DELETE ON meetings BEGIN
    {_MIRROR_FORGET.format(meeting="OLD.id")}
    END
    """,
    f"""
    CREATE TRIGGER mirror_counts_reflection_changed
    AFTER UPDATE OF meeting_id ON reflections BEGIN
    {_MIRROR_FORGET.format(meeting="OLD.meeting_id")}
    END
    """,
    f"""
    CREATE TRIGGER mirror_counts_reflection_removed AFTER DELETE ON reflections BEGIN
    {_MIRROR_FORGET.format(meeting="OLD.meeting_id")}
    END
    """,
    *(
        f"""
    CREATE TRIGGER mirror_counts_answer_{name} AFTER {event} ON answers BEGIN
    {_MIRROR_FORGET.format(meeting=f"(SELECT meeting_id FROM reflections WHERE id = {row}.reflection_id)")}
    END
    """
        for name, event, row in (
            ("added", "INSERT", "NEW"),
            ("changed", "UPDATE", "OLD"),
            ("removed", "DELETE", "OLD"),
        )
    ),
]


def rebuild_search(db: Database) -> None:
    """Fill the search index again from the tables (after a migration or a bulk load)."""
    db.execute("DELETE FROM meeting_search")
    db.execute(_SEARCH_ADD.replace("WHERE m.id = {id}", "WHERE true"))


def search_index_damaged(conn: Any) -> bool:
    """Whether FTS5's own integrity check finds ``meeting_search`` damaged. SQLite 3.40's
    ``integrity_check`` does not look inside it, and FTS5 runs this check only on a
    connection that may write: inside a transaction (or savepoint) rolled back here, so
    nothing changes."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meeting_search'"
    ).fetchone():
        return False
    nested = conn.in_transaction
    conn.execute("SAVEPOINT search_check" if nested else "BEGIN")
    try:
        conn.execute("INSERT INTO meeting_search(meeting_search) VALUES ('integrity-check')")
    except Exception as exc:  # sqlite3.DatabaseError, or SQLCipher's
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 11:  # CORRUPT (CORRUPT_VTAB)
            return True
        raise
    finally:
        if nested:
            conn.execute("ROLLBACK TO search_check")
            conn.execute("RELEASE search_check")
        else:
            conn.execute("ROLLBACK")
    return False


def rebuild_search_index(conn: Any) -> None:
    """FTS5 builds ``meeting_search``'s index again from the rows it holds (a damaged
    index; the rows themselves are kept exact by the triggers)."""
    conn.execute("INSERT INTO meeting_search(meeting_search) VALUES ('rebuild')")


def restore_triggers(db: Database) -> None:
    """Create every trigger that is missing.

    sqlite-utils' ``table.transform()`` rebuilds a table and drops its triggers; a
    migration that transforms ``meetings``, ``answers``, ``reflections``, ``intentions``
    or ``clients`` must call this and ``rebuild_search()`` afterwards, or the day sums
    and the search index silently stop following the tables. ``apply()`` calls it after
    every run as a safety net.
    """
    existing = {
        row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    transcripts = _has_table(db, "transcripts")  # m009's trigger needs its table
    counts = _has_table(db, "mirror_counts")  # and m011's theirs
    for sql in [*_TRAIT_DAY_TRIGGERS, *_MEETING_DAY_TRIGGERS, *SEARCH_TRIGGERS,
                *(TRANSCRIPT_TRIGGERS if transcripts else []),
                *(INTENTION_DAY_TRIGGERS + MIRROR_TRIGGERS if counts else [])]:  # fmt: skip
        name = sql.split("CREATE TRIGGER", 1)[1].split()[0]
        if name not in existing and _has_table(db, _trigger_table(sql)):
            db.execute(sql)


def _trigger_table(sql: str) -> str:
    return sql.split(" ON ", 1)[1].split()[0]


def _has_table(db: Database, name: str) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        is not None
    )


KNOWN = [step.__name__ for step in STEPS]


def apply(db: Database) -> None:
    """Apply every pending step, each in its own transaction (sqlite-utils Migrations)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations(name=step.__name__)(step)
    migrations.apply(db)
    with db.atomic():
        restore_triggers(db)
