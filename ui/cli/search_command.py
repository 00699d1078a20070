"""``advisor-journal search``: the meetings that match, one line each (or JSON).

A search is over in a blink, so the process is mostly Python starting. So it has a
short way, which ``ui/cli/entry.py`` takes before anything else is imported: this
module's own parser, a read-only connection from ``journal/safety/quick_read.py``, and
the SQL and marks of ``journal/find/search_sql.py``; nothing of Qt, the log, the service
or the other commands. When the short way cannot answer (arguments it does not take as
given, ``--help``, a journal the safe opening has something to do for, an error of any
kind), it has printed nothing and answers None, and the whole command runs as every
other does (``ui/cli/main.py``): the safe opening, the log, errors in words. Both ways
print through the same functions below, from the same query.

``benchmarks/search_cli.py`` compares it with a bare script running the same FTS5
query, and with jrnl.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from journal.find import search_sql
from journal.find.search import MARK_END, MARK_START, SearchFilters
from journal.safety import quick_read
from journal.store import paths
from journal.store.names import name_key
from ui.cli.arguments import day

HELP = "find meetings by what you wrote (titles, clients, answers, intentions, notes)"
DESCRIPTION = (
    "Print one line per meeting that has every word of QUERY (in any case, with or "
    "without accents): date, client, title and where it was found. Exit 0 when something "
    "was found, 1 when nothing was."
)
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def add_parser(commands) -> None:
    """``search`` among the commands of the whole parser (``ui/cli/main.py``)."""
    _add_arguments(commands.add_parser("search", help=HELP, description=DESCRIPTION))


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY", help='the words to find ("" for every meeting)')
    parser.add_argument("--client", metavar="NAME", help="only meetings with this client")
    parser.add_argument("--from", dest="first", type=day, metavar="DATE", help="first day")
    parser.add_argument("--to", dest="last", type=day, metavar="DATE", help="last day")
    parser.add_argument("--json", action="store_true", help="a JSON list instead of lines")


# -- the short way ---------------------------------------------------------------------


class _NotForTheShortWay(Exception):
    pass


class _ShortParser(argparse.ArgumentParser):
    """The search's own arguments, without ``--help``; where the whole parser would
    print an error or the help, this one gives up instead (then the whole one runs)."""

    def error(self, message: str):
        raise _NotForTheShortWay(message)


def quick(data_dir: str | None, argv: list[str]) -> int | None:
    """Answer ``advisor-journal [--data-dir DIR] search ARGV`` the short way, or None
    (having printed nothing) when the whole command must."""
    parser = _ShortParser(prog="advisor-journal search", add_help=False)
    _add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except _NotForTheShortWay:
        return None
    if args.first and args.last and args.last < args.first:
        return None
    conn = quick_read.read_only(paths.journal_file(paths.data_dir(data_dir)))
    if conn is None:
        return None
    try:
        found = _found(conn.execute, args)
    except sqlite3.Error:  # a damaged index, or anything: the whole way says it
        return None
    finally:
        conn.close()
    return None if found is None else _print(found, args)


# -- the whole way ---------------------------------------------------------------------


def search(folder: Path, args: argparse.Namespace) -> int:
    """Exit 0 when something was found, 1 when nothing was."""
    from journal.errors import InvalidInput

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
    from journal.errors import NeedsPassphrase
    from journal.safety.opening import open_store  # the safe opening every command has

    try:
        return open_store(paths.journal_file(folder))
    except NeedsPassphrase:
        from ui.cli.data_commands import open_for_command  # the passphrase, if ever

        return open_for_command(folder).store


def _matches(store, args) -> list | None:
    """A search that meets a damaged search index (FTS5 says so) builds it again from
    the journal and runs once more, as the window's does."""
    from journal.errors import NotAJournal
    from journal.find import search_store

    try:
        return _found(store.stream, args)
    except NotAJournal:
        if not search_store.repair_index(store):
            raise
    return _found(store.stream, args)


# -- both ways -------------------------------------------------------------------------


def _found(read, args: argparse.Namespace) -> list | None:
    """Every match (its row, and its marks or None), newest first, read with ``read``
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
    query, sql, params = search_sql.every(filters, typing=False)
    marking = bool(query.words)
    return [
        (row, search_sql.marks(query, *row[6:]) if marking and row[6] is not None else None)
        for row in read(sql, params)
    ]


def _print(found: list, args: argparse.Namespace) -> int:
    """Exit 0 when something was found, 1 when nothing was."""
    try:
        if args.json:
            import json

            print(json.dumps([_record(*match) for match in found], ensure_ascii=False, indent=2))
        else:
            bold = sys.stdout.isatty()
            for row, marks in found:
                print(_line(row, marks, bold))
        sys.stdout.flush()
    except BrokenPipeError:  # `search … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0 if found else 1


def _line(row, marks, bold: bool) -> str:
    start, client, title = row[1], row[2], row[3]
    when = datetime.fromisoformat(start).astimezone().strftime("%Y-%m-%d %H:%M")
    snippet = _shown(marks.snippet, bold) if marks and marks.snippet else ""
    title = _shown(marks.title, bold) if marks else title
    client = _shown(marks.client, bold) if marks else client
    return "  ".join(part for part in (when, client, title, snippet) if part)


def _shown(marked: str, bold: bool) -> str:
    """Matched words in bold on a terminal, plain in a file or pipe."""
    start, end = (BOLD, PLAIN) if bold else ("", "")
    return " ".join(marked.replace(MARK_START, start).replace(MARK_END, end).split())


def _record(row, marks) -> dict:
    meeting_id, start, client, title, reflected, trust = row[:6]
    return {
        "id": meeting_id,
        "start": datetime.fromisoformat(start).astimezone().isoformat(),
        "client": client,
        "title": title,
        "reflected": bool(reflected),
        "trust": None if trust is None else round(trust, 2),
        "snippet": _shown(marks.snippet, False) if marks else "",
    }
