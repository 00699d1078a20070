"""Foundation benchmark: start-up, saving a reflection, peak memory, demo generation.

Prints a table. Start-up and memory are compared with a bare PySide6 QMainWindow started
the same way in the same run (interleaved, median over --runs), because this machine is
noisy: the ratio is the figure that matters.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--meetings 10000] [--instructions]

"Start-up" is from spawning the process to the first paint event of the main window,
measured by the wall clock in both processes; "CPU" is the child's own user + system
time at that moment (steadier than the wall clock on a loaded machine); "peak memory" is
the child's max RSS at that moment. Qt runs on the offscreen platform unless
QT_QPA_PLATFORM says otherwise. ``--instructions`` also counts the instructions each
process runs to its first paint under valgrind's callgrind: the same count on a quiet and
a loaded machine, so two versions can be compared to a fraction of a percent.

The app starts as its console script starts it (``ui.cli.entry.main``), in its own
import order: the probe on its window is attached when the app imports the window's
module. The comparisons: a bare ``QMainWindow``; the window one would write by hand (a
``QTableView`` of the first 200 meetings read by ``sqlite3``); and that window once it
names anything in Qt's namespace (``Qt.AlignmentFlag``), which makes PySide build all of
the namespace's enum classes, as any real window does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
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
import importlib.abc, importlib.machinery, json, os, resource, sys, time
sys.path.insert(0, {root!r})


def first_paint_probe():
    # Made once PySide6 is imported, so the app imports in its own order. On the measured
    # window alone: a filter on the whole application sees every event of every object
    # in Python, which cost ~16% CPU and built enum classes of its own.
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                usage = resource.getrusage(resource.RUSAGE_SELF)
                cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
                print(json.dumps({{"painted_ns": time.time_ns(), "rss_kb": usage.ru_maxrss,
                                  "cpu_ms": cpu_ms}}), flush=True)
                os._exit(0)
            return False

    return FirstPaint()


probes = []  # kept referenced, or Python frees the filter


class WatchTheWindow(importlib.abc.MetaPathFinder):
    # Puts the probe on the app's main window when the app itself imports its module,
    # so the benchmark imports nothing before the app does.
    def find_spec(self, name, path, target=None):
        if name != "ui.shell.main_window":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            made = module.MainWindow.__init__

            def watched(self, *args, **kwargs):
                made(self, *args, **kwargs)
                probes.append(first_paint_probe())
                self.installEventFilter(probes[-1])

            module.MainWindow.__init__ = watched

        spec.loader.exec_module = exec_module
        return spec


mode = {mode!r}
if mode in ("bare", "table", "table_qt"):
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    probes.append(first_paint_probe())
    window.installEventFilter(probes[-1])
    if mode.startswith("table"):  # the window one would write by hand: 200 rows by sqlite3
        import sqlite3
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QTableView
        db = sqlite3.connect({database!r})
        rows = db.execute(
            "SELECT m.start_utc, c.name, m.title, r.id IS NOT NULL, r.trust FROM meetings m "
            "JOIN clients c ON c.id = m.client_id "
            "LEFT JOIN reflections r ON r.meeting_id = m.id "
            "ORDER BY m.start_utc DESC, m.id DESC LIMIT 200"
        ).fetchall()
        model = QStandardItemModel(len(rows), 5)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                model.setItem(row, column, QStandardItem("" if value is None else str(value)))
        table = QTableView()
        table.setModel(model)
        if mode == "table_qt":  # as soon as it names anything in Qt's namespace
            from PySide6.QtCore import Qt
            table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        window.setCentralWidget(table)
    window.resize(1000, 640)
    window.show()
    app.exec()
else:
    sys.meta_path.insert(0, WatchTheWindow())
    from ui.cli.entry import main  # what the console script runs
    sys.exit(main(["--data-dir", {data!r}]))
"""


def start_once(mode: str, data: Path, env: dict[str, str]) -> tuple[float, float, float]:
    code = CHILD.format(
        root=str(ROOT), mode=mode, data=str(data), database=str(data / "journal.sqlite3")
    )
    began = time.time_ns()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{mode} did not paint:\n{out.stderr}")
    result = json.loads(lines[-1])
    return (result["painted_ns"] - began) / 1e6, result["rss_kb"] / 1024, result["cpu_ms"]


def instructions(mode: str, data: Path, env: dict[str, str]) -> int | None:
    """Instructions the process runs to the first paint, counted by valgrind's callgrind:
    the same from one run to the next and on a loaded machine (None without valgrind)."""
    if shutil.which("valgrind") is None:
        return None
    code = CHILD.format(
        root=str(ROOT), mode=mode, data=str(data), database=str(data / "journal.sqlite3")
    )
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
        + ["-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    found = re.search(r"Collected : (\d+)", out.stderr)
    return int(found.group(1)) if found else None


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
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions to the first paint (valgrind; ~1 min)",
    )
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
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # time starting, not compiling
    modes = ("bare", "table", "table_qt", "app")
    start_one: dict[str, list[float]] = {mode: [] for mode in modes}
    memory: dict[str, list[float]] = {mode: [] for mode in modes}
    cpu: dict[str, list[float]] = {mode: [] for mode in modes}
    for mode in modes:  # warm the file cache, and write the bytecode
        start_once(mode, data, env)
    for _ in range(args.runs):
        for mode in modes:
            ms, mb, cpu_ms = start_once(mode, data, env)
            start_one[mode].append(ms)
            memory[mode].append(mb)
            cpu[mode].append(cpu_ms)

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
            "QMainWindow + QTableView, 200 rows by sqlite3",
            f"{table_ms:.0f} ms",
            f"{table_ms / bare_ms:.2f}× bare",
            "",
        )
    )
    rows.append(
        (
            "",
            f"app, {args.meetings:,} meetings",
            f"{app_ms:.0f} ms",
            f"{app_ms / bare_ms:.2f}× bare, {app_ms / table_ms:.2f}× table",
            "≤ 1.2× table",
        )
    )
    bare_cpu, table_cpu, table_qt_cpu, app_cpu = (statistics.median(cpu[m]) for m in modes)
    rows.append(("CPU to first paint (median)", "bare QMainWindow", f"{bare_cpu:.0f} ms", "", ""))
    rows.append(
        (
            "",
            "QMainWindow + QTableView",
            f"{table_cpu:.0f} ms",
            f"{table_cpu / bare_cpu:.2f}× bare",
            "",
        )
    )
    rows.append(
        (
            "",
            "the same, naming Qt's namespace (Qt.AlignmentFlag)",
            f"{table_qt_cpu:.0f} ms",
            f"{table_qt_cpu / table_cpu:.2f}× table",
            "",
        )
    )
    rows.append(
        (
            "",
            "app",
            f"{app_cpu:.0f} ms",
            f"{app_cpu / bare_cpu:.2f}× bare, {app_cpu / table_cpu:.2f}× table",
            "≤ 1.2× table",
        )
    )
    rows.append(("peak memory (median max RSS)", "bare QMainWindow", f"{bare_mb:.0f} MB", "", ""))
    rows.append(
        (
            "",
            "QMainWindow + QTableView",
            f"{table_mb:.0f} MB",
            f"{table_mb / bare_mb:.2f}× bare",
            "",
        )
    )
    rows.append(("", "app", f"{app_mb:.0f} MB", f"{app_mb / bare_mb:.2f}× bare", "≤ 1.5× bare"))
    rows.append(
        ("saving a reflection", f"p50 of {len(saves)}", f"{percentile(saves, 50):.2f} ms", "", "")
    )
    rows.append(("", f"p95 of {len(saves)}", f"{percentile(saves, 95):.2f} ms", "", "< 20 ms"))
    if args.instructions:
        counted = {mode: instructions(mode, data, env) for mode in modes}
        if None in counted.values():
            rows.append(("instructions to first paint", "valgrind not found", "", "", ""))
        else:
            table_ir = counted["table"]
            for mode, case in (
                ("bare", "bare QMainWindow"),
                ("table", "QMainWindow + QTableView"),
                ("table_qt", "the same, naming Qt's namespace"),
                ("app", "app"),
            ):
                rows.append(
                    (
                        "instructions to first paint" if mode == "bare" else "",
                        case,
                        f"{counted[mode] / 1e6:,.0f} M",
                        f"{counted[mode] / table_ir:.2f}× table",
                        "≤ 1.2× table" if mode == "app" else "",
                    )
                )
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
        f"runs: {args.runs} interleaved; platform: {env['QT_QPA_PLATFORM']}; python "
        f"{sys.version.split()[0]}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
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
