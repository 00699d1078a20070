"""``advisor-journal search WORD`` as a whole process, against jrnl and a bare script.

    .venv/bin/python benchmarks/search_cli.py [--runs 7] [--meetings 10000] [--data DIR]
        [--jrnl PATH/TO/jrnl] [--wheel] [--standalone dist/advisor-journal/advisor-journal]

Three whole processes per word (five with ``--wheel``), run interleaved (their order
rotating) so the machine's load falls on all of them alike, each printing every matching
meeting to a pipe:

- the app: ``advisor-journal --data-dir DIR search WORD`` (``python -m ui.cli``);
- a bare script: ``sqlite3`` and the same FTS5 ``MATCH``, joined to the meetings and
  clients, newest first, a line per meeting with FTS5's own ``snippet()`` and the local
  time from SQLite's ``strftime(…, 'localtime')``: the least a Python program can do to
  answer the same question. (It took the local time in Python, ``astimezone()`` per
  line, until the app let SQLite do it: SQLite's is a C call per row, so the bare
  script does it too, and stays the least, not a slower straw man.)
- jrnl (https://jrnl.sh) on the same texts written into its plain-text format:
  ``jrnl -contains WORD``. It is installed into a throwaway virtual environment in the
  scratch folder unless ``--jrnl`` names one.

Both Pythons above are the one running the benchmark: in the development venv that is
an editable install, whose finder (``__editable__…finder.pth``) every process imports
at start (~14 ms, pathlib and all), though a user's install does not. ``--wheel`` adds
the app and the bare script once more from a throwaway venv with the project installed
from a wheel (built from a copy of the source, without its dependencies: a search
needs none), the app through its console script ``advisor-journal`` (not ``-m``, whose
``runpy`` imports more), as users have it; those are reported beside the others.

``--standalone PROGRAM`` (more than once to compare builds) adds a standalone build's
program (``scripts/build-app``), what most advisors install, run as users run it, beside
jrnl.

Bytecode is written and one warm-up run of each comes first, so no run times compiling.
Medians per word, and the ratios: app / bare script (target ≤ 1.3) and jrnl / app
(target ≥ 6 at 10,000 meetings, ≥ 10 at 100,000): of the wall time, and of the CPU time
(user + system, from ``getrusage``) each process took, which a loaded machine inflates
less than the wall time (a process waiting for a CPU uses none).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import common  # noqa: E402

WORDS = ["budget", "klant", "solutions", "installatietechniek"]

BARE = r"""
import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
rows = db.execute(
    "SELECT strftime('%Y-%m-%d %H:%M', m.start_utc, 'localtime'), c.name, m.title, "
    "snippet(meeting_search, -1, '', '', '…', 12) "
    "FROM meeting_search JOIN meetings m ON m.id = meeting_search.rowid "
    "JOIN clients c ON c.id = m.client_id "
    "WHERE meeting_search MATCH ? ORDER BY m.start_utc DESC, m.id DESC",
    ['"' + sys.argv[2] + '"'],
)
out = sys.stdout
for day, client, title, snip in rows:
    out.write(f"{day}  {client}  {title}  {snip}\n")
"""

JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {path}
linewrap: false
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def install_jrnl(scratch: Path) -> Path:
    """jrnl from the package index into a virtual environment of its own (thrown away
    with the scratch folder), never into the project's."""
    venv = scratch / "jrnl-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "jrnl"], check=True)
    return venv / "bin" / "jrnl"


def install_wheel(scratch: Path) -> Path:
    """The project from a wheel, built from a copy of the source (the build writes
    beside it), into a throwaway venv without its dependencies; that venv's Python."""
    source = scratch / "source"
    heavy = shutil.ignore_patterns(".git", ".venv", "tests", "docs", "benchmarks", "__pycache__")
    shutil.copytree(ROOT, source, ignore=heavy)
    wheels = scratch / "wheels"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)], check=True)
    venv = scratch / "wheel-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    wheel = next(wheels.glob("*.whl"))
    # Without PYTHONPATH: on it, a source tree's advisor_journal.egg-info (an editable
    # install's) tells pip the project is installed already, and -q hides that it skipped.
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    install = [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)]
    subprocess.run(install, check=True, env=clean)
    if not (venv / "bin" / "advisor-journal").exists():
        raise SystemExit(f"the wheel's console script was not installed in {venv}")
    return python


def write_jrnl_journal(database: Path, target: Path) -> None:
    """Every meeting as a jrnl entry: ``[date time] client: title`` then its texts."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT m.start_utc, s.client, s.title, s.notes, s.texts FROM meetings m "
        "JOIN meeting_search s ON s.rowid = m.id ORDER BY m.start_utc, m.id"
    )
    from datetime import datetime

    with target.open("w", encoding="utf-8") as out:
        for start, client, title, notes, texts in rows:
            when = datetime.fromisoformat(start).astimezone().strftime("%Y-%m-%d %H:%M")
            # A line of its own starting with "[" would read as a new entry.
            body = "\n".join(line.lstrip("[") for line in f"{notes}\n{texts}".splitlines())
            out.write(f"[{when}] {client}: {title}.\n{body}\n\n")
    db.close()


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, int]:
    """Wall and CPU milliseconds of the whole process, and the lines it printed."""
    cpu = _children_cpu()
    began = time.perf_counter()
    out = subprocess.run(command, env=env, cwd=cwd, capture_output=True)
    elapsed = time.perf_counter() - began
    cpu = _children_cpu() - cpu
    if out.returncode not in (0, 1):
        raise SystemExit(f"{command[:4]} failed:\n{out.stderr.decode()[-2000:]}")
    return elapsed * 1000, cpu * 1000, out.stdout.count(b"\n")


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--data", type=Path, help="a journal folder to reuse (filled if empty)")
    parser.add_argument("--jrnl", type=Path, help="a jrnl executable (else installed)")
    parser.add_argument("--words", nargs="*", default=WORDS)
    parser.add_argument("--wheel", action="store_true", help="also from a wheel install")
    parser.add_argument(
        "--standalone",
        type=Path,
        action="append",
        default=[],
        help="also a standalone build's program (scripts/build-app: "
        "dist/advisor-journal/advisor-journal); may be given more than once",
    )
    args = parser.parse_args()

    from journal.sample import demo
    from journal.service import Journal

    scratch = Path(tempfile.mkdtemp(prefix="aj-search-cli-"))
    data = args.data or scratch / "data"
    journal = Journal.open(data)
    if journal.count_meetings() == 0:
        demo.fill(journal, args.meetings, 1)
    meetings = journal.count_meetings()
    journal.close()
    database = data / "journal.sqlite3"

    jrnl = args.jrnl or install_jrnl(scratch)
    jrnl_text = scratch / "journal.txt"
    write_jrnl_journal(database, jrnl_text)
    config = scratch / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(path=jrnl_text), encoding="utf-8")

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "share")
    env.pop("NO_COLOR", None)
    commands = {
        "app": lambda w: [sys.executable, "-m", "ui.cli", "--data-dir", str(data), "search", w],
        "bare": lambda w: [sys.executable, "-c", BARE, str(database), w],
        "jrnl": lambda w: [str(jrnl), "--config-file", str(config), "-contains", w],
    }
    if args.wheel:  # run in the scratch folder, without PYTHONPATH: the wheel's copy only
        installed = install_wheel(scratch)
        script = str(installed.parent / "advisor-journal")  # the console script users run
        commands["app, wheel"] = lambda w: [script, "--data-dir", str(data), "search", w]
        commands["bare, wheel"] = lambda w: [str(installed), "-c", BARE, str(database), w]
    for number, program in enumerate(args.standalone, 1):
        exe = str(program.resolve())
        commands[f"standalone {number}"] = lambda w, p=exe: [
            p,
            "--data-dir",
            str(data),
            "search",
            w,
        ]
    envs = {name: env for name in commands}
    wheel_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}  # not the source tree's
    if args.wheel:
        envs.update({"app, wheel": wheel_env, "bare, wheel": wheel_env})
    for number in range(1, len(args.standalone) + 1):
        envs[f"standalone {number}"] = wheel_env
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    lines: dict[tuple[str, str], int] = {}
    for word in args.words:
        for name, command in commands.items():  # warm-up: bytecode, disk cache
            timed(command(word), envs[name], scratch)
    load = [os.getloadavg()[0]]
    for run in range(args.runs):
        for word in args.words:
            names = list(commands)
            names = names[run % len(names) :] + names[: run % len(names)]
            for name in names:
                elapsed, used, count = timed(commands[name](word), envs[name], scratch)
                times.setdefault((name, word), []).append(elapsed)
                cpu.setdefault((name, word), []).append(used)
                lines[(name, word)] = count
        load.append(os.getloadavg()[0])

    print(
        f"{meetings:,} meetings; {args.runs} interleaved runs; medians in ms; "
        f"load average during the runs {min(load):.2f}–{max(load):.2f} "
        f"on {os.cpu_count()} CPUs; jrnl: {jrnl}"
    )
    for title, measured in (("wall time", times), ("CPU time (user + system)", cpu)):
        print(f"\n{title}")
        rows = []
        for word in args.words:
            app, bare, jr = (
                statistics.median(measured[(n, word)]) for n in ("app", "bare", "jrnl")
            )
            rows.append(
                (
                    word,
                    f"{lines[('app', word)]:,}",
                    f"{app:.0f}",
                    f"{bare:.0f}",
                    f"{jr:.0f}",
                    f"{app / bare:.2f}",
                    f"{jr / app:.1f}",
                )
            )
        common.print_table(
            ("word", "meetings found", "app", "bare script", "jrnl", "app / bare (≤ 1.3)",
             "jrnl / app (≥ 6 at 10k, ≥ 10 at 100k)"),
            rows,
        )  # fmt: skip
        if args.wheel:
            print(f"\n{title}, the app and the bare script installed from a wheel")
            rows = []
            for word in args.words:
                app, bare, jr = (
                    statistics.median(measured[(n, word)])
                    for n in ("app, wheel", "bare, wheel", "jrnl")
                )
                rows.append(
                    (word, f"{app:.0f}", f"{bare:.0f}", f"{app / bare:.2f}", f"{jr / app:.1f}")
                )
            common.print_table(
                ("word", "app", "bare script", "app / bare", "jrnl / app"), rows
            )  # fmt: skip
        if args.standalone:
            print(f"\n{title}, standalone builds (what most advisors install)")
            names = [f"standalone {n}" for n in range(1, len(args.standalone) + 1)]
            rows = []
            for word in args.words:
                jr = statistics.median(measured[("jrnl", word)])
                for name, program in zip(names, args.standalone, strict=True):
                    app = statistics.median(measured[(name, word)])
                    rows.append((word, str(program), f"{app:.0f}", f"{jr / app:.1f}"))
            common.print_table(("word", "program", "app", "jrnl / app"), rows)
    shutil.rmtree(scratch, ignore_errors=True)  # jrnl and its texts; a --data folder stays


if __name__ == "__main__":
    main()
