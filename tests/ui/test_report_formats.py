"""The reports for people (PDF, HTML, Markdown), written from an export bundle by
``ui.coach.exports``: golden files of a small hand-written journal, the PDF read back with
pypdf, a self-contained HTML file, a default export that keeps names and addresses home in
every format, typed markup shown literally, an empty period, a note longer than a page,
and the ``export`` command.

Golden files live in ``tests/ui/data/report``; ``UPDATE_GOLDEN=1`` rewrites them on
purpose. A PDF's bytes hold the moment it was written, so its golden file is the text
pypdf extracts, page by page, with runs of whitespace made single spaces.
"""

import io
import json
import os
import re
import unicodedata
from datetime import date
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.coach.bundle_journal import load
from journal.coach.export_bundle import ExportChoice, build
from journal.coach.report import build as build_report
from journal.model import MeetingInput, Profile, ReflectionInput
from journal.sample import demo
from tests.conftest import november_at
from ui.cli import main
from ui.coach.exports import export
from ui.coach.report_blocks import TABLE_PERIODS, Table, blocks
from ui.common import i18n

GOLDEN = Path(__file__).parent / "data" / "report"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"  # regenerate the golden files on purpose

NOVEMBER = ExportChoice(date(2026, 11, 1), date(2026, 11, 30))
NOVEMBER_TEXTS = ExportChoice(
    date(2026, 11, 1), date(2026, 11, 30), real_names=True, include_texts=True
)
CHOICES = {"november": NOVEMBER, "november-texts": NOVEMBER_TEXTS}
REPORTS = ("pdf", "html", "md")
NO_MEETINGS = "There are no client meetings in this period."
INTENTIONS_HEADER = "| Date | Client | Trait | Next time I will | Kept? |"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# pypdf hands back the ligatures the PDF's fonts use ("ﬂ" in "Reﬂection") as one character.
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


# -- journals --------------------------------------------------------------------------


def _one_meeting(journal, client: str, title: str, notes: str = "", **reflection):
    """A journal with a single reflected November meeting."""
    journal.save_profile(Profile("Sanne de Vries", ()))
    journal.save(
        MeetingInput(client, title, november_at(3, 9), 60, notes),
        ReflectionInput({"listening.1": 3}, **reflection),
    )
    return journal


# -- reading a report back -------------------------------------------------------------


def _report(journal, choice: ExportChoice, kind: str, language: str = "en") -> bytes:
    data, _bundle = export(journal, choice, kind, language)
    return data


def _words(text: str) -> str:
    """``text`` as one line: ligatures spelled out, every run of whitespace one space (a
    PDF breaks lines, and a client's name, wherever the layout wants)."""
    return " ".join(text.translate(LIGATURES).split())


def _pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in _pdf(data).pages]


def _pdf_words(data: bytes) -> str:
    return _words(" ".join(_pdf_pages(data)))


def _pdf_golden_text(data: bytes) -> str:
    out = []
    for number, page in enumerate(_pdf_pages(data), 1):
        lines = [_words(line) for line in page.splitlines()]
        out.append(f"--- page {number} ---\n" + "".join(f"{line}\n" for line in lines if line))
    return "".join(out)


def _readable(kind: str, data: bytes) -> str:
    """What a reader of the file sees, lower case, on one line."""
    if kind == "pdf":
        text = " ".join(_pdf_pages(data))
    elif kind == "html":
        text = unescape(re.sub(r"<[^>]*>", " ", data.decode("utf-8")))
    elif kind == "md":
        text = re.sub(r"\\(.)", r"\1", data.decode("utf-8"))  # backslash escapes
    elif kind == "json":
        text = json.dumps(json.loads(data), ensure_ascii=False)
    else:
        text = data.decode("utf-8-sig")
    return _words(text).lower()


class _Tags(HTMLParser):
    """Every start tag of an HTML document with its attributes."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def named(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


def _golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"no golden file {name}; UPDATE_GOLDEN=1 writes it"
    assert data == path.read_bytes(), f"{name} differs; UPDATE_GOLDEN=1 rewrites it"


def _markdown_table(markdown: str, header: str) -> list[str]:
    """The lines of the table that starts with ``header``, up to the blank line after it
    (or the end of the file)."""
    lines = [*markdown.splitlines(), ""]
    start = lines.index(header)
    return lines[start : lines.index("", start)]


# -- 1. golden files -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["md", "html"])
@pytest.mark.parametrize("name", CHOICES)
def test_markdown_and_html_match_their_golden_files(small, kind, name):
    _golden(f"{name}.{kind}", _report(small, CHOICES[name], kind))


@pytest.mark.parametrize("name", CHOICES)
def test_pdf_text_matches_its_golden_file(small, name):
    text = _pdf_golden_text(_report(small, CHOICES[name], "pdf"))
    _golden(f"{name}.pdf.txt", text.encode("utf-8"))


# -- 2. the PDF read back --------------------------------------------------------------


def test_the_pdf_text_and_charts_embed_only_the_bundled_font(small):
    """Line breaks (and so the golden files) follow the font: a system's own stand-in
    for Helvetica (Nimbus Sans, Liberation Sans, Arial) must never be used."""
    data = _report(small, CHOICES["november-texts"], "pdf")
    fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", data))
    assert fonts and all(name.startswith(b"DejaVuSans") for name in fonts), fonts


def test_the_pdf_reads_back_with_title_period_coverage_and_scores(small):
    data = _report(small, NOVEMBER, "pdf")
    text = _pdf_words(data)
    assert text.startswith("Reflection summary ")
    assert "Sanne de Vries · 1 November 2026 to 30 November 2026" in text
    # Three November meetings (October's is outside), two clients, two reflected on.
    assert "3 client meetings with 2 clients; reflected on 2 (67%)." in text
    assert "Scores per period" in text
    for trait_id in small.bank.trait_ids():
        assert small.bank.trait(trait_id).name.in_language("en") in text
    assert _pdf(data).metadata.title == "Reflection summary – Sanne de Vries"


def test_the_pdf_holds_the_open_answers_only_when_texts_are_included(small):
    answer = "Gemeente Utrecht wilde vooral zekerheid."
    assert answer in _pdf_words(_report(small, NOVEMBER_TEXTS, "pdf"))
    private = _pdf_words(_report(small, NOVEMBER, "pdf"))
    assert "zekerheid" not in private and "Gemeente Utrecht" not in private


def test_the_pdf_charts_are_vectors_not_images(small):
    data = _report(small, NOVEMBER, "pdf")
    for page in _pdf(data).pages:
        assert len(page.images) == 0
        xobjects = page["/Resources"].get("/XObject", {})
        assert all(x.get_object().get("/Subtype") != "/Image" for x in xobjects.values())
    text = _pdf_words(data)
    assert "Traits over time (0–100)" in text and "Trust over time" in text
    # The charts' axes are text in the PDF, which a picture of a chart would not be.
    assert "0 25 50 75 100" in text  # traits, 0–100
    assert "0 2.5 5 7.5 10" in text  # trust


# -- 3. HTML, and the language of a report ---------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_html_is_self_contained_with_two_inline_charts(small, language):
    i18n.install(language)
    html = _report(small, NOVEMBER_TEXTS, "html", language).decode("utf-8")
    tags = _Tags(html)
    assert [attrs.get("lang") for attrs in tags.named("html")] == [language]
    names = {tag for tag, _attrs in tags.tags}
    assert not names & {"script", "img", "link", "iframe", "object", "embed", "base"}
    for tag, attrs in tags.tags:
        assert not {"src", "href", "srcset"} & set(attrs), tag
        assert not [a for a in attrs if a.startswith("on")], tag
    assert "url(" not in html and "@import" not in html
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) == {SVG_NAMESPACE}
    assert html.count("://") == html.count(f'xmlns="{SVG_NAMESPACE}"') == 2
    assert len(tags.named("svg")) == 2


ENGLISH_HEADINGS = ("Reflection summary", "Coverage", "Summary", "Scores per period",
                    "Intentions", "Reflections in their own words", "Whole period")  # fmt: skip


def test_a_dutch_report_is_worded_in_dutch(small):
    i18n.install("nl")
    md = _report(small, NOVEMBER_TEXTS, "md", "nl").decode("utf-8")
    assert small.bank.trait("listening").name.in_language("nl") in md
    assert "november 2026" in md  # Dutch dates: no capital
    for english in ENGLISH_HEADINGS:
        assert not re.search(rf"\b{english}\b", md, re.IGNORECASE), english


# -- 4. privacy ------------------------------------------------------------------------

PERSON = "Marieke Jansen"
ADDRESS = "marieke.jansen@example.nl"


@pytest.fixture
def demo_with_a_person(journal):
    """A demo journal plus a meeting whose texts name a person, her address and a client."""
    demo.fill(journal, 300, 2)
    clients = [c.name for c in journal.clients()]
    journal.save(
        MeetingInput(clients[0], f"Overleg met {clients[1]}", november_at(3, 9), 60,
                     f"{PERSON} ({ADDRESS}) belt over {clients[2]}."),
        ReflectionInput({"listening.1": 4}, {"open.happened": f"{PERSON} mailde: {ADDRESS}"},
                        f"{PERSON} bellen"),
    )  # fmt: skip
    return journal


@pytest.mark.parametrize("kind", ["pdf", "html", "md", "csv", "json"])
def test_a_default_export_holds_no_client_person_or_address(demo_with_a_person, kind):
    journal = demo_with_a_person
    clients = [c.name for c in journal.clients()]
    data = _report(journal, ExportChoice(date(2025, 1, 1), date(2026, 12, 31)), kind)
    seen = _readable(kind, data)
    assert ("client a" if kind in ("csv", "json") else "sanne de vries") in seen  # read right
    raw = data.lower()
    for secret in [*clients, PERSON, *PERSON.split(), ADDRESS, "example.nl"]:
        secret = secret.lower()
        assert _words(secret) not in seen, secret
        for encoding in ("utf-8", "utf-16-be"):  # PDF strings may be UTF-16
            assert secret.encode(encoding) not in raw, (secret, encoding)


# -- 5. escaping -----------------------------------------------------------------------

SCRIPT_CLIENT = "<script>alert(1)</script> & Co"
MARKUP_ANSWER = "*bold* # not a heading | pipe"


@pytest.fixture
def markup(journal):
    return _one_meeting(
        journal, SCRIPT_CLIENT, "Plan <b>x</b>",
        texts={"open.happened": MARKUP_ANSWER}, intention="Vragen | luisteren",
    )  # fmt: skip


def test_html_escapes_typed_markup(markup):
    html = _report(markup, NOVEMBER_TEXTS, "html").decode("utf-8")
    assert "<script" not in html and "<b>x</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert "Plan &lt;b&gt;x&lt;/b&gt;" in html
    assert MARKUP_ANSWER in html
    assert [tag for tag, _a in _Tags(html).tags if tag == "script"] == []


def test_markdown_escapes_typed_markup(markup):
    md = _report(markup, NOVEMBER_TEXTS, "md").decode("utf-8")
    assert "<script>" not in md
    assert r"\*bold\* \# not a heading \| pipe" in md
    assert r"### 3 Nov 2026 · \<script\>alert(1)\</script\> \& Co · Plan \<b\>x\</b\>" in md
    (header, rule, row) = _markdown_table(md, INTENTIONS_HEADER)
    assert row == (
        r"| 3 Nov 2026 | \<script\>alert(1)\</script\> \& Co | – | Vragen \| luisteren | Open |"
    )
    unescaped_pipes = re.compile(r"(?<!\\)\|")
    assert [len(unescaped_pipes.findall(line)) for line in (header, rule, row)] == [6, 6, 6]


def test_pdf_shows_typed_markup_literally(markup):
    text = _pdf_words(_report(markup, NOVEMBER_TEXTS, "pdf"))
    for literal in (SCRIPT_CLIENT, MARKUP_ANSWER, "Plan <b>x</b>", "Vragen | luisteren"):
        assert literal in text


# -- 6. an empty period ----------------------------------------------------------------


@pytest.mark.parametrize("kind", REPORTS)
def test_an_empty_period_says_there_are_no_meetings_and_draws_no_chart(small, kind):
    december = ExportChoice(date(2026, 12, 1), date(2026, 12, 31))
    data = _report(small, december, kind)
    text = _readable(kind, data)
    assert NO_MEETINGS.lower() in text
    assert "over time" not in text and "scores per period" not in text
    if kind == "html":
        assert "<svg" not in data.decode("utf-8")
    if kind == "pdf":
        assert len(_pdf(data).pages) == 1


# -- 7. a long text --------------------------------------------------------------------

WORDS = 3333  # "w0001 w0002 … w3333": about 20,000 characters


@pytest.fixture
def long_note(journal):
    note = " ".join(f"w{i:04d}" for i in range(1, WORDS + 1)) + " Einde van de notitie."
    assert 19_000 < len(note) < 21_000
    _one_meeting(journal, "Kestrel Engineering", "Lange notitie", note)
    return _report(journal, NOVEMBER_TEXTS, "pdf")


def _numbered_words(data: bytes) -> list[int]:
    """The numbers of the note's words in the PDF text, in order (whitespace taken out
    first: pypdf may split a word where the PDF positions its glyphs apart)."""
    text = re.sub(r"\s+", "", " ".join(_pdf_pages(data)))
    return [int(n) for n in re.findall(r"w(\d{4})", text)]


def test_a_long_note_flows_over_pages_and_keeps_its_end(long_note):
    pages = [_words(page) for page in _pdf_pages(long_note)]
    assert len([page for page in pages if re.search(r"w\d{4}", page)]) > 1
    assert "Einde van de notitie." in pages[-1]  # the note is the report's last block
    assert set(_numbered_words(long_note)) == set(range(1, WORDS + 1))  # no word lost


def test_a_long_note_starts_on_the_page_of_its_headings(long_note):
    pages = [_words(page) for page in _pdf_pages(long_note)]

    def page_of(text: str) -> int:
        return next(number for number, page in enumerate(pages) if text in page)

    assert page_of("Reflections in their own words") == page_of("Lange notitie")
    assert page_of("Lange notitie") == page_of("w0001")


def test_a_long_note_is_in_the_pdf_text_once(long_note):
    assert _numbered_words(long_note) == list(range(1, WORDS + 1))


# -- 8. the export command -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["pdf", "md"])
def test_export_command_writes_a_report_only_its_owner_can_read(tmp_path, capsys, settings, kind):
    settings.language = "en"
    data = tmp_path / "data"
    assert main.main(["--data-dir", str(data), "demo", "--meetings", "40"]) == 0
    target = tmp_path / f"summary.{kind}"
    code = main.main(["--data-dir", str(data), "export", "--format", kind, "--from", "2024-01-01",
                     "-o", str(target)])  # fmt: skip
    assert code == 0
    assert f"Wrote {target}: 40 meetings" in capsys.readouterr().out
    assert target.stat().st_mode & 0o777 == 0o600
    if kind == "pdf":
        text = _pdf_words(target.read_bytes())
    else:
        text = _words(target.read_text("utf-8"))
        assert text.startswith("# Reflection summary ")
    assert "Reflection summary" in text and "40 client meetings with" in text


# -- bugs found while writing these tests ----------------------------------------------


def test_a_multi_line_intention_stays_in_one_markdown_table_row(journal):
    _one_meeting(journal, "Acme", "Overleg", intention="Eerst vragen.\nDan luisteren.")
    md = _report(journal, NOVEMBER_TEXTS, "md").decode("utf-8")
    table = _markdown_table(md, INTENTIONS_HEADER)
    assert all(line.startswith("| ") and line.endswith(" |") for line in table)
    assert len(table) == 3
    assert "Eerst vragen." in table[2] and "Dan luisteren." in table[2]


def test_markdown_does_not_read_typed_line_starts_as_lists_or_headings(journal):
    _one_meeting(
        journal,
        "Acme",
        "Overleg",
        "Meenemen:\n- het contract\n1. de begroting",
        texts={"open.happened": "Agenda\n==="},
    )
    md = _report(journal, NOVEMBER_TEXTS, "md").decode("utf-8")
    typed = [line for line in md.splitlines() if re.search(r"contract|begroting|===|Agenda", line)]
    assert len(typed) == 4
    block_start = re.compile(r"^(?:[-+*]\s|\d+[.)]\s|[-=]{3,}\s*$)")
    assert [line for line in typed if block_start.match(line)] == []


def test_markdown_shows_a_typed_character_reference_literally(journal):
    _one_meeting(journal, "Acme", "Overleg", texts={"open.happened": "R&amp;D &copy; 2026"})
    md = _report(journal, NOVEMBER_TEXTS, "md").decode("utf-8")
    assert "**What actually happened?** R" in md
    assert re.findall(r"(?<!\\)&(?:[a-z]+|#\d+);", md) == []


@pytest.mark.parametrize("kind", REPORTS)
def test_a_report_with_real_names_and_texts_leaves_out_e_mail_addresses(small, kind):
    text = _readable(kind, _report(small, NOVEMBER_TEXTS, kind))
    assert "e-mail addresses and locations are never exported" in text
    assert "vroeg naar de planning" in text  # the notes are there
    assert "pieter@utrecht.nl" not in text


def test_a_long_span_splits_the_table_and_leaves_out_empty_years(journal, local_zone):
    """Three years of meetings in a thirty-year period: tables of at most eight periods
    (and the whole period), starting at the first meeting, not in 2000."""

    local_zone("Europe/Amsterdam")
    demo.fill(journal, 1500)  # two years back from the fixed clock
    bundle = build(journal, ExportChoice(date(2000, 1, 1), date(2029, 12, 31)))
    report = build_report(bundle, load(bundle, journal.bank))
    _title, parts = blocks(report, journal.bank, "en")
    tables = [p for p in parts if isinstance(p, Table) and p.header[0] == "Period"]
    assert len(tables) >= 2
    assert all(len(t.header) - 1 <= TABLE_PERIODS + 1 for t in tables)
    assert tables[-1].header[-1] == "Whole period"
    assert report.growth.periods[0].year >= 2024
    periods = sum(len(t.header) - 1 for t in tables) - 1
    assert periods == len(report.columns) - 1


# -- intentions and whether they were kept ------------------------------------------------


def test_the_report_counts_intentions_and_their_kept_rate_per_trait(intentions_kept):
    md = _report(intentions_kept, NOVEMBER, "md").decode("utf-8")
    assert (
        "4 intentions were written: 1 kept, 1 partly kept, 1 not kept, 1 still open. "
        "Kept rate: 50%." in md
    )
    table = _markdown_table(md, "| Trait | Written | Kept | Partly | Not kept | Open | Kept rate |")
    assert table[2:] == [
        "| Courage and commitment | 1 | 0 | 0 | 1 | 0 | 0% |",
        "| Listening | 2 | 1 | 1 | 0 | 0 | 75% |",  # partly kept counts half
        "| No trait | 1 | 0 | 0 | 0 | 1 | – |",  # open: no rate yet
        "| All intentions | 4 | 1 | 1 | 1 | 1 | 50% |",
    ]
    assert "Eerst luisteren" not in md  # the words stayed home, the verdicts did not


def test_with_texts_each_intention_shows_its_trait_and_verdict(intentions_kept):
    md = _report(intentions_kept, NOVEMBER_TEXTS, "md").decode("utf-8")
    assert _markdown_table(md, INTENTIONS_HEADER)[2:] == [
        "| 2 Nov 2026 | Gemeente Utrecht | Listening | Eerst luisteren. | Kept |",
        "| 4 Nov 2026 | Gemeente Utrecht | Listening | Samenvatten wat ik hoor. | Partly |",
        "| 5 Nov 2026 | Kestrel Engineering | Courage and commitment | Zeggen wat ik niet weet. |"
        " Not kept |",
        "| 9 Nov 2026 | Kestrel Engineering | – | Op tijd beginnen. | Open |",
    ]
    pdf = _pdf_words(_report(intentions_kept, NOVEMBER_TEXTS, "pdf"))
    assert "Kept rate" in pdf and "Zeggen wat ik niet weet. Not kept" in pdf


def test_intentions_about_a_trait_left_out_are_counted_apart(intentions_kept):
    choice = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), traits=("listening",))
    md = _report(intentions_kept, choice, "md").decode("utf-8")
    table = _markdown_table(md, "| Trait | Written | Kept | Partly | Not kept | Open | Kept rate |")
    assert table[2:] == [
        "| Listening | 2 | 1 | 1 | 0 | 0 | 75% |",
        "| No trait, or one left out | 2 | 0 | 0 | 1 | 1 | 0% |",
        "| All intentions | 4 | 1 | 1 | 1 | 1 | 50% |",
    ]
