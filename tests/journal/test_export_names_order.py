"""The export's shortcut for words that name no one (issue 19): a title, tag or text that
names no client leaves the same whenever it is worked out, so the export works it out
once as SQLite meets it and puts in the order of first use only the clients and the
words that name one (``Pseudonyms.text_naming_no_one``, ``export_store.names_in_order``).

Held against the slow path on hostile generated texts: client names in any case, with
possessives, hyphens, run together, with invisible characters, look-alike letters,
accents, in fullwidth, as their distinctive words alone, beside e-mail addresses, phone
numbers and dates; (1) the check itself against ``Pseudonyms.text`` word by word, (2) whole
journals of such texts exported, byte for byte and stand-in for stand-in against the
export as Python built it meeting by meeting (``export_reference``).

More examples: ``ADVISOR_JOURNAL_FUZZ=2000 pytest tests/journal/test_export_names_order.py``.
"""

import os
import tempfile
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journal.coach import export_store
from journal.coach.export_bundle import ExportChoice, prepare
from journal.coach.export_formats import csv_chunks, json_chunks, to_csv, to_json
from journal.coach.privacy import Pseudonyms
from journal.model import MeetingInput, ReflectionInput
from journal.service import Journal
from tests.conftest import FIXED_NOW
from tests.journal import export_reference

EXAMPLES = int(os.environ.get("ADVISOR_JOURNAL_FUZZ", "150"))

CLIENTS = ["Kestrel Engineering", "Zyxcorp Holding", "Gemeente Wijkerbroek", "O'Brien & Zonen BV",
           "Van der Meer-Kloosterhuis", "Großkunde Vexmar", "KPN", "Ōsaka Shōji"]  # fmt: skip
ALIASES = {"Kestrel Engineering": ["kestrel.co.uk", "kestrel"], "KPN": ["kpn.com"]}

_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}
_CYRILLIC = str.maketrans("aeopcxyiAEOPCXH", "аеорсхуіАЕОРСХН")


def _insert(text: str, at: int, char: str) -> str:
    at %= len(text) + 1
    return text[:at] + char + text[at:]


# How people write a name: each takes the name and a number (where to put something).
SPELLINGS = [
    lambda n, i: n,
    lambda n, i: n.upper(),
    lambda n, i: n.lower(),
    lambda n, i: n + "'s",
    lambda n, i: n + "\u2019s",
    lambda n, i: n + "s",
    lambda n, i: n.replace(" ", "-"),
    lambda n, i: n.replace(" ", ""),
    lambda n, i: "#" + "".join(w.capitalize() for w in n.split()),
    lambda n, i: "_".join(n.lower().split()),
    lambda n, i: _insert(n, i, "\u00ad"),
    lambda n, i: _insert(n, i, "\u200b"),
    lambda n, i: _insert(n, i, "-"),
    lambda n, i: _insert(n, i, " "),
    lambda n, i: n.translate(_CYRILLIC),
    lambda n, i: "".join(_FULLWIDTH.get(c, c) for c in n),
    lambda n, i: unicodedata.normalize("NFD", n),
    lambda n, i: unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode(),
    lambda n, i: n.replace("e", "é").replace("o", "ö"),
    lambda n, i: n.split()[i % len(n.split())],  # one word: distinctive or not
    lambda n, i: n.split()[i % len(n.split())].lower() + "s",
    lambda n, i: ".".join(w[0] for w in n.split()) + ".",  # initials
]
names = st.builds(
    lambda name, spell, at: spell(name, at),
    st.sampled_from(CLIENTS + ["Kestrels", "Vexmar", "Kloosterhuis", "Wijkerbroek"]),
    st.sampled_from(SPELLINGS),
    st.integers(0, 40),
)
details = st.sampled_from(
    ["piet@kestrel.co.uk", "kees.o'brien@zyxcorp.nl", "ops@[10.1.2.3]", "+31 6 12345678",
     "020-1234567", "(0)20 123 45 67", "0031 20 123 4567", "01-12-2026", "€ 1.250.000",
     "kestrel.co.uk", "www.kpn.com", "@KPN"]
)  # fmt: skip
ordinary = st.sampled_from(
    ["Overleg", "met", "de", "Engineering", "Holding", "Gemeente", "BV", "meer", "Van",
     "der", "Zonen", "kestrelachtig", "Kest", "rel", "KP", "N", "O'", "Brien", "s", "'", ""]
)  # fmt: skip
filler = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
separators = st.sampled_from([" ", "", "-", "\n", "'", ", ", "\u00a0", "/", "(", ")", "#"])
texts = st.lists(
    st.tuples(st.one_of(names, names, details, ordinary, filler), separators), max_size=6
).map(lambda parts: "".join(piece + between for piece, between in parts))


def pseudonyms(real_names: bool = False) -> Pseudonyms:
    return Pseudonyms(CLIENTS, ALIASES, real_names=real_names)


FUZZ = settings(max_examples=EXAMPLES, deadline=None)


@FUZZ
@given(text=texts, before=st.lists(st.sampled_from(CLIENTS), max_size=3), real=st.booleans())
def test_the_check_is_the_same_search_as_the_words_that_leave(text, before, real):
    """``text_naming_no_one`` is None exactly when ``text`` asks for a stand-in, and
    otherwise what ``text`` makes of it; it hands out nothing itself."""
    quick, slow = pseudonyms(real), pseudonyms(real)
    for client in before:  # stand-ins handed out before make no difference
        quick.client(client)
        slow.client(client)
    asked: list[str] = []
    ask = slow.client
    slow.client = lambda name: asked.append(name) or ask(name)  # type: ignore[method-assign]
    given_before = quick.given()
    found = quick.text_naming_no_one(text)
    leaves = slow.text(text)
    assert quick.given() == given_before
    event("names a client" if found is None else "names no one")
    if found is None:
        assert asked, text
    else:
        assert not asked, text
        assert found == leaves
        assert quick.text(text) == leaves  # and what it remembered is the same


@pytest.mark.parametrize(
    "text",
    ["Evaluatie Kestrel", "KESTREL-ENGINEERING", "Offerte O\u2019Briens", "#ZyxcorpHolding",
     "Wijker\u00adbroek", "Kеstrel", "Ｋｅｓｔｒｅｌ", "kestrel2026", "Vexmar's plan",
     "kloosterhuis"],
)  # fmt: skip
def test_a_text_naming_a_client_is_put_in_order(text):
    assert pseudonyms().text_naming_no_one(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Overleg met de gemeente",
        "Holding-structuur",
        "Meer tijd",
        "KP",
        "",
        "Zonen BV",
        "bel 020-1234567",
        "mail piet@example.org",
    ],
)
def test_a_text_naming_no_one_leaves_as_text_makes_it(text):
    names = pseudonyms()
    assert names.text_naming_no_one(text) == pseudonyms().text(text)
    assert names.given() == {}


# -- whole journals of such texts -------------------------------------------------------

STARTS = [datetime(2026, 11, 2, 9, tzinfo=UTC) + timedelta(hours=h) for h in (0, 0, 1, 30, 30, 300)]
meetings = st.lists(
    st.fixed_dictionaries(
        {
            "client": st.sampled_from(CLIENTS[:4] + ["Noordwind Advies"]),
            "start": st.sampled_from(STARTS),  # the same start for some: then by id
            "title": texts,
            "notes": texts,
            "tag": st.none() | texts,
            "answer": st.none() | texts,
            "intention": st.none() | texts,
        }
    ),
    min_size=1,
    max_size=6,
)


def _journal(folder: Path, rows: list[dict]) -> Journal:
    """``rows`` saved as meetings, then their words put in place as they are (what the
    app would trim or refuse on input a journal may still hold)."""
    journal = Journal.open(folder, clock=lambda: FIXED_NOW)
    conn = journal.store.conn
    for index, row in enumerate(rows):
        meeting_id = journal.save(
            MeetingInput(
                row["client"], f"t{index}", row["start"], 30, "",
                () if row["tag"] is None else (f"tag{index}",),
            ),
            ReflectionInput(
                {"listening.1": 3},
                {} if row["answer"] is None else {"open.happened": f"a{index}"},
                intention="" if row["intention"] is None else f"i{index}",
            ),
        )  # fmt: skip
        with journal.store.transaction():
            conn.execute(
                "UPDATE meetings SET title = ?, notes = ? WHERE id = ?",
                (row["title"], row["notes"], meeting_id),
            )
            conn.execute("UPDATE tags SET name = ? WHERE name = ?", (row["tag"], f"tag{index}"))
            conn.execute("UPDATE answers SET text = ? WHERE text = ?", (row["answer"], f"a{index}"))
            conn.execute(
                "UPDATE intentions SET text = ? WHERE text = ?", (row["intention"], f"i{index}")
            )
    return journal


CHOICES = [
    ExportChoice(date(2026, 1, 1), date(2026, 12, 31), include_texts=True),
    ExportChoice(date(2026, 1, 1), date(2026, 12, 31)),
    ExportChoice(date(2026, 11, 3), date(2026, 11, 30), include_texts=True),
    ExportChoice(date(2026, 1, 1), date(2026, 12, 31), include_texts=True, real_names=True),
    ExportChoice(date(2026, 1, 1), date(2026, 12, 31), clients=(CLIENTS[0],), include_texts=True),
]


@settings(
    max_examples=max(10, EXAMPLES // 3),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(rows=meetings, choice=st.sampled_from(CHOICES), in_start_order=st.booleans())
def test_an_export_of_hostile_texts_is_what_python_wrote_meeting_by_meeting(
    rows, choice, in_start_order, monkeypatch_module
):
    """The same bytes, JSON and CSV, and the same stand-ins handed out, as the export
    that worked out every title, client, tag and text in the order it met them; read
    through the key on start or by day."""
    monkeypatch_module.setattr(export_store, "in_start_order", lambda store, n: in_start_order)
    with tempfile.TemporaryDirectory() as folder:
        journal = _journal(Path(folder), rows)
        try:
            if not any(journal.store.conn.execute("SELECT 1 FROM clients WHERE name = ?",
                                                  choice.clients[:1] or CLIENTS[:1])):  # fmt: skip
                choice = ExportChoice(choice.first, choice.last, include_texts=True)
            slow = export_reference.pseudonyms(journal, choice)
            reference = export_reference.build(journal, choice, slow)
            quick = export_reference.pseudonyms(journal, choice)
            written = b"".join(json_chunks(prepare(journal, choice, quick, batch=2)))
            assert written == to_json(reference)
            assert quick.given() == slow.given()
            event(f"{len(slow.given())} stand-ins, in start order: {in_start_order}")
            lines = b"".join(csv_chunks(prepare(journal, choice, batch=3), journal.bank, "nl"))
            assert lines == to_csv(reference, journal.bank, "nl")
        finally:
            journal.close()


@pytest.fixture(scope="module")
def monkeypatch_module():
    """A monkeypatch Hypothesis may share between the examples of one test."""
    with pytest.MonkeyPatch.context() as patch:
        yield patch
