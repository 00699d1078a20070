"""Answers from survey tools' exports: real-shaped Microsoft Forms (XLSX, Dutch CSV)
and Google Forms files, and malformed and hostile ones (tests/data/pulse/)."""

import io
import os
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from journal.pulse import tables
from journal.pulse.errors import PulseUnreadable
from journal.pulse.matching import ItemIndex, normalise
from journal.pulse.survey import read_survey
from journal.reflect.bank import default_bank

DATA = Path(__file__).parents[2] / "data" / "pulse"
BANK = default_bank()


def survey_of(name: str):
    path = DATA / name
    return read_survey(tables.read_table(path.read_bytes(), path), BANK, path)


def test_microsoft_forms_workbook():
    survey = survey_of("ms-forms.xlsx")
    assert (survey.source, survey.form, survey.language) == ("ms-forms", "Excel workbook", "en")
    assert survey.items == ("listening.c1", "candour.c1", "entree.c1", "honest_limits.c1")
    assert [r.row for r in survey.responses] == [2, 3, 4]
    assert survey.responses[1].scores == {"listening.c1": 5, "candour.c1": 4, "honest_limits.c1": 5}
    assert survey.responses[1].identity == "email:p.jansen@utrecht.nl"
    assert survey.responses[0].identity.startswith("ms-forms:1|")  # anonymous: its ID
    assert survey.ignored_columns == ("Anything else you would like to tell me?",)
    assert survey.problems == ()


def test_microsoft_forms_saved_as_csv_by_dutch_excel():
    survey = survey_of("ms-forms-nl.csv")
    assert (survey.source, survey.language) == ("ms-forms", "nl")
    assert survey.notes == ("read as Windows-1252 (it is not UTF-8)",)
    assert survey.responses[1].scores == {"listening.c1": 5, "candour.c1": 4, "honest_limits.c1": 3}
    table = tables.read_table((DATA / "ms-forms-nl.csv").read_bytes(), "x")
    assert table.rows[0][1][-1] == "Goede ideeën, één punt van zorg"  # decoded right
    assert str(survey.responses[0].answered_at) == "2026-11-20 09:01:52+00:00" or (
        survey.responses[0].answered_at.hour == 9
    )


def test_google_forms_csv_with_numbering_and_a_scale_hint():
    survey = survey_of("google-forms.csv")
    assert survey.source == "google-forms"
    assert survey.items == ("listening.c1", "candour.c1", "entree.c1")
    assert [r.identity for r in survey.responses] == [
        "email:anna@kestrel.example", "email:bas@kestrel.example", "email:carla@kestrel.example",
    ]  # fmt: skip
    assert survey.responses[1].scores == {"listening.c1": 3, "entree.c1": 4}  # one skipped
    assert survey.responses[0].answered_at.isoformat() == "2026-11-22T15:05:10+01:00"


def test_bad_cells_are_named_with_row_and_column_and_the_rest_counts():
    survey = survey_of("formulas-and-typos.csv")
    problems = [(p.row, p.problem, p.value) for p in survey.problems]
    assert problems == [
        (3, "formula", '=HYPERLINK("http://evil.example","5")'),
        (4, "out_of_range", "7"),
        (4, "not_a_score", "heel goed"),
        (5, "no_answers", ""),
    ]
    assert survey.problems[0].column == "My advisor let me tell my whole story before advising."
    assert [r.row for r in survey.responses] == [2, 3]  # row 3 keeps its good answer
    assert survey.responses[1].scores == {"honest_limits.c1": 4}


@pytest.mark.parametrize(
    "name, problem, row",
    [
        ("other-survey-bom.csv", "no_questions", 1),
        ("broken-quotes.csv", "malformed", 2),
        ("empty.csv", "empty", None),
        ("binary.csv", "not_text", None),
        ("not-a-workbook.xlsx", "not_excel", None),
    ],
)
def test_files_that_are_not_pulse_answers_are_refused_with_the_reason(name, problem, row):
    with pytest.raises(PulseUnreadable) as info:
        survey_of(name)
    assert (info.value.problem, info.value.row) == (problem, row)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(tables.MAX_BYTES + 1)
    with pytest.raises(PulseUnreadable) as info:
        tables.read_file(path)
    assert info.value.problem == "too_large"
    with pytest.raises(PulseUnreadable, match="too_large"):
        tables.read_table(b"a,b\n" * (tables.MAX_BYTES // 4 + 1), "big")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev are POSIX")
@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "folder"])
def test_a_fifo_a_device_or_a_folder_is_refused_at_once(tmp_path, target):
    # Survey exports are outside input too (issue 16): read like a calendar file.
    path = tmp_path / "answers.csv"
    if target == "fifo":
        os.mkfifo(path)  # nobody ever writes: reading it would wait for ever
    elif target == "folder":
        path.mkdir()
    else:
        path.symlink_to(target)  # a device has no size, and never ends
    began = time.monotonic()
    with pytest.raises(PulseUnreadable) as info:
        tables.read_file(path)
    assert info.value.problem == "unreadable"
    assert info.value.detail.startswith("not a file but a ")
    assert time.monotonic() - began < 2


def test_too_many_rows_and_a_zip_bomb(tmp_path):
    rows = "Timestamp,My advisor let me tell my whole story before advising.\n"
    rows += "2026/11/22 3:05:10 PM,4\n" * (tables.MAX_ROWS + 1)
    with pytest.raises(PulseUnreadable, match="more than 20,000 rows"):
        tables.read_table(rows.encode(), "many")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (tables.MAX_UNZIPPED + 1))
    with pytest.raises(PulseUnreadable) as info:
        tables.read_table(bomb.getvalue(), "bomb.xlsx")
    assert (info.value.problem, info.value.detail) == (
        "too_large",
        "it unpacks to more than 200 MB",
    )


def test_an_old_excel_file_and_utf16_text():
    with pytest.raises(PulseUnreadable, match="old_excel"):
        tables.read_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.xls")
    text = "Timestamp\tMy advisor let me tell my whole story before advising.\r\nx\t4\r\n"
    for data in (text.encode("utf-16"), text.encode("utf-16-le")):
        table = tables.read_table(data, "unicode.txt")
        assert table.rows[0][1] == ("x", "4")


def test_workbook_formulas_are_never_evaluated(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["ID", "Start time", "Completion time", "Email", "Name",
                        "My advisor let me tell my whole story before advising."])  # fmt: skip
    book.active.append([1, None, None, "anonymous", None, "=2+2"])
    book.active.append([2, None, None, "anonymous", None, 4.0])
    book.active.append([3, None, None, "anonymous", None, 4.5])
    path = tmp_path / "formula.xlsx"
    book.save(path)
    survey = read_survey(tables.read_table(path.read_bytes(), path), BANK, path)
    assert [(p.row, p.problem) for p in survey.problems] == [(2, "formula"), (4, "not_a_score")]
    assert [r.scores for r in survey.responses] == [{"listening.c1": 4}]


@pytest.mark.parametrize(
    "header",
    [
        "My advisor let me tell my whole story before advising.",
        "  MY ADVISOR let me tell my whole story before advising  ",
        "3. My advisor let me tell my whole story before advising (1-5)",
        "Q3: My advisor let me tell my whole story, before advising! [1–5]",
        "Vraag 3 - Mijn adviseur liet mij eerst mijn hele verhaal doen voordat hij of zij adviseerde",
        "About our meetings.My advisor let me tell my whole story before advising.",
        "My advisor let me tell my whole story before advising. (1 = not at all, 5 = fully)",
        "Story first [listening.c1]",
    ],
)
def test_columns_match_items_tolerantly(header):
    assert ItemIndex(BANK.client_items()).match(header)[0] == "listening.c1"


@pytest.mark.parametrize(
    "header", ["My advisor", "How satisfied are you?", "", "listening.c1", "[nothing.c1] x"]
)
def test_other_questions_do_not_match(header):
    assert ItemIndex(BANK.client_items()).match(header) is None


def test_normalise():
    assert normalise(" 2) Één — ideeën (1-5) ") == "een ideeen"


def test_two_columns_for_one_item_are_refused():
    data = (
        b"Timestamp,My advisor let me tell my whole story before advising.,"
        b"2. My advisor let me tell my whole story before advising\r\nx,4,5\r\n"
    )
    with pytest.raises(PulseUnreadable) as info:
        read_survey(tables.read_table(data, "two"), BANK, "two")
    assert info.value.problem == "same_question_twice"
