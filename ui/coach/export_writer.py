"""Writing an export to disk: all or nothing (``QSaveFile`` writes a temporary file and
renames it over the target only when complete), readable by the owner only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile

from journal.errors import ExportNotWritten
from journal.store.files import refuse_open_journal

OWNER_ONLY = QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner


def write_file(path: Path, data: bytes) -> None:
    """Raises ExportNotWritten, leaving no partial file, when ``path`` cannot be written
    (also when it is the journal this process has open: that would replace it)."""
    try:
        refuse_open_journal(path)
    except OSError as error:
        raise ExportNotWritten(path, error.strerror or str(error)) from None
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportNotWritten(path, target.errorString())
    target.setPermissions(OWNER_ONLY)  # before any byte is written
    if target.write(data) != len(data):
        error = target.errorString()
        target.cancelWriting()
        raise ExportNotWritten(path, error)
    if not target.commit():
        raise ExportNotWritten(path, target.errorString())
