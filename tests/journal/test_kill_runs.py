"""Nothing lost (issue 6): a process writing to the journal is killed with SIGKILL at
random moments, many times; afterwards ``integrity_check`` is ok and every write it had
acknowledged is there, exactly as acknowledged.

The writer is ``kill_child.py`` (a separate process: SIGKILL gives it no chance to tidy
up). It announces each write before making it and acknowledges it once the call
returned; the one write under way when the kill came must be there whole or not at all.
The same journal is reused run after run, so damage would pile up. Kills also land in
the very first open of a new journal and in the upgrade of an old one (the saved
schemas in ``data/``): at random moments, and as SQLite starts its n-th statement.

``KILL_RUNS`` sets the number of kills per test (default 25 for the writer, 10 for each
test of a first open; well under a second each); ``KILL_SEED`` repeats a session's
choices (its seed is in every failure message; the moments a kill lands still vary).
"""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pytest

from journal.errors import JournalError
from journal.find.search import SearchFilters
from journal.service import Journal
from journal.store import migrations
from journal.store.paths import journal_file
from tests.journal.kill_child import fingerprint, record_of
from tests.journal.test_day_sums import activity, sums

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("kill_child.py")
DATA = Path(__file__).parent / "data"
RUNS = int(os.environ.get("KILL_RUNS", "25"))
# The first opens: each kill costs a process start, an open (an upgrade) and its check.
OPEN_RUNS = int(os.environ.get("KILL_RUNS", "10"))


def session_seed() -> int:
    return int(os.environ.get("KILL_SEED") or random.SystemRandom().randrange(2**32))


@dataclass
class Outcome:
    returncode: int
    lines: list[dict]
    stderr: str
    opened_after: float | None  # seconds from the start to "opened" (None: never got there)

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    @property
    def phase(self) -> str:
        """Where the kill landed, as far as the child had said."""
        if not self.killed:
            return "not killed"
        phases = [line["phase"] for line in self.lines if "phase" in line]
        if not phases:
            return "starting"
        if phases[-1] == "imported":
            return "opening"
        last = self.lines[-1]
        if "begin" in last:
            return "mid-write"
        return "between writes" if "ack" in last else "after opening"


def run_child(args: list[object], kill_after: float | None = None) -> Outcome:
    """Run ``kill_child.py`` with ``args``; SIGKILL it after ``kill_after`` seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    started = time.monotonic()
    out: list[tuple[float, str]] = []
    err: list[str] = []

    def read_lines() -> None:
        for line in proc.stdout:
            out.append((time.monotonic() - started, line))

    readers = [
        threading.Thread(target=read_lines, daemon=True),
        threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        if kill_after is not None:
            time.sleep(kill_after)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:  # pragma: no cover - a child that hangs
            proc.kill()
            proc.wait()
        for reader in readers:
            reader.join()
        proc.stdout.close()
        proc.stderr.close()
    # A line cut off by the kill has no newline: it was never acknowledged.
    said = [(t, json.loads(line)) for t, line in out if line.endswith("\n")]
    opened = [t for t, line in said if line.get("phase") == "opened"]
    return Outcome(
        proc.returncode, [line for _, line in said], "".join(err), opened[0] if opened else None
    )


def time_to_open(folder: Path, source: Path | None = None) -> float:
    """How long a child takes (on this machine, now) to start and open the journal in
    ``folder`` (a copy of ``source``): kills are spread over that time."""
    folder.mkdir()
    if source is not None:
        shutil.copy(source, journal_file(folder))
    outcome = run_child(["open", folder])
    assert outcome.returncode == 0 and outcome.opened_after is not None, outcome.stderr
    return outcome.opened_after


def check_file(path: Path, context: str) -> list[str]:
    """SQLite's own checks on the file, before the app opens it; the migrations applied."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], context
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meeting_search'").fetchone():
            # FTS5's own check of its index (raises SQLITE_CORRUPT_VTAB when damaged)
            conn.execute("INSERT INTO meeting_search (meeting_search) VALUES ('integrity-check')")
        try:
            return [
                row[0]
                for row in conn.execute(
                    f"SELECT name FROM {migrations.MIGRATIONS_TABLE} "
                    "WHERE migration_set = ? ORDER BY rowid",
                    [migrations.MIGRATION_SET],
                )
            ]
        except sqlite3.OperationalError:  # no such table: nothing applied yet
            return []


def check_index(journal: Journal, context: str) -> None:
    """The search index has one row per meeting, and the sums kept by triggers are exact."""
    meetings = [r[0] for r in journal.store.query("SELECT id FROM meetings ORDER BY id")]
    indexed = [r[0] for r in journal.store.query("SELECT rowid FROM meeting_search ORDER BY 1")]
    assert indexed == meetings, context
    stored, fresh = sums(journal)
    assert stored == fresh, context
    stored, fresh = activity(journal)
    assert stored == fresh, context


@contextmanager
def reopened(folder: Path, context: str) -> Iterator[Journal]:
    """The journal opened by the app after the kill; not opening is a failure of the run."""
    try:
        journal = Journal.open(folder)
    except JournalError as exc:
        raise AssertionError(f"{context}: the journal no longer opens: {exc!r}") from exc
    try:
        yield journal
    finally:
        journal.close()


def found(journal: Journal, word: str, context: str) -> list[int]:
    """The meetings a search for ``word`` lists (and counts: the index alone counts)."""
    filters = SearchFilters(text=word)
    ids = [m.id for m in journal.search_page(filters, 0, 10, typing=False)]
    count = journal.search_count(filters, typing=False)
    assert count == len(ids), f"{context}: {word!r} counted {count}, listed {ids}"
    return ids


@dataclass
class Acknowledged:
    """What the writers acknowledged so far: meeting id → (fingerprint, unique word)."""

    meetings: dict[int, tuple[str, str]] = field(default_factory=dict)
    writes: int = 0

    def take(self, lines: list[dict]) -> tuple[dict | None, list[str]]:
        """Apply one run's acknowledgements; the write under way when it was killed
        (or None), and the words that left the journal with an edit or a delete."""
        gone: list[str] = []
        pending = None
        for line in lines:
            if "begin" in line:
                assert pending is None, line
                pending = line
            elif "ack" in line:
                assert pending is not None and pending["begin"] == line["ack"], line
                self._apply(line, gone)
                self.writes += 1
                pending = None
        return pending, gone

    def _apply(self, line: dict, gone: list[str]) -> None:
        op, meeting_id = line["ack"], line["id"]
        if op == "new":
            assert meeting_id not in self.meetings, line
        else:
            gone.append(self.meetings[meeting_id][1])
        if op == "delete":
            del self.meetings[meeting_id]
        else:
            self.meetings[meeting_id] = (line["fp"], line["word"])

    def settle(self, journal: Journal, pending: dict, gone: list[str], context: str) -> str:
        """The killed write is in whole or not at all; take it in when it is."""
        ids = {r[0] for r in journal.store.query("SELECT id FROM meetings")}
        op, meeting_id = pending["begin"], pending["id"]
        if op == "new":
            extra = ids - set(self.meetings)
            assert len(extra) <= 1, context
            if not extra:
                gone.append(pending["word"])
                return "not written"
            (meeting_id,) = extra
            fp = fingerprint(record_of(journal.meeting(meeting_id)))
            assert fp == pending["fp"], f"{context}: half a new meeting {meeting_id}"
        elif op == "edit":
            fp = fingerprint(record_of(journal.meeting(meeting_id)))
            if fp != pending["fp"]:
                assert fp == self.meetings[meeting_id][0], f"{context}: half an edit"
                gone.append(pending["word"])
                return "not written"
        elif meeting_id in ids:
            return "not written"  # the delete; the meeting is compared whole below
        self._apply({**pending, "ack": op, "id": meeting_id}, gone)
        return "written"

    def check(self, journal: Journal, gone: list[str], context: str) -> None:
        ids = {r[0] for r in journal.store.query("SELECT id FROM meetings")}
        lost, extra = set(self.meetings) - ids, ids - set(self.meetings)
        assert not lost and not extra, (
            f"{context}: lost {sorted(lost)}, not written {sorted(extra)}"
        )
        for meeting_id, (fp, word) in self.meetings.items():
            rec = record_of(journal.meeting(meeting_id))
            assert fingerprint(rec) == fp, f"{context}: meeting {meeting_id} is not as written"
            assert found(journal, word, context) == [meeting_id], f"{context}: {word!r}"
        for word in gone:
            assert found(journal, word, context) == [], f"{context}: {word!r} is still found"
        check_index(journal, context)


def test_acknowledged_writes_survive_sigkill_at_random_moments(tmp_path):
    seed = session_seed()
    rng = random.Random(seed)
    folder = tmp_path / "journal"
    acknowledged = Acknowledged()
    phases: Counter[str] = Counter()
    settled: Counter[str] = Counter()
    first_open = time_to_open(tmp_path / "rehearsal")
    for run in range(1, RUNS + 1):
        # The first run creates the journal: its kill lands in the start or the first open
        # (the migrations); later ones mostly in the writes (opening is quick then).
        delay = rng.uniform(0.0, first_open * (1.1 if run == 1 else 2.5))
        child_seed = rng.randrange(2**32)
        outcome = run_child(["write", folder, run, child_seed], kill_after=delay)
        context = (
            f"KILL_SEED={seed}, run {run} of {RUNS} (child seed {child_seed}), killed after "
            f"{delay:.3f} s ({outcome.phase})"
        )
        assert outcome.killed or outcome.returncode == 0, f"{context}\n{outcome.stderr}"
        phases[outcome.phase] += 1
        pending, gone = acknowledged.take(outcome.lines)
        if not journal_file(folder).exists():
            assert not acknowledged.meetings, context
            continue
        applied = check_file(journal_file(folder), context)
        assert applied == migrations.KNOWN[: len(applied)], context
        with reopened(folder, context) as journal:
            if pending is not None:
                settled[acknowledged.settle(journal, pending, gone, context)] += 1
            acknowledged.check(journal, gone, context)
    print(
        f"\n{RUNS} kills (KILL_SEED={seed}): {dict(phases)}; the write under way: "
        f"{dict(settled)}; {acknowledged.writes} writes acknowledged, "
        f"{len(acknowledged.meetings)} meetings at the end"
    )
    if RUNS >= 10:  # not a test of nothing: the kills hit writes, and writes were made
        assert phases["mid-write"] > 0 and acknowledged.writes > RUNS, dict(phases)


# -- the first open: a new journal, or an old one being upgraded -----------------------


def old_journals() -> list[Path]:
    """The saved journals of earlier schemas (the current one needs no upgrade)."""
    old = []
    for path in sorted(DATA.glob("journal-m*.sqlite3")):
        if path.name.removeprefix("journal-").removesuffix(".sqlite3") != migrations.KNOWN[-1]:
            old.append(path)
    assert old
    return old


def contents(journal: Journal) -> dict[str, list]:
    """Every row of the journal's own tables (not when migrations were applied), the
    search index's text, and every meeting as the app reads it."""
    tables = [
        r[0]
        for r in journal.store.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE 'meeting_search%' AND name != ?",
            [migrations.MIGRATIONS_TABLE],
        )
    ]
    rows = {t: sorted(map(repr, journal.store.query(f"SELECT * FROM [{t}]"))) for t in tables}
    rows["meeting_search"] = journal.store.query(
        "SELECT rowid, title, client, notes, texts FROM meeting_search ORDER BY rowid"
    )
    ids = [r[0] for r in journal.store.query("SELECT id FROM meetings ORDER BY id")]
    rows["read back"] = [record_of(journal.meeting(i)) for i in ids]
    return rows


def upgraded(source: Path, folder: Path) -> dict[str, list]:
    """The contents of ``source`` upgraded without interruption."""
    shutil.copy(source, journal_file(folder))
    journal = Journal.open(folder)
    try:
        return contents(journal)
    finally:
        journal.close()


def check_reopens(folder: Path, expected: dict[str, list] | None, before: list[str], context):
    """After a kill in the first open: the file is sound, its schema is the one it had or
    a later one (never a step half applied), and the app opens it with nothing lost."""
    path = journal_file(folder)
    applied = []
    if path.exists() and path.stat().st_size > 0:
        applied = check_file(path, context)
        assert applied == migrations.KNOWN[: len(applied)], context
        assert len(applied) >= len(before), context
    with reopened(folder, context) as journal:
        assert check_file(path, context) == migrations.KNOWN, context
        check_index(journal, context)
        if expected is None:
            assert journal.count_meetings() == 0, context
        else:
            assert contents(journal) == expected, context
    return len(applied)


def applied_in(path: Path) -> list[str]:
    return check_file(path, str(path))


def test_killed_while_upgrading_an_old_journal_it_opens_afterwards(tmp_path):
    seed = session_seed()
    rng = random.Random(seed)
    sources = old_journals()
    expected = {}
    for i, source in enumerate(sources):
        (tmp_path / f"pristine{i}").mkdir()
        expected[source] = upgraded(source, tmp_path / f"pristine{i}")
    upgrade = time_to_open(tmp_path / "rehearsal", sources[0])
    steps: Counter[str] = Counter()
    phases: Counter[str] = Counter()
    for run in range(OPEN_RUNS):
        source = sources[run % len(sources)]
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        shutil.copy(source, journal_file(folder))
        before = applied_in(journal_file(folder))
        delay = rng.uniform(0.3 * upgrade, 1.1 * upgrade)  # mostly past the start-up
        outcome = run_child(["open", folder], kill_after=delay)
        context = (
            f"KILL_SEED={seed}, run {run} ({source.name}), killed after {delay:.3f} s "
            f"({outcome.phase})"
        )
        assert outcome.killed or outcome.returncode == 0, f"{context}\n{outcome.stderr}"
        phases[outcome.phase] += 1
        now = check_reopens(folder, expected[source], before, context)
        if now == len(before):
            steps["no step applied"] += 1
        else:
            steps["all applied" if now == len(migrations.KNOWN) else "some applied"] += 1
    print(f"\n{OPEN_RUNS} kills in an upgrade (KILL_SEED={seed}): {dict(phases)}, {dict(steps)}")


def kill_points(rng: random.Random, total: int, runs: int) -> list[int]:
    """Every statement when there are few enough; else one at random in each of
    ``runs`` equal stretches, so the kills cover the whole open."""
    if runs >= total:
        return list(range(1, total + 1))
    edges = [1 + total * k // runs for k in range(runs + 1)]
    return [rng.randrange(low, max(low + 1, high)) for low, high in pairwise(edges)]


@pytest.mark.parametrize("source", [None, "journal-m001_initial.sqlite3"], ids=["new", "oldest"])
def test_killed_at_any_statement_of_the_first_open(tmp_path, source):
    """SIGKILL as SQLite starts its n-th statement: on the way into, inside and out of
    every migration's transaction, the backup before an upgrade, the first WAL commits."""
    seed = session_seed()
    rng = random.Random(seed)
    for name in ("counted", "whole"):
        (tmp_path / name).mkdir()
    if source is not None:
        shutil.copy(DATA / source, journal_file(tmp_path / "counted"))
    counted = run_child(["open", tmp_path / "counted"])
    assert counted.returncode == 0, counted.stderr
    total = counted.lines[-1]["statements"]
    expected = None if source is None else upgraded(DATA / source, tmp_path / "whole")
    kills = 0
    points = kill_points(rng, total, OPEN_RUNS)
    for n in points:
        folder = tmp_path / f"kill{n}"
        folder.mkdir()
        before = []
        if source is not None:
            shutil.copy(DATA / source, journal_file(folder))
            before = applied_in(journal_file(folder))
        outcome = run_child(["open", folder, n])
        context = f"KILL_SEED={seed}, killed at statement {n} of {total} ({outcome.phase})"
        assert outcome.killed or outcome.returncode == 0, f"{context}\n{outcome.stderr}"
        kills += outcome.killed
        check_reopens(folder, expected, before, context)
        shutil.rmtree(folder)
    print(f"\n{kills} kills at {len(points)} of the {total} statements (KILL_SEED={seed})")
    assert kills >= len(points) // 2, (kills, total)
