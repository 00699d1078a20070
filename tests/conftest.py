"""Shared test set-up: headless Qt, and a fresh data folder and settings per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from journal.model import IntentionCheck, MeetingInput, Profile, ReflectionInput  # noqa: E402
from journal.service import Journal  # noqa: E402

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
