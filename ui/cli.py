"""The ``advisor-journal`` command: opens the window, or runs a command on the journal.

Qt is imported only for the window (and to word errors), so commands start quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import journal
from journal import paths
from journal.errors import JournalError


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder = paths.data_dir(args.data_dir)
    try:
        if args.command == "demo":
            return _demo(folder, args.meetings, args.seed, args.force)
    except JournalError as error:
        return _fail(error)
    from ui.app import run  # the window needs Qt; the commands above do not

    return run(folder)


def _demo(folder, meetings: int, seed: int, force: bool) -> int:
    import time

    from journal import demo
    from journal.service import Journal

    journal_ = Journal.open(folder)
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


def _fail(error: JournalError) -> int:
    """Word the error as the window would, in the language the window speaks."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n
    from ui.app import configure_application
    from ui.messages import describe
    from ui.settings import Settings

    app = QCoreApplication.instance() or QCoreApplication([])
    configure_application(app)
    i18n.install(i18n.resolve(Settings().language))
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
