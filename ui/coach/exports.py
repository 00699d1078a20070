"""One export in any of its formats, for the window and the command line: the bundle
first (what may leave the laptop), then the report or data written from it alone. JSON
and CSV files are written as SQLite builds the meetings (``write``), without the bundle
in memory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from journal.coach import bundle_journal, report
from journal.coach.export_bundle import ExportChoice, build, prepare
from journal.coach.export_formats import csv_chunks, json_chunks, to_csv, to_json
from journal.reflect.bank import QuestionBank
from journal.service import Journal
from ui.coach.export_writer import write_file
from ui.coach.report_blocks import blocks
from ui.coach.report_html import html
from ui.coach.report_markdown import markdown


def pseudonym_label() -> str:
    """The word pseudonyms are made of: "Client A" in English, "Klant A" in Dutch."""
    return QCoreApplication.translate("", "Client")


def export(journal: Journal, choice: ExportChoice, kind: str, language: str) -> tuple[bytes, dict]:
    """The file's bytes and the bundle they were made from (for counting what left)."""
    bundle = build(journal, choice)
    focus = journal.profile().focus_traits
    return render(bundle, journal.bank, kind, language, focus), bundle


@dataclass(frozen=True)
class Written:
    """What left: how many meetings, how many of them reflected."""

    meetings: int
    reflected: int


def write(
    journal: Journal,
    choice: ExportChoice,
    kind: str,
    language: str,
    path: Path,
    nothing_written_when_empty: bool = False,
) -> Written:
    """The export written to ``path``, all or nothing (``write_file``). With
    ``nothing_written_when_empty`` a period without meetings leaves no file (the
    command line's rule: an empty report is no use to a coach)."""
    if kind in ("json", "csv"):
        prepared = prepare(journal, choice)
        if prepared.meetings or not nothing_written_when_empty:
            pieces = (
                json_chunks(prepared)
                if kind == "json"
                else csv_chunks(prepared, journal.bank, language)
            )
            write_file(path, pieces)
        return Written(prepared.meetings, prepared.reflected)
    data, bundle = export(journal, choice, kind, language)
    meetings = bundle["meetings"]
    if meetings or not nothing_written_when_empty:
        write_file(path, data)
    return Written(len(meetings), sum(1 for m in meetings if m["reflection"] is not None))


def render(
    bundle: dict[str, Any],
    bank: QuestionBank,
    kind: str,
    language: str,
    focus: tuple[str, ...] = (),
) -> bytes:
    """``focus``: the advisor's focus traits, highlighted in the report's trait charts
    (the bundle does not hold them)."""
    if kind == "json":
        return to_json(bundle)
    if kind == "csv":
        return to_csv(bundle, bank, language)
    readback = bundle_journal.load(bundle, bank)
    try:
        summary = report.build(bundle, readback)
    finally:
        readback.close()
    title, parts = blocks(summary, bank, language, focus)
    if kind == "md":
        return markdown(title, parts).encode("utf-8")
    if kind == "html":
        return html(title, parts, language).encode("utf-8")
    if kind == "pdf":
        # The lazy point for the PDF writer: it needs QtGui and QtSvg (and a
        # QGuiApplication for its fonts); the other formats do without.
        from ui.coach.report_pdf import pdf

        return pdf(title, parts, footer=title)
    raise ValueError(f"unknown export format {kind!r}")
