"""A survey tool's response export as rows of cells: CSV in whatever encoding and
separator a spreadsheet saved it with, or an Excel workbook (openpyxl). Within limits:
a file too large, a zip bomb, a binary file or an old .xls is refused with its reason,
before anything is parsed. Cells are never evaluated: a formula stays its text."""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from journal.pulse.errors import PulseUnreadable
from journal.store.bounded_read import Refused, read_regular_file

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 500
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_CELL = 100_000
CSV, EXCEL = "CSV", "Excel workbook"

Cell = str | int | float | object | None


@dataclass(frozen=True)
class Table:
    form: str  # CSV or EXCEL
    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (spreadsheet row, cells)
    notes: tuple[str, ...] = ()


def read_file(path: Path) -> bytes:
    """The file's bytes, read like every file from outside (``journal.store.bounded_read``):
    a FIFO, device or folder is refused before it is opened, and no more than the limit
    is read, also from a file that grows while it is read."""
    try:
        return read_regular_file(path, MAX_BYTES)
    except Refused as refused:
        if refused.problem == "too_large":
            raise PulseUnreadable(path, "too_large", f"more than {MAX_BYTES // 2**20} MB") from None
        if refused.problem == "not_a_file":
            raise PulseUnreadable(
                path, "unreadable", f"not a file but a {refused.detail}"
            ) from None
        raise PulseUnreadable(path, "unreadable", refused.detail) from None


def is_workbook(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def read_table(data: bytes, source: Path | str) -> Table:
    if len(data) > MAX_BYTES:
        raise PulseUnreadable(source, "too_large", f"more than {MAX_BYTES // 2**20} MB")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise PulseUnreadable(source, "old_excel")
    if is_workbook(data):
        return _workbook(data, source)
    text, notes = decode(data, source)
    return _csv(text, source, notes)


def decode(data: bytes, source: Path | str) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"),
    else Windows-1252 (a CSV saved by Excel on Windows), said in a note."""
    if not data.strip():
        raise PulseUnreadable(source, "empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise PulseUnreadable(source, "not_text", "broken UTF-16") from None
    head = data[:4096]
    if head.count(0) * 4 > len(head):  # every other byte zero: UTF-16 without a BOM
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if text.isprintable() or "\n" in text:
                return text, (f"read as {codec.upper()}",)
        raise PulseUnreadable(source, "not_text", "binary data")
    if b"\x00" in head:
        raise PulseUnreadable(source, "not_text", "binary data")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ("read as Windows-1252 (it is not UTF-8)",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), ("read as Latin-1 (it is not UTF-8)",)


def _csv(text: str, source: Path | str, notes: tuple[str, ...]) -> Table:
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, tuple[Cell, ...]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, 1):  # noqa: B007 (number read after)
            if number > MAX_ROWS + 1:
                raise PulseUnreadable(source, "too_large", f"more than {MAX_ROWS:,} rows")
            if len(record) > MAX_COLUMNS:
                raise PulseUnreadable(
                    source, "too_large", f"more than {MAX_COLUMNS} columns", row=number
                )
            records.append((number, tuple(cell.strip() for cell in record)))
    except csv.Error as error:
        raise PulseUnreadable(source, "malformed", str(error), row=number + 1) from None
    return _table(CSV, records, source, notes)


def _delimiter(text: str) -> str:
    """The separator that splits the first rows into the most, equally long, columns
    (Dutch Excel writes ';', Excel's Unicode text a tab)."""
    sample = "\n".join(text.splitlines()[:6])
    best, best_columns = ",", 0
    for candidate in (",", ";", "\t"):
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=candidate) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        columns = len(rows[0])
        if len(rows) > 1 and any(len(r) != columns for r in rows[1:-1]):
            continue  # the last sampled row may be cut short
        if columns > best_columns:
            best, best_columns = candidate, columns
    return best


def _workbook(data: bytes, source: Path | str) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise PulseUnreadable(source, "not_excel", str(error)) from None
    if "xl/workbook.xml" not in names:
        raise PulseUnreadable(source, "not_excel", "a zip file, but not an Excel workbook")
    if unzipped > MAX_UNZIPPED:
        raise PulseUnreadable(source, "too_large", "it unpacks to more than 200 MB")
    import openpyxl

    records: list[tuple[int, tuple[Cell, ...]]] = []
    try:
        with warnings.catch_warnings():  # "no default style", "unknown extension"
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            try:
                sheet = book.worksheets[0]
                for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                    if number > MAX_ROWS + 1:
                        raise PulseUnreadable(source, "too_large", f"more than {MAX_ROWS:,} rows")
                    if len(values) > MAX_COLUMNS:
                        raise PulseUnreadable(
                            source, "too_large", f"more than {MAX_COLUMNS} columns", row=number
                        )
                    records.append((number, tuple(_cell(v) for v in values)))
            finally:
                book.close()
    except PulseUnreadable:
        raise
    except Exception as error:  # openpyxl raises what its XML and zip layers raise
        raise PulseUnreadable(source, "not_excel", f"{type(error).__name__}: {error}") from None
    return _table(EXCEL, records, source, ())


def _cell(value: Cell) -> Cell:
    if isinstance(value, str):
        return value.strip()[:MAX_CELL]
    return value


def _table(
    form: str, records: list[tuple[int, tuple[Cell, ...]]], source: Path | str, notes
) -> Table:
    filled = [(n, cells) for n, cells in records if any(_present(c) for c in cells)]
    if not filled:
        raise PulseUnreadable(source, "empty")
    (header_row, header), *rows = filled
    width = len(header)
    while width and not _present(header[width - 1]):
        width -= 1
    return Table(
        form,
        tuple("" if c is None else str(c) for c in header[:width]),
        header_row,
        tuple((n, tuple(cells[:width]) + (None,) * (width - len(cells))) for n, cells in rows),
        tuple(notes),
    )


def _present(cell: Cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))
