"""Awkward text (emoji, right-to-left, combining marks, NUL, very long) saved, found and
exported byte for byte (issue 6).

Each sample goes into every text a meeting has: the title, the client's name, the notes
(with the sample as a tag too), an open answer and the intention, each in a meeting of
its own, next to a plain meeting that must never match. It must read back unchanged,
be found by a search for a word of it (as typed), and leave in the JSON bundle (with
texts and real names) and the CSV exactly as it came in.

What validation changes on purpose, and is asserted as such: names (client, tag) have
runs of white space made one space and are trimmed (``journal.store.names.clean_name``); titles
and intentions are trimmed at both ends; notes and open answers are kept as typed. No
text is ever put in another Unicode form. Too long and not-Unicode (a lone surrogate)
are refused with ``InvalidInput``.
"""

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest

from journal.coach.bundle_reader import parse_bundle
from journal.coach.export_bundle import ExportChoice, build
from journal.coach.export_formats import to_csv, to_json
from journal.errors import InvalidInput
from journal.find.search import SearchFilters
from journal.model import MeetingInput, ReflectionInput
from journal.reflect.validation import MAX_NAME, MAX_TAG, MAX_TEXT, MAX_TITLE
from journal.service import Journal

START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NOVEMBER = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), real_names=True, include_texts=True)
SCORES = {"listening.1": 3}  # every meeting reflected, so each has a row in the CSV

LONG = ("Lange tekst met é, e\u0301 en 😀 en 👩🏽\u200d💻; " * 5000)[: MAX_TEXT - 10] + " slotwoord"

# (sample, what a person would type into the search box to find it)
SAMPLES = [
    pytest.param(
        "Team👩🏽\u200d💻 overleg 👨\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈 ❤️ 👍🏿 #️⃣ ☺︎ 🇳🇱",
        ["overleg", "Team👩🏽\u200d💻", "👨\u200d👩\u200d👧\u200d👦", "#️⃣", "👍🏿", "🇳🇱", "❤️"],
        id="emoji-zwj-skin-tones-variation-selectors",
    ),
    pytest.param(
        "שָׁלוֹם עוֹלָם \u200f— مَرْحَبًا بِالْعَالَمِ",
        ["שָׁלוֹם", "مَرْحَبًا", "عَالَمِ"],
        id="hebrew-arabic-with-points",
    ),
    pytest.param(
        "Cafe\u0301 Zoe\u0308 man\u0303ana cre\u0300me",
        ["Café", "crème", "Cafe\u0301", "mañana"],
        id="decomposed-marks",
    ),
    pytest.param("Café Zoë mañana crème", ["Cafe\u0301", "Zoë", "man\u0303ana"], id="precomposed"),
    pytest.param(
        "Z\u0337\u0322\u031ba\u0335l\u0338g\u0334o verwarring",
        ["verwarring", "Z\u0337\u0322\u031ba\u0335l\u0338g\u0334o"],
        id="stacked-marks",
    ),
    pytest.param("voor\x00nabij en \x00 verder", ["nabij", "voor", "verder"], id="nul"),
    pytest.param(
        "een\rtwee\r\ndrie\nvier\u2028vijf\u2029zes\x85zeven",
        ["twee", "drie", "vijf", "zeven"],
        id="cr-crlf-and-other-line-ends",
    ),
    pytest.param(
        "kolom\tA\t\tB\x0bC\x0cD \x1b[31m rood\x1b[0m \x7f\x01\x1f",
        ["kolom", "rood"],
        id="tabs-and-control-characters",
    ),
    pytest.param(
        "zero\u200bwidth non\u200cjoiner\u2060word\ufeffbom \u00a0nbsp\u3000ideo",
        ["zero\u200bwidth", "joiner", "bom", "ideo"],
        id="zero-width-and-odd-spaces",
    ),
    pytest.param(
        "\u202bRTL\u202c \u202ebetrokken\u202c \u200e\u200fmarkers",
        ["betrokken", "markers"],
        id="bidi-embeddings-and-marks",
    ),
    pytest.param(
        # what chat and mail programs put around a pasted name (FSI … PDI, RLI … PDI)
        "Gesprek met \u2068Jan de Vries\u2069 en \u2067\u05e9\u05e8\u05d4\u2069 over isolaat",
        ["Vries", "Jan de Vries", "\u05e9\u05e8\u05d4", "isolaat"],
        id="bidi-isolates",
    ),
    pytest.param(
        "会議の記録 𝒜𝓁𝑔𝑒𝒷𝓇𝒶 नमस्ते ไทย",
        ["会議の記録", "𝒜𝓁𝑔𝑒𝒷𝓇𝒶", "नमस्ते", "ไทย"],
        id="cjk-astral-indic-thai",
    ),
    pytest.param(
        "\x02gemarkeerd\x03 \"quotes\" 'en' \\pad\\ AND NEAR * : ^",
        ["gemarkeerd", '"quotes"', "pad", "AND", "NEAR"],
        id="search-syntax-and-mark-characters",
    ),
    pytest.param("  \t omringd door wit \r\n ", ["omringd"], id="surrounding-white-space"),
    pytest.param(LONG, ["slotwoord", "Lange"], id="longest-text"),
]


def name_form(text: str) -> str:
    """A client or tag name as stored: runs of white space one space, trimmed (names.py)."""
    return " ".join(text.split())


def save_everywhere(journal: Journal, text: str) -> dict[str, int]:
    """One meeting per place the sample goes (where it fits), and a plain one."""

    def save(client="Klant", title="Sessie", notes="", tags=(), texts=None, intention=""):
        meeting = MeetingInput(client, title, START, 60, notes, tags)
        return journal.save(meeting, ReflectionInput(dict(SCORES), texts or {}, intention))

    ids = {"plain": save("Gewone klant", "Koffie", "niets bijzonders")}
    if len(text) <= MAX_TITLE:
        ids["title"] = save(title=text)
    if len(text) <= MAX_NAME:
        ids["client"] = save(client=text)
    tags = (text,) if len(name_form(text)) <= MAX_TAG else ()
    ids["notes"] = save(notes=text, tags=tags)
    ids["answer"] = save(texts={"open.happened": text})
    ids["intention"] = save(intention=text)
    return ids


def assert_same(actual: str, expected: str, where: str) -> None:
    """Equal code point for code point (so byte for byte in UTF-8); says where not."""
    if actual == expected:
        return
    at = next((i for i, (a, e) in enumerate(zip(actual, expected, strict=False)) if a != e), None)
    at = min(len(actual), len(expected)) if at is None else at
    raise AssertionError(
        f"{where}: differs at {at} (lengths {len(actual)}, {len(expected)}): "
        f"{actual[max(0, at - 10) : at + 10]!r} != {expected[max(0, at - 10) : at + 10]!r}"
    )


@pytest.mark.parametrize(("text", "queries"), SAMPLES)
def test_awkward_text_reads_back_exactly(data_dir, text, queries):
    journal = Journal.open(data_dir)
    ids = save_everywhere(journal, text)
    journal.close()
    journal = Journal.open(data_dir)  # from the file, not from anything kept in memory
    try:
        if "title" in ids:
            assert_same(journal.meeting(ids["title"]).title, text.strip(), "title")
        if "client" in ids:
            assert_same(journal.meeting(ids["client"]).client.name, name_form(text), "client")
        notes = journal.meeting(ids["notes"])
        assert_same(notes.notes, text, "notes")
        if len(name_form(text)) <= MAX_TAG:
            assert notes.tags == (name_form(text),)
            assert [t.name for t in journal.tags()] == [name_form(text)]
        answer = journal.meeting(ids["answer"]).reflection
        assert list(answer.texts) == ["open.happened"]
        assert_same(answer.texts["open.happened"], text, "open answer")
        intention = journal.meeting(ids["intention"]).reflection.intention
        assert_same(intention, text.strip(), "intention")
    finally:
        journal.close()


@pytest.mark.parametrize(("text", "queries"), SAMPLES)
@pytest.mark.parametrize("typing", [False, True], ids=["entered", "typing"])
def test_awkward_text_is_found_by_a_word_of_it(journal, text, queries, typing):
    ids = save_everywhere(journal, text)
    holders = sorted(i for place, i in ids.items() if place != "plain")
    for query in queries:
        filters = SearchFilters(text=query)
        found = [m.id for m in journal.search_page(filters, 0, 50, typing)]
        assert sorted(found) == holders, f"searching {query!r}"
        assert journal.search_count(filters, typing) == len(holders), f"counting {query!r}"
    tags = journal.tags()
    if len(name_form(text)) <= MAX_TAG:
        (tag,) = tags
        found = [m.id for m in journal.search_page(SearchFilters(tag_id=tag.id), 0, 50)]
        assert found == [ids["notes"]]


def needs_json_escape(text: str) -> bool:
    return any(c in '"\\' or ord(c) < 0x20 for c in text)


@pytest.mark.parametrize(("text", "queries"), SAMPLES)
def test_awkward_text_is_exported_exactly(journal, text, queries):
    ids = save_everywhere(journal, text)
    bundle = build(journal, NOVEMBER)
    data = to_json(bundle)
    if not needs_json_escape(text):  # the very bytes, not \\u escapes
        assert text.strip().encode("utf-8") in data
    for how, document in [("json", json.loads(data)), ("read back", parse_bundle(data))]:
        meetings = {m["id"]: m for m in document["meetings"]}
        assert set(meetings) == set(ids.values())
        if "title" in ids:
            assert_same(meetings[ids["title"]]["title"], text.strip(), f"{how}: title")
        if "client" in ids:
            assert_same(meetings[ids["client"]]["client"], name_form(text), f"{how}: client")
        assert_same(meetings[ids["notes"]]["notes"], text, f"{how}: notes")
        if len(name_form(text)) <= MAX_TAG:
            assert meetings[ids["notes"]]["tags"] == [name_form(text)], how
        answers = meetings[ids["answer"]]["reflection"]["answers"]
        (answer,) = [a for a in answers if a["question_id"] == "open.happened"]
        assert_same(answer["text"], text, f"{how}: open answer")
        intention = meetings[ids["intention"]]["reflection"]["intention"]
        assert_same(intention, text.strip(), f"{how}: intention")

    table = to_csv(bundle, journal.bank, "en").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(table, newline="")))
    by_meeting: dict[int, list[dict]] = {}
    for row in rows:
        by_meeting.setdefault(int(row["meeting_id"]), []).append(row)
    assert set(by_meeting) == set(ids.values())
    if "title" in ids:
        for row in by_meeting[ids["title"]]:
            assert_same(row["meeting"], text.strip(), "csv: title")
    if "client" in ids:
        for row in by_meeting[ids["client"]]:
            assert_same(row["client"], name_form(text), "csv: client")
    (answer,) = [r for r in by_meeting[ids["answer"]] if r["question_id"] == "open.happened"]
    assert_same(answer["text"], text, "csv: open answer")


# -- what validation refuses or changes, on purpose -------------------------------------

LONE_SURROGATE = "half an emoji \ud83d"


def meeting_with(**fields) -> MeetingInput:
    values = {"client_name": "Klant", "title": "Sessie", "start": START, "duration_minutes": 60}
    return MeetingInput(**{**values, **fields})


@pytest.mark.parametrize(
    ("meeting", "reflection", "field"),
    [
        (meeting_with(client_name=LONE_SURROGATE), ReflectionInput(), "client"),
        (meeting_with(title=LONE_SURROGATE), ReflectionInput(), "title"),
        (meeting_with(notes=LONE_SURROGATE), ReflectionInput(), "notes"),
        (meeting_with(tags=(LONE_SURROGATE,)), ReflectionInput(), "tags"),
        (meeting_with(), ReflectionInput(texts={"open.why": LONE_SURROGATE}), "open.why"),
        (meeting_with(), ReflectionInput(intention=LONE_SURROGATE), "intention"),
    ],
    ids=["client", "title", "notes", "tag", "open-answer", "intention"],
)
def test_text_that_is_not_unicode_is_refused_before_writing(journal, meeting, reflection, field):
    """A lone surrogate (half of an emoji's UTF-16 pair, as a broken paste can give)
    is no character at all: it cannot be stored as UTF-8, so it is refused, naming the
    field, like every other problem with what was typed."""
    with pytest.raises(InvalidInput) as info:
        journal.save(meeting, reflection)
    assert (info.value.field, info.value.problem) == (field, "not valid text")
    assert journal.count_meetings() == 0


def test_renaming_a_tag_to_text_that_is_not_unicode_is_refused(journal):
    journal.save(meeting_with(tags=("tender",)), ReflectionInput())
    (tag,) = journal.tags()
    with pytest.raises(InvalidInput) as info:
        journal.rename_tag(tag.id, LONE_SURROGATE)
    assert (info.value.field, info.value.problem) == ("tags", "not valid text")
    assert [t.name for t in journal.tags()] == ["tender"]


@pytest.mark.parametrize("typing", [False, True], ids=["entered", "typing"])
@pytest.mark.parametrize("query", [LONE_SURROGATE, "\ud800"], ids=["with-words", "alone"])
def test_searching_for_text_that_is_not_unicode_does_not_fail(journal, query, typing):
    """Pasted into the search box: no saved text can hold it, so it finds no meeting
    (other than by its real words) and raises nothing."""
    plain = journal.save(meeting_with(notes="niets bijzonders"), ReflectionInput())
    holder = journal.save(meeting_with(notes="half an emoji"), ReflectionInput())
    filters = SearchFilters(text=query)
    found = [m.id for m in journal.search_page(filters, 0, 10, typing)]
    assert journal.search_count(filters, typing) == len(found)
    assert plain not in found
    assert set(found) <= {holder}


@pytest.mark.parametrize(
    ("meeting", "reflection", "field", "limit"),
    [
        (meeting_with(client_name="é" * (MAX_NAME + 1)), ReflectionInput(), "client", MAX_NAME),
        (meeting_with(title="😀" * (MAX_TITLE + 1)), ReflectionInput(), "title", MAX_TITLE),
        (meeting_with(tags=("e\u0301" * 31,)), ReflectionInput(), "tags", MAX_TAG),
        (meeting_with(notes=LONG + "!"), ReflectionInput(), "notes", MAX_TEXT),
        (meeting_with(), ReflectionInput(texts={"open.why": LONG + "!"}), "open.why", MAX_TEXT),
        (meeting_with(), ReflectionInput(intention=LONG + "!"), "intention", MAX_TEXT),
    ],
    ids=["client", "title", "tag", "notes", "open-answer", "intention"],
)
def test_too_long_is_refused_counting_characters(journal, meeting, reflection, field, limit):
    """Lengths are counted in code points (an emoji is one, "é" decomposed is two), as
    Python counts them; one more than the limit is refused."""
    with pytest.raises(InvalidInput) as info:
        journal.save(meeting, reflection)
    assert (info.value.field, info.value.problem, info.value.limit) == (field, "too long", limit)
    assert journal.count_meetings() == 0


def test_names_make_runs_of_white_space_one_space_and_titles_are_trimmed(journal):
    """The documented changes: a client or tag name is compared and shown with its white
    space (tabs, line ends, no-break and ideographic spaces) made single spaces; a title
    and an intention lose only the white space around them; notes keep everything."""
    typed = " \tKolom\tA\r\nB\u00a0C\u3000D\u2028E "
    meeting_id = journal.save(
        meeting_with(client_name=typed, title=typed, notes=typed, tags=(typed,)),
        ReflectionInput(texts={"open.happened": typed}, intention=typed),
    )
    saved = journal.meeting(meeting_id)
    assert saved.client.name == "Kolom A B C D E"
    assert saved.tags == ("Kolom A B C D E",)
    assert saved.title == "Kolom\tA\r\nB\u00a0C\u3000D\u2028E"
    assert saved.reflection.intention == "Kolom\tA\r\nB\u00a0C\u3000D\u2028E"
    assert saved.notes == typed
    assert saved.reflection.texts == {"open.happened": typed}


def test_a_name_keeps_the_unicode_form_it_was_first_typed_in(journal):
    """A client typed as "Café" decomposed and later composed is one client (names compare
    in any Unicode form), shown as first typed: never normalised when stored."""
    decomposed, composed = "Cafe\u0301 Zee", "Café Zee"
    first = journal.save(meeting_with(client_name=decomposed), ReflectionInput())
    second = journal.save(meeting_with(client_name=composed), ReflectionInput())
    assert [c.name for c in journal.clients()] == [decomposed]
    assert journal.meeting(first).client == journal.meeting(second).client
    assert journal.meeting(second).client.name.encode() == b"Cafe\xcc\x81 Zee"
