"""Help → Copy Diagnostics (also offered by the dialog for an unexpected error): what we
need to help with a problem, as plain text to paste into a message.

Versions, the platform, the paths of the data and log folders, the journal's size and
schema, the newest warnings and errors of the log. Never a word the advisor wrote: no
title, answer, note or client name is read here (the log itself holds none either;
``ui.common.app_log``). ``tests/ui/test_diagnostics.py`` greps for marker text.

The window attaches its folder at start, so this module is imported before the first
paint; what only the report needs (``platform``, ``importlib.metadata``: about 15 ms) is
imported when a report is made.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6 import QtCore  # QtCore.QUrl: built by PySide when first used
from PySide6.QtCore import qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication

import journal
from ui.common import app_log

if TYPE_CHECKING:  # messages imports this module: no journal service at its import
    from journal.service import Journal


class _Context:
    """What the app has open, set at start (``attach``)."""

    folder: Path | None = None
    journal: Journal | None = None
    notifications: str = "not started"  # how the after-meeting prompt reaches the person


context = _Context()


def attach(folder: Path | None, journal_: Journal | None) -> None:
    context.folder = folder
    context.journal = journal_


def report() -> str:
    import platform

    lines = [
        "Advisor Journal diagnostics",
        f"App: {journal.__version__}",
        f"Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Qt: {qVersion()}, PySide6 {PySide6.__version__}",
        f"SQLite: {sqlite3.sqlite_version}",
        f"SQLCipher: {_sqlcipher()}",
        f"desktop-notifier: {_version_of('desktop-notifier')}",
        f"Platform: {platform.platform()} ({platform.machine()})",
        f"Qt platform: {_qt_platform()}",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Notifications: {context.notifications}",
        f"Data folder: {context.folder if context.folder else '(none open)'}",
        *_journal_lines(),
        f"Log folder: {app_log.log_dir()}",
    ]
    errors = app_log.error_lines()
    lines.append(f"Newest warnings and errors in the log ({len(errors)}):")
    lines += [f"  {line}" for line in errors] or ["  (none)"]
    return "\n".join(lines) + "\n"


def copy_to_clipboard() -> str:
    text = report()
    QGuiApplication.clipboard().setText(text)
    return text


def open_log_folder() -> bool:
    """The log folder in the file manager (made first, so there is one to show)."""
    folder = app_log.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder)))


def _journal_lines() -> list[str]:
    journal_ = context.journal
    if journal_ is None:
        return ["Journal: (none open)"]
    path = journal_.path
    try:
        size = f"{path.stat().st_size:,} bytes"
    except OSError as error:
        size = f"cannot be read ({type(error).__name__})"
    wal = path.with_name(path.name + "-wal")
    if wal.is_file():
        size += f" (+ {wal.stat().st_size:,} bytes in its -wal)"
    lines = [f"Journal: {path}", f"Journal size: {size}"]
    try:
        schema = journal_.schema_version()
    except Exception as error:  # locked (closed: sqlite3's or sqlcipher3's error), unreadable
        schema = f"unknown ({type(error).__name__})"
    lines.append(f"Journal schema: {schema}")
    flags = [
        name
        for name, on in (("encrypted", journal_.encrypted), ("read-only", journal_.read_only))
        if on
    ]
    lines.append(f"Journal mode: {', '.join(flags) or 'normal'}")
    return lines


def _sqlcipher() -> str:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return "not available"
    return f"available (SQLite {dbapi2.sqlite_version}, sqlcipher3 {_version_of('sqlcipher3')})"


def _version_of(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _qt_platform() -> str:
    app = QGuiApplication.instance()
    return QGuiApplication.platformName() if isinstance(app, QGuiApplication) else "(no GUI)"
