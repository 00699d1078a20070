"""Export benchmark: a 100,000-meeting demo journal to JSON and to CSV (building the
bundle, formatting and writing the file), medians over --runs; the bare-window start-up
of the same run as the machine's reference.

    .venv/bin/python benchmarks/export.py [--runs 3] [--meetings 100000] [--data DIR]

``--data`` reuses a journal folder (filled with the demo when empty), which saves the
~16 s demo fill on repeated runs.
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


def export_once(journal, kind: str, target: Path, texts: bool) -> float:
    from journal.export_bundle import ExportChoice, build
    from journal.export_formats import to_csv, to_json
    from ui.export_writer import write_file

    began = time.perf_counter()
    bundle = build(journal, ExportChoice(date(2000, 1, 1), date(2100, 1, 1), include_texts=texts))
    data = to_json(bundle) if kind == "json" else to_csv(bundle, journal.bank, "nl")
    write_file(target, data)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks.startup import start_once
    from journal import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-export-"))
    data = args.data or scratch / "data"
    journal = Journal.open(data)
    if journal.count_meetings() == 0:
        demo.fill(journal, args.meetings, 1)
    meetings = journal.count_meetings()

    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
    bare, timings = [], {}
    for _ in range(args.runs):
        bare.append(start_once("bare", data, env)[0])
        for kind in ("json", "csv"):
            for texts in (False, True):
                target = scratch / f"export-{texts}.{kind}"
                timings.setdefault((kind, texts), []).append(
                    export_once(journal, kind, target, texts)
                )
    journal.close()

    print(f"runs: {args.runs}; journal: {meetings:,} meetings")
    print(f"{'measure':44} {'median':>8}  target")
    print(f"{'bare QMainWindow start-up (reference)':44} {statistics.median(bare):7.0f} ms")
    for (kind, texts), values in timings.items():
        label = f"{meetings:,} meetings to {kind.upper()}" + (" with texts" if texts else "")
        size = (scratch / f"export-{texts}.{kind}").stat().st_size / 1e6
        print(f"{label + f' ({size:.0f} MB)':44} {statistics.median(values):7.2f} s   < 5 s")


if __name__ == "__main__":
    main()
