"""Foundation benchmark: start-up, saving a reflection, peak memory, demo generation.

Prints a table. Start-up and memory are compared with a bare PySide6 QMainWindow started
the same way in the same run (interleaved, median over --runs), because this machine is
noisy: the ratio is the figure that matters.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--meetings 10000]

"Start-up" is from spawning the process to the first paint event of the main window,
measured by the wall clock in both processes; "peak memory" is the child's max RSS at
that moment. Qt runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def __init__(self, kind):
        super().__init__()
        self.kind = kind
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, self.kind):
            rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(json.dumps({{"painted_ns": time.time_ns(), "rss_kb": rss_kb}}), flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv)
mode = {mode!r}
if mode == "table":  # a plain Qt window that, like ours, shows a table of text
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView
    probe = FirstPaint(QMainWindow)
    app.installEventFilter(probe)
    window = QMainWindow()
    model = QStandardItemModel(200, 5)
    for row in range(200):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"cell {{row}}/{{column}}"))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1000, 640)
    window.show()
    app.exec()
elif mode == "bare":
    probe = FirstPaint(QMainWindow)  # kept referenced, or Python frees the filter
    app.installEventFilter(probe)
    window = QMainWindow()
    window.resize(1000, 640)
    window.show()
    app.exec()
else:
    from ui.shell.main_window import MainWindow
    probe = FirstPaint(MainWindow)
    app.installEventFilter(probe)
    from ui.cli.main import main
    sys.exit(main(["--data-dir", {data!r}]))
"""


def start_once(mode: str, data: Path, env: dict[str, str]) -> tuple[float, float]:
    code = CHILD.format(root=str(ROOT), mode=mode, data=str(data))
    began = time.time_ns()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{mode} did not paint:\n{out.stderr}")
    result = json.loads(lines[-1])
    return (result["painted_ns"] - began) / 1e6, result["rss_kb"] / 1024


def save_timings(folder: Path, count: int) -> list[float]:
    from journal.model import MeetingInput, ReflectionInput
    from journal.service import Journal

    journal = Journal.open(folder)
    rng = random.Random(5)
    start = datetime.now(UTC) - timedelta(hours=2)
    timings = []
    for n in range(count):
        questions = journal.next_questions(rng)
        reflection = ReflectionInput(
            {q.id: rng.randint(1, 5) for q in questions},
            {"open.intended": "Scope afstemmen", "open.happened": "Goed gesprek " * 20},
            "Eerst vragen naar hun planning.",
        )
        meeting = MeetingInput("Gemeente Utrecht", f"Benchmark {n}", start, 60)
        began = time.perf_counter()
        journal.save(meeting, reflection)
        timings.append((time.perf_counter() - began) * 1000)
    journal.close()
    return timings


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--demo-100k", action="store_true", help="also time a 100,000-meeting demo")
    args = parser.parse_args()

    from journal.sample import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-bench-"))
    data = scratch / "data"
    journal = Journal.open(data)
    began = time.perf_counter()
    demo.fill(journal, args.meetings, 1)
    demo_seconds = time.perf_counter() - began
    journal.close()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # no saved geometry or language
    modes = ("bare", "table", "app")
    start_one: dict[str, list[float]] = {mode: [] for mode in modes}
    memory: dict[str, list[float]] = {mode: [] for mode in modes}
    start_once("bare", data, env)  # warm the file cache for both
    start_once("app", data, env)
    for _ in range(args.runs):
        for mode in modes:
            ms, mb = start_once(mode, data, env)
            start_one[mode].append(ms)
            memory[mode].append(mb)

    saves = save_timings(data, args.saves)
    rows = []
    bare_ms, app_ms = statistics.median(start_one["bare"]), statistics.median(start_one["app"])
    bare_mb, app_mb = statistics.median(memory["bare"]), statistics.median(memory["app"])
    table_ms, table_mb = statistics.median(start_one["table"]), statistics.median(memory["table"])
    rows.append(("demo journal", f"{args.meetings:,} meetings", f"{demo_seconds:.2f} s", "", ""))
    rows.append(
        ("start-up to first paint (median)", "bare QMainWindow", f"{bare_ms:.0f} ms", "", "")
    )
    rows.append(
        (
            "",
            "QMainWindow + QTableView",
            f"{table_ms:.0f} ms",
            f"{table_ms / bare_ms:.2f}×",
            "(reference)",
        )
    )
    rows.append(
        (
            "",
            f"app, {args.meetings:,} meetings",
            f"{app_ms:.0f} ms",
            f"{app_ms / bare_ms:.2f}×",
            "≤ 1.5×",
        )
    )
    rows.append(("peak memory (median max RSS)", "bare QMainWindow", f"{bare_mb:.0f} MB", "", ""))
    rows.append(
        ("", "QMainWindow + QTableView", f"{table_mb:.0f} MB", f"{table_mb / bare_mb:.2f}×", "")
    )
    rows.append(("", "app", f"{app_mb:.0f} MB", f"{app_mb / bare_mb:.2f}×", "< 1.5×"))
    rows.append(
        ("saving a reflection", f"p50 of {len(saves)}", f"{percentile(saves, 50):.2f} ms", "", "")
    )
    rows.append(("", f"p95 of {len(saves)}", f"{percentile(saves, 95):.2f} ms", "", "< 20 ms"))
    if args.demo_100k:
        big = Journal.open(scratch / "big")
        began = time.perf_counter()
        demo.fill(big, 100_000, 1)
        rows.append(
            (
                "demo journal",
                "100,000 meetings",
                f"{time.perf_counter() - began:.1f} s",
                "",
                "< 60 s",
            )
        )
        big.close()

    print(
        f"runs: {args.runs} interleaved; platform: {env['QT_QPA_PLATFORM']}; python {sys.version.split()[0]}"
    )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    header = ("measure", "case", "value", "ratio", "target")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, tuple("-" * w for w in widths), *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    print(
        "raw start-up ms:", json.dumps({k: [round(v) for v in vs] for k, vs in start_one.items()})
    )
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
