"""A report as a flat list of blocks (headings, paragraphs, charts, tables): the one
structure the PDF, HTML and Markdown writers each turn into their format, so the three
always say the same thing in the same order.

Paragraph text is safe rich text (escaped, with ``<b>`` and ``<i>`` only); table cells
are plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from journal.coach.report import Report
from journal.reflect.bank import QuestionBank
from ui.coach import report_charts
from ui.coach.report_words import ReportWords
from ui.common.palette import COLOURS


@dataclass(frozen=True)
class Heading:
    level: int  # 1 title, 2 section, 3 one reflection
    text: str


@dataclass(frozen=True)
class Paragraph:
    html: str
    small: bool = False


@dataclass(frozen=True)
class Chart:
    """A chart with its heading and a note on how to read it (Markdown has no drawing,
    so it leaves the whole section out; the table carries the same figures)."""

    title: str
    svg: str
    note: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: bool = True  # every column but the first holds numbers


Block = Heading | Paragraph | Chart | Table
TABLE_PERIODS = 8  # period columns per table: what fits a page wide


def blocks(
    report: Report, bank: QuestionBank, language: str, focus: tuple[str, ...] = ()
) -> tuple[str, list[Block]]:
    """The document's title and its blocks, in the app's language; ``focus`` traits stand
    out in the trait charts."""
    words = ReportWords(report, bank, language)
    out: list[Block] = [
        Heading(1, words.title()),
        Paragraph(escape(words.period_line())),
        Paragraph("<i>" + escape(words.privacy_line()) + "</i>", small=True),
        Heading(2, words.heading("coverage")),
        Paragraph(escape(words.coverage_line())),
    ]
    if report.reflected:
        out += _growth(report, words, focus)
    if report.others:
        out += [
            Heading(2, words.heading("others")),
            Table(words.others_header(), tuple(words.others_rows())),
            # below its table, so that the heading keeps the table on its page
            Paragraph(escape(words.others_note()), small=True),
        ]
    out += [Heading(2, words.heading("intentions")), Paragraph(escape(words.intentions_line()))]
    if report.kept:
        out += [
            Paragraph(escape(words.kept_note()), small=True),
            Table(words.kept_header(), tuple(words.kept_table_rows())),
        ]
    if report.entries and any(entry.intention for entry in report.entries):
        out.append(
            Table(
                words.intentions_header(),
                tuple(words.intention_row(e) for e in report.entries if e.intention),
                numeric=False,
            )
        )
    written = [entry for entry in report.entries if entry.answers or entry.notes]
    if written:
        out.append(Heading(2, words.heading("texts")))
        for entry in written:
            out.append(
                Heading(3, " · ".join([words.short_day(entry.day), entry.client, entry.title]))
            )
            labelled = [(words.question(q), text) for q, text in entry.answers]
            labelled += [(words.notes_label(), entry.notes)] if entry.notes else []
            for label, text in labelled:
                out.append(Paragraph(f"<b>{escape(label)}</b> {_lines(text)}"))
    return words.document_title(), out


def _growth(report: Report, words: ReportWords, focus: tuple[str, ...]) -> list[Block]:
    growth = report.growth
    by_period = report.table_growth  # per month for most exports: readable small charts
    colours = {t: COLOURS[i % len(COLOURS)] for i, t in enumerate(report.traits)}
    trust_labels = {n: words.trust(n) for n in growth.trust}
    tables: list[Block] = []
    periods, whole = report.columns[:-1], report.columns[-1]
    for start in range(0, len(periods), TABLE_PERIODS):
        columns = periods[start : start + TABLE_PERIODS]
        if start + TABLE_PERIODS >= len(periods):
            columns = (*columns, whole)  # the whole period closes the last table
        header = (words.row_label_heading(), *(words.column_label(c) for c in columns))
        rows = tuple((label, *cells) for label, cells in words.table_rows(columns))
        tables.append(Table(header, rows))
    return [
        Heading(2, words.heading("summary")),
        Paragraph(words.summary_html()),
        Chart(
            words.heading("traits_chart"),
            report_charts.trait_panels(
                by_period.traits,
                words.trait_names(),
                colours,
                by_period.periods,
                by_period.granularity,
                focus,
                words.focus_label(),
            ),
            words.chart_note(),
        ),
        Chart(
            words.heading("trust_chart"),
            report_charts.trust_chart(
                growth.trust, trust_labels, growth.periods, growth.granularity
            ),
            words.trust_note(),
        ),
        Heading(2, words.heading("table")),
        *tables,
    ]


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.splitlines())
