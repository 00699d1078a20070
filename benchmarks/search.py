"""Search benchmark on a 100,000-meeting demo journal: searching as you type, from the
search box's text changing to the meeting list repainted, with and without filters.
Each run is a fresh process; the bare-window start-up is measured in the same run as
the reference (the machine is noisy).

    .venv/bin/python benchmarks/search.py [--runs 3] [--meetings 100000] [--data DIR]

A "search" is: set the box's text, run the search without the typing pause (the pause
is the app waiting for the next key, not work), repaint the list (``repaint()`` of its
viewport, which also marks the matched words of the rows on screen). The count in the
status bar comes after the list is drawn, and is reported on its own line. Every prefix of each query counts, as a person types it.
The list's viewport is fetched once before the timing: fetching it from Python the first
time makes PySide build some 40 enum classes to wrap it (~15 ms, inside the first search
of each run), a cost of the benchmark's own Python, not of the app, which never asks for
it while searching.

The comparison, timed right after each search in the same process: a bare FTS5 query
for the same first page (``MATCH`` + ``LIMIT 201``, newest first, joined to the
meetings and clients, the same expression the app builds from the typed text) on a
plain ``sqlite3`` connection to the same file, written the two ways one would by hand:
sorting the matches, or walking the meetings newest first and keeping those that match
(both give the same page; the quicker of the two counts, per text). The ratio of the
p95s is the target (≤ 2×). A prefix the app does not search yet (one letter) shows the
newest meetings: the bare query is then that page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import common  # noqa: E402

# Common and rare words, Dutch and English, a phrase, an e-mail address, operators.
QUERIES = ["klant", "gesprek planning", "budget", "installatietechniek", "jan@acme.nl",
           "de", "solutions", 'NOT "zorgen"', "ik schoot"]  # fmt: skip

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from journal.service import Journal
from ui.shell.main_window import MainWindow
from ui.common.settings import Settings
journal = Journal.open(Path({data!r}))
window = MainWindow(journal, Settings(), "en")
window.resize(1280, 800)
window.show()
settle = time.perf_counter() + 1.0  # what start-up defers to after the first paint
while time.perf_counter() < settle:
    app.processEvents()
bar = window.search
# The viewport fetched once, before timing: the first ``viewport()`` from Python makes
# PySide build some 40 enum classes to wrap it (~15 ms), which the app never does.
viewport = window.table.viewport()
counting = []
import sqlite3
from journal.find.search import parse
bare_db = sqlite3.connect("file:" + str(journal.path) + "?mode=ro", uri=True)
# Two ways to write the same first page by hand: sort the matches, or walk the meetings
# newest first (the date index) and keep those that match. Whichever is quicker for
# this text counts: sorting every match of a common word is what made the app look fast.
BARE_SORTED = (
    "SELECT m.id, m.start_utc, c.name, m.title FROM meeting_search "
    "JOIN meetings m ON m.id = meeting_search.rowid JOIN clients c ON c.id = m.client_id "
    "WHERE meeting_search MATCH ? ORDER BY m.start_utc DESC, m.id DESC LIMIT 201"
)
BARE_WALKED = (
    "SELECT m.id, m.start_utc, c.name, m.title FROM meetings m "
    "JOIN clients c ON c.id = m.client_id "
    "WHERE +m.id IN (SELECT rowid FROM meeting_search WHERE meeting_search MATCH ?) "
    "ORDER BY m.start_utc DESC, m.id DESC LIMIT 201"
)
# What the list shows while the text is not searched yet (one letter): the newest page.
BARE_ALL = (
    "SELECT m.id, m.start_utc, c.name, m.title FROM meetings m "
    "JOIN clients c ON c.id = m.client_id ORDER BY m.start_utc DESC, m.id DESC LIMIT 201"
)
bare = []

def bare_page(text):
    match = parse(text).match
    times, pages = [], []
    for sql in (BARE_SORTED, BARE_WALKED) if match else (BARE_ALL,):
        began = time.perf_counter()
        pages.append(bare_db.execute(sql, [match] if match else []).fetchall())
        times.append((time.perf_counter() - began) * 1000)
    assert pages[0] == pages[-1], text
    bare.append(min(times))

searched = []

def timed(change):
    began = time.perf_counter()
    change()
    bar.apply_now()
    searched.append((time.perf_counter() - began) * 1000)  # the model holds the page
    viewport.repaint()  # the list drawn anew, there and then
    listed = time.perf_counter()
    app.processEvents()  # the count in the status bar follows the list
    counting.append((time.perf_counter() - listed) * 1000)
    return (listed - began) * 1000

typing = []
for query in {queries!r}:
    for end in range(1, len(query) + 1):
        typing.append(timed(lambda q=query[:end]: bar.text.setText(q)))
        bare_page(query[:end])
typed_search = list(searched)
bar.filters_button.setChecked(True)
filtered = []
clients = [bar.client.itemData(i) for i in range(1, min(bar.client.count(), 4))]
for client_id in clients:
    for query in ("klant", "budget", "de"):
        def change(c=client_id, q=query):
            bar.client.setCurrentIndex(bar.client.findData(c))
            bar.trait.setCurrentIndex(1)
            bar.score_min.setValue(50)
            bar.text.setText(q)
        filtered.append(timed(change))
window.search.reset()
app.processEvents()
print(json.dumps({{"typing_ms": typing, "filtered_ms": filtered, "count_ms": counting,
                  "bare_ms": bare, "search_ms": typed_search}}),
      flush=True)
"""


def run_child(data: Path, env: dict[str, str]) -> dict:
    code = CHILD.format(root=str(ROOT), data=str(data), queries=QUERIES)
    return common.run_child(code, env, "search", timeout=600)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--data", type=Path, help="a journal folder to reuse (filled if empty)")
    args = parser.parse_args()

    from benchmarks.startup import start_once
    from journal.sample import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-search-"))
    data = args.data or scratch / "data"
    journal = Journal.open(data)
    demo_s = None
    if journal.count_meetings() == 0:
        began = time.perf_counter()
        demo.fill(journal, args.meetings, 1)
        demo_s = time.perf_counter() - began
    meetings = journal.count_meetings()
    journal.close()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")

    runs, bare = [], []
    for _ in range(args.runs):
        bare.append(start_once("bare", data, env)[0])
        runs.append(run_child(data, env))
    typing = [v for r in runs for v in r["typing_ms"]]
    filtered = [v for r in runs for v in r["filtered_ms"]]
    counting = [v for r in runs for v in r["count_ms"]]
    bare_fts = [v for r in runs for v in r["bare_ms"]]
    search_only = [v for r in runs for v in r["search_ms"]]

    def cells(values: list[float]) -> str:
        return (
            f"{statistics.median(values):.1f} / {percentile(values, 0.95):.1f} / "
            f"{max(values):.1f} ms"
        )

    rows = [
        ("demo journal", f"{meetings:,} meetings",
         f"filled in {demo_s:.1f} s" if demo_s else "reused", ""),
        ("bare QMainWindow start-up (reference)", "median", f"{statistics.median(bare):.0f} ms", ""),
        ("search as you type", f"p50 / p95 / worst of {len(typing)}", cells(typing), "p95 < 30 ms"),
        ("bare FTS5 MATCH + LIMIT, same first page (the quicker of sorted and walked)",
         f"p50 / p95 / worst of {len(bare_fts)}",
         cells(bare_fts), ""),
        ("  of which the search, to the model filled", f"p50 / p95 / worst of {len(search_only)}",
         cells(search_only), ""),
        ("search as you type / bare FTS5", "ratio of the p95s",
         f"{percentile(typing, 0.95) / percentile(bare_fts, 0.95):.1f}×", "≤ 2×"),
        ("  the search alone / bare FTS5", "ratio of the p95s",
         f"{percentile(search_only, 0.95) / percentile(bare_fts, 0.95):.1f}×", ""),
        ("search with client, trait and score", f"p50 / p95 / worst of {len(filtered)}",
         cells(filtered), "p95 < 30 ms"),
        ("then the count in the status bar", f"p50 / p95 / worst of {len(counting)}",
         cells(counting), ""),
    ]  # fmt: skip
    print(
        f"runs: {args.runs}; platform: {env['QT_QPA_PLATFORM']}; "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    common.print_table(("measure", "case", "value", "target"), rows)


if __name__ == "__main__":
    main()
