"""Start-up of the standalone build next to the pip-installed app (Linux, X11).

    scripts/build-app   # first: dist/advisor-journal and build/venv-app
    build/venv-app/bin/python benchmarks/standalone_startup.py --runs 9

Both run as on an advisor's machine: a clean environment (empty HOME, PATH=/usr/bin:/bin),
interleaved, the order turning every round, on the same machine in the same run:

  --version        spawn to exit (wall time, and the child's CPU time, which a busy
                   machine disturbs less), warm: the files are in the page cache;
  window shown     spawn to the "Advisor Journal" window mapped on an Xvfb server (polled
                   with xdotool every 20 ms), on a 400-meeting demo journal; the same
                   for any build, no hook inside the app.

Needs Xvfb and xdotool. Prints medians (min-max) in ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def version_run(exe: Path, env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True)
    wall = (time.perf_counter() - began) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{exe} --version failed: {done.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


class NoDisplay(Exception):
    pass


def window_run(exe: Path, env: dict[str, str], display: str) -> float:
    """Now and then a start here cannot connect to Xvfb at all: that run is done again,
    so only whole starts are timed."""
    for _attempt in range(3):
        try:
            return _window_run(exe, env, display)
        except NoDisplay as exc:
            print(f"again: {exc}", file=sys.stderr, flush=True)
    raise SystemExit(f"{exe}: no connection to {display} in 3 tries")


def _window_run(exe: Path, env: dict[str, str], display: str) -> float:
    env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    began = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        while time.perf_counter() - began < 120:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Advisor Journal"],
                env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                capture_output=True,
            )
            if found.returncode == 0 and found.stdout.strip():
                return (time.perf_counter() - began) * 1000
            if proc.poll() is not None:
                err = proc.stderr.read()
                if "could not connect to display" in err:
                    raise NoDisplay(err.splitlines()[0])
                raise SystemExit(f"{exe} ended: {err[-800:]}")
            time.sleep(0.02)
        raise SystemExit(f"{exe}: no window in 120 s")
    finally:
        proc.kill()
        proc.wait()


def cell(values: list[float]) -> str:
    return f"{statistics.median(values):6.0f} ({min(values):.0f}-{max(values):.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist/advisor-journal/advisor-journal"
    )
    parser.add_argument("--pip", type=Path, default=ROOT / "build/venv-app/bin/advisor-journal")
    args = parser.parse_args()
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        raise SystemExit("needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    builds = {"standalone": args.bundle.resolve(), "pip install": args.pip.resolve()}
    for name, exe in builds.items():
        if not exe.is_file():
            raise SystemExit(f"no {name} at {exe}: run scripts/build-app first")
    work = Path(tempfile.mkdtemp(prefix="advisor-journal-startup-"))
    display = f":{150 + os.getpid() % 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.5)
        home = work / "home"
        home.mkdir()
        first = work / "journal"
        made = subprocess.run(
            [str(builds["pip install"]), "demo"],
            env=clean_env(home, ADVISOR_JOURNAL_HOME=str(first)),
            capture_output=True,
            text=True,
        )
        if made.returncode != 0:
            raise SystemExit(made.stderr)
        journals = {}
        for name, exe in builds.items():
            journals[name] = work / f"journal-{len(journals)}"
            shutil.copytree(first, journals[name])
            # The first start of a day makes its backup: not what is measured.
            window_run(exe, clean_env(home, ADVISOR_JOURNAL_HOME=str(journals[name])), display)
        results = {name: {"wall": [], "cpu": [], "window": []} for name in builds}
        names = list(builds)
        for round_ in range(args.runs):
            for name in names[round_ % 2 :] + names[: round_ % 2]:
                exe = builds[name]
                wall, cpu = version_run(exe, clean_env(home))
                results[name]["wall"].append(wall)
                results[name]["cpu"].append(cpu)
                env = clean_env(home, ADVISOR_JOURNAL_HOME=str(journals[name]))
                results[name]["window"].append(window_run(exe, env, display))
            print(f"round {round_ + 1}/{args.runs}", file=sys.stderr, flush=True)
        print(f"{'':<12} {'--version wall':>20} {'--version CPU':>20} {'window shown':>20}")
        for name in builds:
            r = results[name]
            print(f"{name:<12} {cell(r['wall']):>20} {cell(r['cpu']):>20} {cell(r['window']):>20}")
        print(
            f"ms, median (min-max) of {args.runs} interleaved runs; "
            f"load average {os.getloadavg()[0]:.1f} at the end"
        )
    finally:
        xvfb.kill()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
