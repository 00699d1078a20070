"""``advisor-journal search``: the meetings that match, one line each (or JSON).

A search is over in a blink, so the process is mostly Python starting. So it has a
short way, which ``ui/cli/entry.py`` takes before anything else is imported: the
search's arguments read here when given plainly, a read-only connection from
``journal/safety/quick_read.py``, and the query of ``journal/find/search_sql.py``
(``shown``: SQLite marks the words, makes the snippets and the local times, in C);
nothing of Qt, argparse, the log, the service or the other commands. When the short way
cannot answer (arguments not given plainly, ``--help``, a mistake, a journal the safe
opening has something to do for, an error of any kind), it has printed nothing and
answers None, and the whole command runs as every other does (``ui/cli/main.py``, whose
parser defines the arguments, the help and the errors): the safe opening, the log,
errors in words. Both ways print through the same functions below, from the same query.

``benchmarks/search_cli.py`` compares it with a bare script running the same FTS5
query, and with jrnl.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import date, datetime
from functools import lru_cache
from time import localtime, strftime
from types import SimpleNamespace

from journal.errors import InvalidInput, NeedsPassphrase, NotAJournal, UnknownHome
from journal.find import search_sql
from journal.find.query import MARK_END, MARK_START, SearchFilters
from journal.safety import quick_read
from journal.store import locations
from journal.store.names import name_key

TYPE_CHECKING = False  # as ``typing.TYPE_CHECKING``, without importing typing
if TYPE_CHECKING:  # (nor pathlib: its import costs a third of a search)
    from argparse import Namespace
    from pathlib import Path

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"
LINES_A_WRITE = 512

# -- the short way ---------------------------------------------------------------------

_VALUES = {"--client": "client", "--from": "first", "--to": "last"}  # options with a value


def quick(data_dir: str | None, argv: list[str]) -> int | None:
    """Answer ``advisor-journal [--data-dir DIR] search ARGV`` the short way, or None
    (having printed nothing) when the whole command must."""
    args = plain_arguments(argv)
    if args is None:
        return None
    try:
        folder = locations.data_folder(data_dir)
    except UnknownHome:  # the whole way words it
        return None
    conn = quick_read.read_only(locations.journal_path(folder))
    if conn is None:
        return None
    try:
        found = _found(conn.execute, args)
    except sqlite3.Error:  # a damaged index, or anything: the whole way says it
        return None
    finally:
        conn.close()
    return None if found is None else _print(found, args)


def plain_arguments(argv: list[str]) -> SimpleNamespace | None:
    """The search's arguments as the whole parser reads them, when they are given
    plainly: QUERY once (not starting with "-"), ``--client``, ``--from`` and ``--to``
    each with its value (next, or after "="; a value starting with "-" only after "="),
    ``--json``. None for anything else (``--help``, an abbreviation, "--", a date that
    is not one, ``--to`` before ``--from``): the whole parser decides those."""
    given: dict = {"query": None, "client": None, "first": None, "last": None, "json": False}
    rest = iter(argv)
    for arg in rest:
        name, equals, value = arg.partition("=")
        if arg == "--json":
            given["json"] = True
        elif name in _VALUES:
            if not equals:
                value = next(rest, None)
                if value is None or value.startswith("-"):
                    return None
            given[_VALUES[name]] = value
        elif arg.startswith("-") or given["query"] is not None:
            return None
        else:
            given["query"] = arg
    if given["query"] is None:
        return None
    try:
        for key in ("first", "last"):
            if given[key] is not None:
                given[key] = date.fromisoformat(given[key])
    except ValueError:
        return None
    if given["first"] and given["last"] and given["last"] < given["first"]:
        return None
    return SimpleNamespace(**given)


# -- the whole way (from ui/cli/main.py; what it imports, the short way never needs) --


def search(folder: Path, args: Namespace) -> int:
    """Exit 0 when something was found, 1 when nothing was."""
    if args.first and args.last and args.last < args.first:
        print("advisor-journal: --to is before --from", file=sys.stderr)
        return 2
    store = _open(folder)
    try:
        found = _matches(store, args)
        if found is None:
            raise InvalidInput("clients", f"no such client: {args.client}")
    finally:
        store.close()
    return _print(found, args)


def _open(folder: Path):
    """The journal's store, opened safely; an encrypted one as every command opens it."""
    from journal.safety.opening import open_store  # the safe opening every command has
    from journal.store.paths import journal_file

    try:
        return open_store(journal_file(folder))
    except NeedsPassphrase:
        from ui.cli.data_commands import open_for_command  # the passphrase, if ever

        return open_for_command(folder).store


def _matches(store, args) -> list | None:
    """A search that meets a damaged search index (FTS5 says so) builds it again from
    the journal and runs once more, as the window's does."""
    from journal.find import search_store

    try:
        return _found(store.stream, args)
    except NotAJournal:
        if not search_store.repair_index(store):
            raise
    return _found(store.stream, args)


# -- both ways -------------------------------------------------------------------------


def _found(read, args: Namespace) -> list | None:
    """Every match as ``search_sql.shown`` gives it, newest first, read with ``read``
    (SQL, parameters → rows); None when ``--client`` names no client."""
    client_id = None
    if args.client:
        rows = list(read("SELECT id FROM clients WHERE name_key = ?", [name_key(args.client)]))
        if not rows:
            return None
        client_id = rows[0][0]
    filters = SearchFilters(
        text=args.query, client_id=client_id, day_from=args.first, day_to=args.last
    )
    marks = (BOLD, PLAIN) if _bold(args) else ("", "")  # else FTS5 marks nothing
    sql, params = search_sql.shown(filters, *marks, records=args.json)
    return list(read(sql, params))


def _bold(args: Namespace) -> bool:
    """Matched words in bold: lines on a terminal."""
    return not args.json and sys.stdout.isatty()


def _print(found: list, args: Namespace) -> int:
    """Exit 0 when something was found, 1 when nothing was."""
    try:
        if args.json:
            import json

            print(json.dumps([_record(row) for row in found], ensure_ascii=False, indent=2))
        else:  # a write per line costs as much as making it; all lines in one, as
            # much memory again as the rows (100,000 meetings: +20 ms of the system's)
            for at in range(0, len(found), LINES_A_WRITE):
                sys.stdout.write("".join([_line(row) for row in found[at : at + LINES_A_WRITE]]))
        sys.stdout.flush()
    except BrokenPipeError:  # `search … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0 if found else 1


def _line(row) -> str:
    """A match's line: local time, client, title and (when the text has words) the
    snippet, two spaces apart, each on one line, without the parts that are empty."""
    start, when, client, title, snippet = row
    if when is None:  # outside 1970–2037: as ``astimezone()`` gives it (it asks localtime)
        when = strftime("%Y-%m-%d %H:%M", localtime(datetime.fromisoformat(start).timestamp()))
    if snippet is None:
        return "  ".join([part for part in (when, client, title) if part]) + "\n"
    client, title, snippet = _shown(client), _shown(title), _one_line(snippet)
    if client and title and snippet:  # most lines: one format, no list
        return f"{when}  {client}  {title}  {snippet}\n"
    return "  ".join([part for part in (when, client, title, snippet) if part]) + "\n"


def _one_line(text: str) -> str:
    """A part of a line: on one line, its runs of white space one space, without marker
    characters pasted into it (FTS5 marked it with the terminal's bold, or not at all)."""
    flat = text.replace("\n", " ").strip(" ")
    if flat.isprintable() and "  " not in flat:  # most: no other white space, no marker
        return flat  # (a few calls in C, where splitting makes a string of every word)
    return " ".join(text.replace(MARK_START, "").replace(MARK_END, "").split())


_shown = lru_cache(maxsize=4096)(_one_line)  # clients and many titles recur


def _record(row) -> dict:
    meeting_id, start, client, title, reflected, trust, snippet = row
    return {
        "id": meeting_id,
        "start": datetime.fromisoformat(start).astimezone().isoformat(),
        "client": client,
        "title": title,
        "reflected": bool(reflected),
        "trust": None if trust is None else round(trust, 2),
        "snippet": _one_line(snippet) if snippet else "",
    }
