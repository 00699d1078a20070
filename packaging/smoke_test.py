"""Smoke-test a standalone build in a clean environment, on Linux, macOS or Windows.

    python packaging/smoke_test.py CLI [--window-exe EXE]

CLI is the built command line: dist/advisor-journal/advisor-journal(.exe), or on macOS
"dist/Advisor Journal.app/Contents/MacOS/advisor-journal". --window-exe is Windows'
windowed program ("Advisor Journal.exe"), also started on its own.

Run it with a Python that has the app installed (scripts/build-app's venv): that Python
only drives the test and makes an encrypted journal beforehand, with the pip-installed
app, which the build must then open with the passphrase only (SQLCipher is inside). The
build itself runs as on a machine without Python: an empty environment, as
`env -i HOME=$(mktemp -d) PATH=/usr/bin:/bin LANG=C.UTF-8` gives (on Windows: the system
folders only, and a fresh profile). Prints PASS/FAIL per check, SKIP where a tool is
missing, and "smoke: N passed, N failed"; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_SECONDS = 6
PASSPHRASE = "smoke-test passphrase"
TRACEBACK_SIGNS = ("Traceback", "could not load the Qt platform plugin", "Error:")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {
            "SYSTEMROOT": root,
            "WINDIR": root,
            "SYSTEMDRIVE": os.environ.get("SYSTEMDRIVE", "C:"),
            "PATH": rf"{root}\System32;{root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
        }
        for key in ("APPDATA", "LOCALAPPDATA", "TEMP"):
            Path(env[key]).mkdir(parents=True, exist_ok=True)
    else:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return {**env, **extra}


class Smoke:
    def __init__(self, cli: Path, window_exe: Path | None, work: Path):
        self.cli, self.window_exe, self.work = cli, window_exe, work
        self.home = work / "home"
        self.home.mkdir()
        self.journal = work / "journal"
        self.passed = self.failed = 0

    def result(self, name: str, ok: bool, detail: str) -> None:
        detail = " ".join(detail.split())
        print(f"{'PASS' if ok else 'FAIL'} {name}: {detail[:600]}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1

    def run(self, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(self.cli), *args],
            env=clean_env(self.home, **env),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            cwd=self.work,
        )

    def all(self) -> int:
        import journal

        print(f"environment: {clean_env(self.home)}", flush=True)
        began = time.perf_counter()
        p = self.run("--version")
        expected = f"advisor-journal {journal.__version__}"
        self.result(
            "--version",
            p.returncode == 0 and p.stdout.strip() == expected,
            f"{p.stdout or p.stderr} ({time.perf_counter() - began:.2f} s; expected {expected})",
        )
        home = {"ADVISOR_JOURNAL_HOME": str(self.journal)}
        p = self.run("demo", **home)
        self.result(
            "demo", p.returncode == 0 and "Added 400 meetings" in p.stdout, p.stdout + p.stderr
        )
        pdf = self.work / "report.pdf"
        p = self.run("export", "--format", "pdf", "-o", str(pdf), **home)
        self.result("export --format pdf", p.returncode == 0 and pdf.is_file(), p.stdout + p.stderr)
        self.result("the PDF has text (pypdf)", *pdf_text(pdf))
        if shutil.which("pdftoppm"):
            self.result("the PDF renders (pdftoppm)", *pdf_renders(pdf, self.work))
        else:
            print("SKIP the PDF renders: no pdftoppm", flush=True)
        p = self.run("check", **home)
        self.result("check", p.returncode == 0 and "healthy" in p.stdout, p.stdout + p.stderr)
        self.window(self.cli, "window")
        if self.window_exe:
            self.window(self.window_exe, "windowed program", stderr_visible=False)
        self.x11_window()
        p = self.run("self-test")
        last = (p.stdout.strip().splitlines() or [""])[-1]
        self.result(
            "self-test", p.returncode == 0, last if p.returncode == 0 else p.stdout + p.stderr
        )
        self.encrypted_journal()
        print(f"smoke: {self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0

    def window(self, exe: Path, name: str, stderr_visible: bool = True) -> None:
        """The window, offscreen, for a few seconds: still running, no traceback."""
        env = clean_env(
            self.home, ADVISOR_JOURNAL_HOME=str(self.journal), QT_QPA_PLATFORM="offscreen"
        )
        proc = subprocess.Popen(
            [str(exe)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            cwd=self.work,
        )
        try:
            proc.wait(WINDOW_SECONDS)
            alive = False
        except subprocess.TimeoutExpired:
            alive = True
            proc.kill()
        _out, err = proc.communicate()
        bad = [sign for sign in TRACEBACK_SIGNS if sign in err]
        self.result(
            f"{name} up {WINDOW_SECONDS} s offscreen",
            alive and not bad,
            f"running={alive} exit={proc.returncode} "
            + (f"stderr: {err.strip()[-500:]!r}" if stderr_visible else "(no stderr: windowed)"),
        )

    def x11_window(self) -> None:
        """Linux with Xvfb and xdotool: the window mapped on a real X server, through the
        bundled xcb plugin and its libraries (offscreen needs none of them)."""
        if not sys.platform.startswith("linux") or not (
            shutil.which("Xvfb") and shutil.which("xdotool")
        ):
            print("SKIP window on X11: not Linux, or no Xvfb/xdotool", flush=True)
            return
        display = f":{90 + os.getpid() % 100}"
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.5)
            env = clean_env(
                self.home,
                ADVISOR_JOURNAL_HOME=str(self.journal),
                DISPLAY=display,
                QT_QPA_PLATFORM="xcb",
            )
            proc = subprocess.Popen(
                [str(self.cli)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            began, shown = time.perf_counter(), False
            while time.perf_counter() - began < 60 and proc.poll() is None and not shown:
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", "^Advisor Journal"],
                    env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                    capture_output=True,
                )
                shown = found.returncode == 0 and bool(found.stdout.strip())
                time.sleep(0.1)
            seconds = time.perf_counter() - began
            if shown:
                time.sleep(2)  # and stays up
            running = proc.poll() is None
            proc.kill()
            _out, err = proc.communicate()
            bad = [sign for sign in TRACEBACK_SIGNS if sign in err]
            self.result(
                "window on X11 (Xvfb, xcb)",
                shown and running and not bad,
                f"shown={shown} after {seconds:.1f} s, running={running}, stderr: {err.strip()[-400:]!r}",
            )
        finally:
            xvfb.kill()
            xvfb.wait()

    def encrypted_journal(self) -> None:
        """A journal encrypted by the pip-installed app: the build opens it with the
        passphrase only."""
        from journal.safety import encryption
        from journal.sample import demo
        from journal.service import Journal
        from journal.store.paths import journal_file

        folder = self.work / "encrypted"
        journal_ = Journal.open(folder)
        try:
            demo.fill(journal_, 60, 2, False)
        finally:
            journal_.close()
        encryption.rewrite(journal_file(folder), None, PASSPHRASE)
        pdf = self.work / "encrypted.pdf"
        for label, given, opens in (
            ("no passphrase", None, False),
            ("a wrong passphrase", "not the passphrase", False),
            ("the passphrase", PASSPHRASE, True),
        ):
            env = {"ADVISOR_JOURNAL_HOME": str(folder)}
            if given is not None:
                env["ADVISOR_JOURNAL_PASSPHRASE"] = given
            pdf.unlink(missing_ok=True)
            p = self.run("export", "--format", "pdf", "-o", str(pdf), **env)
            opened = p.returncode == 0 and pdf.is_file()
            self.result(
                f"encrypted journal, export with {label}",
                opened == opens and (opens or p.returncode == 2),
                f"exit {p.returncode}: {p.stdout + p.stderr}",
            )
        p = self.run(
            "check", ADVISOR_JOURNAL_HOME=str(folder), ADVISOR_JOURNAL_PASSPHRASE=PASSPHRASE
        )
        self.result(
            "encrypted journal, check",
            p.returncode == 0 and "encrypted" in p.stdout,
            p.stdout + p.stderr,
        )


def pdf_text(path: Path) -> tuple[bool, str]:
    if not path.is_file():
        return False, "no file"
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    return len(
        text.strip()
    ) > 100, f"{len(reader.pages)} pages, {len(text):,} characters: {text[:60]!r}"


def pdf_renders(path: Path, work: Path) -> tuple[bool, str]:
    if not path.is_file():
        return False, "no file"
    p = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(path), str(work / "page")],
        capture_output=True,
        text=True,
    )
    pages = sorted(work.glob("page*.png"))
    return p.returncode == 0 and bool(pages), f"{len(pages)} pages drawn {p.stderr.strip()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli", type=Path)
    parser.add_argument("--window-exe", type=Path)
    args = parser.parse_args()
    if not args.cli.is_file():
        parser.error(f"{args.cli} is not a file: build first")
    with tempfile.TemporaryDirectory(prefix="advisor-journal-smoke-") as work:
        smoke = Smoke(args.cli.resolve(), args.window_exe and args.window_exe.resolve(), Path(work))
        return smoke.all()


if __name__ == "__main__":
    sys.exit(main())
