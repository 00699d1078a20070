"""Report benchmark: a year of about 1,000 meetings to PDF, HTML and Markdown (building
the bundle, reading it back, the figures, the charts, the file written), medians over
--runs; the bare-window start-up of the same run as the machine's reference.

    .venv/bin/python benchmarks/report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QGuiApplication

    from benchmarks.startup import start_once
    from journal.coach.export_bundle import ExportChoice
    from journal.sample import demo
    from journal.service import Journal
    from ui.coach.export_writer import write_file
    from ui.coach.exports import export

    app = QGuiApplication([])  # noqa: F841  (fonts for the PDF)
    scratch = Path(tempfile.mkdtemp(prefix="aj-report-"))
    journal = Journal.open(scratch / "data")
    demo.fill(journal, 2000, 1)  # two years; the last one holds about 1,000 meetings
    today = journal.clock().astimezone().date()
    cases = [
        ("PDF", "pdf", False), ("PDF with texts", "pdf", True),
        ("HTML", "html", False), ("Markdown", "md", False),
    ]  # fmt: skip
    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
    bare, timings, sizes, meetings = [], {}, {}, 0
    for _ in range(args.runs):
        bare.append(start_once("bare", scratch / "data", env)[0])
        for label, kind, texts in cases:
            choice = ExportChoice(today - timedelta(days=365), today, include_texts=texts)
            began = time.perf_counter()
            data, bundle = export(journal, choice, kind, "en")
            target = scratch / f"report.{kind}"
            write_file(target, data)
            timings.setdefault(label, []).append(time.perf_counter() - began)
            sizes[label] = len(data)
            meetings = len(bundle["meetings"])
    journal.close()

    print(f"runs: {args.runs}; the last year of the demo journal: {meetings:,} meetings")
    print(f"{'measure':36} {'median':>8} {'worst':>8}  {'size':>8}  target")
    print(f"{'bare QMainWindow start-up (reference)':36} {statistics.median(bare):6.0f} ms")
    for label, values in timings.items():
        target = "< 2 s" if label.startswith("PDF") else ""
        print(
            f"{label:36} {statistics.median(values):7.2f} s {max(values):7.2f} s "
            f"{sizes[label] / 1000:6.0f} kB  {target}"
        )


if __name__ == "__main__":
    main()
