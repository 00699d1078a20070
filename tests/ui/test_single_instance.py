"""One app per data folder: a second start shows the first one's window and never opens
the journal; a lock left by a killed app is taken over; other folders are not blocked."""

import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo

from ui.shell.single_instance import LOCK_FILE, Claim, InstanceGuard

REPO = Path(__file__).resolve().parents[2]
WAIT = 60.0  # seconds: generous, for a busy machine; every wait polls
SHOWN = "Advisor Journal is already running; its window was brought to the front."
OPENED = "journal opened"

# A later start as a plain QCoreApplication: argv folder, show|ping, connect s, answer s,
# and "hold" to keep the folder afterwards without ever running an event loop (hung).
GUARD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from ui.shell.single_instance import InstanceGuard

    app = QCoreApplication([])
    guard = InstanceGuard(Path(sys.argv[1]))
    claim = guard.acquire(sys.argv[2] == "show", float(sys.argv[3]), float(sys.argv[4]))
    print(claim.name, flush=True)
    if claim and sys.argv[5:] == ["hold"]:
        time.sleep(600)
    guard.release()
    """
)

# The real app (ui.cli), telling on stdout when it opens the journal.
APP = textwrap.dedent(
    f"""
    import sys
    from journal.service import Journal

    real_open = Journal.open.__func__

    def telling_open(cls, *args, **kwargs):
        print({OPENED!r}, flush=True)
        return real_open(cls, *args, **kwargs)

    Journal.open = classmethod(telling_open)
    from ui.cli.main import main

    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.fixture(autouse=True)
def socket_folder(monkeypatch) -> Path:
    """Servers put their sockets in $TMPDIR: a short folder of the test's own (socket
    paths are short), shared by this process and its children, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="aj-instance-"))
    monkeypatch.setenv("TMPDIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def child_env(tmp_path: Path, socket_folder: Path) -> dict[str, str]:
    """Headless, English, and settings that stay in tmp_path."""
    env = dict(os.environ)
    env.pop("ADVISOR_JOURNAL_HOME", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        LC_ALL="C.UTF-8",
        LANGUAGE="en",
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p),
    )
    return env


class Child:
    """A child Python process whose output (stdout and stderr) is read as it comes."""

    def __init__(self, code: str, args: list[str], env: dict[str, str]):
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        self.lines: list[str] = []
        self._incoming: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._incoming.put(line.rstrip("\n"))

    def _take(self) -> None:
        while not self._incoming.empty():
            self.lines.append(self._incoming.get_nowait())

    def wait_for_line(self, text: str, timeout: float = WAIT) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._take()
            if text in self.lines:
                return True
            if self.process.poll() is not None and self._incoming.empty():
                self._reader.join(timeout=5)
                self._take()
                return text in self.lines
            time.sleep(0.02)
        return False

    def wait_for_exit(self, timeout: float = WAIT) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=5)
        self._take()
        return code

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.running:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._reader.join(timeout=5)
        self.process.stdout.close()
        self._take()


@pytest.fixture
def children():
    started: list[Child] = []
    yield started
    for child in started:
        child.stop()


@pytest.fixture
def start_app(child_env, children):
    def start(folder: Path, *args: str) -> Child:
        child = Child(APP, ["--data-dir", str(folder), *args], child_env)
        children.append(child)
        return child

    return start


@pytest.fixture
def start_guard(child_env, children):
    def start(folder: Path, how="show", connect=3.0, answer=10.0, hold=False) -> Child:
        args = [str(folder), how, str(connect), str(answer)] + (["hold"] if hold else [])
        child = Child(GUARD, args, child_env)
        children.append(child)
        return child

    return start


@pytest.fixture
def guard(data_dir):
    guard = InstanceGuard(data_dir)
    yield guard
    guard.release()


def finish_while_answering(qtbot, child: Child) -> int:
    """The child's acquire() waits for our answer: keep our event loop running."""
    qtbot.waitUntil(lambda: not child.running, timeout=int(WAIT * 1000))
    return child.wait_for_exit()


# The guard on its own ---------------------------------------------------------------


def test_a_second_start_is_told_and_the_first_shows_its_window(qtbot, guard, start_guard):
    assert guard.acquire() is Claim.FIRST and guard.held and guard.listening
    assert (guard.folder / LOCK_FILE).exists()
    with qtbot.waitSignal(guard.activation_requested, timeout=int(WAIT * 1000)):
        later = start_guard(guard.folder)
    assert finish_while_answering(qtbot, later) == 0
    assert later.lines == ["ALREADY_RUNNING"]


def test_a_start_at_login_does_not_pull_the_window_up(qtbot, guard, start_guard):
    guard.acquire()
    shown = []
    guard.activation_requested.connect(lambda: shown.append(True))
    later = start_guard(guard.folder, how="ping")
    assert finish_while_answering(qtbot, later) == 0
    assert later.lines == ["ALREADY_RUNNING"] and shown == []


def test_a_start_that_listens_later_is_found_once_it_listens(qtbot, guard, start_guard):
    """The app takes the folder before it opens the journal and answers later starts
    only once its window has painted: a later start waits for it meanwhile."""
    assert guard.acquire(listen=False) is Claim.FIRST and guard.held and not guard.listening
    later = start_guard(guard.folder)
    time.sleep(0.3)  # the later start finds the lock held and no server yet: it waits
    guard.listen()
    guard.listen()  # once is enough; again changes nothing
    assert guard.listening
    assert finish_while_answering(qtbot, later) == 0
    assert later.lines == ["ALREADY_RUNNING"]


def test_the_claims_say_whether_the_journal_may_be_opened():
    assert Claim.FIRST and Claim.UNGUARDED
    assert not Claim.ALREADY_RUNNING and not Claim.NOT_ANSWERING


def test_different_folders_do_not_block_each_other(qtbot, guard, tmp_path, start_guard):
    other = tmp_path / "other-journal"
    assert guard.acquire() is Claim.FIRST
    shown = []
    guard.activation_requested.connect(lambda: shown.append(True))
    elsewhere = start_guard(other)
    assert finish_while_answering(qtbot, elsewhere) == 0
    assert elsewhere.lines == ["FIRST"] and shown == []
    assert InstanceGuard(other).acquire() is Claim.FIRST  # the child let it go again
    assert guard.held


def test_the_same_folder_by_another_path_is_the_same_instance(qtbot, guard, tmp_path, start_guard):
    link = tmp_path / "link-to-journal"
    link.symlink_to(guard.folder, target_is_directory=True)
    guard.acquire()
    with qtbot.waitSignal(guard.activation_requested, timeout=int(WAIT * 1000)):
        later = start_guard(link)
    assert finish_while_answering(qtbot, later) == 0
    assert later.lines == ["ALREADY_RUNNING"]


def test_a_released_folder_can_be_taken_by_the_next(qtbot, guard, start_guard, socket_folder):
    guard.acquire()
    guard.release()
    assert not guard.held and not (guard.folder / LOCK_FILE).exists()
    assert not list(socket_folder.iterdir())  # the server's socket is gone too
    next_one = start_guard(guard.folder)
    assert finish_while_answering(qtbot, next_one) == 0
    assert next_one.lines == ["FIRST"]


def test_a_missing_folder_is_made_private(tmp_path):
    folder = tmp_path / "new" / "journal"
    guard = InstanceGuard(folder)
    try:
        assert guard.acquire() is Claim.FIRST
        assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700
    finally:
        guard.release()


def test_a_folder_that_cannot_be_made_is_left_to_the_journal_to_report(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    guard = InstanceGuard(blocker / "journal")
    assert guard.acquire() is Claim.UNGUARDED and not guard.held


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_hung_first_instance_is_reported_and_its_leftovers_taken_over_once_killed(
    qtbot, guard, start_guard, socket_folder
):
    hung = start_guard(guard.folder, hold=True)  # holds the folder, never answers
    assert hung.wait_for_line("FIRST")
    started = time.monotonic()
    assert guard.acquire(answer_seconds=1.0) is Claim.NOT_ANSWERING
    assert time.monotonic() - started >= 1.0 and not guard.held
    os.kill(hung.process.pid, signal.SIGKILL)
    hung.wait_for_exit()
    [socket] = socket_folder.glob("advisor-journal-*")  # left behind with the lock
    assert socket.name == guard.name and (guard.folder / LOCK_FILE).exists()
    assert guard.acquire() is Claim.FIRST and guard.listening
    with qtbot.waitSignal(guard.activation_requested, timeout=int(WAIT * 1000)):
        later = start_guard(guard.folder)
    assert finish_while_answering(qtbot, later) == 0
    assert later.lines == ["ALREADY_RUNNING"]


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    print("locked" if lock.tryLock(0) else "not locked", flush=True)
    time.sleep(600)
    """
)


def test_a_held_lock_without_a_server_is_reported_not_answering(guard, child_env, children):
    holder = Child(HOLD_LOCK, [str(guard.folder / LOCK_FILE)], child_env)
    children.append(holder)
    assert holder.wait_for_line("locked")
    started = time.monotonic()
    assert guard.acquire(connect_seconds=1.0) is Claim.NOT_ANSWERING
    assert time.monotonic() - started >= 1.0 and (guard.folder / LOCK_FILE).exists()


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="Linux: reads /proc")
def test_a_dead_owner_whose_process_id_went_to_another_python_is_taken_over(
    guard, child_env, children
):
    """Qt sees a running process of the same name and calls the lock held; nobody holds
    the file (flock), so after the connect time it is taken over."""
    other = Child("import time; time.sleep(600)", [], child_env)
    children.append(other)
    name = Path(os.readlink(f"/proc/{other.process.pid}/exe")).name
    lock_file = guard.folder / LOCK_FILE
    lock_file.write_text(f"{other.process.pid}\n{name}\n{QSysInfo.machineHostName()}\n")
    probe = QLockFile(str(lock_file))
    probe.setStaleLockTime(0)
    assert not probe.tryLock(0)  # what Qt alone would say
    assert guard.acquire(connect_seconds=0.5) is Claim.FIRST and guard.listening
    assert other.running


# The real app ------------------------------------------------------------------------


def test_two_apps_started_together_one_runs_and_the_other_shows_it(data_dir, start_app):
    apps = [start_app(data_dir), start_app(data_dir)]
    deadline = time.monotonic() + WAIT
    while all(app.running for app in apps) and time.monotonic() < deadline:
        time.sleep(0.02)
    ended = [app for app in apps if not app.running]
    assert len(ended) == 1, "one of the two should have ended"
    [second] = ended
    [first] = [app for app in apps if app is not second]
    assert second.wait_for_exit() == 0
    assert SHOWN in second.lines and OPENED not in second.lines
    assert first.wait_for_line(OPENED) and first.running
    assert (data_dir / "journal.sqlite3").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_lock_left_by_a_killed_app_is_taken_over(data_dir, start_app):
    killed = start_app(data_dir)
    assert killed.wait_for_line(OPENED)
    deadline = time.monotonic() + WAIT
    while not (data_dir / LOCK_FILE).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(killed.process.pid, signal.SIGKILL)
    assert killed.wait_for_exit() == -signal.SIGKILL
    assert (data_dir / LOCK_FILE).exists()

    taking_over = start_app(data_dir)
    assert taking_over.wait_for_line(OPENED) and taking_over.running
    third = start_app(data_dir)
    assert third.wait_for_exit() == 0
    assert SHOWN in third.lines and OPENED not in third.lines
    at_login = start_app(data_dir, "--background")
    assert at_login.wait_for_exit() == 0
    assert "Advisor Journal is already running." in at_login.lines
    assert OPENED not in at_login.lines
    assert taking_over.running


def test_apps_for_different_folders_run_side_by_side(tmp_path, start_app):
    one, two = start_app(tmp_path / "one"), start_app(tmp_path / "two")
    assert one.wait_for_line(OPENED) and two.wait_for_line(OPENED)
    for folder in ("one", "two"):  # each answers a later start of its own folder
        later = start_app(tmp_path / folder)
        assert later.wait_for_exit() == 0 and SHOWN in later.lines
    assert one.running and two.running
