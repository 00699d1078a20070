"""The app's own log: a few rotating files in the platform's log folder, for the window
and the command line, so an error can be sent to us even when nobody saw a console.

What is logged: what happened (started, a version, an error's type and code, where in
our code), paths of our own files. Never a word the advisor wrote: no titles, answers,
notes or client names. An exception is logged by its type and traceback (file, line,
function, the line of our code) but never by its message, which may carry typed text
(``format_exception``); Qt's own messages are cut short.

Also ``faulthandler`` (a hard crash leaves the Python stacks in ``crash.log``) and a Qt
message handler (Qt's warnings into the log). No Qt is imported until the handler is
installed, so the commands start as quickly as before.

The window opens the file after its first paint (``hold`` now, ``start_file`` then, from
``ui.shell.after_paint``): what is logged before waits in memory and goes to the file
first (at exit at the latest: a start that ended before its window), and a hard crash
meanwhile prints its stacks on stderr. ``logging.handlers`` and ``platformdirs`` (about
10 ms) are imported when the file is opened.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import journal

LOG_NAME = "advisor-journal"  # the folder's name (as the data folder's)
LOG_FILE = "advisor-journal.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3  # advisor-journal.log.1 … .3: at most 4 MB in all
LOGGER = "advisor_journal"
QT_MESSAGE_LIMIT = 300  # characters of a Qt message kept

log = logging.getLogger(LOGGER)

_handler: logging.Handler | None = None
_crash_file = None  # kept open: faulthandler writes to its descriptor when it must
_previous_qt_handler = False  # False: ours is not installed (None: Qt's own was)
_root_level: int | None = None
_held: _Held | None = None  # records logged before the file is opened (``hold``)


class _Held(logging.Handler):
    """Keeps what is logged until ``start_file`` opens the file."""

    def __init__(self, kind: str):
        super().__init__(logging.DEBUG)
        self.kind = kind
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def log_dir() -> Path:
    """The platform's folder for logs: ~/.local/state/advisor-journal/log on Linux (or
    $XDG_STATE_HOME), ~/Library/Logs/advisor-journal on macOS,
    %LOCALAPPDATA%\\advisor-journal\\Logs on Windows."""
    import platformdirs  # with the file (after the window's first paint)

    return Path(platformdirs.user_log_dir(LOG_NAME, appauthor=False))


def hold(kind: str) -> None:
    """Log from now on, to the file once ``start_file`` opens it (the window: after its
    first paint); a hard crash meanwhile prints its stacks on stderr."""
    global _held, _root_level
    if _handler is not None or _held is not None:
        return
    _held = _Held(kind)
    root = logging.getLogger()
    root.addHandler(_held)
    _root_level = root.level
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # libraries: their warnings and errors only
    log.setLevel(logging.INFO)
    faulthandler.enable()
    atexit.register(_written_at_exit)


def _written_at_exit() -> None:
    """A start that ended before the window painted (the journal refused, another app
    not answering): what it logged still reaches the file."""
    if _held is not None:
        start_file()


def start_file() -> Path | None:
    """Open the file ``hold`` put off, and write what waited (nothing to do when
    nothing was put off: a window made by a test or a benchmark logs as it was told)."""
    global _held
    held, _held = _held, None
    if held is None:
        return log_file() if _handler is not None else None
    logging.getLogger().removeHandler(held)
    if _root_level is not None:
        logging.getLogger().setLevel(_root_level)
    started = start(held.kind)
    if _handler is not None:
        for record in held.records:
            if _handler.level <= record.levelno:
                _handler.handle(record)
    return started


def log_file() -> Path:
    return log_dir() / LOG_FILE


def start(kind: str) -> Path | None:
    """Log to the rotating file from now on (once per process); ``kind`` says what runs
    ("window", "review", "command check" …). None when the folder cannot be written: the
    app runs without a log then, as it did before."""
    import logging.handlers  # with the file (after the window's first paint)

    global _handler, _crash_file, _root_level
    if _handler is not None:
        return log_file()
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    _root_level = root.level
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # libraries: their warnings and errors only
    log.setLevel(logging.INFO)
    _handler = handler
    try:
        _crash_file = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115
        _crash_file.write(f"-- {os.getpid()} {journal.__version__} {kind}\n")
        _crash_file.flush()
        faulthandler.enable(file=_crash_file)
    except OSError:
        _crash_file = None
    log.info(
        "start %s: Advisor Journal %s, Python %s, %s",
        kind,
        journal.__version__,
        sys.version.split()[0],
        sys.platform,
    )
    return log_file()


def stop() -> None:
    """Detach the file (tests; the process ending closes it anyway)."""
    global _handler, _crash_file, _root_level, _held
    if _held is not None:
        logging.getLogger().removeHandler(_held)
        if _root_level is not None:
            logging.getLogger().setLevel(_root_level)
        _held = None
        faulthandler.disable()
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        if _root_level is not None:
            logging.getLogger().setLevel(_root_level)
        _handler.close()
        _handler = None
    global _previous_qt_handler
    if _previous_qt_handler is not False:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(_previous_qt_handler)
        _previous_qt_handler = False
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def format_exception(
    kind: type[BaseException], value: BaseException | None, tb: TracebackType | None
) -> str:
    """An exception without its message: type, errno or SQLite code where it has one,
    and where it happened; the same for its cause or context."""
    lines: list[str] = []
    seen: set[int] = set()
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        lines.append(_exception_name(type(value), value))
        for frame in traceback.extract_tb(value.__traceback__ or tb):
            lines.append(
                f'  File "{_our_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        tb = None
        value = value.__cause__ or (None if value.__suppress_context__ else value.__context__)
        if value is not None:
            lines.append("while handling, or caused by:")
    if not lines:
        lines.append(kind.__qualname__)
    return "\n".join(lines)


def _exception_name(kind: type[BaseException], value: BaseException) -> str:
    name = f"{kind.__module__}.{kind.__qualname__}"
    codes = []
    for attribute in ("errno", "winerror", "sqlite_errorcode", "sqlite_errorname", "problem"):
        code = getattr(value, attribute, None)
        # ``problem`` is a code on most of our errors, but InvalidInput's may name a client
        if attribute == "problem" and (not isinstance(code, str) or not code.isidentifier()):
            continue
        if code is not None:
            codes.append(f"{attribute}={code}")
    return name + (f" ({', '.join(codes)})" if codes else "")


def _our_path(filename: str) -> str:
    """Our modules relative to the package folder; others as they are (library paths)."""
    root = str(Path(journal.__file__).resolve().parents[1])
    return filename[len(root) + 1 :] if filename.startswith(root + os.sep) else filename


def log_exception(
    where: str,
    kind: type[BaseException],
    value: BaseException | None,
    tb: TracebackType | None,
) -> None:
    log.error("unexpected error (%s):\n%s", where, format_exception(kind, value, tb))


def log_error(where: str, error: BaseException) -> None:
    """An error the person was told about (a core error): its type and codes only."""
    log.warning("%s: %s", where, _exception_name(type(error), error))


def install_excepthook(show=None) -> None:
    """Unhandled exceptions are logged (without their messages), then ``show(value)``
    is called (the window tells the person), or Python's own hook prints them. Those of
    a Python thread are logged too, and printed as Python does."""

    def hook(kind, value, tb) -> None:
        log_exception("unhandled", kind, value, tb)
        if show is None:
            sys.__excepthook__(kind, value, tb)
        else:
            traceback.print_exception(kind, value, tb, file=sys.stderr)
            show(value)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread is not None else "?"
            log_exception(f"thread {name}", args.exc_type, args.exc_value, args.exc_traceback)
        threading.__excepthook__(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def install_qt_handler() -> None:
    """Qt's warnings, criticals and fatals into the log (debug and info messages are
    left out); whoever handled them before (Qt's own printing, pytest-qt) still does."""
    global _previous_qt_handler
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger(LOGGER + ".qt")

    def handler(kind, context, message) -> None:
        level = levels.get(kind)
        if level is not None:
            text = message if len(message) <= QT_MESSAGE_LIMIT else message[:QT_MESSAGE_LIMIT] + "…"
            qt_log.log(level, "%s", text)
        if previous is not None:
            previous(kind, context, message)
        elif level is not None or kind == QtMsgType.QtInfoMsg:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    _previous_qt_handler = previous


def error_lines(limit: int = 20) -> list[str]:
    """The newest warnings and errors in the log (first lines only), oldest first."""
    found: list[str] = []
    for path in sorted(log_dir().glob(LOG_FILE + ".*"), reverse=True) + [log_file()]:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            parts = line.split(" ", 4)
            if len(parts) > 3 and parts[2] in ("WARNING", "ERROR", "CRITICAL"):
                found.append(line)
    return found[-limit:]
