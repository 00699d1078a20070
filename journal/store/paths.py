"""Where the journal lives: ``--data-dir``, else ``$ADVISOR_JOURNAL_HOME``, else the
platform's user data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "advisor-journal"
HOME_VARIABLE = "ADVISOR_JOURNAL_HOME"
JOURNAL_FILE = "journal.sqlite3"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(HOME_VARIABLE, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def default_data_dir() -> Path:
    """The platform's user data folder, ignoring ``--data-dir`` and the variable."""
    import platformdirs  # only when no folder was given: it costs start-up time

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def journal_file(folder: Path) -> Path:
    return folder / JOURNAL_FILE
