"""Storage module for finding meetings: the full-text index (``meeting_search``, FTS5,
kept by triggers from migration m005) and the filters of the meeting list.

Queries are built from ``SearchFilters`` with placeholders only; the text goes through
``journal.find.search.parse`` first, so no typed character reaches FTS5's query syntax.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from journal.find.search import SearchFilters, TextQuery, highlight, parse, snippet
from journal.model import MeetingSummary
from journal.store.storage import Store, from_db_time

SNIPPET_WORDS = 12
FEW_MATCHES = 2000


@dataclass(frozen=True)
class Marks:
    """One meeting's title and client with matched words marked, and the best snippet
    of its notes, answers or intention (empty when the match was elsewhere)."""

    title: str
    client: str
    snippet: str


def repair_index(store: Store) -> bool:
    """Build the search index again when FTS5 finds it damaged; True when it was. Run
    when a search met damage: the journal's tables may be whole while the index is not
    (``advisor-journal check`` names it)."""
    from journal.store import migrations

    if store.read_only:
        return False
    with store.transaction():
        if not migrations.search_index_damaged(store.conn):
            return False
        migrations.rebuild_search_index(store.conn)
        return not migrations.search_index_damaged(store.conn)


def count(store: Store, filters: SearchFilters, typing: bool = True) -> int:
    query = parse(filters.text, typing)
    if filters == SearchFilters(text=filters.text) and not query.literals:
        if not query.match:
            return store.count_meetings()
        return _match_count(store, query)  # the index alone counts, ~10× quicker
    where, params = _where(filters, query, drive_by_text=True)
    row = store.query_one(f"SELECT count(*) {_FROM} WHERE {where}", params)
    return int(row[0])


def page(
    store: Store, filters: SearchFilters, offset: int, limit: int, typing: bool = True
) -> list[MeetingSummary]:
    """The matching meetings, newest first, ``limit`` rows from ``offset``."""
    query = parse(filters.text, typing)
    # Few matches: sort just those. Many: walk the meetings newest first and stop at
    # ``limit``, instead of sorting tens of thousands of matches.
    few = not query.match or _match_count(store, query) <= FEW_MATCHES
    where, params = _where(filters, query, drive_by_text=few)
    rows = store.query(
        f"""
        SELECT m.id, m.start_utc, c.name, m.title, r.id IS NOT NULL, r.trust {_FROM}
        WHERE {where}
        ORDER BY m.start_utc DESC, m.id DESC LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    )
    return [MeetingSummary(r[0], from_db_time(r[1]), r[2], r[3], bool(r[4]), r[5]) for r in rows]


def marks(
    store: Store, text: str, meeting_ids: Sequence[int], typing: bool = True
) -> dict[int, Marks]:
    """Matched words marked (``MARK_START`` … ``MARK_END``) for the meetings shown.

    Marked in Python on the indexed text: FTS5's own ``highlight()`` seeks through a
    common word's whole list for every row (~1 ms a row)."""
    query = parse(text, typing)
    if not query.words or not meeting_ids:
        return {}
    found: dict[int, Marks] = {}
    for start in range(0, len(meeting_ids), 500):  # SQLite's limit on variables
        chunk = [int(i) for i in meeting_ids[start : start + 500]]
        rows = store.query(
            "SELECT rowid, title, client, notes, texts FROM meeting_search "
            f"WHERE rowid IN ({', '.join('?' for _ in chunk)})",
            chunk,
        )
        for meeting_id, title, client, notes, texts in rows:
            found[meeting_id] = Marks(
                highlight(title, query),
                highlight(client, query),
                snippet(texts, query, SNIPPET_WORDS) or snippet(notes, query, SNIPPET_WORDS),
            )
    return found


def _match_count(store: Store, query: TextQuery) -> int:
    row = store.query_one(
        "SELECT count(*) FROM meeting_search WHERE meeting_search MATCH ?", [query.match]
    )
    return int(row[0])


_FROM = """
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


def _where(filters: SearchFilters, query: TextQuery, drive_by_text: bool) -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters for everything the filters ask.

    ``drive_by_text``: SQLite starts from the matches; otherwise the unary ``+`` keeps it
    on the meetings' date (or client) index, checking each against the matches."""
    conditions: list[str] = []
    params: list[Any] = []
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


def _score_conditions(filters: SearchFilters, conditions: list[str], params: list[Any]) -> None:
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
