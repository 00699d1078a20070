"""Client view benchmark on a large demo journal: opening the view for the client with
the most meetings, switching client, settling an intention, reloading, and the memory
the view adds. Each run is a fresh process (so loading the module and QtCharts counts);
medians over --runs. The bare-window start-up of the foundation benchmark is measured in
the same run as the reference.

    .venv/bin/python benchmarks/client_view.py [--runs 5] [--meetings 100000] [--data DIR]

``--data`` reuses a journal folder (filled with the demo when it has no journal yet),
which saves the ~30 s demo fill; its journal is copied first, so the folder is never
written to by the runs (they settle intentions).

"Opening" is from asking for the view (importing ``ui.meetings.client_view`` included) to its
first paint event (the client, its meetings and the selected one's reflection; the view
reads the rest right after), and to everything read and painted (``grab()``) with the
event loop idle (the bytecode cache is on, as for an installed app; a warm-up run first).
It is measured twice: with the main window open (as in the app) and in a process that opened
only the journal (nothing of the ui loaded yet). A "change" is from the action to the
same fully painted point.
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
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

class FirstPaint(QObject):
    painted = None
    def eventFilter(self, obj, event):
        if (self.painted is None and event.type() == QEvent.Type.Paint
                and type(obj).__name__ == "ClientView"):
            self.painted = time.perf_counter()
        return False

from journal.find.search import SearchFilters
from journal.service import Journal
journal = Journal.open(Path({data!r}))
clients = journal.clients()
counts = {{c.id: journal.search_count(SearchFilters(client_id=c.id)) for c in clients}}
busiest = max(clients, key=lambda c: counts[c.id])
window = None
if {with_window!r}:
    from ui.shell.main_window import MainWindow
    from ui.common.settings import Settings
    window = MainWindow(journal, Settings(), "en")
    window.resize(1280, 1000)
    window.show()
    app.processEvents()
    window.grab()
    settled = time.perf_counter()  # the window's own work after its first paint is done
    while time.perf_counter() - settled < 2:
        app.processEvents()
probe = FirstPaint()
app.installEventFilter(probe)
before = rss_mb()
began = time.perf_counter()
from ui.meetings.client_view import ClientView
view = ClientView(journal, "en", busiest.id, window)
view.setWindowFlag(Qt.WindowType.Window)
view.resize(1280, 840)
view.show()
while probe.painted is None and time.perf_counter() - began < 10:
    app.processEvents()
first_paint = (probe.painted - began) * 1000
while not view.is_loaded and time.perf_counter() - began < 10:
    app.processEvents()
view.grab()
app.processEvents()
result = {{
    "meetings": counts[busiest.id], "first_paint_ms": first_paint,
    "open_ms": (time.perf_counter() - began) * 1000,
}}

def timed(change, firsts=None):
    began = time.perf_counter()
    change()
    view.grab()
    if firsts is not None:
        firsts.append((time.perf_counter() - began) * 1000)
    while not view.is_loaded and time.perf_counter() - began < 10:  # a switch: the rest
        app.processEvents()
    view.grab()
    app.processEvents()  # what the event loop does next (the window's own repaint) counts too
    return (time.perf_counter() - began) * 1000

others = [view.picker.findData(c.id) for c in sorted(clients, key=lambda c: -counts[c.id])[1:4]]
result["switch_first_ms"] = []
result["switch_ms"] = [
    timed(lambda i=i: view.picker.setCurrentIndex(i), result["switch_first_ms"]) for i in others
]
timed(lambda: view.show_client(busiest.id))
result["settle_ms"] = [timed(lambda v=v: view.settle_selected(v)) for v in ("yes", "partly", "no")]
result["reload_ms"] = [timed(view.reload) for _ in range(3)]
result["memory_mb"] = rss_mb() - before
print(json.dumps(result), flush=True)
"""


def run_child(data: Path, env: dict[str, str], with_window: bool) -> dict:
    code = CHILD.format(root=str(ROOT), data=str(data), with_window=with_window)
    return common.run_child(code, env, "client view")


def copy_journal(source: Path, target: Path) -> None:
    from journal.store.paths import journal_file

    target.mkdir(parents=True)
    for suffix in ("", "-wal"):
        path = Path(str(journal_file(source)) + suffix)
        if path.exists():
            shutil.copyfile(path, Path(str(journal_file(target)) + suffix))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--data", type=Path, help="a journal folder to reuse (copied)")
    args = parser.parse_args()

    from benchmarks.startup import start_once
    from journal.sample import demo
    from journal.service import Journal
    from journal.store.paths import journal_file

    scratch = Path(tempfile.mkdtemp(prefix="aj-client-view-"))
    source = args.data or scratch / "demo"
    demo_s = None
    if not journal_file(source).exists():
        journal = Journal.open(source)
        began = time.perf_counter()
        demo.fill(journal, args.meetings, 1)
        demo_s = time.perf_counter() - began
        journal.close()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files

    data = scratch / "warm-up"
    copy_journal(source, data)
    start_once("bare", data, env)  # warm the file cache, write the bytecode cache
    run_child(data, env, True)
    shutil.rmtree(data, ignore_errors=True)
    runs: dict[bool, list[dict]] = {True: [], False: []}
    bare = []
    for run in range(args.runs):
        data = scratch / f"run-{run}"
        copy_journal(source, data)  # each run settles intentions: start from the same journal
        bare.append(start_once("bare", data, env)[0])
        for with_window in (True, False):
            runs[with_window].append(run_child(data, env, with_window))
        shutil.rmtree(data, ignore_errors=True)

    def values(key: str, with_window: bool = True) -> list[float]:
        found = [r[key] for r in runs[with_window]]
        return [v for item in found for v in (item if isinstance(item, list) else [item])]

    def median(key: str, with_window: bool = True) -> str:
        return f"{statistics.median(values(key, with_window)):.0f}"

    def worst(key: str) -> str:
        return f"{max(values(key)):.0f}"

    meetings = runs[True][0]["meetings"]
    n = args.runs
    rows = [
        ("demo journal", "reused (--data)" if demo_s is None else f"{args.meetings:,} meetings",
         "" if demo_s is None else f"{demo_s:.1f} s", ""),
        ("bare QMainWindow start-up (reference)", "median", f"{statistics.median(bare):.0f} ms", ""),
        (f"open, client with {meetings:,} meetings", "to first paint, main window open", f"{median('first_paint_ms')} ms", "< 200 ms"),
        ("", "to fully painted, main window open", f"{median('open_ms')} ms", ""),
        ("", "to first paint, nothing loaded", f"{median('first_paint_ms', False)} ms", ""),
        ("", "to fully painted, nothing loaded", f"{median('open_ms', False)} ms", ""),
        ("switch client (picker), next 3 busiest", f"to its meetings painted, median / worst of {3 * n}", f"{median('switch_first_ms')} / {worst('switch_first_ms')} ms", ""),
        ("", f"to everything painted, median / worst of {3 * n}", f"{median('switch_ms')} / {worst('switch_ms')} ms", ""),
        ("settle an intention (button)", f"median / worst of {3 * n}", f"{median('settle_ms')} / {worst('settle_ms')} ms", ""),
        ("reload (everything, at once)", f"median / worst of {3 * n}", f"{median('reload_ms')} / {worst('reload_ms')} ms", ""),
        ("memory added by the view", "median RSS growth", f"{median('memory_mb')} MB", ""),
    ]  # fmt: skip
    print(f"runs: {args.runs}; platform: {env['QT_QPA_PLATFORM']}")
    common.print_table(("measure", "case", "value", "target"), rows)
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
