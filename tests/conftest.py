"""Shared test set-up: headless Qt, a fresh data folder and settings per test, and the
guard that fails any test in which a file this process has open in SQLite is opened
from Python (closing that descriptor would drop SQLite's locks on it: issue 15)."""

import os
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from journal.model import IntentionCheck, MeetingInput, Profile, ReflectionInput  # noqa: E402
from journal.service import Journal  # noqa: E402
from journal.store.connection import in_use  # noqa: E402
from journal.store.files import main_file_of  # noqa: E402

# Opens (from Python: open(), os.open(), Path.open/read_bytes/…) of a file this process
# has an SQLite connection to, or of its -wal/-shm, since the test began.
OPENED_WHILE_IN_SQLITE: list[str] = []
_DELIBERATE = threading.local()


@contextmanager
def deliberately_opening_live_files() -> Iterator[None]:
    """For a test that plays the disk itself (damaging an open journal's bytes): what it
    opens meanwhile, on this thread, is not the app's doing and is not recorded."""
    _DELIBERATE.on = True
    try:
        yield
    finally:
        _DELIBERATE.on = False


def disk_bytes(path: Path) -> bytes:
    """What is on disk, also of a journal this test has open (the test looks, not the app)."""
    with deliberately_opening_live_files():
        return path.read_bytes()


def _audit(event: str, args: tuple) -> None:
    if event != "open" or not args or isinstance(args[0], int) or args[0] is None:
        return
    if getattr(_DELIBERATE, "on", False):
        return
    try:
        path = Path(os.fsdecode(args[0]))
        if in_use(path) or in_use(main_file_of(path)):
            where = "".join(traceback.format_stack(limit=6)[:-1])
            OPENED_WHILE_IN_SQLITE.append(f"{path}\n{where}")
    except Exception:  # noqa: BLE001 - a hook must never break the open it watches
        return


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _no_journal_file_opened_outside_sqlite():
    OPENED_WHILE_IN_SQLITE.clear()
    yield
    found, OPENED_WHILE_IN_SQLITE[:] = list(OPENED_WHILE_IN_SQLITE), []
    assert not found, "a file open in SQLite was opened from Python:\n" + "\n".join(found)


# ADVISOR_JOURNAL_SIMULATE=windows runs these files with Windows' file semantics
# (tests/platform_sim.py): the data-safety tests, where Windows differs the most.
SIMULATED_ON_WINDOWS = {
    "test_backups.py",
    "test_damaged_files.py",
    "test_durability.py",
    "test_encryption.py",
    "test_unwritable.py",
    "test_drafts.py",
    "test_storage.py",
    "test_beside_each_other.py",
    "test_cli_data.py",
}


@pytest.fixture(autouse=True)
def _simulated_platform(request, monkeypatch):
    if (
        os.environ.get("ADVISOR_JOURNAL_SIMULATE") == "windows"
        and request.path.name in SIMULATED_ON_WINDOWS
    ):
        from tests.platform_sim import windows_semantics

        with windows_semantics(monkeypatch):
            yield
    else:
        yield


@pytest.fixture
def on_windows(monkeypatch):
    """This test runs with Windows' file semantics (tests/platform_sim.py); the value is
    the fake advapi32/kernel32 that records how folders were made private."""
    from tests.platform_sim import windows_semantics

    with windows_semantics(monkeypatch) as win32:
        yield win32


@pytest.fixture(autouse=True)
def _the_qapplication_before_a_command(request):
    """A command run in this process makes a plain QCoreApplication when none exists, and
    pytest-qt's ``qapp`` refuses one later: whatever order the tests run in, the
    QApplication comes first."""
    if request.path.name.startswith("test_cli"):
        request.getfixturevalue("qapp")


FIXED_NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def own_log_folder(tmp_path: Path, monkeypatch):
    """The app's log (ui.common.app_log, started by the window and the commands) goes to
    the test's own folder, never the log of the person running the tests, and is
    detached after each test, with the exception hook it set."""
    import sys

    # beside tmp_path, not in it: tests count what lands there
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path.with_name(tmp_path.name + "-state")))
    import threading

    hook, thread_hook = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = hook, thread_hook
    app_log = sys.modules.get("ui.common.app_log")
    if app_log is not None:
        app_log.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal-data"
    folder.mkdir()
    return folder


@pytest.fixture
def journal(data_dir: Path):
    j = Journal.open(data_dir, clock=lambda: FIXED_NOW)
    yield j
    j.close()


@pytest.fixture
def local_zone(monkeypatch):
    """Call with a zone name to put the computer in that time zone for the test."""
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset does not exist on Windows: the zone cannot change in-process")

    def put_in(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield put_in
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def small(journal, local_zone):
    """Three November meetings with two clients and one in October, written by hand;
    Amsterdam time. Two intentions (one partly kept, one open) and tags, one naming a
    client. The exports' golden files are made from it."""
    local_zone("Europe/Amsterdam")
    journal.save_profile(Profile("Sanne de Vries", ("listening",)))
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off Gemeente Utrecht", november_at(2, 9), 60,
                     "Pieter (pieter@utrecht.nl) vroeg naar de planning.",
                     ("kick-off", "Gemeente Utrecht vervolg")),
        ReflectionInput(
            {"listening.1": 4, "listening.2": 5, "honest_limits.1": 2, "client_focus.1": 3,
             "reassurance.1": 4, "candour.1": 3, "process_partner.1": 4},
            {"open.happened": "Gemeente Utrecht wilde vooral zekerheid."},
            "Eerst vragen naar hun planning.",
            "listening",
        ),
    )  # fmt: skip
    journal.save(
        MeetingInput("Kestrel Engineering", "Requirements workshop", november_at(10, 14), 90),
        ReflectionInput({"listening.1": 2, "candour.2": 4}, intention="Zeggen wat ik niet weet."),
    )
    (planning,) = [i for i in journal.open_intentions() if i.trait_id == "listening"]
    journal.set_intention_verdict(planning.id, "partly")
    journal.save(
        MeetingInput("Gemeente Utrecht", "Voortgang", november_at(20, 10), 30), ReflectionInput()
    )
    journal.save(MeetingInput("Gemeente Utrecht", "Oktober", datetime(2026, 10, 5, 9, tzinfo=UTC), 30),
                 ReflectionInput({"listening.1": 1}))  # fmt: skip
    return journal


@pytest.fixture
def intentions_kept(journal, local_zone):
    """Four November intentions and how they turned out: two about listening (kept, by
    the next reflection with that client; partly, by hand), one about candour (not
    kept), one without a trait (open); tags on two meetings, one naming a client."""
    local_zone("Europe/Amsterdam")
    journal.save_profile(Profile("Sanne de Vries", ()))
    scores = {"listening.1": 4}
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off", november_at(2, 9), 60,
                     tags=("Gemeente Utrecht vervolg", "tender")),
        ReflectionInput(scores, intention="Eerst luisteren.", intention_trait="listening"),
    )  # fmt: skip
    (first,) = journal.open_intentions()
    journal.save(
        MeetingInput("Gemeente Utrecht", "Planning", november_at(4, 9), 60),
        ReflectionInput(
            scores,
            intention="Samenvatten wat ik hoor.",
            intention_trait="listening",
            intention_check=IntentionCheck(first.id, "yes"),
        ),
    )
    journal.save(
        MeetingInput("Kestrel Engineering", "Workshop", november_at(5, 13), 90, tags=("Tender",)),
        ReflectionInput(scores, intention="Zeggen wat ik niet weet.", intention_trait="candour"),
    )
    journal.save(
        MeetingInput("Kestrel Engineering", "Review", november_at(9, 13), 60),
        ReflectionInput(scores, intention="Op tijd beginnen."),
    )
    verdicts = {"Samenvatten wat ik hoor.": "partly", "Zeggen wat ik niet weet.": "no"}
    for intention in journal.open_intentions():
        if intention.text in verdicts:
            journal.set_intention_verdict(intention.id, verdicts[intention.text])
    return journal


def november_at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)
