"""Export benchmark: a 100,000-meeting demo journal to JSON and to CSV (building the
bundle, formatting and writing the file), medians over --runs; the bare-window start-up
of the same run as the machine's reference.

    .venv/bin/python benchmarks/export.py [--runs 3] [--meetings 100000] [--data DIR] [--tagged]

``--data`` reuses a journal folder (filled with the demo when empty), which saves the
~16 s demo fill on repeated runs. ``--tagged`` first gives two in five meetings one to
three tags (a quarter of them naming a client) and most intentions a trait and a verdict,
as the demo has neither; it changes the folder, so give it a ``--data`` of its own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def export_once(journal, kind: str, target: Path, texts: bool) -> float:
    from journal.coach.export_bundle import ExportChoice, build
    from journal.coach.export_formats import to_csv, to_json
    from ui.coach.export_writer import write_file

    began = time.perf_counter()
    bundle = build(journal, ExportChoice(date(2000, 1, 1), date(2100, 1, 1), include_texts=texts))
    data = to_json(bundle) if kind == "json" else to_csv(bundle, journal.bank, "nl")
    write_file(target, data)
    return time.perf_counter() - began


def tag_and_settle(journal) -> None:
    """Tags on two in five meetings, traits and verdicts on most intentions, in bulk."""
    import random

    from journal.store.names import name_key

    rng = random.Random(7)
    clients = [c.name for c in journal.clients()]
    words = ["kick-off", "tender", "evaluatie", "offerte", "escalatie", "workshop", "review"]
    names = words + [f"{c} vervolg" for c in clients[:4]]
    traits = journal.bank.trait_ids()
    conn = journal.store.conn
    with journal.store.transaction():
        conn.execute("DELETE FROM meeting_tags")
        conn.execute("DELETE FROM tags")
        conn.executemany(
            "INSERT INTO tags (id, name, name_key) VALUES (?, ?, ?)",
            [(i, n, name_key(n)) for i, n in enumerate(names, 1)],
        )
        meeting_ids = [r[0] for r in conn.execute("SELECT id FROM meetings")]
        conn.executemany(
            "INSERT INTO meeting_tags (meeting_id, tag_id) VALUES (?, ?)",
            [
                (m, t)
                for m in meeting_ids
                if rng.random() < 0.4
                for t in rng.sample(range(1, len(names) + 1), rng.randint(1, 3))
            ],
        )
        intention_ids = [r[0] for r in conn.execute("SELECT id FROM intentions")]
        conn.executemany(
            "UPDATE intentions SET trait_id = ?, kept = ? WHERE id = ?",
            [
                (rng.choice(traits), rng.choice(("yes", "partly", "no", None)), i)
                for i in intention_ids
                if rng.random() < 0.8
            ],
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--data", type=Path)
    parser.add_argument("--tagged", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks.startup import start_once
    from journal.sample import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-export-"))
    data = args.data or scratch / "data"
    journal = Journal.open(data)
    if journal.count_meetings() == 0:
        demo.fill(journal, args.meetings, 1)
    if args.tagged:
        tag_and_settle(journal)
    meetings = journal.count_meetings()

    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
    bare, timings = [], {}
    for _ in range(args.runs):
        bare.append(start_once("bare", data, env)[0])
        for kind in ("json", "csv"):
            for texts in (False, True):
                target = scratch / f"export-{texts}.{kind}"
                timings.setdefault((kind, texts), []).append(
                    export_once(journal, kind, target, texts)
                )
    journal.close()

    print(f"runs: {args.runs}; journal: {meetings:,} meetings")
    print(f"{'measure':44} {'median':>8}  target")
    print(f"{'bare QMainWindow start-up (reference)':44} {statistics.median(bare):7.0f} ms")
    for (kind, texts), values in timings.items():
        label = f"{meetings:,} meetings to {kind.upper()}" + (" with texts" if texts else "")
        size = (scratch / f"export-{texts}.{kind}").stat().st_size / 1e6
        print(f"{label + f' ({size:.0f} MB)':44} {statistics.median(values):7.2f} s   < 5 s")


if __name__ == "__main__":
    main()
