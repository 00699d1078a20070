"""Damaging a journal file the ways it happens (wiped header, a garbled page, cut off, a
text file saved over it, a newer version's journal), and answering dialogs in exec().

The damage is the disk's doing, not the app's: also of a journal the test has open, so
the guard against opening live journal files (``conftest``) looks away meanwhile."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journal.store import migrations
from tests.conftest import deliberately_opening_live_files


def _the_disk(damage: Callable[..., None]) -> Callable[..., None]:
    def done_by_the_disk(*args, **kwargs) -> None:
        with deliberately_opening_live_files():
            damage(*args, **kwargs)

    done_by_the_disk.__name__ = damage.__name__
    done_by_the_disk.__doc__ = damage.__doc__
    return done_by_the_disk


@_the_disk
def zero_header(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[:100] = bytes(100)
    path.write_bytes(bytes(raw))


@_the_disk
def garble_schema(path: Path) -> None:
    """The first page after the header (the schema): SQLite calls it malformed."""
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(raw))


@_the_disk
def garble_middle(path: Path, pages: int = 4) -> None:
    """Pages in the middle: the journal still opens, a check finds the damage."""
    raw = bytearray(path.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    middle = len(raw) // page_size // 2
    raw[middle * page_size : (middle + pages) * page_size] = b"\xa5" * (pages * page_size)
    with path.open("r+b") as f:  # in place, as a disk would (the file stays the same one)
        f.write(bytes(raw))


@_the_disk
def truncate(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


@_the_disk
def text_file(path: Path) -> None:
    path.write_text("Boodschappen:\nmelk\nbrood\n", encoding="utf-8")


def too_new(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            f"INSERT INTO {migrations.MIGRATIONS_TABLE} (migration_set, name, applied_at) "
            "VALUES (?, 'm999_from_the_future', '2030-01-01')",
            [migrations.MIGRATION_SET],
        )
        conn.commit()


def when_shown(kind: type, act: Callable, timeout_ms: int = 30_000) -> list:
    """Poll for a visible top-level ``kind`` (a dialog in exec()) and act on it once;
    the returned list holds it once seen."""
    seen: list = []
    waited = [0]

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and widget not in seen:
                seen.append(widget)
                act(widget)
                return
        waited[0] += 10
        if waited[0] < timeout_ms:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen
