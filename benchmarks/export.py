"""Export benchmark: a 100,000-meeting demo journal to JSON and to CSV (building the
bundle, formatting and writing the file), medians over --runs; the bare-window start-up
of the same run as the machine's reference.

    .venv/bin/python benchmarks/export.py [--runs 3] [--meetings 100000] [--data DIR] [--tagged]
                                          [--real-names]

The comparison, run interleaved with the exports: SQLite itself building each meeting's
JSON (``json_object`` with ``json_group_array`` for its tags and answers, its trait
scores averaged, its trust and intention) in one query, and the lines written to a file:
the least a program can do to write the same meetings out. The ratio app / SQLite is
the target (≤ 1.5×). Each is timed on the clock and in this process's CPU time (both run
here), which a loaded machine disturbs less.

``--data`` reuses a journal folder (filled with the demo when empty), which saves the
~16 s demo fill on repeated runs. ``--tagged`` first gives two in five meetings one to
three tags (a quarter of them naming a client) and most intentions a trait and a verdict,
as the demo has neither; it changes the folder, so give it a ``--data`` of its own.
``--real-names`` adds the exports with real names and texts: the private exports'
pseudonyms are worked out in Python (once for each distinct name and text), and this
shows what that costs.
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


def export_once(
    journal, kind: str, target: Path, texts: bool, real_names: bool = False
) -> tuple[float, float]:
    """The app's own path (``ui.coach.exports.write``): the export checked, its names
    and texts worked out, SQLite's lines streamed into the atomic file. (Wall, CPU)
    seconds: this process's CPU time, which a loaded machine disturbs less."""
    from journal.coach.export_bundle import ExportChoice
    from ui.coach.exports import write

    began, cpu = time.perf_counter(), time.process_time()
    choice = ExportChoice(
        date(2000, 1, 1), date(2100, 1, 1), include_texts=texts, real_names=real_names
    )
    write(journal, choice, kind, "nl", target)
    return time.perf_counter() - began, time.process_time() - cpu


SQLITE_JSON = """
SELECT json_object(
  'id', m.id, 'title', m.title, 'client', c.name, 'start', m.start_utc,
  'minutes', m.duration_minutes,
  'tags', json((SELECT json_group_array(t.name) FROM meeting_tags mt
                JOIN tags t ON t.id = mt.tag_id WHERE mt.meeting_id = m.id)),
  'reflection', CASE WHEN r.id IS NOT NULL THEN json_object(
    'reflected_at', r.created_at,
    'answers', json((SELECT json_group_array(json_object(
        'question_id', a.question_id, 'trait_id', a.trait_id, 'score', a.score,
        'text', a.text)) FROM answers a WHERE a.reflection_id = r.id)),
    'trait_scores', json((SELECT json_group_object(trait_id, mean) FROM (
        SELECT a.trait_id, avg(a.value) AS mean FROM answers a
        WHERE a.reflection_id = r.id AND a.score IS NOT NULL GROUP BY a.trait_id))),
    'trust', json_object('credibility', r.credibility, 'reliability', r.reliability,
        'intimacy', r.intimacy, 'self_orientation', r.self_orientation,
        'composite', r.trust),
    'intention', i.text, 'intention_trait', i.trait_id, 'intention_kept', i.kept)
  END,
  'notes', m.notes)
FROM meetings m
JOIN clients c ON c.id = m.client_id
LEFT JOIN reflections r ON r.meeting_id = m.id
LEFT JOIN intentions i ON i.reflection_id = r.id
ORDER BY m.start_utc, m.id
"""


def sqlite_once(database: Path, target: Path) -> tuple[float, float]:
    """SQLite builds every meeting's JSON; Python only joins the lines and writes them.
    (Wall, CPU) seconds, as ``export_once``."""
    import sqlite3

    began, cpu = time.perf_counter(), time.process_time()
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    with target.open("w", encoding="utf-8") as out:
        out.write("[\n")
        out.write(",\n".join(row[0] for row in db.execute(SQLITE_JSON)))
        out.write("\n]\n")
    db.close()
    return time.perf_counter() - began, time.process_time() - cpu


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
    parser.add_argument("--real-names", action="store_true")
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
    bare, timings, sqlite_json = [], {}, []
    load = [os.getloadavg()[0]]
    for _ in range(args.runs):
        bare.append(start_once("bare", data, env)[0])
        sqlite_json.append(sqlite_once(journal.path, scratch / "sqlite.json"))
        for kind in ("json", "csv"):
            for texts, real in ((False, False), (True, False), (True, True)):
                if real and not args.real_names:
                    continue
                target = scratch / f"export-{texts}-{real}.{kind}"
                timings.setdefault((kind, texts, real), []).append(
                    export_once(journal, kind, target, texts, real)
                )
        load.append(os.getloadavg()[0])
    journal.close()

    from benchmarks import common

    reference = statistics.median(wall for wall, _ in sqlite_json)
    reference_cpu = statistics.median(cpu for _, cpu in sqlite_json)
    size = (scratch / "sqlite.json").stat().st_size / 1e6
    rows = [
        ("bare QMainWindow start-up (reference)", f"{statistics.median(bare):.0f} ms",
         "", "", "", ""),
        (f"SQLite builds each meeting's JSON, written ({size:.0f} MB)", f"{reference:.2f} s",
         "1.00", f"{reference_cpu:.2f} s", "1.00", ""),
    ]  # fmt: skip
    for (kind, texts, real), values in timings.items():
        label = f"{meetings:,} meetings to {kind.upper()}" + (" with texts" if texts else "")
        label += ", real names" if real else ""
        size = (scratch / f"export-{texts}-{real}.{kind}").stat().st_size / 1e6
        median = statistics.median(wall for wall, _ in values)
        cpu = statistics.median(cpu for _, cpu in values)
        rows.append(
            (f"{label} ({size:.0f} MB)", f"{median:.2f} s", f"{median / reference:.2f}",
             f"{cpu:.2f} s", f"{cpu / reference_cpu:.2f}", "≤ 1.5")
        )  # fmt: skip
    print(
        f"runs: {args.runs}, interleaved; journal: {meetings:,} meetings; medians; load "
        f"average {min(load):.2f}–{max(load):.2f} on {os.cpu_count()} CPUs"
    )
    common.print_table(("measure", "median", "/ SQLite", "CPU", "/ SQLite", "target"), rows)


if __name__ == "__main__":
    main()
