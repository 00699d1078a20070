"""What keeping the journal safe costs, on a 10,000-meeting demo journal: a backup (the
backup API plus its integrity check), the checks, opening plain and unlocking encrypted,
turning encryption on, a draft save, and a reflection saved plain and encrypted. Medians
over --runs; the bare-window start-up of the same run as the machine's reference.

    .venv/bin/python benchmarks/data_safety.py [--runs 5] [--meetings 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "correct horse battery staple"


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def save_one(journal) -> None:
    from journal.model import MeetingInput, ReflectionInput

    journal.save(
        MeetingInput("Benchmark BV", "Meting", datetime(2026, 11, 23, 9, tzinfo=UTC), 45, "x"),
        ReflectionInput({"listening.1": 4}, {"open.happened": "Het ging goed."}, "Luisteren."),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--meetings", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks.common import print_table
    from benchmarks.startup import start_once
    from journal.safety import encryption, health
    from journal.sample import demo
    from journal.service import Journal
    from journal.store.paths import journal_file

    scratch = Path(tempfile.mkdtemp(prefix="aj-safety-"))
    plain = scratch / "plain"
    journal = Journal.open(plain)
    demo.fill(journal, args.meetings, 1)
    journal.close()
    secret = scratch / "secret"
    shutil.copytree(plain, secret)
    encryption.rewrite(journal_file(secret), None, PASSPHRASE)
    size = journal_file(plain).stat().st_size / 1e6

    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
    t: dict[str, list[float]] = {}

    def note(name: str, seconds: float) -> None:
        t.setdefault(name, []).append(seconds * 1000)

    for run in range(args.runs):
        note("bare", start_once("bare", plain, env)[0] / 1000)
        note("open plain", timed(lambda: Journal.open(plain).close()))
        note("unlock", timed(lambda: Journal.open(secret, passphrase=PASSPHRASE).close()))
        note("quick_check", timed(lambda: health.check(journal_file(plain), thorough=False)))
        note("integrity_check", timed(lambda: health.check(journal_file(plain))))
        for name, folder, key in (
            ("backup", plain, None),
            ("backup encrypted", secret, PASSPHRASE),
        ):
            j = Journal.open(folder, passphrase=key)
            note(name, timed(lambda j=j: j.back_up("manual")))
            note(f"save{' encrypted' if key else ''}", timed(lambda j=j: save_one(j)))
            note(
                f"draft{' encrypted' if key else ''}",
                timed(lambda j=j: j.save_draft(None, {"notes": "half getypt " * 50})),
            )
            j.close()
        copy = scratch / f"turn-on-{run}"
        shutil.copytree(plain, copy, ignore=shutil.ignore_patterns("backups"))
        note(
            "turn encryption on",
            timed(lambda c=copy: encryption.rewrite(journal_file(c), None, PASSPHRASE)),
        )
        shutil.rmtree(copy)

    bare = statistics.median(t.pop("bare"))
    print(f"runs: {args.runs}; journal: {args.meetings:,} meetings, {size:.1f} MB")
    rows = [("bare QMainWindow start-up (reference)", f"{bare:.0f} ms", "1.00×")]
    for name, values in t.items():
        median = statistics.median(values)
        rows.append((name, f"{median:.1f} ms", f"{median / bare:.2f}×"))
    print_table(("measure", "median", "÷ bare window"), rows)
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
