"""The search's SQL and its marks, on the roots alone: what ``search_store`` runs
through a ``Store``, and what ``advisor-journal search`` runs on its short way, on a
read-only connection (``journal/safety/quick_read.py``), without importing the store.

Queries are built from ``SearchFilters`` with placeholders only; the text goes through
``journal.find.query.parse`` first, so no typed character reaches FTS5's query syntax.
"""

from __future__ import annotations

import unicodedata
from collections import namedtuple
from functools import lru_cache

from journal.find.query import SearchFilters, TextQuery, parse

SNIPPET_WORDS = 12


class Marks(namedtuple("Marks", "title client snippet")):
    """One meeting's title and client with matched words marked, and the best snippet
    of its notes, answers or intention (empty when the match was elsewhere)."""

    __slots__ = ()


def every(filters: SearchFilters, typing: bool = True) -> tuple[TextQuery, str, list]:
    """The query for every matching meeting, newest first (every meeting for empty
    filters), with the texts to mark in the same rows: the text as parsed, the SQL and
    its parameters. A row: id, start (UTC, ISO), client, title, reflected, trust, then
    the indexed title, client, notes and texts (None when the meeting has no entry)."""
    query = parse(filters.text, typing)
    conditions, params = where(filters, query, drive_by_text=True)
    sql = f"""
        SELECT m.id, m.start_utc, c.name, m.title, r.id IS NOT NULL, r.trust,
               s.title, s.client, s.notes, s.texts {FROM}
        LEFT JOIN meeting_search s ON s.rowid = m.id
        WHERE {conditions}
        ORDER BY m.start_utc DESC, m.id DESC
        """
    return query, sql, params


def marks(query: TextQuery, title: str, client: str, notes: str, texts: str) -> Marks:
    """Matched words marked (``MARK_START`` … ``MARK_END``) in one meeting's indexed
    texts, for the window's list: its title, its client, and a snippet of its texts,
    else of its notes."""
    from journal.find.search import snippet  # with ``re``: not on the command line's way

    return Marks(
        _short(title, query),
        _short(client, query),
        snippet(texts, query, SNIPPET_WORDS) or snippet(notes, query, SNIPPET_WORDS),
    )


def shown(
    filters: SearchFilters, bold: str = "", end: str = "", records: bool = False
) -> tuple[str, list]:
    """The query ``advisor-journal search`` prints from: every matching meeting, newest
    first, as it is shown, with SQLite doing each row's work in C. A row: start (UTC,
    ISO), its local time as ``YYYY-MM-DD HH:MM`` (None outside 1970–2037, where SQLite
    only guesses a zone's rules: there the caller asks ``time.localtime``), client,
    title, snippet; for ``records`` (JSON) instead: id, start, client, title, reflected,
    trust, snippet.

    When the text has words, FTS5 marks them: in client and title every matched phrase
    between ``bold`` and ``end`` (its ``highlight()``; not in bold, the names as saved),
    and the snippet is its ``snippet()``: about ``SNIPPET_WORDS`` words around the best
    match in the texts (answers and intention), else in the notes, else "" (a match in
    title or client only), with "…" where words are left out. A phrase is marked whole
    (an e-mail address is one). Otherwise the snippet is None and client and title are
    as saved. Marker characters pasted into a text are still in it: the caller takes
    them out."""
    query = parse(filters.text, typing=False)
    if records:
        columns = "m.id, m.start_utc, {names}, r.id IS NOT NULL, r.trust, {snippet}"
    else:
        local = (  # as ``time.localtime`` gives it: SQLite asks the C library's too
            "CASE WHEN m.start_utc >= '1970-01-02' AND m.start_utc < '2037-12-31' "
            "THEN substr(datetime(m.start_utc, 'localtime'), 1, 16) END"  # 'YYYY-MM-DD HH:MM'
        )
        columns = f"m.start_utc, {local}, {{names}}, {{snippet}}"
    if not query.match:  # nothing for FTS5 (literals only, or every meeting)
        conditions, params = where(filters, query, drive_by_text=True)
        sql = f"""
            SELECT {columns.format(names="c.name, m.title", snippet="NULL")} {FROM}
            WHERE {conditions}
            ORDER BY m.start_utc DESC, m.id DESC
            """
        return sql, params
    conditions, params = where(filters, query._replace(match=""), drive_by_text=True)
    marks = [bold, end]
    names, before = "c.name, m.title", []  # not in bold: the names (the index has copies)
    if bold:
        names = "highlight(meeting_search, 1, ?, ?), highlight(meeting_search, 0, ?, ?)"
        before = marks * 2
    # A snippet from the first column with a match of any of the query's phrases: FTS5
    # limited to that column, once for the whole search (``IN`` keeps its rowids).
    # ``parse`` joins quoted phrases, which hold no white space, with " AND ". (bm25()
    # weighing that column alone, below 0 where it holds a match, costs less where most
    # matches are in the texts and more where they are in a client's name: two calls a row.)
    either = " OR ".join(query.match.split(" AND "))
    in_column = "s.rowid IN (SELECT rowid FROM meeting_search WHERE meeting_search MATCH ?)"
    snippet_of = f"snippet(meeting_search, {{}}, ?, ?, '…', {SNIPPET_WORDS})"
    snippet = f"""CASE WHEN {in_column} THEN {snippet_of.format(3)}
                       WHEN {in_column} THEN {snippet_of.format(2)} ELSE '' END"""
    before += [f"{{texts}} : ({either})", *marks, f"{{notes}} : ({either})", *marks]
    reflections = "LEFT JOIN reflections r ON r.meeting_id = m.id"
    sql = f"""
        SELECT {columns.format(names=names, snippet=snippet)}
        FROM meeting_search s
        JOIN meetings m ON m.id = s.rowid
        JOIN clients c ON c.id = m.client_id
        {reflections if records or "r." in conditions else ""}
        WHERE meeting_search MATCH ? AND {conditions}
        ORDER BY m.start_utc DESC, m.id DESC
        """
    return sql, [*before, query.match, *params]


@lru_cache(maxsize=1024)  # clients and many titles recur: each is marked once a search
def _short(text: str, query: TextQuery) -> str:
    from journal.find.search import highlight  # as in ``marks``

    return highlight(text, query)


FROM = """
    FROM meetings m
    JOIN clients c ON c.id = m.client_id
    LEFT JOIN reflections r ON r.meeting_id = m.id
"""
_ALL_TEXT = "title || ' ' || client || ' ' || notes || ' ' || texts"


def _is_text(literal: str) -> bool:
    try:
        literal.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def where(filters: SearchFilters, query: TextQuery, drive_by_text: bool) -> tuple[str, list]:
    """The WHERE clause and its parameters for everything the filters ask.

    ``drive_by_text``: SQLite starts from the matches; otherwise the unary ``+`` keeps it
    on the meetings' date (or client) index, checking each against the matches."""
    conditions: list[str] = []
    params: list = []
    if query.match:
        plus = "" if drive_by_text else "+"
        conditions.append(
            f"{plus}m.id IN (SELECT rowid FROM meeting_search WHERE meeting_search MATCH ?)"
        )
        params.append(query.match)
    for literal in query.literals:
        if not _is_text(literal):  # half an emoji pasted: no saved text can hold it
            conditions.append("0")
            continue
        # Texts are stored as typed, in either Unicode form ("≠" may be "=" + U+0338);
        # ``parse`` gives the literal composed (NFC), so look for its decomposed form too.
        forms = list(dict.fromkeys([literal, unicodedata.normalize("NFD", literal)]))
        in_text = " OR ".join(f"instr({_ALL_TEXT}, ?)" for _ in forms)
        conditions.append(f"m.id IN (SELECT rowid FROM meeting_search WHERE {in_text})")
        params.extend(forms)
    if filters.client_id is not None:
        conditions.append("m.client_id = ?")
        params.append(filters.client_id)
    if filters.day_from is not None:
        conditions.append("m.local_day >= ?")
        params.append(filters.day_from.isoformat())
    if filters.day_to is not None:
        conditions.append("m.local_day <= ?")
        params.append(filters.day_to.isoformat())
    if filters.reflected is not None:
        conditions.append("r.id IS NOT NULL" if filters.reflected else "r.id IS NULL")
    if filters.tag_id is not None:
        conditions.append("m.id IN (SELECT meeting_id FROM meeting_tags WHERE tag_id = ?)")
        params.append(filters.tag_id)
    _score_conditions(filters, conditions, params)
    return (" AND ".join(conditions) or "true"), params


def _score_conditions(filters: SearchFilters, conditions: list[str], params: list) -> None:
    """A trait: its answers in the reflection. A score range: the trait's mean 0–100
    value in the reflection, or without a trait the mean of all its answers."""
    trait = "AND trait_id = ?" if filters.trait_id else ""
    trait_params = [filters.trait_id] if filters.trait_id else []
    score = (
        f"SELECT avg(value) FROM answers WHERE reflection_id = r.id AND score IS NOT NULL {trait}"
    )
    if filters.score_min is not None:
        conditions.append(f"({score}) >= ?")
        params.extend([*trait_params, filters.score_min])
    if filters.score_max is not None:
        conditions.append(f"({score}) <= ?")
        params.extend([*trait_params, filters.score_max])
    if filters.trait_id and filters.score_min is None and filters.score_max is None:
        conditions.append(
            "EXISTS (SELECT 1 FROM answers WHERE reflection_id = r.id "
            "AND trait_id = ? AND score IS NOT NULL)"
        )
        params.append(filters.trait_id)
