"""Reading what an export needs, in bulk, with SQLite doing the work: each meeting of a
period (optionally of chosen clients) as its JSON object of the ``advisor-journal/1``
format, or its CSV lines, with its reflection's answers, trait scores, trust, intention
(trait and verdict) and tags, in start order; one query, streamed. A storage module: with
storage.py, aggregation.py and calendar_store.py, the only place with queries.

What SQLite cannot know comes in as SQL functions, each a look-up in what the caller
worked out beforehand from the few distinct values (``Lookups``): the words that may
leave for a title, a client, a tag or a text (``journal.coach.privacy`` is Python), and a
tag's place in the order of the words that leave. Local times are converted by SQLite
within the offsets ``journal.coach.local_offsets`` found. A value SQLite would not write
exactly as the export's Python did (a time stored in another form, a trait score that is
not a plain mean of the app's 0–100 values) goes to Python (``Fallbacks``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from journal.coach.export_formats import cell
from journal.coach.local_offsets import Offset
from journal.store.storage import Store

# The kinds of words ``names_in_order`` hands out.
TEXT, CLIENT, TAG = 0, 1, 2


@dataclass(frozen=True)
class Period:
    first: date
    last: date  # included
    client_ids: tuple[int, ...] = ()

    def where(self, by_key: bool = True) -> tuple[str, dict[str, Any]]:
        """The meetings of the period (``m``), and the parameters. ``by_key`` False:
        the same meetings, with no key to find them by (``+``), so that SQLite reads
        them in start order through the key on start."""
        plus = "" if by_key else "+"
        where = f"{plus}m.local_day BETWEEN :first AND :last"
        params: dict[str, Any] = {"first": self.first.isoformat(), "last": self.last.isoformat()}
        if self.client_ids:
            names = [f":client{i}" for i in range(len(self.client_ids))]
            where += f" AND {plus}m.client_id IN ({', '.join(names)})"
            params |= {name[1:]: i for name, i in zip(names, self.client_ids, strict=True)}
        return where, params


def client_ids(store: Store, names: tuple[str, ...]) -> dict[str, int | None]:
    """Each name's client id (None when the journal has no such client)."""
    found = {}
    for name in names:
        client = store.client_by_name(name)
        found[name] = client.id if client else None
    return found


def count(store: Store, period: Period) -> tuple[int, int]:
    """(meetings, of which reflected) in the period."""
    where, params = period.where()
    return tuple(
        store.query_one(
            f"""SELECT count(*), count(r.id) FROM meetings m
            LEFT JOIN reflections r ON r.meeting_id = m.id WHERE {where}""",
            params,
        )
    )


_PLAIN_TIME = "length({0}) = 25 AND substr({0}, 20) = '+00:00'"


def in_start_order(store: Store, meetings: int) -> bool:
    """Whether an export of ``meetings`` meetings reads them in start order among all
    of the journal's (``Shape.in_start_order``): when they are a tenth of them or
    more. Sorting the lines costs more than passing over the others then (100,000
    meetings: the same at about 2,000 of them; for all, 0.2 s CPU less)."""
    return meetings * 10 >= store.query_one("SELECT count(*) FROM meetings")[0]


def answered_traits(store: Store) -> set[str]:
    """Every trait an answer of the journal is about: a look in the key on the answers'
    trait for each (not a pass over every answer)."""
    traits: set[str] = set()
    sql = "SELECT min(trait_id) FROM answers WHERE trait_id > ?"
    found = store.query_one("SELECT min(trait_id) FROM answers")[0]
    while found is not None:
        traits.add(found)
        found = store.query_one(sql, [found])[0]
    return traits


def starts(store: Store) -> tuple[str, str] | None:
    """The journal's first and last meeting start, as stored (None: no meetings)."""
    row = store.query_one(
        "SELECT (SELECT min(start_utc) FROM meetings), (SELECT max(start_utc) FROM meetings)"
    )
    return None if row[0] is None else (row[0], row[1])


def names_in_order(
    store: Store, period: Period, texts: bool, names_a_client: Callable[[int, str], bool]
) -> Iterator[tuple[int, str]]:
    """The words that hand out the stand-ins "Client A", "Client B" …, once each, as
    (kind, text), in the order the export meets them first (meeting by meeting; in one:
    title, client, tags by name, answers, intention, notes): kind ``CLIENT`` every
    client's name, ``TAG`` a tag's and ``TEXT`` a title or (with ``texts``) an open
    answer, an intention or notes, when it names a client.

    ``names_a_client(kind, text)`` (Python, as the SQL function ``aj_names_a_client``)
    says so for each title, tag and text of the period: the others hand out no
    stand-in, so where they are met does not matter, and they are not put in order."""
    where, params = period.where()
    # Where each word is met: the meeting's start and id, then its part of the meeting;
    # ids written with as many digits each (they stay below 10^15), to compare as text.
    at = "m.start_utc || char(1) || (1000000000000000 + m.id) || {0}"
    names = "aj_names_a_client({0}, {1})"
    parts = [
        f"SELECT {TEXT} AS kind, m.title AS word, {at.format(0)} AS at FROM meetings m "
        f"WHERE {where} AND {names.format(TEXT, 'm.title')}",
        # A client is met first at its first meeting (the key on client and start).
        f"SELECT {CLIENT}, name, at FROM (SELECT c.name, (SELECT {at.format(1)} "
        f"FROM meetings m WHERE m.client_id = c.id AND {where} "
        "ORDER BY m.start_utc, m.id LIMIT 1) AS at FROM clients c) WHERE at IS NOT NULL",
        f"SELECT {TAG}, t.name, {at.format(2)} || t.name_key FROM meetings m "
        "JOIN meeting_tags mt ON mt.meeting_id = m.id JOIN tags t ON t.id = mt.tag_id "
        f"WHERE {where} AND {names.format(TAG, 't.name')}",
    ]
    if texts:
        # Answers and intentions through their meetings' key; for the whole journal, read
        # straight through instead (half the time: no look in three keys per answer).
        joins = (
            "{0} CROSS JOIN reflections r CROSS JOIN meetings m "
            if _whole(store, period)
            else "meetings m JOIN reflections r ON r.meeting_id = m.id JOIN {0} "
        )
        parts += [
            f"SELECT {TEXT}, a.text, {at.format(3)} || (1000000000000000 + a.id) FROM "
            + joins.format("answers a")
            + "WHERE r.id = a.reflection_id AND m.id = r.meeting_id "
            f"AND {where} AND NOT {_SCORED} AND a.text <> '' "
            f"AND {names.format(TEXT, 'a.text')}",
            f"SELECT {TEXT}, i.text, {at.format(4)} FROM "
            + joins.format("intentions i")
            + "WHERE r.id = i.reflection_id AND m.id = r.meeting_id "
            f"AND {where} AND i.text <> '' AND {names.format(TEXT, 'i.text')}",
            f"SELECT {TEXT}, m.notes, {at.format(5)} FROM meetings m "
            f"WHERE {where} AND m.notes <> '' AND {names.format(TEXT, 'm.notes')}",
        ]
    union = " UNION ALL ".join(parts)
    sql = f"SELECT kind, word FROM ({union}) GROUP BY kind, word ORDER BY min(at)"
    store.conn.create_function("aj_names_a_client", 2, names_a_client)
    try:
        yield from store.stream(sql, params)
    finally:
        store.conn.create_function("aj_names_a_client", 2, None)


def _whole(store: Store, period: Period) -> bool:
    """Whether ``period`` holds every meeting of the journal (two looks in a key)."""
    if period.client_ids:
        return False
    first, last = store.query_one(
        "SELECT (SELECT min(local_day) FROM meetings), (SELECT max(local_day) FROM meetings)"
    )
    return (
        first is not None and period.first.isoformat() <= first and last <= period.last.isoformat()
    )


@dataclass(frozen=True)
class Lookups:
    """What Python worked out for SQLite: the words that leave for each title, tag or
    text (``text``) and client name (``client``); a tag's place among them (``tag_order``)."""

    text: Callable[[str], str]
    client: Callable[[str], str]
    tag_order: Callable[[str], int]


@dataclass(frozen=True)
class Fallbacks:
    """Python's own conversions for what SQLite does not convert exactly alike."""

    local_minutes: Callable[[str], str]
    local_end: Callable[[str, Any], str]
    local_seconds: Callable[[str], str]
    round2: Callable[[float, int], float]


@dataclass(frozen=True)
class Shape:
    """What one export writes: the traits chosen, texts or not, and the local offsets
    over ``span`` (first, last: times as stored), within which SQLite converts times;
    and how SQLite reads the meetings of its JSON: ``in_start_order`` through the key
    on start, passing over those outside the period, or else found by their day and
    then sorted (the lines themselves: a few for a short period, the whole file for
    most of a journal). With ``every_trait_chosen`` (``answered_traits``) an answer's
    trait is not looked up among the chosen ones."""

    traits: tuple[str, ...]
    texts: bool
    offsets: list[Offset]
    span: tuple[str, str] | None
    in_start_order: bool = False
    every_trait_chosen: bool = False  # no answer of the journal is about a trait left out


_SCORED = "(a.score IS NOT NULL AND a.value IS NOT NULL)"  # a scored answer has both


def meetings_json(
    store: Store,
    period: Period,
    shape: Shape,
    lookups: Lookups,
    fallbacks: Fallbacks,
    batch: int = 1_000,
) -> Iterator[list[str]]:
    """Each meeting's JSON object, one line, in start order; a batch of them at a time."""
    read = period.where(by_key=False)[0] if shape.in_start_order else "{where}"
    # Each tag of the period as it leaves, worked out once (not once per meeting).
    sql = f"""
        WITH tag_word(id, word, place) AS MATERIALIZED (
            SELECT t.id, aj_text(t.name), aj_tag_order(t.name) FROM tags t
            WHERE t.id IN (SELECT mt.tag_id FROM meetings m
                JOIN meeting_tags mt ON mt.meeting_id = m.id WHERE {{where}}))
        SELECT {_meeting_object(shape)}
        {_FROM_MEETINGS} WHERE {read} ORDER BY m.start_utc, m.id"""
    for rows in _stream(store, period, shape, lookups, fallbacks, sql, {}, batch):
        yield [line for (line,) in rows]


def csv_lines(
    store: Store,
    period: Period,
    shape: Shape,
    lookups: Lookups,
    fallbacks: Fallbacks,
    cells: dict[str, str],
    batch: int = 1_000,
) -> Iterator[list[str | None]]:
    """The CSV lines of each reflected meeting (one per answer, each ending in CRLF;
    None for a reflection without answers that leave), in start order, a batch of
    meetings at a time. ``cells``:
    keys ``"q:" + question id`` and ``"t:" + trait id``, their text as the CSV cell
    of the chosen language (``journal.coach.export_formats.cell``)."""
    start = _local(shape, "m.start_utc", "%Y-%m-%dT%H:%M", "aj_local_minutes(m.start_utc)")
    # The meeting's cells, worked out once per meeting: one line per answer repeats them.
    sql = f"""
        WITH named(key, cell) AS MATERIALIZED (SELECT key, value FROM json_each(:cells)),
        {_csv_heads()},
        meeting(start_utc, id, reflection_id, cells) AS MATERIALIZED (
            SELECT m.start_utc, m.id, r.id,
                   replace(substr(local, 1, 16), 'T', ',') || ',' || m.id || ','
                   || aj_csv_text(m.title) || ',' || aj_csv_client(c.name) || ','
            FROM (SELECT m.*, {start} AS local FROM meetings m WHERE {{where}}) m
            JOIN clients c ON c.id = m.client_id
            JOIN reflections r ON r.meeting_id = m.id)
        SELECT (SELECT group_concat(line, '') FROM (
                  SELECT meeting.cells || {_csv_answer()} || char(13, 10) AS line
                  FROM answers a WHERE a.reflection_id = meeting.reflection_id
                  AND {_answer_leaves(shape)} ORDER BY a.id))
        FROM meeting ORDER BY meeting.start_utc, meeting.id"""
    params = {"cells": json.dumps(cells, ensure_ascii=False)}
    for rows in _stream(store, period, shape, lookups, fallbacks, sql, params, batch):
        yield [lines for (lines,) in rows]


def _stream(store, period, shape, lookups, fallbacks, sql, more, batch) -> Iterator[list[Any]]:
    where, params = period.where()
    params["traits"] = json.dumps(shape.traits)
    params |= more
    functions: dict[str, tuple[int, Callable[..., Any]]] = {
        "aj_text": (1, lookups.text),
        "aj_client": (1, lookups.client),
        "aj_tag_order": (1, lookups.tag_order),
        "aj_local_minutes": (1, fallbacks.local_minutes),
        "aj_local_end": (2, fallbacks.local_end),
        "aj_local_seconds": (1, fallbacks.local_seconds),
        "aj_round2": (2, fallbacks.round2),
        "aj_csv_text": (1, _remembered(lambda text: cell(lookups.text(text)))),
        "aj_csv_client": (1, _remembered(lambda name: cell(lookups.client(name)))),
    }
    for name, (arity, function) in functions.items():
        store.conn.create_function(name, arity, function, deterministic=True)
    try:
        yield from store.stream_batches(sql.replace("{where}", where), params, batch)
    finally:
        for name, (arity, _function) in functions.items():
            store.conn.create_function(name, arity, None)


def _remembered(function: Callable[[str], str]) -> Callable[[str], str]:
    """``function``, worked out once for each distinct argument (titles repeat)."""
    known: dict[str, str] = {}

    def remembered(argument: str) -> str:
        found = known.get(argument)
        if found is None:
            found = known[argument] = function(argument)
        return found

    return remembered


_FROM_MEETINGS = """
    FROM meetings m
    JOIN clients c ON c.id = m.client_id
    LEFT JOIN reflections r ON r.meeting_id = m.id
    LEFT JOIN intentions i ON i.reflection_id = r.id"""

_CHOSEN = "IN (SELECT value FROM json_each(:traits))"


def _answer_chosen(shape: Shape, trait: str = "a.trait_id") -> str:
    """A scored answer's ``trait`` is among the chosen: a look in them, unless every
    trait answered is (then a trait it has is one)."""
    return f"{trait} IS NOT NULL" if shape.every_trait_chosen else f"{trait} {_CHOSEN}"


def _meeting_object(shape: Shape) -> str:
    start = _local(shape, "m.start_utc", "%Y-%m-%dT%H:%M", "aj_local_minutes(m.start_utc)")
    end = _local(
        shape,
        "m.start_utc",
        "%Y-%m-%dT%H:%M",
        "aj_local_end(m.start_utc, m.duration_minutes)",
        also="typeof(m.duration_minutes) = 'integer'",
        more=", m.duration_minutes || ' minutes'",
    )
    # Tags as they leave: each once, in the order of the words that leave (most
    # meetings have none: a look in the key is all they cost).
    tags = """CASE WHEN EXISTS (SELECT 1 FROM meeting_tags mt WHERE mt.meeting_id = m.id)
        THEN json((SELECT json_group_array(word) FROM (
            SELECT DISTINCT tw.word, tw.place
            FROM meeting_tags mt JOIN tag_word tw ON tw.id = mt.tag_id
            WHERE mt.meeting_id = m.id ORDER BY tw.place)))
        ELSE json_array() END"""
    # No notes (most meetings) are "" without a call into Python.
    notes = (
        ", 'notes', CASE WHEN m.notes <> '' THEN aj_text(m.notes) ELSE '' END"
        if shape.texts
        else ""
    )
    return f"""json_object('id', m.id, 'title', aj_text(m.title), 'client', aj_client(c.name),
        'start', {start}, 'end', {end}, 'tags', {tags},
        'reflection', CASE WHEN r.id IS NOT NULL THEN {_reflection_object(shape)} END{notes})"""


def _reflection_object(shape: Shape) -> str:
    reflected = _local(shape, "r.updated_at", "%Y-%m-%dT%H:%M:%S", "aj_local_seconds(r.updated_at)")
    answer = f"""CASE WHEN {_SCORED}
        THEN json_object('question_id', a.question_id, 'trait_id', a.trait_id, 'score', a.score)
        ELSE json_object('question_id', a.question_id, 'trait_id', NULL, 'text', aj_text(a.text))
        END"""
    answers = f"""json((SELECT json_group_array({answer}) FROM answers a
        WHERE a.reflection_id = r.id AND {_answer_leaves(shape)} ORDER BY a.id))"""
    # A trait's score: the mean of its values rounded to 2 places, which SQLite writes
    # as Python did (``round``, ``repr``) when no exact tie can occur: a whole sum (the
    # app's values are 0, 25 … 100) over fewer than 8 answers is never one (that takes
    # 200 · sum / n odd, so 8 dividing n), nor within SQLite's error of one. Otherwise
    # Python rounds it (half to even).
    score = """CASE WHEN n < 8 AND total = CAST(total AS INTEGER) THEN round(total / n, 2)
        ELSE aj_round2(total, n) END"""
    grouped = f"""(SELECT json_group_object(trait_id, {score}) FROM (
        SELECT a.trait_id, sum(a.value) AS total, count(*) AS n, min(a.id) AS first
        FROM answers a WHERE a.reflection_id = r.id AND {_SCORED} AND {_answer_chosen(shape)}
        GROUP BY a.trait_id ORDER BY first))"""
    # Most reflections answer each trait once: then the scores are the values, in the
    # order of the answers (the key on reflection_id holds them in id order; the trait's
    # own key is kept out with "+"), without the two sorts above.
    single = f"""(SELECT CASE WHEN count(*) = count(DISTINCT a.trait_id)
            THEN json_group_object(a.trait_id, CASE
                WHEN a.value = CAST(a.value AS INTEGER) AND abs(a.value) < 1e15
                THEN a.value + 0.0 ELSE aj_round2(a.value, 1) END) END
        FROM answers a WHERE a.reflection_id = r.id AND {_SCORED}
            AND {_answer_chosen(shape, "+a.trait_id")})"""
    scores = f"json(coalesce({single}, {grouped}))"
    trust = """CASE WHEN round(r.credibility, 3) IS NOT NULL THEN json_object(
        'credibility', round(r.credibility, 3), 'reliability', round(r.reliability, 3),
        'intimacy', round(r.intimacy, 3), 'self_orientation', round(r.self_orientation, 3),
        'composite', round((r.credibility + r.reliability + r.intimacy) / r.self_orientation, 3))
        END"""
    intention = "aj_text(i.text)" if shape.texts else "NULL"
    common = f"""'reflected_at', {reflected}, 'answers', {answers},
        'trait_scores', {scores}, 'trust', {trust},
        'intention', CASE WHEN i.text <> '' THEN {intention} END"""
    # The verdict and its trait are there exactly when an intention was written.
    return f"""CASE WHEN i.text <> '' THEN json_object({common},
            'intention_trait', CASE WHEN i.trait_id {_CHOSEN} THEN i.trait_id END,
            'intention_kept', i.kept)
        ELSE json_object({common}) END"""


def _answer_leaves(shape: Shape) -> str:
    """A scored answer about a chosen trait; with texts, an open answer's words."""
    scored = f"({_SCORED} AND {_answer_chosen(shape)})"
    return f"({scored} OR (NOT {_SCORED} AND a.text <> ''))" if shape.texts else scored


def _csv_heads() -> str:
    """Each question's and each trait's two cells (id, then its text in the chosen
    language), made once: the answers repeat a few dozen of them."""
    return f"""
        question_head(id, cells) AS MATERIALIZED (
            SELECT q.question_id, {_sql_cell("q.question_id")} || ',' || coalesce(
                (SELECT cell FROM named WHERE key = 'q:' || q.question_id), '')
            FROM (SELECT DISTINCT question_id FROM answers) q),
        trait_head(id, cells) AS MATERIALIZED (
            SELECT t.trait_id, {_sql_cell("t.trait_id")} || ',' || coalesce(
                (SELECT cell FROM named WHERE key = 't:' || t.trait_id), '')
            FROM (SELECT DISTINCT trait_id FROM answers WHERE trait_id IS NOT NULL) t)"""


def _csv_answer() -> str:
    """trait_id, trait, question_id, question, score, text: as ``export_formats``."""
    question = "(SELECT cells FROM question_head WHERE id = a.question_id)"
    return f"""CASE WHEN {_SCORED}
        THEN (SELECT cells FROM trait_head WHERE id = a.trait_id) || ',' || {question}
            || ',' || a.score || ','
        ELSE ',,' || {question} || ',,' || aj_csv_text(a.text) END"""


def _sql_cell(column: str) -> str:
    """``column`` (text, not NULL) as the CSV cell ``export_formats.cell`` makes of it."""
    formula = "('=', '+', '-', '@')"
    safe = f"""CASE WHEN substr({column}, 1, 1) IN ('=', '+', '-', '@', char(9), char(13))
        OR substr(ltrim({column}, ' ' || char(9, 13, 10)), 1, 1) IN {formula}
        THEN '''' || {column} ELSE {column} END"""
    quoted = f"""instr({column}, ',') OR instr({column}, '"') OR instr({column}, char(10))
        OR instr({column}, char(13))"""
    return f"""CASE WHEN {quoted} THEN '"' || replace({safe}, '"', '""') || '"'
        ELSE {safe} END"""


def _local(
    shape: Shape, column: str, form: str, fallback: str, also: str = "", more: str = ""
) -> str:
    """``column``, a time as stored, as local time in ``form`` with its offset after it:
    SQLite within the span the offsets cover, Python (``fallback``) otherwise."""
    if shape.span is None or not shape.offsets:
        return fallback
    first, last = shape.span
    offset = _offset_at(column, shape.offsets)
    condition = (
        f"{_PLAIN_TIME.format(column)} AND {column} BETWEEN {_quote(first)} AND {_quote(last)}"
    )
    if also:
        condition += f" AND {also}"
    return f"""CASE WHEN {condition}
        THEN strftime('{form}', {column}, {offset}{more}) || {offset}
        ELSE {fallback} END"""


def _offset_at(column: str, offsets: list[Offset]) -> str:
    """The offset in force at ``column``: a binary search written out in SQL."""
    if len(offsets) == 1:
        return _quote(offsets[0].text)
    middle = len(offsets) // 2
    return (
        f"CASE WHEN {column} < {_quote(offsets[middle].since)} "
        f"THEN {_offset_at(column, offsets[:middle])} "
        f"ELSE {_offset_at(column, offsets[middle:])} END"
    )


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
