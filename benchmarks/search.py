"""Search benchmark on a 100,000-meeting demo journal: searching as you type, from the
search box's text changing to the meeting list repainted, with and without filters.
Each run is a fresh process; the bare-window start-up is measured in the same run as
the reference (the machine is noisy).

    .venv/bin/python benchmarks/search.py [--runs 3] [--meetings 100000] [--data DIR]

A "search" is: set the box's text, run the search without the typing pause (the pause
is the app waiting for the next key, not work), repaint the list (``repaint()`` of its
viewport, which also marks the matched words of the rows on screen). The count in the
status bar comes after the list is drawn, and is reported on its own line. Every prefix of each query counts, as a person types it.
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
counting = []

def timed(change):
    began = time.perf_counter()
    change()
    bar.apply_now()
    window.table.viewport().repaint()  # the list drawn anew, there and then
    listed = time.perf_counter()
    app.processEvents()  # the count in the status bar follows the list
    counting.append((time.perf_counter() - listed) * 1000)
    return (listed - began) * 1000

typing = []
for query in {queries!r}:
    for end in range(1, len(query) + 1):
        typing.append(timed(lambda q=query[:end]: bar.text.setText(q)))
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
print(json.dumps({{"typing_ms": typing, "filtered_ms": filtered, "count_ms": counting}}),
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
        ("search with client, trait and score", f"p50 / p95 / worst of {len(filtered)}",
         cells(filtered), "p95 < 30 ms"),
        ("then the count in the status bar", f"p50 / p95 / worst of {len(counting)}",
         cells(counting), ""),
    ]  # fmt: skip
    print(f"runs: {args.runs}; platform: {env['QT_QPA_PLATFORM']}")
    common.print_table(("measure", "case", "value", "target"), rows)


if __name__ == "__main__":
    main()
