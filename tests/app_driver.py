"""The real app (``ui.shell.app.run``, offscreen) on a data folder, steered from outside
through a control folder, for the tests and the soak (``benchmarks/soak.py``) that run
it beside the real commands and kill it.

    python tests/app_driver.py DATA_DIR CONTROL_DIR

Commands are files ``CONTROL_DIR/cmd-<number>`` (written by rename, so whole), taken in
order every 50 ms by a timer on the ui thread, one line each:

    save TITLE        a meeting saved through the window's own ``Journal.save``
    saves PREFIX MS [BYTES]
                      keep saving PREFIX-1, PREFIX-2, … every MS milliseconds (with
                      BYTES of notes each, to fill a disk)
    stop              stop ``saves``
    backup            the daily backup (due or not), on its worker, as the window runs it
    restore FILE      File → Restore from Backup… with FILE (``BackupActions.restore_from``)
    encrypt NEW | decrypt | rekey NEW
                      Settings → Privacy's change (``encryption_dialog.rewrite_journal``)
    follow ICS        follow a calendar file (imported now and whenever it changes)
    kill              SIGKILL itself at once (a crash)
    quit              close the window for good

What happened is appended to ``CONTROL_DIR/log`` (one line each, flushed): ``ack TITLE``
only after ``save`` returned (the save is committed), ``refused TITLE ERROR``, and the
outcome of each other command. Passphrases come from ``CONTROL_DIR/passphrases`` (JSON
list, tried in order at start-up); after a change the one now in force is written to
``CONTROL_DIR/passphrase`` (JSON). Dialogs that would wait for a person are answered and
logged instead: ``dialog damaged KIND`` (the app then quits), ``error MESSAGE``,
``unexpected TRACEBACK`` (a bug).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA, CONTROL = Path(sys.argv[1]), Path(sys.argv[2])
LOG = open(CONTROL / "log", "a", buffering=1, encoding="utf-8")  # noqa: SIM115


def log(line: str) -> None:
    LOG.write(line.replace("\n", " | ") + "\n")
    LOG.flush()
    os.fsync(LOG.fileno())  # an ack is on disk before anything that follows it


from PySide6.QtCore import QSettings, QTimer  # noqa: E402

from journal.errors import JournalError  # noqa: E402
from journal.model import MeetingInput, ReflectionInput  # noqa: E402
from ui.common import messages  # noqa: E402
from ui.safety import journal_opening  # noqa: E402
from ui.shell import app  # noqa: E402

QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(CONTROL / "settings"))

controllers: list = []
state: dict = {"seq": 0, "saving": None, "count": 0}


def _passphrases() -> list:
    try:
        return json.loads((CONTROL / "passphrases").read_text())
    except (OSError, ValueError):
        return [None]


def _ask(self, parent, path, wrong):
    tried = self.__dict__.setdefault("_driver_tried", 0)
    candidates = [p for p in _passphrases() if p]
    if tried >= len(candidates):
        log("dialog passphrase none-fits")
        return None
    self._driver_tried = tried + 1
    return candidates[tried]


def _damaged(parent, finding, restore, start_empty, running=False):
    log(f"dialog damaged {finding.kind} {finding.detail}")
    return False


journal_opening.JournalOpening._ask_with_dialog = _ask
journal_opening.show_damaged_dialog = _damaged
messages.show_error = lambda parent, error, title=None: log(f"error {messages.describe(error)}")
messages.show_unexpected = lambda parent, error: log(
    "unexpected " + "".join(traceback.format_exception(error))
)


def _not_opened(parent, error, restored, kept=None):
    log(f"dialog not-opened {messages.describe(error)}")
    return False


_original_init = app.AppController.__init__


def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    controllers.append(self)
    from ui.safety.restore_dialog import NotOpenedDialog

    NotOpenedDialog.ask = staticmethod(_not_opened)
    window = self.window
    window.journal.daily_backup_due = lambda: True  # the daily backup whenever asked
    timer = QTimer(window)
    timer.setInterval(50)
    timer.timeout.connect(_poll)
    timer.start()
    self._driver_timer = timer
    saver = QTimer(window)
    saver.timeout.connect(_save_next)
    state["saver"] = saver
    window.backup_actions.checked.connect(lambda found: log(f"checked {found.kind or 'ok'}"))
    window.backup_actions.backed_up.connect(lambda made: log(f"backed-up {made.path.name}"))
    _write_passphrase(window.journal.store.passphrase)
    log(f"started pid={os.getpid()} encrypted={window.journal.encrypted}")
    for note in getattr(window.journal, "opening_notes", ()):
        log(f"note {note!r}")


def _write_passphrase(passphrase) -> None:
    (CONTROL / "passphrase.tmp").write_text(json.dumps(passphrase))
    os.replace(CONTROL / "passphrase.tmp", CONTROL / "passphrase")


def _window():
    return controllers[-1].window


def _save(title: str, notes: str = "") -> None:
    window = _window()
    if getattr(window, "locked", False):
        log(f"refused {title} locked")
        return
    meeting = MeetingInput("Soak BV", title, datetime.now(UTC), 30, notes)
    try:
        window.journal.save(meeting, ReflectionInput())
    except JournalError as error:
        log(f"refused {title} {type(error).__name__}")
        return
    log(f"ack {title}")


def _save_next() -> None:
    state["count"] += 1
    _save(f"{state['saving']}-{state['count']}", state.get("notes", ""))


def _poll() -> None:
    for _ in range(5):
        command = CONTROL / f"cmd-{state['seq']}"
        try:
            line = command.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return
        if state.get("modal") and line != "kill":
            # A modal progress dialog is open (an encryption change): a person cannot
            # reach the window now; the command waits (this timer runs in its loop).
            return
        command.unlink()
        state["seq"] += 1
        try:
            _run(line)
        except Exception as error:  # noqa: BLE001 - logged as a bug, the app goes on
            log("unexpected " + "".join(traceback.format_exception(error)))


def _run(line: str) -> None:
    word, _, rest = line.partition(" ")
    window = _window()
    if word == "save":
        _save(rest)
    elif word == "saves":
        prefix, ms, *size = rest.split()
        state["saving"], state["count"] = prefix, 0
        state["notes"] = ("Notities bij het overleg. " * 4000)[: int(size[0])] if size else ""
        state["saver"].start(int(ms))
    elif word == "stop":
        state["saver"].stop()
    elif word == "backup":
        started = window.backup_actions.daily_backup()
        log(f"backup started={started}")
    elif word == "restore":
        try:
            kept = window.backup_actions.restore_from(Path(rest), None)
        except JournalError as error:
            log(f"restore refused {type(error).__name__} {error}")
        else:
            log(f"restore done kept={kept}")
    elif word in ("encrypt", "decrypt", "rekey"):
        from ui.safety.encryption_dialog import rewrite_journal

        old = window.journal.store.passphrase
        new = None if word == "decrypt" else rest
        state["modal"] = True
        try:
            outcome = rewrite_journal(window.journal, old, new, "", window, window.idle_lock)
        finally:
            state["modal"] = False
        _write_passphrase(window.journal.store.passphrase if outcome.opened else old)
        error = type(outcome.error).__name__ if outcome.error else ""
        log(
            f"{word} done error={error} opened={outcome.opened} left={len(outcome.left_as_they_were)}"
        )
        window.idle_lock.update()
    elif word == "follow":
        window.settings.watched_calendar = Path(rest)
        window.calendar.follow(Path(rest), import_now=True)
        log("follow started")
    elif word == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif word == "quit":
        window.quit()
    else:
        log(f"unknown {line}")


def _damaged_while_running(self, finding):
    log(f"dialog damaged-check {finding.kind} {finding.detail}")


app.AppController.__init__ = _init
from ui.safety.backup_actions import BackupActions  # noqa: E402

BackupActions.show_damaged = _damaged_while_running
code = app.run(DATA)
log(f"exit {code}")
sys.exit(code)
