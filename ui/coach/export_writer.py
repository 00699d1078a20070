"""Writing an export to disk: all or nothing (``QSaveFile`` writes a temporary file and
renames it over the target only when complete), readable by the owner only."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile

from journal.errors import ExportNotWritten
from journal.store.files import refuse_open_journal

OWNER_ONLY = QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner


def write_file(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Raises ExportNotWritten, leaving no partial file, when ``path`` cannot be written
    (also when it is the journal this process has open: that would replace it).
    ``data``: the bytes, or pieces of them as they are made (an export streamed from
    SQLite); an error while they are made leaves no file either, and is raised."""
    try:
        refuse_open_journal(path)
    except OSError as error:
        raise ExportNotWritten(path, error.strerror or str(error)) from None
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportNotWritten(path, target.errorString())
    target.setPermissions(OWNER_ONLY)  # before any byte is written
    try:
        for piece in [data] if isinstance(data, bytes) else data:
            if target.write(piece) != len(piece):
                raise ExportNotWritten(path, target.errorString())
    except BaseException:
        target.cancelWriting()
        raise
    finally:  # pieces not all made: let their maker end now (an export's read ends)
        close = getattr(data, "close", None)
        if close is not None:
            close()
    if not target.commit():
        raise ExportNotWritten(path, target.errorString())
