"""What keeps ``pathlib``, ``urllib`` and ``re`` off the search command's short way
(issue 19) does what those modules did: the journal's folder as text
(``store/locations.py``), a ``file:`` URI's path (``store/connection.py``), the words
of what was typed (``find/query.py``)."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import pytest

from journal.errors import UnknownHome
from journal.find import query, search
from journal.store import connection, locations, paths

AWKWARD_NAMES = [
    "journal.sqlite3",
    "met spatie/journal.sqlite3",
    "vraag?en#hekje%25/j.sqlite3",
    "Crème brûlée/ijs 😀/j.sqlite3",
    "a//b/./c/../j.sqlite3",
    "~tilde/&=+;,@$!'()*[]/j.sqlite3",
    "tab\tand\nnewline/j",
]


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_a_uri_path_is_what_quote_made_of_the_absolute_path(tmp_path, monkeypatch, name):
    """(Except that a name given as text keeps its "//" and "/./", which ``Path`` leaves
    out: the same file. The next test opens one.)"""
    monkeypatch.chdir(tmp_path)
    for path in (Path(name), tmp_path / name, name):
        expected = quote(str(Path(path).absolute()))
        if isinstance(path, str) and ("//" in path or "/./" in path):
            expected = quote(os.path.join(tmp_path, path))
        assert connection._uri_path(path) == expected


def test_a_journal_with_awkward_characters_in_its_path_opens_read_only(tmp_path, monkeypatch):
    for name in AWKWARD_NAMES:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path)) as made, made:
            made.execute("CREATE TABLE t (x)")
            made.execute("INSERT INTO t VALUES (?)", [name])
        monkeypatch.chdir(path.parent)
        for given in (path, str(path), path.name):
            with closing(connection.connect(given, read_only=True)) as conn:
                assert conn.execute("SELECT x FROM t").fetchone() == (name,)


@pytest.mark.parametrize(
    "given", [None, "", "map", "~/map", "~", "/abs/map/", "rel//map/.", Path("p"), "~nobody-x/m"]
)
def test_the_folder_as_text_is_the_folder_as_a_path(monkeypatch, given):
    monkeypatch.setenv(locations.HOME_VARIABLE, " ~/from-env ")
    for env in (" ~/from-env ", ""):
        monkeypatch.setenv(locations.HOME_VARIABLE, env)
        if given == "~nobody-x/m":
            with pytest.raises(RuntimeError):
                Path(given).expanduser()  # pathlib refuses a home it cannot find; so do we,
            with pytest.raises(UnknownHome):  # in words (tests/test_cli_unknown_home.py)
                locations.data_folder(given)
            continue
        folder = paths.data_dir(given)
        assert isinstance(folder, Path)
        assert folder == Path(locations.data_folder(given))
        assert Path(locations.journal_path(locations.data_folder(given))) == paths.journal_file(
            folder
        )
        if given:
            assert folder == Path(given).expanduser()  # what paths.py did before
        elif env:
            assert folder == Path(env.strip()).expanduser()
        else:
            assert folder == paths.default_data_dir()


def test_the_words_of_what_was_typed_are_the_patterns_words_for_every_character():
    """``query.tokens_of`` (no ``re``, for ``parse``) and ``search._WORD`` (with their
    places, for marking): the same word characters, all of Unicode."""
    every = list(map(chr, range(sys.maxunicode + 1)))
    words = [c for c in every if query.tokens_of(c)]
    assert words == [c for c in every if search._WORD.fullmatch(c)]
    assert len(words) > 100_000  # letters and digits of all scripts


@pytest.mark.parametrize(
    "text",
    [
        "Crème brûlée, café\u0301 #️⃣ x_y 3.5km",
        "مرحبا بالعالم — שָׁלוֹם",
        "a\u0300b\u20e3c ≠ =\u0338 d",
        "  lead\ttab\u2028line\u00a0nbsp ",
        'jan@acme.nl (krap) NEAR/2 "quoted"',
    ],
)
def test_the_words_are_those_of_the_pattern(text):
    assert query.tokens_of(text) == search._WORD.findall(text)


def test_paths_and_query_leave_the_short_way_without_heavy_imports():
    """Imported on their own, without the editable install's finder (``-S``: no site),
    which imports ``pathlib`` into every process of the development venv."""
    import subprocess

    code = (
        "import sys; before = set(sys.modules);"
        "import journal.store.locations, journal.store.connection, journal.find.search_sql,"
        " journal.safety.quick_read;"
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-S", "-c", code], capture_output=True, text=True, cwd=root, env=env
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert not loaded & {"pathlib", "re", "urllib", "urllib.parse", "contextlib", "enum"}
