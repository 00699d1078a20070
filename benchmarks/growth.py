"""Growth view benchmark on a large demo journal: opening the view, changing the period,
the traits and the client, and the memory it adds. Each run is a fresh process (so loading
QtCharts counts); medians over --runs. The bare-window start-up of the foundation
benchmark is measured in the same run as the reference.

    .venv/bin/python benchmarks/growth.py [--runs 5] [--meetings 100000] [--data DIR]

The changes are also given as a ratio to the bare window's start-up of the same run
(medians; target ≤ 1×). ``--data`` reuses a journal folder (filled when empty).

"Opening" is from asking for the Growth tab to the tab fully painted (``grab()``) and
the event loop idle, once what the start puts off until after the first paint has run
(``ui/shell/after_paint.py``: the calendar, backups …, about 0.6 s on a 100,000-meeting
journal, which the opening used to be timed with); a "change" is from setting a filter
to the same point. The memory the view adds is counted from that moment too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import common  # noqa: E402

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

from journal.service import Journal
from ui.shell.main_window import MainWindow
from ui.common.settings import Settings
journal = Journal.open(Path({data!r}))
window = MainWindow(journal, Settings(), "en")
window.resize(1280, 1000)
window.show()
app.processEvents()
window.grab()
settle = time.perf_counter() + 1.5  # what start-up defers until after the first paint
while time.perf_counter() < settle:
    app.processEvents()
before = rss_mb()
began = time.perf_counter()
window.show_growth()
view = window.growth_view
view.grab()
app.processEvents()
result = {{"open_ms": (time.perf_counter() - began) * 1000}}

def timed(change):
    began = time.perf_counter()
    change()
    view.grab()
    app.processEvents()  # what the event loop does next (the window's own repaint) counts too
    return (time.perf_counter() - began) * 1000

result["period_ms"] = [
    timed(lambda key=key: view.period.setCurrentIndex(view.period.findData(key)))
    for key in ("quarter", "all", "month", "year")
]
actions = list(view.trait_actions.values())
result["trait_ms"] = [timed(lambda a=a: a.setChecked(not a.isChecked())) for a in actions[:4]]
result["client_ms"] = [timed(lambda i=i: view.client.setCurrentIndex(i)) for i in (1, 2, 3, 0)]
result["memory_mb"] = rss_mb() - before
print(json.dumps(result), flush=True)
"""


def run_child(data: Path, env: dict[str, str]) -> dict:
    code = CHILD.format(root=str(ROOT), data=str(data))
    return common.run_child(code, env, "growth")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--data", type=Path, help="a journal folder to reuse (filled if empty)")
    args = parser.parse_args()

    from benchmarks.startup import start_once
    from journal.sample import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-growth-"))
    data = args.data or scratch / "data"
    journal = Journal.open(data)
    began = time.perf_counter()
    if journal.count_meetings() == 0:
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

    def median(key: str) -> float:
        values = [r[key] for r in runs]
        flat = [v for item in values for v in (item if isinstance(item, list) else [item])]
        return statistics.median(flat)

    def worst(key: str) -> float:
        return max(v for r in runs for v in r[key])

    bare_ms = statistics.median(bare)

    def ratio(key: str) -> str:
        return f"{median(key) / bare_ms:.2f}× bare"

    rows = [
        ("demo journal", f"{meetings:,} meetings", f"{demo_s:.1f} s", ""),
        ("bare QMainWindow start-up (reference)", "median", f"{statistics.median(bare):.0f} ms", ""),
        ("open the Growth view", "median", f"{median('open_ms'):.0f} ms", "< 300 ms"),
        ("change period", f"median / worst of {4 * len(runs)}", f"{median('period_ms'):.0f} / {worst('period_ms'):.0f} ms", "< 100 ms"),
        ("change traits", f"median / worst of {4 * len(runs)}", f"{median('trait_ms'):.0f} / {worst('trait_ms'):.0f} ms", "< 100 ms"),
        ("change client", f"median / worst of {4 * len(runs)}", f"{median('client_ms'):.0f} / {worst('client_ms'):.0f} ms", "< 100 ms"),
        ("change period / bare start-up", "ratio of medians", ratio("period_ms"), "≤ 1×"),
        ("change client / bare start-up", "ratio of medians", ratio("client_ms"), "≤ 1×"),
        ("memory added by the view", "median RSS growth", f"{median('memory_mb'):.0f} MB", "< 50 MB"),
    ]  # fmt: skip
    print(
        f"runs: {args.runs}, interleaved; platform: {env['QT_QPA_PLATFORM']}; "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    common.print_table(("measure", "case", "value", "target"), rows)
    shutil.rmtree(scratch, ignore_errors=True)  # a --data folder is left as it was


if __name__ == "__main__":
    main()
