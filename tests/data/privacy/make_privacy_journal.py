#!/usr/bin/env python3
"""A demo journal for the privacy baseline (issue 16): clients whose names appear in
titles, tags, notes and open answers in the forms that slip past the pseudonymiser, and
generic words that must not be taken for a client.

    python make_privacy_journal.py DATA_DIR      # builds the journal (refuses a used one)
    python make_privacy_journal.py --write-lists # writes markers.json, clients.json

Every marker is placed in a meeting of its own (title, tag, note or answer), reflected
on, dated inside 2026-11-02 … 2026-11-27, so that both the JSON and the CSV export
carry it. markers.json says, per marker, the exact text to look for in an export and
whether it must vanish or may stay. "must_vanish" markers in notes and answers are only
exported with --include-notes (texts stay home by default); the runner exports both
ways.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

CLIENTS = [
    "Großkunde Vexmar",
    "Kestrel Engineering",
    "Zyxcorp Holding",
    "Gemeente Wijkerbroek",
    "O'Brien & Zonen BV",
    "Van der Meer-Kloosterhuis",
    "Émile Dufresne Conseil",
    "Northwind Facilities Ltd",
    "Bakker & Zonen (Logistiek)",
]

NFD_EMILE = unicodedata.normalize("NFD", "Émile Dufresne Conseil")
FULLWIDTH = "".join(
    chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
    for c in "Kestrel Engineering"
)

# id, client of the meeting, where (title|tag|notes|answer), the text placed, the marker
# to look for in the export, expected (vanish|stay), why
MARKERS = [
    (
        "exact_title",
        "Kestrel Engineering",
        "title",
        "Kwartaaloverleg Kestrel Engineering",
        "Kestrel Engineering",
        "vanish",
        "control: the exact name",
    ),
    (
        "upper_title",
        "Kestrel Engineering",
        "title",
        "KWARTAALOVERLEG KESTREL ENGINEERING",
        "KESTREL ENGINEERING",
        "vanish",
        "control: other case, ASCII",
    ),
    (
        "eszett_upper",
        "Großkunde Vexmar",
        "title",
        "Jaarplan GROSSKUNDE VEXMAR",
        "GROSSKUNDE VEXMAR",
        "vanish",
        "ß upper-cases to SS: IGNORECASE does not casefold",
    ),
    (
        "eszett_lower_ss",
        "Großkunde Vexmar",
        "title",
        "jaarplan grosskunde vexmar",
        "grosskunde vexmar",
        "vanish",
        "ß written as ss",
    ),
    (
        "two_spaces",
        "Großkunde Vexmar",
        "title",
        "Overleg Großkunde  Vexmar",
        "Großkunde  Vexmar",
        "vanish",
        "two spaces between the words",
    ),
    (
        "nbsp",
        "Großkunde Vexmar",
        "title",
        "Overleg Großkunde\u00a0Vexmar",
        "Großkunde\u00a0Vexmar",
        "vanish",
        "no-break space",
    ),
    (
        "zero_width_space",
        "Großkunde Vexmar",
        "title",
        "Overleg Groß\u200bkunde Vexmar",
        "Groß\u200bkunde Vexmar",
        "vanish",
        "zero-width space inside the name",
    ),
    (
        "nfd",
        "Émile Dufresne Conseil",
        "title",
        f"Réunion {NFD_EMILE}",
        NFD_EMILE,
        "vanish",
        "decomposed (NFD) while the client is stored NFC",
    ),
    (
        "fullwidth",
        "Kestrel Engineering",
        "title",
        f"Overleg {FULLWIDTH}",
        FULLWIDTH,
        "vanish",
        "fullwidth letters",
    ),
    (
        "curly_apostrophe",
        "O'Brien & Zonen BV",
        "title",
        "Offerte O\u2019Brien & Zonen BV",
        "O\u2019Brien & Zonen BV",
        "vanish",
        "curly apostrophe, client has a straight one",
    ),
    (
        "straight_apostrophe",
        "O'Brien & Zonen BV",
        "title",
        "Offerte O'Brien & Zonen BV",
        "O'Brien & Zonen BV",
        "vanish",
        "control: straight apostrophe as stored",
    ),
    (
        "nb_hyphen",
        "Van der Meer-Kloosterhuis",
        "title",
        "Evaluatie Van der Meer\u2011Kloosterhuis",
        "Van der Meer\u2011Kloosterhuis",
        "vanish",
        "non-breaking hyphen U+2011",
    ),
    (
        "soft_hyphen",
        "Kestrel Engineering",
        "title",
        "Overleg Kes\u00adtrel Engineering",
        "Kes\u00adtrel Engineering",
        "vanish",
        "soft hyphen inside the name",
    ),
    (
        "distinctive_word_kestrel",
        "Kestrel Engineering",
        "title",
        "Evaluatie onderhoudscontract Kestrel",
        "Kestrel",
        "vanish",
        "only the distinctive word of the name",
    ),
    (
        "distinctive_word_vexmar",
        "Großkunde Vexmar",
        "title",
        "Vexmar jaarcontract",
        "Vexmar",
        "vanish",
        "only the distinctive word",
    ),
    (
        "distinctive_word_wijkerbroek",
        "Gemeente Wijkerbroek",
        "title",
        "Wijkerbroek: aanbesteding schoonmaak",
        "Wijkerbroek",
        "vanish",
        "the place name without 'Gemeente'",
    ),
    (
        "possessive",
        "Kestrel Engineering",
        "title",
        "Kestrel Engineering's nieuwe CFO",
        "Kestrel Engineering",
        "vanish",
        "control: possessive 's",
    ),
    (
        "regex_specials",
        "Bakker & Zonen (Logistiek)",
        "title",
        "Planning Bakker & Zonen (Logistiek)",
        "Bakker & Zonen (Logistiek)",
        "vanish",
        "control: brackets and & in the name",
    ),
    (
        "line_break_in_notes",
        "Kestrel Engineering",
        "notes",
        "Afspraken met Kestrel\nEngineering over Q1",
        "Kestrel\nEngineering",
        "vanish",
        "name broken over two lines (notes, --include-notes)",
    ),
    (
        "homoglyph_cyrillic_e",
        "Kestrel Engineering",
        "title",
        "Overleg K\u0435strel Engineering",
        "K\u0435strel Engineering",
        "vanish",
        "Cyrillic е inside the name (deliberate look-alike; hard)",
    ),
    (
        "tag_exact",
        "Zyxcorp Holding",
        "tag",
        "Zyxcorp Holding",
        "Zyxcorp Holding",
        "vanish",
        "control: the exact name as a tag",
    ),
    (
        "tag_hashtag_camel",
        "Zyxcorp Holding",
        "tag",
        "#ZyxcorpHolding",
        "ZyxcorpHolding",
        "vanish",
        "name run together in a hashtag",
    ),
    (
        "tag_snake",
        "Zyxcorp Holding",
        "tag",
        "zyxcorp_holding",
        "zyxcorp_holding",
        "vanish",
        "underscore instead of a space",
    ),
    (
        "tag_first_word",
        "Zyxcorp Holding",
        "tag",
        "zyxcorp",
        "zyxcorp",
        "vanish",
        "the distinctive word as a tag",
    ),
    (
        "url_with_domain",
        "Kestrel Engineering",
        "title",
        "Portal https://portal.kestrel-engineering.co.uk/tender",
        "kestrel-engineering",
        "vanish",
        "the client in a web address",
    ),
    (
        "email_control",
        "Kestrel Engineering",
        "title",
        "Mail piet@kestrel.co.uk terug",
        "piet@kestrel.co.uk",
        "vanish",
        "control: an ordinary address",
    ),
    (
        "email_upper",
        "Kestrel Engineering",
        "title",
        "Mail PIET@KESTREL.CO.UK terug",
        "PIET@KESTREL.CO.UK",
        "vanish",
        "control: upper case address",
    ),
    (
        "email_localhost",
        "Zyxcorp Holding",
        "title",
        "Alerts naar user@localhost",
        "user@localhost",
        "vanish",
        "address without a dot in the domain",
    ),
    (
        "email_ip_literal",
        "Zyxcorp Holding",
        "title",
        "Logs naar ops@[10.1.2.3]",
        "ops@[10.1.2.3]",
        "vanish",
        "address with an IP literal",
    ),
    (
        "email_apostrophe",
        "O'Brien & Zonen BV",
        "title",
        "Mail kees.o'brien@example.nl",
        "kees.o'",
        "vanish",
        "apostrophe in the local part: only the part after it is replaced",
    ),
    (
        "email_in_notes",
        "Kestrel Engineering",
        "notes",
        "Contact: anna.visser@kestrel.co.uk",
        "anna.visser@kestrel.co.uk",
        "vanish",
        "control: address in notes (--include-notes)",
    ),
    (
        "email_unicode",
        "Émile Dufresne Conseil",
        "title",
        "Mail émile@dufresne-conseil.fr",
        "émile@dufresne-conseil.fr",
        "vanish",
        "address with a non-ASCII local part",
    ),
    (
        "phone_mobile_intl",
        "Kestrel Engineering",
        "title",
        "Bel Piet +31 6 12345678",
        "+31 6 12345678",
        "vanish",
        "mobile number, international (no promise in the code yet)",
    ),
    (
        "phone_landline",
        "Gemeente Wijkerbroek",
        "title",
        "Terugbellen 020-1234567",
        "020-1234567",
        "vanish",
        "Dutch landline number (no promise in the code yet)",
    ),
    (
        "phone_in_notes",
        "Gemeente Wijkerbroek",
        "notes",
        "Bel 06-12345678 na 14u",
        "06-12345678",
        "vanish",
        "mobile number in notes (--include-notes)",
    ),
    (
        "name_in_answer",
        "Northwind Facilities Ltd",
        "answer",
        "Northwind Facilities Ltd wilde vooral zekerheid",
        "Northwind Facilities Ltd",
        "vanish",
        "control: exact name in an open answer (--include-notes)",
    ),
    (
        "nbsp_in_answer",
        "Northwind Facilities Ltd",
        "answer",
        "Northwind\u00a0Facilities wilde zekerheid",
        "Northwind\u00a0Facilities",
        "vanish",
        "no-break space, in an answer (--include-notes)",
    ),
    (
        "generic_gemeente",
        "Gemeente Wijkerbroek",
        "title",
        "Gemeente en provincie overleg",
        "Gemeente en provincie",
        "stay",
        "generic word of a client's name",
    ),
    (
        "generic_bv",
        "O'Brien & Zonen BV",
        "title",
        "Oprichting BV besproken",
        "Oprichting BV",
        "stay",
        "generic legal form",
    ),
    (
        "generic_holding",
        "Zyxcorp Holding",
        "title",
        "Holding-structuur toegelicht",
        "Holding-structuur",
        "stay",
        "generic word of a client's name",
    ),
    (
        "generic_engineering",
        "Kestrel Engineering",
        "title",
        "Engineering-afdeling rondleiding",
        "Engineering-afdeling",
        "stay",
        "generic word of a client's name",
    ),
    (
        "generic_facilities",
        "Northwind Facilities Ltd",
        "tag",
        "facilities",
        "facilities",
        "stay",
        "generic word as a tag",
    ),
]


def markers_json() -> list[dict]:
    return [
        dict(zip(("id", "client", "where", "text", "marker", "expected", "why"), m, strict=True))
        for m in MARKERS
    ]


def build(folder: Path) -> None:
    from journal.model import MeetingInput, ReflectionInput
    from journal.service import Journal

    journal = Journal.open(folder)
    try:
        if journal.count_meetings():
            raise SystemExit(f"{folder} already has meetings")
        bank = journal.bank
        scores = {trait.questions[0].id: 3 for trait in bank.traits}
        start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
        for index, marker in enumerate(markers_json()):
            moment = start + timedelta(days=index % 26, hours=index // 26)
            title, tags, notes, texts = f"Overleg ({marker['id']})", (), "", {}
            if marker["where"] == "title":
                title = marker["text"]
            elif marker["where"] == "tag":
                tags = (marker["text"],)
            elif marker["where"] == "notes":
                notes = marker["text"]
            elif marker["where"] == "answer":
                texts = {bank.open_questions[0].id: marker["text"]}
            journal.save(
                MeetingInput(marker["client"], title, moment, 60, notes, tags),
                ReflectionInput(
                    scores=scores,
                    texts=texts,
                    intention="Volgende keer beter luisteren",
                    intention_trait="listening",
                ),
            )
        # every client has a meeting with a neutral title too
        for offset, client in enumerate(CLIENTS):
            journal.save(
                MeetingInput(
                    client, "Voortgangsgesprek", start + timedelta(days=offset, hours=6), 45
                ),
                ReflectionInput(scores=scores),
            )
    finally:
        journal.close()


def main() -> int:
    if sys.argv[1:] == ["--write-lists"]:  # markers.json and clients.json beside this file
        here = Path(__file__).resolve().parent
        (here / "markers.json").write_text(
            json.dumps(markers_json(), ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        (here / "clients.json").write_text(
            json.dumps(CLIENTS, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        return 0
    build(Path(sys.argv[1]))
    print(f"{len(MARKERS)} markers, {len(CLIENTS)} clients in {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
