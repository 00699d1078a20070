"""Opening the reflection dialog (Ctrl+N, or *Reflect now* on the prompt) on a large
journal: from asking for it to the dialog painted, the first time in a process (its
package is imported then) and again. The bare window's start-up, run interleaved in the
same run, is the reference (target: the first opening ≤ 0.5× it).

    .venv/bin/python benchmarks/reflection_dialog.py [--runs 5] [--meetings 100000] [--data DIR]

"Opening" is what ``MainWindow.run_reflection`` does before ``exec()`` (the dialog built
by ``Features.reflection_dialog``: questions chosen, the client list, the last
intention), then ``show()`` and the dialog drawn (``grab()``) and the event loop idle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
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
opened = []
for _ in range(4):
    began = time.perf_counter()
    dialog = window.features.reflection_dialog(None, None)
    dialog.show()
    dialog.grab()
    app.processEvents()
    opened.append((time.perf_counter() - began) * 1000)
    dialog.reject()
    dialog.deleteLater()
    app.processEvents()
print(json.dumps({{"first_ms": opened[0], "again_ms": opened[1:]}}), flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--data", type=Path, help="a journal folder to reuse (filled if empty)")
    args = parser.parse_args()

    from benchmarks.startup import start_once
    from journal.sample import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-reflect-"))
    data = args.data or scratch / "data"
    journal = Journal.open(data)
    if journal.count_meetings() == 0:
        demo.fill(journal, args.meetings, 1)
    meetings = journal.count_meetings()
    journal.close()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    bare, first, again = [], [], []
    load = [os.getloadavg()[0]]
    for _ in range(args.runs):
        bare.append(start_once("bare", data, env)[0])
        result = common.run_child(CHILD.format(root=str(ROOT), data=str(data)), env, "dialog")
        first.append(result["first_ms"])
        again.extend(result["again_ms"])
        load.append(os.getloadavg()[0])
    bare_ms = statistics.median(bare)
    rows = [
        ("bare QMainWindow start-up (reference)", f"{bare_ms:.0f} ms", "", ""),
        ("reflection dialog, first opening", f"{statistics.median(first):.0f} ms",
         f"{statistics.median(first) / bare_ms:.2f}× bare", "≤ 0.5× bare"),
        ("reflection dialog, opened again", f"{statistics.median(again):.0f} ms",
         f"{statistics.median(again) / bare_ms:.2f}× bare", ""),
    ]  # fmt: skip
    print(
        f"{meetings:,} meetings; {args.runs} runs, interleaved; medians; platform "
        f"{env['QT_QPA_PLATFORM']}; load average {min(load):.2f}–{max(load):.2f} on "
        f"{os.cpu_count()} CPUs"
    )
    common.print_table(("measure", "median", "ratio", "target"), rows)


if __name__ == "__main__":
    main()
