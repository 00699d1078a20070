"""Writes the sample response exports in this folder, in the exact shapes the tools
produce (run it again after changing it: ``python tests/data/pulse/make_samples.py``).

- ms-forms.xlsx: Microsoft Forms' "Open results in Excel": one sheet, ``ID, Start time,
  Completion time, Email, Name, Last modified time``, then one column per question;
  times as Excel dates; anonymous responses say "anonymous". Rating questions export
  the number.
- ms-forms.csv: the same saved as CSV by Dutch Excel: ';' separated, Windows-1252,
  Dutch headers, dates as "23-11-2026 14:05:10".
- google-forms.csv: Google Forms' "Download responses (.csv)": UTF-8 without BOM,
  ``Timestamp``, ``Email Address``, then the questions; "2026/11/23 3:05:10 PM GMT+1".
- and the hostile ones: a formula cell, a BOM with a different survey, a broken quote,
  binary bytes, an empty file, a workbook that is a zip of something else.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
EN = {
    "listening": "My advisor let me tell my whole story before advising.",
    "candour": "My advisor told me difficult things I needed to hear, in a way I could use.",
    "entree": "When I had doubts, my advisor explored them instead of pushing on.",
    "honest": "My advisor was honest about what they didn't know.",
}
NL = {
    "listening": "Mijn adviseur liet mij eerst mijn hele verhaal doen voordat hij of zij adviseerde.",
    "candour": "Mijn adviseur zei mij ook lastige dingen die ik moest horen, op een manier waar ik iets mee kon.",
    "entree": "Als ik twijfels had, nam mijn adviseur daar de tijd voor in plaats van door te drukken.",
    "honest": "Mijn adviseur was eerlijk over wat hij of zij niet wist.",
}
MS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]


def ms_forms_xlsx() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        MS_HEADER
        + [f"{EN[k]}\n(1-5)" if k == "listening" else EN[k] for k in EN]
        + ["Anything else you would like to tell me?"]
    )
    sheet.append(
        [
            1,
            datetime(2026, 11, 20, 9, 1, 5),
            datetime(2026, 11, 20, 9, 1, 52),
            "anonymous",
            None,
            None,
            4,
            3,
            5,
            4,
            "Thanks!",
        ]
    )
    sheet.append(
        [
            2,
            datetime(2026, 11, 20, 16, 30, 0),
            datetime(2026, 11, 20, 16, 31, 12),
            "p.jansen@utrecht.nl",
            "Pieter Jansen",
            None,
            5,
            4,
            None,
            5,
            None,
        ]
    )
    sheet.append(
        [
            3,
            datetime(2026, 11, 21, 8, 0, 0),
            datetime(2026, 11, 21, 8, 0, 40),
            "anonymous",
            None,
            None,
            2,
            2,
            3,
            3,
            None,
        ]
    )
    book.save(HERE / "ms-forms.xlsx")


def ms_forms_csv_dutch_excel() -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            "Id",
            "Begintijd",
            "Tijd van voltooien",
            "E-mail",
            "Naam",
            *[NL[k] for k in NL],
            "Toelichting",
        ]
    )
    writer.writerow(
        [
            "1",
            "20-11-2026 09:01:05",
            "20-11-2026 09:01:52",
            "anoniem",
            "",
            "4",
            "3",
            "5",
            "4",
            "Goede ideeën, één punt van zorg",
        ]
    )
    writer.writerow(
        [
            "2",
            "21-11-2026 10:12:00",
            "21-11-2026 10:13:02",
            "anoniem",
            "",
            "5 - Volledig",
            "Grotendeels",
            "",
            "3",
            "",
        ]
    )
    (HERE / "ms-forms-nl.csv").write_bytes(out.getvalue().encode("cp1252"))


def google_forms_csv() -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "Timestamp",
            "Email Address",
            "1. " + EN["listening"],
            "2. " + EN["candour"] + " (1-5)",
            "3. " + EN["entree"],
        ]
    )
    writer.writerow(["2026/11/22 3:05:10 PM GMT+1", "anna@kestrel.example", "4", "4", "5"])
    writer.writerow(["2026/11/22 5:40:33 PM GMT+1", "bas@kestrel.example", "3", "", "4"])
    writer.writerow(["2026/11/23 9:12:01 AM GMT+1", "carla@kestrel.example", "5", "4", "4"])
    (HERE / "google-forms.csv").write_text(out.getvalue(), encoding="utf-8", newline="")


def hostile() -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Timestamp", EN["listening"], EN["honest"]])
    writer.writerow(["2026/11/22 3:05:10 PM GMT+1", "4", "5"])
    writer.writerow(["2026/11/22 3:06:10 PM GMT+1", '=HYPERLINK("http://evil.example","5")', "4"])
    writer.writerow(["2026/11/22 3:07:10 PM GMT+1", "7", "heel goed"])
    writer.writerow(["2026/11/22 3:08:10 PM GMT+1", "", ""])
    (HERE / "formulas-and-typos.csv").write_text(out.getvalue(), encoding="utf-8", newline="")
    other = "\ufeffTimestamp,How satisfied are you with our service?,Would you recommend us?\r\n"
    other += "2026/11/22 3:05:10 PM GMT+1,Very satisfied,Yes\r\n"
    (HERE / "other-survey-bom.csv").write_text(other, encoding="utf-8", newline="")
    broken = (
        f'Timestamp,{EN["listening"]}\r\n2026/11/22 3:05:10 PM,"4\r\n2026/11/23 1:00:00 PM,"5"x\r\n'
    )
    (HERE / "broken-quotes.csv").write_text(broken, encoding="utf-8", newline="")
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "binary.csv").write_bytes(bytes(range(256)) * 4)
    with zipfile.ZipFile(HERE / "not-a-workbook.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")


if __name__ == "__main__":
    ms_forms_xlsx()
    ms_forms_csv_dutch_excel()
    google_forms_csv()
    hostile()
