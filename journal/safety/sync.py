"""Making a file, or a rename in a folder, durable before going on (``fsync``)."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no folder handles."""
    if os.name == "posix":
        fsync_file(folder)
