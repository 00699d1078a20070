"""One export in any of its formats, for the window and the command line: the bundle
first (what may leave the laptop), then the report or data written from it alone."""

from __future__ import annotations

from typing import Any

from journal.coach import bundle_journal, report
from journal.coach.export_bundle import ExportChoice
from journal.coach.export_formats import to_csv, to_json
from journal.reflect.bank import QuestionBank
from journal.service import Journal
from ui.coach.report_blocks import blocks


def pseudonym_label() -> str:
    """The word pseudonyms are made of: "Client A" in English, "Klant A" in Dutch."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", "Client")


def export(journal: Journal, choice: ExportChoice, kind: str, language: str) -> tuple[bytes, dict]:
    """The file's bytes and the bundle they were made from (for counting what left)."""
    bundle = journal.export_bundle(choice)  # read whole, behind the journal's error words
    return render(bundle, journal.bank, kind, language), bundle


def render(bundle: dict[str, Any], bank: QuestionBank, kind: str, language: str) -> bytes:
    if kind == "json":
        return to_json(bundle)
    if kind == "csv":
        return to_csv(bundle, bank, language)
    readback = bundle_journal.load(bundle, bank)
    try:
        summary = report.build(bundle, readback)
    finally:
        readback.close()
    title, parts = blocks(summary, bank, language)
    if kind == "md":
        from ui.coach.report_markdown import markdown

        return markdown(title, parts).encode("utf-8")
    if kind == "html":
        from ui.coach.report_html import html

        return html(title, parts, language).encode("utf-8")
    if kind == "pdf":
        from ui.coach.report_pdf import pdf  # QtGui and QtSvg: only when a PDF is asked for

        return pdf(title, parts, footer=title)
    raise ValueError(f"unknown export format {kind!r}")
