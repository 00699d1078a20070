"""The items as a CSV for the survey tools firms already use (Microsoft Forms, Google
Forms, …): one row per question, to copy word for word into a 1–5 rating question, so
that the tool's response export matches them back (``survey``). UTF-8 with a BOM and
CRLF, as Excel expects; no cell starts with a character a spreadsheet would take for a
formula."""

from __future__ import annotations

import csv
import io

from journal.pulse.bank_view import Bank
from journal.pulse.items import items_by_id
from journal.pulse.model import Pulse

HEADER = {
    "en": ("Number", "Question", "Answer", "Item"),
    "nl": ("Nummer", "Vraag", "Antwoord", "Item"),
}
ANSWER = {
    "en": "Rating 1 to 5 (1 = {low}, 5 = {high}); not required",
    "nl": "Beoordeling 1 tot 5 (1 = {low}, 5 = {high}); niet verplicht",
}


def template_csv(pulse: Pulse, bank: Bank) -> bytes:
    language = pulse.language
    low, high = bank.scale[0].in_language(language), bank.scale[-1].in_language(language)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER[language])
    for number, item in enumerate(items_by_id(bank, pulse.items), 1):
        writer.writerow(
            [
                number,
                _safe(item.text.in_language(language)),
                ANSWER[language].format(low=low, high=high),
                item.id,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
