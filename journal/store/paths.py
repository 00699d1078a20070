"""Where the journal lives, as ``Path`` objects: ``--data-dir``, else
``$ADVISOR_JOURNAL_HOME``, else the platform's user data folder (the rule is
``locations.py``'s, which gives it as text)."""

from __future__ import annotations

import os
from pathlib import Path

from journal.store import locations
from journal.store.locations import APP_NAME, HOME_VARIABLE, JOURNAL_FILE

__all__ = [
    "APP_NAME",
    "HOME_VARIABLE",
    "JOURNAL_FILE",
    "data_dir",
    "default_data_dir",
    "journal_file",
]


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    return Path(locations.data_folder(explicit))


def default_data_dir() -> Path:
    """The platform's user data folder, ignoring ``--data-dir`` and the variable."""
    return Path(locations.default_data_folder())


def journal_file(folder: Path) -> Path:
    return folder / JOURNAL_FILE
