"""Whole-product soak (issue 15): the real app and the real commands on one journal at
the same time, SIGKILLs at random moments, and a disk that fills up.

    .venv/bin/python benchmarks/soak.py [--kills 300] [--minutes 60] [--seed S]
                                        [--disk-kills 40] [--work DIR] [--keep]

What runs, all against one data folder:

* the app (``ui.shell.app.run``, offscreen, through ``tests/app_driver.py``), saving a
  meeting every 50 ms through the window's own ``Journal.save``, following a calendar
  file that is rewritten now and then (by rename, or in place), making its daily backup,
  restoring a backup (File → Restore from Backup…), and turning encryption on, changing
  the passphrase and turning it off (Settings → Privacy);
* a second writer (this file, ``--role writer``) that opens the journal for each save,
  as a run of scripts would;
* the commands ``export``, ``search``, ``check``, ``backup``, ``import-calendar`` beside
  them, and ``restore`` while the app is closed (the writer goes on);
* SIGKILLs of the app (during saves, a restore, an encryption change, a daily backup), of
  commands while they run (a restore, a backup, an import, …) and of the writer;
* then a disk that fills up: the same on a tmpfs of 8 MB (``mount -t tmpfs``; skipped
  with a line saying so where mounting is not allowed), with big notes and backups.

At the end every acknowledged save (the app's "ack", the writer's) is looked for in
every file (the journal, each backup, each journal moved aside, with each passphrase
used); the table counts saves lost, journals refused as damaged although SQLite reads
them, deleted journal files the app still had open (``/proc/PID/fd``, sampled), and
tracebacks in any process's output. All must be 0. The last line is ``SOAK-RESULT`` and
JSON (``tests/test_soak.py`` runs a short soak and reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DRIVER = ROOT / "tests" / "app_driver.py"
PASSPHRASES = ["soak: de eerste zin", "soak: een tweede zin", "soak: de derde zin"]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
DAMAGE_WORDS = (
    "is not an Advisor Journal file, or it is damaged",
    "the journal is damaged",
    "cut off",
    "first bytes are wiped",
    "but a journal lived here",
    "not a journal",
)


@dataclass
class Tally:
    app_runs: int = 0
    commands: Counter = field(default_factory=Counter)  # (command, exit code)
    kills: Counter = field(default_factory=Counter)  # (what, during what)
    acks: set = field(default_factory=set)
    lost: list = field(default_factory=list)
    refused: list = field(default_factory=list)  # refused as damaged: (who, readable)
    not_writable: int = 0  # the app could not open or save: the disk was full
    deleted_open: list = field(default_factory=list)
    # the old file of an encryption change, still held by it in the moment of its rename
    held_while_replaced: list = field(default_factory=list)
    tracebacks: list = field(default_factory=list)
    unreadable_files: list = field(default_factory=list)
    plain_beside_encrypted: list = field(default_factory=list)  # at the end
    notes: list = field(default_factory=list)

    @property
    def refused_readable(self) -> int:
        return sum(1 for _who, readable in self.refused if readable)


class Soak:
    """One data folder, the app, a writer, commands; killed at random."""

    def __init__(self, work: Path, rng: random.Random, tally: Tally, label: str, *,
                 notes_bytes: int = 0, save_ms: int = 50, data: Path | None = None):  # fmt: skip
        self.work, self.rng, self.tally, self.label = work, rng, tally, label
        self.data = data or work / "data"  # the rest (logs, control) never on a full disk
        self.journal = self.data / "journal.sqlite3"
        self.logs = work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.ics = work / "calendar.ics"
        self.notes_bytes, self.save_ms = notes_bytes, save_ms
        self.passphrase: str | None = None
        self.known: list[str | None] = [None]
        self.app: subprocess.Popen | None = None
        self.control: Path | None = None
        self.seq = 0
        self.log_seen = 0
        self.app_ready = False
        self.app_busy: tuple[str, float] | None = None  # what it does, since when
        self.runs = 0
        self.writer: subprocess.Popen | None = None
        self.writer_runs = 0
        self.commands: list[tuple[subprocess.Popen, str, Path]] = []
        self.calendar_round = 0

    # -- the app -----------------------------------------------------------------------

    def start_app(self) -> None:
        self.runs += 1
        self.tally.app_runs += 1
        self.control = self.work / "control" / f"run-{self.runs}"
        self.control.mkdir(parents=True)
        order = [p for p in [self.passphrase, *self.known] if p]
        (self.control / "passphrases").write_text(json.dumps(list(dict.fromkeys(order))))
        self.seq, self.log_seen, self.app_ready, self.app_busy = 0, 0, False, None
        err = open(self.logs / f"app-{self.runs}.err", "w")  # noqa: SIM115
        self.app = subprocess.Popen(
            [sys.executable, str(DRIVER), str(self.data), str(self.control)],
            cwd=ROOT, env=ENV, stdout=err, stderr=err, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        err.close()
        end = time.monotonic() + 90
        while time.monotonic() < end and not self.app_ready and self.app.poll() is None:
            self.poll()
            time.sleep(0.05)
        self.poll()
        if self.app_ready:
            self.send("follow " + str(self.ics))
            self.send(f"saves {self.label}{self.runs} {self.save_ms} {self.notes_bytes}")

    def send(self, line: str) -> None:
        if self.app is None or self.app.poll() is not None or self.control is None:
            return
        partial = self.control / f"next-{self.seq}"
        partial.write_text(line)
        os.replace(partial, self.control / f"cmd-{self.seq}")
        self.seq += 1

    def kill_app(self, during: str) -> None:
        if self.app is None or self.app.poll() is not None:
            return
        self.sample_fds()
        self.app.send_signal(signal.SIGKILL)
        self.app.wait(30)
        self.tally.kills[("app", during)] += 1
        self.poll()
        self.app = None

    def app_running(self) -> bool:
        return self.app is not None and self.app.poll() is None

    def app_state(self) -> str:
        """What the app was doing when a command ended (for a refusal's report)."""
        if not self.app_running():
            return "app down"
        return f"app up, busy with {self.app_busy[0]}" if self.app_busy else "app up"

    def poll(self) -> None:
        """Read what the app said since the last look."""
        if self.control is None:
            return
        try:
            lines = (self.control / "log").read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        for line in lines[self.log_seen :]:
            self.hear(line)
        self.log_seen = len(lines)
        with suppress(OSError, ValueError):
            self.passphrase = json.loads((self.control / "passphrase").read_text())
            if self.passphrase not in self.known:
                self.known.append(self.passphrase)

    def hear(self, line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "ack":
            self.tally.acks.add(rest)
        elif word == "started":
            self.app_ready = True
        elif word in ("unexpected",):
            self.tally.tracebacks.append(f"app run {self.runs}: {rest[:300]}")
        elif word == "dialog" and rest.startswith(("damaged", "damaged-check")):
            self.refusal(f"app run {self.runs}: {rest[:200]}")
        elif word == "error" and ("cannot write" in rest or "busy" in rest):
            self.tally.not_writable += 1
        elif word == "error" or (word == "dialog" and rest.startswith("not-opened")):
            self.tally.notes.append(f"app run {self.runs}: {line[:200]}")
        elif word == "refused" and "JournalNotWritable" in rest:
            self.tally.not_writable += 1
        elif word in ("encrypt", "decrypt", "rekey", "restore", "backed-up"):
            self.app_busy = None
        elif word == "note":
            self.tally.notes.append(f"app run {self.runs}: {rest[:200]}")

    def sample_fds(self) -> None:
        if not self.app_running():
            return
        with suppress(OSError):
            for fd in Path(f"/proc/{self.app.pid}/fd").iterdir():
                with suppress(OSError):
                    target = os.readlink(fd)
                    name = Path(target.removesuffix(" (deleted)")).name
                    if target.endswith("(deleted)") and name in (
                        "journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm",
                    ):  # fmt: skip
                        seen = f"app run {self.runs}: {target}"
                        busy = self.app_busy
                        if busy and busy[0] == "encryption" and time.monotonic() - busy[1] < 120:
                            self.tally.held_while_replaced.append(seen)
                        else:
                            self.tally.deleted_open.append(seen)

    # -- the writer and the commands ---------------------------------------------------

    def ensure_writer(self) -> None:
        if self.writer is not None and self.writer.poll() is None:
            return
        if self.writer is not None:
            self.writer.wait()
        self.writer_runs += 1
        err = open(self.logs / f"writer-{self.writer_runs}.err", "w")  # noqa: SIM115
        self.writer = subprocess.Popen(
            [sys.executable, __file__, "--role", "writer", str(self.data),
             str(self.work / "writer-acks"), f"{self.label}w{self.writer_runs}-",
             json.dumps(self.current_passphrase())],
            cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        err.close()

    def kill_writer(self) -> None:
        if self.writer is not None and self.writer.poll() is None:
            self.writer.send_signal(signal.SIGKILL)
            self.writer.wait()
            self.tally.kills[("writer", "saving")] += 1

    def command(self, *args: str) -> subprocess.Popen:
        name = args[0]
        n = sum(self.tally.commands.values()) + len(self.commands)
        err = self.logs / f"cmd-{n}-{name}.err"
        env = dict(ENV)
        passphrase = self.current_passphrase()
        if passphrase:
            env["ADVISOR_JOURNAL_PASSPHRASE"] = passphrase
        with open(err, "w") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "ui.cli", "--data-dir", str(self.data), *args],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                stdin=subprocess.DEVNULL,
            )  # fmt: skip
        self.commands.append((process, name, err))
        return process

    def reap(self, wait: bool = False) -> None:
        for entry in list(self.commands):
            process, name, err = entry
            if wait:
                process.wait(300)
            if process.poll() is None:
                continue
            self.commands.remove(entry)
            code = process.returncode
            self.tally.commands[(name, "killed" if code == -signal.SIGKILL else code)] += 1
            text = err.read_text(errors="replace")
            if "Traceback" in text:
                self.tally.tracebacks.append(f"{name}: {text[-400:]}")
            if code in (1, 2) and any(words in text for words in DAMAGE_WORDS):
                self.refusal(f"{name} exit {code} ({self.app_state()}): {text.strip()[-1500:]}")

    def kill_command(self, process: subprocess.Popen, name: str, during: str) -> None:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.tally.kills[(f"command {name}", during)] += 1

    def current_passphrase(self) -> str | None:
        """What opens the journal now: the app says it; while it is down, tried."""
        if self.app_running():
            return self.passphrase
        from journal.store.files import has_plain_header

        with suppress(OSError):
            if has_plain_header(self.journal):
                return None
        for passphrase in [self.passphrase, *self.known]:
            if passphrase and opens(self.journal, passphrase):
                self.passphrase = passphrase
                return passphrase
        return self.passphrase

    def refusal(self, who: str) -> None:
        readable = any(readable_now(self.journal, p) for p in [self.passphrase, *self.known])
        self.tally.refused.append((who, readable))

    # -- the calendar ----------------------------------------------------------------------

    def rewrite_calendar(self) -> None:
        """New events, some ended already (an import makes them meetings): by rename (as
        most programs save), or in place (as a sync program may)."""
        self.calendar_round += 1
        now = datetime.now(UTC)
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//soak//EN"]
        for i in range(12):
            start = now - timedelta(hours=3) + timedelta(minutes=25 * i)
            lines += [
                "BEGIN:VEVENT", f"UID:{self.label}-{self.calendar_round}-{i}@soak",
                f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
                f"DTEND:{start + timedelta(minutes=20):%Y%m%dT%H%M%SZ}",
                f"SUMMARY:Overleg {self.calendar_round}-{i}",
                "ORGANIZER:mailto:anna@adviesbureau.nl",
                "ATTENDEE;CN=Anna:mailto:anna@adviesbureau.nl",
                f"ATTENDEE;CN=Klant:mailto:p@klant{i % 5}.nl", "END:VEVENT",
            ]  # fmt: skip
        text = "\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n"
        if self.rng.random() < 0.5:
            partial = self.ics.with_name(self.ics.name + ".tmp")
            partial.write_text(text)
            os.replace(partial, self.ics)
        else:
            self.ics.write_text(text)

    # -- one round ---------------------------------------------------------------------

    def round(self) -> None:
        rng = self.rng
        self.reap()
        if not self.app_running():
            self.start_app()
        self.ensure_writer()
        self.poll()
        self.sample_fds()
        backups = sorted((self.data / "backups").glob("journal-*.sqlite3"))
        action = rng.choices(
            ["cli", "app-backup", "app-restore", "app-encryption", "cli-restore",
             "calendar", "kill-app", "kill-writer", "wait"],
            [30, 12, 10, 10, 8, 10, 10, 4, 6],
        )[0]  # fmt: skip
        if action == "cli":
            name = rng.choice(["export", "search", "check", "backup", "import-calendar"])
            args = {
                "export": ["export", "--format", rng.choice(["json", "csv", "md"]),
                           "-o", str(self.work / f"export-{self.runs}.out")],
                "search": ["search", rng.choice(["Overleg", "Soak", "review", "x"])],
                "check": ["check"],
                "backup": ["backup"],
                "import-calendar": ["import-calendar", str(self.ics)],
            }[name]  # fmt: skip
            process = self.command(*args)
            if rng.random() < 0.3:
                time.sleep(rng.uniform(0, 1.5))
                self.kill_command(process, name, "running")
        elif action == "app-backup" and self.app_running():
            self.send("backup")
            self.app_busy = ("daily backup", time.monotonic())
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0, 0.8))
                self.kill_app("daily backup")
        elif action == "app-restore" and self.app_running() and backups:
            self.send(f"restore {rng.choice(backups[-6:])}")
            self.app_busy = ("restore", time.monotonic())
            if rng.random() < 0.6:
                time.sleep(rng.uniform(0, 2.5))
                self.kill_app("restore")
            else:
                self.wait_app_idle(60)
        elif action == "app-encryption" and self.app_running():
            if self.passphrase is None:
                line = f"encrypt {rng.choice(PASSPHRASES)}"
            elif rng.random() < 0.5:
                line = "decrypt"
            else:
                line = f"rekey {rng.choice([p for p in PASSPHRASES if p != self.passphrase])}"
            for passphrase in PASSPHRASES:  # any of them may be in force after a kill
                if passphrase not in self.known:
                    self.known.append(passphrase)
            self.send(line)
            self.app_busy = ("encryption", time.monotonic())
            if rng.random() < 0.6:
                time.sleep(rng.uniform(0, 5))
                self.kill_app("encryption")
            else:
                self.wait_app_idle(90)
        elif action == "cli-restore" and backups:
            self.kill_app("saves")
            self.poll()
            process = self.command("restore", str(rng.choice(backups[-6:])))
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0, 1.5))
                self.kill_command(process, "restore", "restoring")
            self.reap(wait=True)
        elif action == "calendar":
            self.rewrite_calendar()
        elif action == "kill-app":
            time.sleep(rng.uniform(0, 1))
            busy = self.app_busy
            recent = busy is not None and time.monotonic() - busy[1] < 10
            self.kill_app(busy[0] if recent else "saves")
        elif action == "kill-writer":
            self.kill_writer()
        else:
            time.sleep(1)
        self.poll()

    def wait_app_idle(self, timeout: float) -> None:
        end = time.monotonic() + timeout
        while self.app_busy is not None and self.app_running() and time.monotonic() < end:
            self.poll()
            self.sample_fds()
            time.sleep(0.1)

    def stop(self) -> None:
        self.poll()
        if self.app_running():
            self.send("stop")
            self.send("quit")
            with suppress(subprocess.TimeoutExpired):
                self.app.wait(60)
            if self.app.poll() is None:
                self.kill_app("stopping")
        self.poll()
        if self.writer is not None and self.writer.poll() is None:
            self.writer.send_signal(signal.SIGTERM)
            with suppress(subprocess.TimeoutExpired):
                self.writer.wait(60)
            if self.writer.poll() is None:
                self.kill_writer()
        self.reap(wait=True)

    def settle(self) -> None:
        """The acks of the writer, tracebacks in every output, and the search for every
        acknowledged save in every file."""
        with suppress(FileNotFoundError):
            self.tally.acks |= set((self.work / "writer-acks").read_text().split())
        for err in sorted(self.logs.glob("*.err")):
            text = err.read_text(errors="replace")
            if "Traceback" in text:
                self.tally.tracebacks.append(f"{err.name}: {text[-400:]}")
        found: set[str] = set()
        files = [self.journal, *sorted((self.data / "backups").glob("*.sqlite3")),
                 *sorted(self.data.glob("journal.*.sqlite3"))]  # fmt: skip
        for file in files:
            titles = None
            for passphrase in [None, *PASSPHRASES]:
                titles = titles_in(file, passphrase)
                if titles is not None:
                    break
            if titles is None:
                self.tally.unreadable_files.append(str(file))
                continue
            found |= titles
        mine = {a for a in self.tally.acks if a.startswith(self.label)}
        self.tally.lost += sorted(mine - found)
        from journal.safety.encryption import plain_copies

        self.start_once_more()
        self.tally.plain_beside_encrypted += [str(p) for p in plain_copies(self.journal)]

    def start_once_more(self) -> None:
        """What the next start does first: an encryption change the last kill (or the
        stop) cut off while it converted the backups is finished. Its plain copies count
        only if they are still there after that: the promise is "the next open resumes
        it", not that a kill never leaves one for a moment."""
        from journal.errors import JournalError
        from journal.safety.encryption import INTENT
        from journal.service import Journal

        if not Path(f"{self.journal}{INTENT}").exists():
            return
        for passphrase in [None, *PASSPHRASES]:
            try:
                journal = Journal.open(self.data, passphrase=passphrase)
            except JournalError:
                continue
            journal.close()
            self.tally.notes.append(f"{self.label}: an interrupted conversion finished at the end")
            return


def opens(path: Path, passphrase: str | None) -> bool:
    from journal.store.connection import connect

    try:
        connect(path, passphrase, read_only=True, cipher=True).close()
    except Exception:  # noqa: BLE001 - does not open with it
        return False
    return True


def readable_now(path: Path, passphrase: str | None) -> bool:
    """SQLite reads the journal whole with this passphrase (quick_check ok)."""
    from journal.store.connection import connect

    try:
        conn = connect(path, passphrase, read_only=True, cipher=True, timeout=10)
    except Exception:  # noqa: BLE001
        return False
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check(1)")] == ["ok"]
    except Exception:  # noqa: BLE001
        return False
    finally:
        conn.close()


def titles_in(path: Path, passphrase: str | None) -> set[str] | None:
    from journal.store.connection import connect

    try:
        conn = connect(path, passphrase, read_only=True, cipher=True, timeout=30)
    except Exception:  # noqa: BLE001
        return None
    try:
        return {row[0] for row in conn.execute("SELECT title FROM meetings")}
    except Exception:  # noqa: BLE001
        return None
    finally:
        conn.close()


# -- the writer role ---------------------------------------------------------------------


def writer(folder: Path, acks: Path, prefix: str, passphrase: str | None) -> int:
    """Saves a meeting at a time through ``Journal.save``, opening the journal for each;
    appends its title to ACKS once the save returned. Ends when no passphrase fits."""
    from journal.errors import JournalError, NeedsPassphrase
    from journal.model import MeetingInput, ReflectionInput
    from journal.service import Journal

    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    out = open(acks, "a")  # noqa: SIM115
    n = 0
    while not stop:
        n += 1
        title = f"{prefix}{n}"
        try:
            journal = Journal.open(folder, passphrase=passphrase)
            for note in journal.opening_notes:  # as the commands say it
                print(f"{title}: note {note!r}", file=sys.stderr, flush=True)
            try:
                journal.save(MeetingInput("Schrijver BV", title, datetime.now(UTC), 30),
                             ReflectionInput())  # fmt: skip
            finally:
                journal.close()
        except NeedsPassphrase:
            return 3  # encrypted meanwhile, or another passphrase: started again
        except JournalError as error:
            print(f"{title}: {type(error).__name__}", file=sys.stderr, flush=True)
            time.sleep(0.05)
            continue
        out.write(title + "\n")
        out.flush()
        os.fsync(out.fileno())
        time.sleep(0.02)
    return 0


# -- the disk that fills up ----------------------------------------------------------------


def mount_small_disk(where: Path) -> str | None:
    """A tmpfs of 8 MB at ``where``; None when mounted, else why not."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or shutil.which("mount") is None:
        return "no mount command"
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)],
                            capture_output=True, text=True)  # fmt: skip
    if result.returncode != 0:
        return (result.stderr or result.stdout).strip() or f"mount exit {result.returncode}"
    return None


def run_phase(soak: Soak, kills: int, deadline: float, kill_gap: tuple[float, float] | None):
    """Rounds until ``kills`` kills were made or the time is up."""
    start = sum(soak.tally.kills.values())
    while sum(soak.tally.kills.values()) - start < kills and time.monotonic() < deadline:
        if kill_gap is None:
            soak.round()
            continue
        # the full disk: saves and backups go on, the app is killed every few seconds
        soak.reap()
        if not soak.app_running():
            soak.start_app()
            if not soak.app_running():
                time.sleep(0.5)
        soak.poll()
        soak.sample_fds()
        if soak.rng.random() < 0.4:
            soak.send("backup")
        if soak.rng.random() < 0.3:
            soak.command(soak.rng.choice(["check", "backup", "search"]))
        time.sleep(soak.rng.uniform(*kill_gap))
        soak.kill_app("saves (disk filling)" if disk_free(soak.data) > 64 * 1024 else
                      "saves (disk full)")  # fmt: skip


def disk_free(path: Path) -> int:
    stat = os.statvfs(path)
    return stat.f_bavail * stat.f_frsize


def table(tally: Tally, seconds: float, command: str, disk: str) -> str:
    lines = [
        f"command: {command}",
        f"duration: {seconds / 60:.1f} min; disk phase: {disk}",
        "",
        f"{'app runs (starts of the real app)':52} {tally.app_runs:>7}",
        f"{'command runs (export, search, check, backup, …)':52} {sum(tally.commands.values()):>7}",
        f"{'kills':52} {sum(tally.kills.values()):>7}",
    ]
    for (what, during), count in sorted(tally.kills.items()):
        lines.append(f"  {what + ' during ' + during:50} {count:>7}")
    lines += [
        f"{'acknowledged saves (app and writer)':52} {len(tally.acks):>7}",
        f"{'saves lost (must be 0)':52} {len(tally.lost):>7}",
        f"{'journals refused although SQLite reads them (0)':52} {tally.refused_readable:>7}",
        f"{'  refused as damaged, all (SQLite could not read)':52} {len(tally.refused):>7}",
        f"{'deleted-but-open journal files seen (must be 0)':52} {len(tally.deleted_open):>7}",
        f"{'  the old file, held by its own encryption change':52} "
        f"{len(tally.held_while_replaced):>7}",
        f"{'tracebacks (must be 0)':52} {len(tally.tracebacks):>7}",
        f"{'plain copies beside an encrypted journal at the end (0)':52} "
        f"{len(tally.plain_beside_encrypted):>7}",
        f"{'saves refused: disk full or busy (said, not lost)':52} {tally.not_writable:>7}",
        "",
        "command exits: "
        + ", ".join(f"{n} {c}×{k}" for (n, c), k in sorted(tally.commands.items(), key=str)),
    ]
    for label, items in (("lost", tally.lost), ("refused", tally.refused),
                         ("deleted-open", tally.deleted_open), ("traceback", tally.tracebacks),
                         ("unreadable file", tally.unreadable_files),
                         ("plain beside encrypted", tally.plain_beside_encrypted)):  # fmt: skip
        for item in items[:10]:
            lines.append(f"{label}: {item}")
    for note in tally.notes[:10]:
        lines.append(f"note: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--role", choices=["soak", "writer"], default="soak")
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--kills", type=int, default=300, help="kills in the main phase")
    parser.add_argument("--minutes", type=float, default=90, help="stop the main phase then")
    parser.add_argument("--seconds", type=float, help="instead of --minutes (a short soak)")
    parser.add_argument("--disk-kills", type=int, default=40, help="kills on the full disk")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--work", type=Path, help="the folder to work in (default: a new one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    if args.role == "writer":
        folder, acks, prefix, passphrase = args.rest
        return writer(Path(folder), Path(acks), prefix, json.loads(passphrase))

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = args.work or Path(tempfile.mkdtemp(prefix="advisor-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    command = " ".join([Path(sys.executable).name, "benchmarks/soak.py", *(argv or sys.argv[1:])])
    print(f"soak: seed {seed}, work folder {work}", flush=True)
    tally = Tally()
    began = time.monotonic()
    limit = args.seconds if args.seconds is not None else args.minutes * 60

    main_soak = Soak(work / "main", rng, tally, "m")
    demo = subprocess.run([sys.executable, "-m", "ui.cli", "--data-dir", str(main_soak.data),
                           "demo", "--meetings", "40"], cwd=ROOT, env=ENV, capture_output=True)  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    main_soak.rewrite_calendar()
    try:
        run_phase(main_soak, args.kills, began + limit, None)
    finally:
        main_soak.stop()
    main_soak.settle()
    print(f"soak: main phase done, {sum(tally.kills.values())} kills", flush=True)

    disk = "skipped (--disk-kills 0)"
    if args.disk_kills:
        where = work / "disk"
        why_not = mount_small_disk(where)
        if why_not:
            disk = f"skipped: tmpfs could not be mounted here ({why_not})"
            print(f"soak: the full-disk phase is {disk}", flush=True)
        else:
            disk_soak = Soak(work / "disk-phase", rng, tally, "d", notes_bytes=60_000,
                             save_ms=30, data=where / "data")  # fmt: skip
            try:
                demo = subprocess.run([sys.executable, "-m", "ui.cli", "--data-dir",
                                       str(disk_soak.data), "demo", "--meetings", "20"],
                                      cwd=ROOT, env=ENV, capture_output=True)  # fmt: skip
                assert demo.returncode == 0, demo.stderr
                disk_soak.rewrite_calendar()
                phase_end = time.monotonic() + max(30.0, args.disk_kills * 6.0)
                try:
                    run_phase(disk_soak, args.disk_kills, phase_end, (1.0, 4.0))
                finally:
                    disk_soak.stop()
                full = disk_free(disk_soak.data) < 256 * 1024
                disk_soak.settle()
                disk = f"tmpfs 8 MB, {'filled up' if full else 'NOT filled'}"
            finally:
                subprocess.run(["umount", "-l", str(where)], capture_output=True)
    seconds = time.monotonic() - began
    print(table(tally, seconds, command, disk), flush=True)
    result = {
        "seed": seed, "seconds": round(seconds), "app_runs": tally.app_runs,
        "kills": sum(tally.kills.values()),
        "kills_by": {f"{w} during {d}": k for (w, d), k in tally.kills.items()},
        "acks": len(tally.acks), "lost": len(tally.lost),
        "refused_readable": tally.refused_readable, "refused": len(tally.refused),
        "deleted_open": len(tally.deleted_open), "tracebacks": len(tally.tracebacks),
        "held_while_replaced": len(tally.held_while_replaced),
        "plain_beside_encrypted": len(tally.plain_beside_encrypted),
        "commands": sum(tally.commands.values()), "disk": disk,
    }  # fmt: skip
    print("SOAK-RESULT " + json.dumps(result), flush=True)
    if not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    bad = result["lost"] or result["refused_readable"] or result["deleted_open"]
    bad = bad or result["plain_beside_encrypted"]
    return 1 if bad or result["tracebacks"] else 0


if __name__ == "__main__":
    sys.exit(main())
