"""The ``advisor-journal`` command: opens the window, or runs a command on the journal.

Reached through ``ui/cli/entry.py`` (a search first tries its short way there; this
parser stays the one definition of every command's arguments, help and errors). Qt is
imported only for the window (and to word errors), so commands start quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import journal
from journal.coach.export_formats import EXPORT_KINDS
from journal.errors import JournalError, UnknownHome
from journal.store import paths
from ui.cli import brief_command, transcript_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-journal",
        description="Reflect on each client meeting as a trusted advisor, and see yourself grow.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {journal.__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the folder that holds the journal (default: ${paths.HOME_VARIABLE} if set, "
        "else your user data folder)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start out of the way (used at login): in the system tray, or minimized where "
        "the desktop has no tray",
    )
    # Hidden: an unexpected error once the window is up, then quit (is it in the log?).
    parser.add_argument("--crash-test", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill the journal with a realistic sample")
    demo.add_argument(
        "--meetings",
        type=_positive,
        default=400,
        metavar="N",
        help="how many meetings (default 400)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="the same seed gives the same sample (default 1)",
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="add the sample even if the journal already has meetings",
    )
    calendar = commands.add_parser(
        "import-calendar",
        help="import client meetings from a calendar file (.ics)",
        description="Import the client meetings of an .ics file (Outlook, Google Calendar, "
        "Apple Calendar). Importing the same or an updated file again adds nothing twice.",
    )
    calendar.add_argument("file", metavar="FILE.ics", help="the calendar file")
    calendar.add_argument(
        "--from",
        dest="first",
        type=_day,
        metavar="DATE",
        help="first day, YYYY-MM-DD (default: 30 days ago)",
    )
    calendar.add_argument(
        "--to", dest="last", type=_day, metavar="DATE", help="last day (default: in 90 days)"
    )
    search = commands.add_parser(
        "search",
        help="find meetings by what you wrote (titles, clients, answers, intentions, notes)",
        description="Print one line per meeting that has every word of QUERY (in any "
        "case, with or without accents): date, client, title and where it was found. "
        "Exit 0 when something was found, 1 when nothing was.",
    )
    search.add_argument("query", metavar="QUERY", help='the words to find ("" for every meeting)')
    search.add_argument("--client", metavar="NAME", help="only meetings with this client")
    search.add_argument("--from", dest="first", type=_day, metavar="DATE", help="first day")
    search.add_argument("--to", dest="last", type=_day, metavar="DATE", help="last day")
    search.add_argument("--json", action="store_true", help="a JSON list instead of lines")
    review = commands.add_parser(
        "review",
        help="review summaries your advisors exported (for coaches; read-only)",
        description="Open exported summaries (.json) side by side: several advisors, or "
        "two periods of one. No journal is opened or changed.",
    )
    review.add_argument("files", nargs="+", metavar="FILE", help="an exported summary (.json)")
    commands.add_parser(
        "check",
        help="check the journal for damage (exit 0 when healthy)",
        description="Run SQLite's integrity check, the foreign keys and the schema version "
        "on the journal without changing it, and list its backups. Exit 0 when healthy, 1 "
        "(with what is wrong and how to restore) when not.",
    )
    backup = commands.add_parser(
        "backup",
        help="back up the journal now (checked after writing)",
        description="Copy the journal with SQLite's backup API into the backups folder "
        "beside it (or FILE), then check the copy. Safe while the app runs.",
    )
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup here instead")
    restore = commands.add_parser(
        "restore",
        help="replace the journal by a backup (the current one is kept)",
        description="Put a backup back as the journal. The current journal is backed up "
        "first (or, when damaged, renamed beside it); nothing is deleted. Close the app "
        "first.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup (.sqlite3)")
    transcript_command.add_parser(commands)
    brief_command.add_parser(commands)
    export = commands.add_parser(
        "export",
        help="export a period for your coach (private by default)",
        description="Export a period as a report or data for your coach. Client names "
        "become Client A, B …, e-mail addresses are left out, and texts you wrote stay "
        "out unless you add --include-notes.",
    )
    export.add_argument("--format", required=True, choices=EXPORT_KINDS, dest="kind")
    export.add_argument(
        "--from", dest="first", type=_day, metavar="DATE", help="first day (default: 3 months ago)"
    )
    export.add_argument(
        "--to", dest="last", type=_day, metavar="DATE", help="last day (default: today)"
    )
    export.add_argument(
        "--client",
        action="append",
        default=[],
        metavar="NAME",
        help="only this client (repeatable)",
    )
    export.add_argument(
        "--include-notes",
        action="store_true",
        help="also the open answers, intentions and meeting notes",
    )
    export.add_argument("--real-names", action="store_true", help="keep the clients' real names")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    # Hidden (no help: argparse leaves it out of --help): what a standalone build's smoke
    # test asks the app itself; see ui/cli/self_test.py.
    commands.add_parser("self-test")
    from ui.cli import pulse_command

    pulse_command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "self-test":  # touches no journal, only a temporary folder
        from ui.cli import self_test

        return self_test.run()
    try:
        folder = paths.data_dir(args.data_dir)
    except UnknownHome as error:  # before any log is started: nothing to log it to yet
        return _fail(error, logged=False)
    if args.command not in (None, "review"):  # the window starts its log itself
        from ui.common import app_log

        app_log.start(f"command {args.command}")
        app_log.install_excepthook()
    try:
        if args.command == "demo":
            return _demo(folder, args.meetings, args.seed, args.force)
        if args.command == "import-calendar":
            return _import_calendar(folder, args.file, args.first, args.last)
        if args.command == "export":
            return _export(folder, args)
        if args.command in ("check", "backup", "restore"):
            return _data_command(folder, args)
        if args.command == "search":
            from ui.cli.search_command import search

            return search(folder, args)
        if args.command == "transcript":
            return transcript_command.transcript(folder, args)
        if args.command == "brief":
            return brief_command.brief(folder, args)
        if args.command == "pulse":
            from ui.cli import pulse_command

            return pulse_command.run(folder, args)
        if args.command == "review":
            from pathlib import Path

            from ui.shell.app import run_review  # a window, but never a journal

            return run_review([Path(f) for f in args.files])
    except JournalError as error:
        return _fail(error)
    except _database_errors() as error:  # the last resort: a journal error missed its words
        print(
            f"advisor-journal: the journal could not be read ({error}). Nothing was "
            "changed; run: advisor-journal check",
            file=sys.stderr,
        )
        return 2
    from ui.shell.app import run  # the window needs Qt; the commands above do not

    return run(folder, background=args.background, crash_test=args.crash_test)


def _database_errors() -> tuple[type[Exception], ...]:
    from journal.store.connection import database_errors

    return database_errors()


def _data_command(folder, args) -> int:
    from ui.cli import data_commands

    if args.command == "check":
        return data_commands.check(folder)
    if args.command == "backup":
        return data_commands.backup(folder, args.output)
    with data_commands.app_lock(folder) as running:
        return data_commands.restore(folder, args.file, running)


def _demo(folder, meetings: int, seed: int, force: bool) -> int:
    import time

    from journal.sample import demo
    from ui.cli.data_commands import open_for_command

    journal_ = open_for_command(folder)
    try:
        began = time.perf_counter()
        result = demo.fill(journal_, meetings, seed, force)
    except demo.JournalNotEmpty as exc:
        print(
            f"advisor-journal: {journal_.path} already has {exc.meetings:,} meetings; "
            "add --force to add the sample anyway.",
            file=sys.stderr,
        )
        return 1
    finally:
        journal_.close()
    print(
        f"Added {result.meetings:,} meetings ({result.reflections:,} reflected) with "
        f"{result.clients} clients to {journal_.path} in {time.perf_counter() - began:.1f} s."
    )
    return 0


def _import_calendar(folder, file: str, first, last) -> int:
    """Exit 0 when the file was read (even if it held nothing new), 1 when nothing in it
    could be read, 2 when it is not a calendar at all."""
    from datetime import timedelta
    from pathlib import Path

    _speak_the_window_language()
    from ui.calendar.calendar_text import report_lines
    from ui.cli.data_commands import open_for_command

    start = _local_midnight(first) if first else None
    end = _local_midnight(last + timedelta(days=1)) if last else None
    if start and end and end <= start:
        print("advisor-journal: --to is before --from", file=sys.stderr)
        return 2
    journal_ = open_for_command(folder)
    try:
        result = journal_.calendar.import_file(Path(file), start, end)
    finally:
        journal_.close()
    for line in report_lines(result, file):
        print(line)
    return 1 if result.nothing_read else 0


def _export(folder, args) -> int:
    """Exit 0 when written; 1 when there is nothing to export (no file is written)."""
    from datetime import date, timedelta
    from pathlib import Path

    from journal.coach.export_bundle import ExportChoice

    _speak_the_window_language(gui=args.kind == "pdf")  # a PDF needs fonts: QtGui
    from journal.store.files import is_journal_file
    from journal.store.paths import journal_file
    from ui.coach.exports import pseudonym_label, write
    from ui.common import i18n
    from ui.common.settings import Settings

    if is_journal_file(Path(args.output), journal_file(folder)):
        print(
            f"advisor-journal: {args.output} is the journal itself; write the export to "
            "another file.",
            file=sys.stderr,
        )
        return 2
    language = i18n.resolve(Settings().language)
    last = args.last or date.today()
    first = args.first or last - timedelta(days=91)
    from ui.cli.data_commands import open_for_command

    journal_ = open_for_command(folder)
    try:
        choice = ExportChoice(
            first, last, tuple(args.client), (), args.real_names, args.include_notes,
            pseudonym_label=pseudonym_label(),
        )  # fmt: skip
        # No file when there is nothing to export: an empty report is no use to a coach.
        written = write(journal_, choice, args.kind, language, Path(args.output), True)
    finally:
        journal_.close()
    if not written.meetings:
        print(f"Nothing exported: there are no meetings from {first} to {last}.", file=sys.stderr)
        return 1
    print(
        f"Wrote {args.output}: {written.meetings:,} meetings ({written.reflected:,} reflected) "
        f"from {first} to {last}"
        + ("" if args.real_names else "; client names pseudonymised")
        + ("" if args.include_notes else "; texts left out")
        + "."
    )
    return 0


def _local_midnight(day):
    from datetime import datetime

    return datetime(day.year, day.month, day.day).astimezone()


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _speak_the_window_language(gui: bool = False) -> None:
    """A Qt application with the translation the window would use; ``gui`` for one that
    can lay out text (a PDF), offscreen unless told otherwise: no window opens."""
    import os

    from PySide6.QtCore import QCoreApplication

    from ui.common import i18n
    from ui.common.settings import Settings
    from ui.shell.app import configure_application

    app = QCoreApplication.instance()
    if app is None and gui:
        from PySide6.QtGui import QGuiApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    app = app or QCoreApplication([])
    configure_application(app)
    i18n.install(i18n.resolve(Settings().language))


def _fail(error: JournalError, logged: bool = True) -> int:
    """Word the error as the window would, in the language the window speaks."""
    from ui.common import app_log
    from ui.common.messages import describe

    if logged:
        app_log.log_error("command", error)

    _speak_the_window_language()
    print(f"advisor-journal: {describe(error)}", file=sys.stderr)
    return 2


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


if __name__ == "__main__":
    sys.exit(main())
