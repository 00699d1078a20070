"""One export in any of its formats, for the window and the command line: the bundle
first (what may leave the laptop), then the report or data written from it alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from journal.coach import bundle_journal, report
from journal.coach.export_bundle import ExportChoice, build
from journal.coach.export_formats import to_csv, to_json
from journal.reflect.bank import QuestionBank
from journal.service import Journal
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
