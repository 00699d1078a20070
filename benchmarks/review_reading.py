"""Reading a coach's summary: a valid summary of N meetings (made by
tests/data/bundles/hostile/make_bundles.py) through each stage of the review: the file
read, JSON parsed strictly, checked by our own code (and, for comparison, by the JSON
Schema validator the app used before), read back into a journal in memory, the report.
Then the review window reading it in the background: how long the window's thread went
without running (its longest gap between 20 ms timer ticks).

    .venv/bin/python benchmarks/review_reading.py [--meetings 10000] [--schema] [--window]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MAKER = ROOT / "tests" / "data" / "bundles" / "hostile" / "make_bundles.py"


def stages(path: Path, schema: bool) -> list[tuple[str, float]]:
    from journal.coach import bundle_journal, bundle_shape, json_input, report
    from journal.coach.bundle_reader import BUNDLE
    from journal.errors import BundleUnreadable
    from journal.reflect.bank import default_bank

    times = []

    def timed(label, work):
        began = time.perf_counter()
        result = work()
        times.append((label, time.perf_counter() - began))
        return result

    data = timed("read the file", path.read_bytes)
    document = timed("parse (strict JSON)", lambda: json_input.loads(data))
    timed("check (our own)", lambda: bundle_shape.check_bundle(
        document, bundle_shape.Check(path, BundleUnreadable)))  # fmt: skip
    if schema:
        from jsonschema import Draft202012Validator

        published = json.loads((ROOT / "resources" / "schemas" / BUNDLE.schema).read_text())
        validator = Draft202012Validator(published)
        timed("check (JSON Schema, before)", lambda: list(validator.iter_errors(document)))
    bank = default_bank()
    journal = timed("read back into memory", lambda: bundle_journal.load(document, bank))
    timed("report", lambda: report.build(document, journal))
    journal.close()
    return times


def window_gap(path: Path) -> tuple[float, float]:
    """(seconds to open, longest gap of the window's thread) reading ``path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journal.reflect.bank import default_bank
    from ui.coach.review_window import ReviewWindow
    from ui.common.settings import Settings

    app = QApplication.instance() or QApplication([])
    window = ReviewWindow(default_bank(), "en", Settings())
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done: list[int] = []
    window.files_read.connect(done.append)
    timer.start()
    began = time.perf_counter()
    window.open_files([path])
    while not done:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - began
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    window.close()
    return took, max(gaps, default=took)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--schema", action="store_true", help="also time the JSON Schema check")
    parser.add_argument("--window", action="store_true", help="also read it in the review window")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "summary.json"
        subprocess.run([sys.executable, str(MAKER), "--meetings", str(args.meetings), "--file",
                        str(path)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        print(f"a summary of {args.meetings:,} meetings, {path.stat().st_size / 2**20:.1f} MB")
        for label, seconds in stages(path, args.schema):
            print(f"  {label:32} {seconds:7.2f} s")
        if args.window:
            took, gap = window_gap(path)
            print(f"  {'review window: opened in':32} {took:7.2f} s")
            print(f"  {'longest the window waited':32} {gap:7.2f} s")


if __name__ == "__main__":
    main()
