"""Where the journal lives, as text: ``--data-dir``, else ``$ADVISOR_JOURNAL_HOME``, else
the platform's user data folder (platformdirs). ``paths.py`` gives the same as ``Path``
objects to everything else; ``advisor-journal search`` takes them from here on its short
way, where importing ``pathlib`` costs about a third of a whole search."""

from __future__ import annotations

import os

from journal.errors import UnknownHome

APP_NAME = "advisor-journal"
HOME_VARIABLE = "ADVISOR_JOURNAL_HOME"
JOURNAL_FILE = "journal.sqlite3"


def data_folder(explicit: str | os.PathLike[str] | None = None) -> str:
    if explicit:
        return _expanded(os.fspath(explicit))
    from_env = os.environ.get(HOME_VARIABLE, "").strip()
    if from_env:
        return _expanded(from_env)
    return default_data_folder()


def default_data_folder() -> str:
    """The platform's user data folder, ignoring ``--data-dir`` and the variable."""
    import platformdirs  # only when no folder was given: it costs start-up time

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def journal_path(folder: str) -> str:
    return os.path.join(folder, JOURNAL_FILE)


def _expanded(folder: str) -> str:
    """``~`` and ``~user`` at the start made a home folder; ``UnknownHome`` for one this
    computer cannot find (the shell would leave it as typed, a folder named "~user")."""
    expanded = os.path.expanduser(folder)
    if expanded.startswith("~"):
        raise UnknownHome(folder)
    return expanded
