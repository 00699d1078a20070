"""``advisor-journal`` (and ``advisor-journal-app``, the standalone build's program):
which way a command goes, decided before anything is imported.

A search (``advisor-journal [--data-dir DIR] search …``) first tries its short way
(``ui/cli/search_command.py``: a search imports only what a search needs). The window
(``advisor-journal [--data-dir DIR]``, nothing else) goes straight to it: no parser, no
command modules. Everything else, and a search the short way does not answer, goes to
``ui/cli/main.py``: the whole parser, its help and errors, the commands. This module
imports nothing of ours at the top, so that nothing a new command adds can slow the
search or the window down.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # as ``typing.TYPE_CHECKING``, without importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir, command = _before_the_command(argv)
    if command is not None and command[:1] == ["search"]:
        from ui.cli import search_command

        answered = search_command.quick(data_dir, command[1:])
        if answered is not None:
            return answered
    if command == []:
        window = _window(data_dir)
        if window is not None:
            return window
    from ui.cli import main as whole

    return whole.main(argv)


def main_windowed() -> int:
    """``advisor-journal-app`` (a gui-script: on Windows a program without a console
    window) and the standalone build's windowed program: ``main``, so a search takes its
    short way there too. Such a program has no stdout or stderr (they are None); what
    would be printed goes nowhere instead of failing."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return main()


def _window(data_dir: str | None) -> int | None:
    """The window, as ``ui/cli/main.py`` starts it when no command is given; None for a
    folder that names an unknown user's home (the whole way says so in words)."""
    from journal.errors import UnknownHome
    from journal.store import paths

    try:
        folder = paths.data_dir(data_dir)
    except UnknownHome:
        return None
    # The journal's core (no Qt) is imported before PySide6: PySide reads the source of
    # every module imported after it (to see whether it asks for a ``__feature__``),
    # about 0.15 ms a module, some 50 of them here.
    import journal.service  # noqa: F401
    from ui.shell.app import run

    return run(folder)


def _before_the_command(argv: list[str]) -> tuple[str | None, list[str] | None]:
    """``--data-dir DIR`` (or ``--data-dir=DIR``) and what follows it; (None, None) for
    any other option before the command: the whole parser reads those."""
    data_dir = None
    rest = argv
    while rest and rest[0].startswith("-"):
        if rest[0] == "--data-dir" and len(rest) > 1 and not rest[1].startswith("-"):
            data_dir, rest = rest[1], rest[2:]
        elif rest[0].startswith("--data-dir="):
            data_dir, rest = rest[0].partition("=")[2], rest[1:]
        else:
            return None, None
    return data_dir, rest
