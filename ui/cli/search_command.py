"""``advisor-journal search``: the meetings that match, one line each (or JSON).

A search is over in a blink, so the process is mostly Python starting: this command
reads the journal through the store and the search module alone (not the service, which
brings every feature), in one query read as it goes, the texts to mark in its rows. ``benchmarks/search_cli.py``
compares it with a bare script running the same FTS5 query, and with jrnl.
"""

from __future__ import annotations

import json
import os
import sys
from argparse import Namespace
from pathlib import Path

from journal.errors import InvalidInput, NeedsPassphrase, NotAJournal
from journal.find import search_store
from journal.find.search import MARK_END, MARK_START, SearchFilters
from journal.store.paths import journal_file
from journal.store.storage import Store

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def search(folder: Path, args: Namespace) -> int:
    """Exit 0 when something was found, 1 when nothing was."""
    if args.first and args.last and args.last < args.first:
        print("advisor-journal: --to is before --from", file=sys.stderr)
        return 2
    store = _open(folder)
    try:
        client_id = None
        if args.client:
            client = store.client_by_name(args.client)
            if client is None:
                raise InvalidInput("clients", f"no such client: {args.client}")
            client_id = client.id
        filters = SearchFilters(
            text=args.query, client_id=client_id, day_from=args.first, day_to=args.last
        )
        found = _matches(store, filters)
    finally:
        store.close()
    try:
        if args.json:
            print(json.dumps([_record(*match) for match in found], ensure_ascii=False, indent=2))
        else:
            bold = sys.stdout.isatty()
            for meeting, marks in found:
                print(_line(meeting, marks, bold))
        sys.stdout.flush()
    except BrokenPipeError:  # `search … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0 if found else 1


def _open(folder: Path) -> Store:
    """The journal's store; an encrypted one as every command opens it."""
    from journal.safety.opening import open_store  # the safe opening every command has

    try:
        return open_store(journal_file(folder))
    except NeedsPassphrase:
        from ui.cli.data_commands import open_for_command  # the passphrase, if ever

        return open_for_command(folder).store


def _matches(store: Store, filters: SearchFilters) -> list:
    """Every match with its marks. A search that meets a damaged search index (FTS5 says
    so) builds it again from the journal and runs once more, as the window's does."""
    try:
        return list(search_store.every(store, filters, typing=False))
    except NotAJournal:
        if not search_store.repair_index(store):
            raise
    return list(search_store.every(store, filters, typing=False))


def _line(meeting, marks, bold: bool) -> str:
    day = meeting.start.astimezone().strftime("%Y-%m-%d %H:%M")
    snippet = _shown(marks.snippet, bold) if marks and marks.snippet else ""
    title = _shown(marks.title, bold) if marks else meeting.title
    client = _shown(marks.client, bold) if marks else meeting.client_name
    return "  ".join(part for part in (day, client, title, snippet) if part)


def _shown(marked: str, bold: bool) -> str:
    """Matched words in bold on a terminal, plain in a file or pipe."""
    start, end = (BOLD, PLAIN) if bold else ("", "")
    return " ".join(marked.replace(MARK_START, start).replace(MARK_END, end).split())


def _record(meeting, marks) -> dict:
    return {
        "id": meeting.id,
        "start": meeting.start.astimezone().isoformat(),
        "client": meeting.client_name,
        "title": meeting.title,
        "reflected": meeting.reflected,
        "trust": None if meeting.trust is None else round(meeting.trust, 2),
        "snippet": _shown(marks.snippet, False) if marks else "",
    }
