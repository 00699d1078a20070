"""``advisor-journal search`` takes a short way (``ui/cli/entry.py``,
``search_command.quick``): the same bytes as the whole command, or no answer at all.

Compared here: the short way against the whole command (``ui.cli.main``, as before the
short way) on a demo journal and on hostile queries; what it leaves to the whole command
(a missing, encrypted, damaged, busy, old or half-converted journal; arguments it does
not read); and that it imports nothing a search does not need."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from journal.find import search, search_sql
from journal.safety import backups, encryption, health, quick_read
from journal.sample import demo
from journal.service import Journal
from journal.store import files, migrations
from journal.store.connection import encryption_available
from journal.store.paths import journal_file
from tests.conftest import FIXED_NOW
from tests.journal.test_beside_each_other import corrupt_search_index
from ui.cli import entry, main, search_command
from ui.cli.data_commands import PASSPHRASE_VARIABLE

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "journal" / "data"

QUERIES = [
    "klant", "", "budget", "BUDGET", "Klant budget", "kla", "plan", '"(krap', "jan@acme.nl",
    "😀", "krap)*", "NOT budget", "AND OR", "*", "NEAR(budget krap)", "≠", "é", "a",
    "\u0301", "x\x00y", "   ", "#️⃣", "\ud83d",
]  # fmt: skip


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sample") / "data"
    journal = Journal.open(folder, clock=lambda: FIXED_NOW)
    demo.fill(journal, 300, 7)
    journal.close()
    return folder


def short(capsys, folder: Path, *argv: str) -> tuple[int | None, str, str]:
    code = search_command.quick(str(folder), list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def whole(capsys, folder: Path, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--data-dir", str(folder), "search", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def clients(folder: Path) -> list[str]:
    with closing(sqlite3.connect(journal_file(folder))) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM clients ORDER BY id")]


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
@pytest.mark.parametrize("query", QUERIES)
def test_the_short_way_prints_what_the_whole_command_prints(
    sample, capsys, monkeypatch, query, terminal
):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: terminal)  # bold on a terminal
    code, out, err = short(capsys, sample, query)
    assert code is not None, "the short way answered"
    assert (code, out, err) == whole(capsys, sample, query)


def before_the_short_way(folder: Path, query: str) -> list[tuple[dict, str]]:
    """What ``search`` printed before it had a short way, from ``search_store.every``
    (the window's marks), as that code wrote it: each match's JSON record and its line
    on a pipe, both without the snippet."""
    from journal.find import search_store
    from journal.find.search import MARK_END, MARK_START, SearchFilters
    from journal.safety.opening import open_store

    def shown(marked: str) -> str:
        return " ".join(marked.replace(MARK_START, "").replace(MARK_END, "").split())

    def line(meeting, marks) -> str:
        day = meeting.start.astimezone().strftime("%Y-%m-%d %H:%M")
        title = shown(marks.title) if marks else meeting.title
        client = shown(marks.client) if marks else meeting.client_name
        return "  ".join(part for part in (day, client, title) if part)

    def record(meeting) -> dict:
        return {
            "id": meeting.id,
            "start": meeting.start.astimezone().isoformat(),
            "client": meeting.client_name,
            "title": meeting.title,
            "reflected": meeting.reflected,
            "trust": None if meeting.trust is None else round(meeting.trust, 2),
        }

    store = open_store(journal_file(folder))
    try:
        found = list(search_store.every(store, SearchFilters(text=query), typing=False))
    finally:
        store.close()
    return [(record(meeting), line(meeting, marks)) for meeting, marks in found]


def phrases_of(query: str) -> list[list[str]]:
    """The query's phrases as FTS5 matches them: each a run of folded words."""
    match = search.parse(query, typing=False).match
    terms = [phrase[1:-1].replace('""', '"') for phrase in match.split(" AND ")] if match else []
    return [[search.fold(word) for word in search.tokens_of(term)] for term in terms]


def holds(text: str, phrases: list[list[str]]) -> bool:
    words = [search.fold(word) for word in search.tokens_of(text)]
    return any(
        words[at : at + len(phrase)] == phrase for phrase in phrases for at in range(len(words))
    )


def assert_a_snippet_of(snippet: str, phrases: list[list[str]], notes: str, texts: str) -> None:
    """The snippet is a window of the texts (answers, intention) where they match, else
    of the notes, else empty: a run of at most ``SNIPPET_WORDS`` of their words on one
    line, holding a match, with "…" on a side exactly where words are left out."""
    source = texts if holds(texts, phrases) else notes if holds(notes, phrases) else None
    if source is None:
        assert snippet == ""
        return
    lead, inner, more = snippet.startswith("…"), snippet.strip("…"), snippet.endswith("…")
    flat = " ".join(search.unmarked(source).split())
    assert holds(inner, phrases), (snippet, source)
    assert len(search.tokens_of(inner)) <= search_sql.SNIPPET_WORDS
    at = [i for i in range(len(flat)) if flat.startswith(inner, i)]
    assert any(
        lead == bool(search.tokens_of(flat[:i]))
        and more == bool(search.tokens_of(flat[i + len(inner) :]))
        for i in at
    ), (snippet, source)


def test_each_part_is_made_one_line_as_before():
    """``_one_line`` takes a short cut for a part on one line already (or on lines): the
    same as taking the markers out and splitting it at white space, for every text of up
    to four of these characters: white space of all kinds, markers, letters."""
    alphabet = "aé \n\t\r\x0b\x1c\x85\xa0\u2028\u3000\x02\x03\x1b"
    for length in range(5):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            expected = " ".join(search.unmarked(text).split())
            assert search_command._one_line(text) == expected, repr(text)


@pytest.mark.parametrize("query", ["", "klant"])
def test_the_lines_written_a_few_at_a_time_are_all_the_lines(sample, capsys, monkeypatch, query):
    monkeypatch.setattr(search_command, "LINES_A_WRITE", 10**6)
    code, at_once, _ = short(capsys, sample, query)
    monkeypatch.setattr(search_command, "LINES_A_WRITE", 7)
    assert short(capsys, sample, query) == (code, at_once, "")
    assert code == 0 and at_once.count("\n") > 7 * 3
    if not query:
        assert at_once == "".join(line + "\n" for _, line in before_the_short_way(sample, ""))


BOLD_SPAN = re.compile("\x1b\\[1m(.*?)\x1b\\[0m")


@pytest.mark.parametrize("query", QUERIES)
def test_the_lines_are_those_printed_before_with_fts5_snippets(sample, capsys, monkeypatch, query):
    """Since the snippets are FTS5's (issue 19): the same meetings, order, local times,
    clients, titles and records as before; the snippet a window around the match; on a
    terminal the same lines with the query's phrases, and only those, in bold."""
    ways = {}
    for way in ("pipe", "terminal", "json"):
        monkeypatch.setattr(sys.stdout, "isatty", lambda way=way: way == "terminal")
        code, ways[way], err = short(capsys, sample, query, *(["--json"] * (way == "json")))
        assert code is not None and err == ""
    records = json.loads(ways["json"]) if ways["json"] else []
    before = before_the_short_way(sample, query)
    assert [{k: v for k, v in r.items() if k != "snippet"} for r in records] == [
        record for record, _ in before
    ]
    assert ways["pipe"] == "".join(
        "  ".join(part for part in (line, record["snippet"]) if part) + "\n"
        for (_, line), record in zip(before, records, strict=True)
    )
    assert BOLD_SPAN.sub("\\1", ways["terminal"]) == ways["pipe"]
    phrases = phrases_of(query)
    for marked in BOLD_SPAN.findall(ways["terminal"]):
        assert [search.fold(word) for word in search.tokens_of(marked)] in phrases, marked
    with closing(sqlite3.connect(journal_file(sample))) as conn:
        for record in records:
            notes, texts = conn.execute(
                "SELECT notes, texts FROM meeting_search WHERE rowid = ?", [record["id"]]
            ).fetchone()
            assert_a_snippet_of(record["snippet"], phrases, notes, texts)
    if query in ("klant", "budget"):
        assert "\x1b[1m" in ways["terminal"] and any(r["snippet"] for r in records)


@pytest.mark.parametrize(
    "extra",
    [
        ["--json"],
        ["--client", "{client}"],
        ["--client={client_upper}", "--json"],
        ["--from", "2025-01-01", "--to", "2025-12-31"],
        ["--to=2026-01-01"],
        ["--client", "{client}", "--from", "2020-01-01", "--client", "{other}"],
        ["--from", "2026-02-30"],  # not a date: the whole parser says so
        ["--to", "2025-01-01", "--from", "2025-02-01"],  # before: the whole command says so
        ["--client", "Niemand"],  # no such client: the whole command names it
        ["--cl", "x"],  # an abbreviation: the whole parser's
        ["--json", "extra query"],  # two queries
    ],
)
@pytest.mark.parametrize("query", ["klant", "", "😀"])
def test_options_give_the_same_answer_or_go_the_whole_way(sample, capsys, query, extra):
    names = clients(sample)
    values = {"client": names[0], "client_upper": names[1].upper(), "other": names[2]}
    argv = [query, *(arg.format(**values) for arg in extra)]
    code, out, err = short(capsys, sample, *argv)
    if code is None:
        assert (out, err) == ("", ""), "nothing printed before giving up"
        code, out, err = main_via_entry(capsys, sample, *argv)
    try:
        expected = whole(capsys, sample, *argv)
    except SystemExit as exit_:  # an argument the whole parser refuses
        expected = (exit_.code, *capsys.readouterr())
    assert (code, out, err) == expected
    if "--json" in argv and code == 0:
        json.loads(out)


def main_via_entry(capsys, folder: Path, *argv: str):
    try:
        code = entry.main(["--data-dir", str(folder), "search", *argv])
    except SystemExit as exit_:
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_windowed_program_searches_the_short_way_too(sample, capsys, monkeypatch):
    """``main_windowed`` (the standalone build's program) goes through ``entry``: a
    search is answered without the whole command; anything else still reaches it."""
    expected = whole(capsys, sample, "budget")
    called = []
    monkeypatch.setattr(main, "main", lambda argv=None: called.append(argv) or 5)
    monkeypatch.setattr(
        sys, "argv", ["advisor-journal-app", "--data-dir", str(sample), "search", "budget"]
    )
    assert entry.main_windowed() == 0
    assert (0, *capsys.readouterr()) == expected
    assert called == []
    monkeypatch.setattr(sys, "argv", ["advisor-journal-app", "--data-dir", str(sample), "check"])
    assert entry.main_windowed() == 5
    assert called == [["--data-dir", str(sample), "check"]]


ARGVS = [
    ["x"], ["x", "--json"], ["--json", "x"], ["x", "--client", "A B"], ["x", "--client=-a"],
    ["x", "--client="], ["--from", "2026-01-02", "x"], ["x", "--to=2026-01-02"],
    ["x", "--client", "a", "--client", "b"], ["", "--json"], ["a=b"], ["x y", "--to", "20260102"],
    # not read by the short way (None), whatever the whole parser makes of them:
    ["-x"], ["--", "x"], ["x", "--client"], ["x", "--client", "-a"], ["--help"], ["-h", "x"],
    ["x", "--js"], ["x", "--json=1"], ["x", "y"], [], ["x", "--from", "gisteren"], ["-"],
    ["x", "--to", "2026-01-01", "--from", "2026-02-01"], ["x", "--bogus"],
]  # fmt: skip


@pytest.mark.parametrize("argv", ARGVS, ids=[" ".join(a) or "(none)" for a in ARGVS])
def test_the_plain_arguments_are_what_the_whole_parser_reads(argv):
    plain = search_command.plain_arguments(argv)
    if plain is None:
        return
    parsed = main.build_parser().parse_args(["search", *argv])
    assert vars(plain) == {k: getattr(parsed, k) for k in vars(plain)}


def test_the_plain_arguments_leave_out_what_they_must():
    for argv in (["-x"], ["--", "x"], ["--help"], ["x", "--js"], ["x", "--client"], []):
        assert search_command.plain_arguments(argv) is None, argv


def copy_of(sample: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(sample, folder)
    return folder


@pytest.mark.parametrize(
    "beside",
    [
        encryption.INTENT,  # a conversion under way or killed
        encryption.INTENT + ".tmp",
        encryption.CONVERTING,
        ".moving-aside",  # health: a move aside written down
        ".moving-aside.tmp",
        ".restoring",  # a restore's copy
        "-journal",  # a rollback journal SQLite would roll back
    ],
)
def test_anything_beside_the_journal_sends_it_the_whole_way(sample, tmp_path, capsys, beside):
    folder = copy_of(sample, tmp_path)
    Path(f"{journal_file(folder)}{beside}").write_bytes(b"")
    assert quick_read.read_only(journal_file(folder)) is None
    assert short(capsys, folder, "klant") == (None, "", "")


@pytest.mark.parametrize("name", ["journal.x.sqlite3.partial", "journal.sqlite3.converting"])
def test_a_leftover_in_the_backups_sends_it_the_whole_way(sample, tmp_path, capsys, name):
    folder = copy_of(sample, tmp_path)
    (backups.folder_of(journal_file(folder)) / name).parent.mkdir(exist_ok=True)
    (backups.folder_of(journal_file(folder)) / name).write_bytes(b"")
    assert short(capsys, folder, "klant") == (None, "", "")


def test_the_names_it_looks_for_are_the_safety_modules_own():
    assert quick_read.BACKUPS_FOLDER == backups.FOLDER
    assert quick_read.SIDE_FILES == files.SIDE_FILES
    assert encryption.CONVERTING in quick_read.LEFTOVERS_IN_BACKUPS
    assert health._intent_file(Path("j.sqlite3")).name.startswith("j.sqlite3")


def test_a_journal_moved_aside_or_a_backup_does_not(sample, tmp_path, capsys):
    folder = copy_of(sample, tmp_path)
    assert main.main(["--data-dir", str(folder), "backup"]) == 0
    capsys.readouterr()
    shutil.copy(journal_file(folder), folder / "journal.damaged-2026-01-01-120000.sqlite3")
    code, out, _ = short(capsys, folder, "klant")
    assert code == 0 and out


@pytest.mark.parametrize("step", ["journal-m009_transcripts", "journal-m001_initial"])
def test_an_older_journal_is_updated_the_whole_way(tmp_path, capsys, step):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(DATA / f"{step}.sqlite3", journal_file(folder))
    assert short(capsys, folder, "") == (None, "", "")
    code, _, err = main_via_entry(capsys, folder, "")
    assert code in (0, 1) and err == ""
    with closing(sqlite3.connect(journal_file(folder))) as conn:
        assert len(health.applied_migrations(conn)) == len(migrations.KNOWN)
    assert short(capsys, folder, "")[0] == code  # now current: the short way answers


def test_a_newer_journal_is_refused_the_whole_way(sample, tmp_path, capsys):
    folder = copy_of(sample, tmp_path)
    with closing(sqlite3.connect(journal_file(folder))) as conn, conn:
        conn.execute(
            f"INSERT INTO {migrations.MIGRATIONS_TABLE} (migration_set, name, applied_at) "
            "VALUES (?, 'm999_future', '2030-01-01')",
            [migrations.MIGRATION_SET],
        )
    assert short(capsys, folder, "klant") == (None, "", "")
    code, out, err = main_via_entry(capsys, folder, "klant")
    assert code == 2 and out == "" and "newer" in err.lower()


def run(folder: Path, *args: str, module: str = "entry", env: dict | None = None):
    """The command in a child, through the console script's entry or the whole command
    alone (``main``), so exit codes and both streams are what a shell sees."""
    code = f"import sys; from ui.cli.{module} import main; sys.exit(main(sys.argv[1:]))"
    base = {k: v for k, v in os.environ.items() if k != PASSPHRASE_VARIABLE}
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(folder), "search", *args],
        capture_output=True,
        cwd=REPO,
        env={**base, "XDG_STATE_HOME": str(folder.parent / "state"), **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def same_as_before(make, tmp_path: Path, *args: str, env: dict | None = None):
    """The console script and the whole command alone, each on its own copy of the
    folder ``make`` fills: the same exit code and the same bytes on both streams."""
    results = []
    for module in ("entry", "main"):
        folder = tmp_path / module / "data"
        folder.parent.mkdir(parents=True)
        make(folder)
        result = run(folder, *args, module=module, env=env)
        results.append(
            (result.returncode, result.stdout, result.stderr.replace(bytes(folder), b"DIR"))
        )
    assert results[0] == results[1]
    return results[0]


def test_a_missing_journal_as_before(tmp_path):
    code, out, err = same_as_before(lambda folder: None, tmp_path, "klant")
    assert (code, out, err) == (1, b"", b"")


def damaged(sample: Path, how):
    def make(folder: Path) -> None:
        shutil.copytree(sample, folder)
        how(journal_file(folder))

    return make


def garble_a_page(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(4 * 4096)
        f.write(b"\xa5" * 4096)


@pytest.mark.parametrize(
    "how",
    [
        lambda p: p.write_bytes(b"\0" * 100 + p.read_bytes()[100:]),
        lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
        lambda p: p.write_text("boodschappen: melk, brood\n"),
        garble_a_page,
        lambda p: p.write_bytes(b""),
    ],
    ids=["zeroed-header", "truncated", "text-file", "garbled-page", "emptied"],
)
def test_a_damaged_journal_is_refused_in_words_as_before(sample, tmp_path, how):
    """(A garbled page the search never reads goes unnoticed by both, as before.)"""
    code, out, err = same_as_before(damaged(sample, how), tmp_path, "klant")
    assert code in (0, 1, 2)
    assert b"Traceback" not in err


def test_a_damaged_search_index_is_rebuilt_as_before(sample, tmp_path):
    def make(folder: Path) -> None:
        shutil.copytree(sample, folder)
        corrupt_search_index(journal_file(folder))

    code, out, err = same_as_before(make, tmp_path, "klant")
    assert code == 0 and out and b"Traceback" not in err


@pytest.mark.skipif(not encryption_available(), reason="no sqlcipher3")
def test_an_encrypted_journal_asks_its_passphrase_as_before(sample, tmp_path):
    def make(folder: Path) -> None:
        shutil.copytree(sample, folder)
        encryption.rewrite(journal_file(folder), None, "kat op de mat")

    code, out, err = same_as_before(make, tmp_path, "klant")
    assert code == 2 and PASSPHRASE_VARIABLE.encode() in err
    right = {PASSPHRASE_VARIABLE: "kat op de mat"}
    code, out, err = same_as_before(make, tmp_path / "right", "klant", env=right)
    assert code == 0 and out


def test_a_journal_held_by_another_program_goes_the_whole_way(sample, tmp_path, capsys):
    folder = copy_of(sample, tmp_path)
    with closing(sqlite3.connect(journal_file(folder), isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        assert short(capsys, folder, "klant") == (None, "", "")
        holder.execute("COMMIT")


def test_the_short_way_imports_only_what_a_search_needs(sample):
    code = (
        "import sys; from ui.cli import entry; entry.main(sys.argv[1:]);"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(sample), "search", "klant"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout
    loaded = set(result.stderr.split())
    for heavy in (
        "PySide6",
        "argparse",
        "logging",
        "dataclasses",
        "typing",
        "threading",
        "journal.service",
        "journal.model",
        "journal.store.storage",
        "journal.safety.opening",
        "ui.cli.main",
        "ui.common.app_log",
        "sqlite_utils",
    ):
        assert heavy not in loaded, heavy


def test_beyond_what_sqlite3_brings_the_short_way_imports_ours_and_little_else(sample):
    """As an installed program starts (``-S``: without the development venv's editable
    finder, which imports pathlib, re and more into every process there): a bare script's
    ``import sqlite3`` brings most of what a search needs; beyond it only our modules and
    these few. Not pathlib, re, urllib, enum, contextlib (issue 19: each a share of the
    whole search's time)."""
    listed = "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    ways = {
        "bare": "import os, sqlite3, sys;" + listed,  # os: site imports it into every one
        "short": "import sys; from ui.cli import entry; entry.main(sys.argv[1:]);" + listed,
    }
    loaded = {}
    for way, code in ways.items():
        result = subprocess.run(
            [sys.executable, "-S", "-c", code, "--data-dir", str(sample), "search", "klant"],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        loaded[way] = set(result.stderr.split())
    ours = {name for name in loaded["short"] if name.split(".")[0] in ("journal", "ui")}
    beyond = loaded["short"] - loaded["bare"] - ours
    assert beyond <= {"__future__", "unicodedata", "weakref", "_weakrefset", "atexit"}, beyond
    assert "journal.find.search" not in ours  # the marking in Python, with re


def test_the_whole_help_still_lists_search(capsys):
    with pytest.raises(SystemExit) as exit_:
        entry.main(["--help"])
    assert exit_.value.code == 0
    assert "search" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        entry.main(["search", "--help"])
    assert "QUERY" in capsys.readouterr().out


@pytest.mark.parametrize(
    "zone", ["Europe/Amsterdam", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu"]
)
def test_the_local_times_are_those_printed_before(sample, capsys, local_zone, zone):
    local_zone(zone)  # half-hour offsets, a half-hour summer time, a 45-minute offset
    code, out, _ = short(capsys, sample, "")
    assert code == 0
    assert out == "".join(line + "\n" for _, line in before_the_short_way(sample, ""))


def test_local_times_outside_1970_to_2037_are_those_printed_before(tmp_path, capsys, local_zone):
    """Outside those years SQLite's 'localtime' only guesses a zone's rules; Python's
    ``localtime`` gives those lines (no summer time in 1950, summer time in 2050)."""
    from datetime import UTC, datetime

    from journal.model import MeetingInput, ReflectionInput

    local_zone("Europe/Amsterdam")
    folder = tmp_path / "data"
    journal = Journal.open(folder, clock=lambda: FIXED_NOW)
    for when in ("1950-07-01T10:00", "1969-12-31T23:30", "1970-01-01T23:59", "2037-12-30T23:30",
                 "2038-01-19T03:30", "2050-07-01T10:00", "2099-03-28T01:30"):  # fmt: skip
        start = datetime.fromisoformat(when).replace(tzinfo=UTC)
        journal.save(
            MeetingInput("Kestrel", f"Overleg {when}", start, 60, "de klant"), ReflectionInput()
        )
    journal.close()
    before = "".join(line + "\n" for _, line in before_the_short_way(folder, ""))
    assert "1950-07-01 11:00" in before and "2050-07-01 12:00" in before  # none, summer time
    for query in ("", "klant"):
        code, out, _ = short(capsys, folder, query)
        assert code == 0
        assert [line[:16] for line in out.splitlines()] == [
            line[:16] for line in before.splitlines()
        ]
