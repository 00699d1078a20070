"""Storage module for finding meetings: the full-text index (``meeting_search``, FTS5,
kept by triggers from migration m005) and the filters of the meeting list, through a
``Store``. The SQL itself and the marking are ``search_sql``'s, shared with the command
line's short way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from journal.find import search_sql
from journal.find.search import SearchFilters, TextQuery, parse
from journal.find.search_sql import FROM, Marks, where
from journal.model import MeetingSummary
from journal.store.storage import Store, from_db_time

# Up to how many matches a page sorts them; more, and it walks the meetings newest first.
# Sorting costs a lookup per match; walking, the meetings passed before a page of matches
# is found, about page × meetings / matches: even where the two cost the same, at about
# √(10 × meetings) matches (1,000 at 100,000 meetings: 695 matches sorted in ~3 ms,
# walked in ~5 ms; 1,886 sorted in ~8 ms, walked in ~3 ms). Never under a page.
FEW_MATCHES = 2000
FEW_MATCHES_AT_LEAST = 200
# ``search_sql.FROM`` without the reflection, and whether conditions need the reflection.
_MEETINGS = "FROM meetings m JOIN clients c ON c.id = m.client_id"
_REFLECTION = re.compile(r"\br\.")

__all__ = ["Marks", "count", "every", "marks", "page", "repair_index"]


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
    conditions, params = where(filters, query, drive_by_text=True)
    row = store.query_one(f"SELECT count(*) {FROM} WHERE {conditions}", params)
    return int(row[0])


def page(
    store: Store, filters: SearchFilters, offset: int, limit: int, typing: bool = True
) -> list[MeetingSummary]:
    """The matching meetings, newest first, ``limit`` rows from ``offset``."""
    query = parse(filters.text, typing)
    # Few matches: sort just those. Many: walk the meetings newest first and stop at
    # ``limit``, instead of sorting tens of thousands of matches.
    few = not query.match or not _more_matches(store, query, _few_matches(store))
    conditions, params = where(filters, query, drive_by_text=few)
    if _REFLECTION.search(conditions):  # a filter on the reflection: joined before the page
        sql = f"""
            SELECT m.id, m.start_utc, c.name, m.title, r.id IS NOT NULL, r.trust {FROM}
            WHERE {conditions}
            ORDER BY m.start_utc DESC, m.id DESC LIMIT ? OFFSET ?
            """
    else:  # the reflection looked up for the page's rows only, not for every match sorted
        sql = f"""
            SELECT p.id, p.start_utc, p.name, p.title, r.id IS NOT NULL, r.trust FROM (
                SELECT m.id, m.start_utc, c.name, m.title {_MEETINGS}
                WHERE {conditions}
                ORDER BY m.start_utc DESC, m.id DESC LIMIT ? OFFSET ?
            ) p
            LEFT JOIN reflections r ON r.meeting_id = p.id
            ORDER BY p.start_utc DESC, p.id DESC
            """
    rows = store.query(sql, [*params, limit, offset])
    return [MeetingSummary(r[0], from_db_time(r[1]), r[2], r[3], bool(r[4]), r[5]) for r in rows]


def every(
    store: Store, filters: SearchFilters, typing: bool = True
) -> Iterator[tuple[MeetingSummary, Marks | None]]:
    """Every matching meeting, newest first (every meeting for empty filters), with its
    marks (None when there are no words to mark): one query, read as it goes, the texts
    to mark in the same rows. Paging with ``OFFSET`` walked the skipped rows again for
    every page, and marking read the texts again by id."""
    query, sql, params = search_sql.every(filters, typing)
    marking = bool(query.words)
    for r in store.stream(sql, params):
        meeting = MeetingSummary(r[0], from_db_time(r[1]), r[2], r[3], bool(r[4]), r[5])
        found = marking and r[6] is not None
        yield meeting, search_sql.marks(query, *r[6:]) if found else None


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
        for meeting_id, *texts in rows:
            found[meeting_id] = search_sql.marks(query, *texts)
    return found


def _match_count(store: Store, query: TextQuery) -> int:
    row = store.query_one(
        "SELECT count(*) FROM meeting_search WHERE meeting_search MATCH ?", [query.match]
    )
    return int(row[0])


def _few_matches(store: Store) -> int:
    """``FEW_MATCHES`` for this journal's size (its highest meeting id: one look in the
    index, where counting would read every meeting)."""
    highest = store.query_one("SELECT max(id) FROM meetings")[0] or 0
    return min(FEW_MATCHES, max(FEW_MATCHES_AT_LEAST, math.isqrt(10 * highest)))


def _more_matches(store: Store, query: TextQuery, than: int) -> bool:
    """Whether more than ``than`` meetings match: the index walked no further than that
    (counting every match of a common word cost up to ~5 ms at 100k meetings)."""
    row = store.query_one(
        "SELECT count(*) FROM (SELECT 1 FROM meeting_search WHERE meeting_search MATCH ? LIMIT ?)",
        [query.match, than + 1],
    )
    return int(row[0]) > than
