"""Child processes of ``test_encryption``: a passphrase change to be killed, and a
session that writes a marker word into an encrypted journal.

    python tests/journal/passphrase_child.py rewrite PATH OLD NEW
    python tests/journal/passphrase_child.py marker FOLDER PASSPHRASE MARKER

Passphrases are given as JSON (``null``: plain). ``rewrite`` prints ``go`` (flushed)
right before ``encryption.rewrite(PATH, OLD, NEW)`` and ``done SECONDS`` after it.
``marker`` opens (creates) the journal in FOLDER and puts MARKER in notes, open
answers, intentions, tags and a draft, searches for it, reads the growth view, makes a
backup and keeps a large sort open (with a tiny cache, so it would spill to a temporary
file if SQLite were allowed to), then prints one JSON line (``temp_store``, ``found``)
and waits for a line on stdin before it closes the journal and prints ``closed``.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def rewrite(path: str, old: str, new: str) -> None:
    from journal.safety import encryption

    print("go", flush=True)
    started = time.perf_counter()
    encryption.rewrite(Path(path), json.loads(old), json.loads(new))
    print(f"done {time.perf_counter() - started:.3f}", flush=True)


def marker(folder: str, passphrase: str, word: str) -> None:
    from journal.find.search import SearchFilters
    from journal.growth.aggregation import Granularity, Scope
    from journal.model import MeetingInput, ReflectionInput
    from journal.sample import demo
    from journal.service import Journal

    journal = Journal.open(Path(folder), passphrase=json.loads(passphrase))
    demo.fill(journal, 300)
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    for day in range(20):  # enough of it that a sort of the notes is more than a page
        journal.save(
            MeetingInput(
                "Gemeente Utrecht",
                f"Overleg {day}",
                start + timedelta(days=day),
                60,
                f"Notitie {day}: {word} " + "vertrouwelijk " * 400,
                (word,),
            ),
            ReflectionInput(
                {"listening.1": 4},
                {"open.happened": f"Het ging over {word}."},
                f"Volgende keer {word} eerst.",
                "listening",
            ),
        )
    journal.save_draft(None, {"notes": f"Nog niet bewaard: {word}"})
    found = journal.search_page(SearchFilters(text=word), 0, 100)
    journal.growth(Granularity.MONTH, Scope())
    journal.back_up("manual")
    journal.store.conn.execute("PRAGMA cache_size = 8")  # a sort that does not fit spills
    sorting = journal.store.conn.execute(
        "SELECT notes || title FROM meetings ORDER BY notes || title DESC"
    )
    sorting.fetchone()
    temp_store = journal.store.conn.execute("PRAGMA temp_store").fetchone()[0]
    print(json.dumps({"temp_store": temp_store, "found": len(found)}), flush=True)
    sys.stdin.readline()
    sorting.close()
    journal.close()
    print("closed", flush=True)


if __name__ == "__main__":
    {"rewrite": rewrite, "marker": marker}[sys.argv[1]](*sys.argv[2:])
