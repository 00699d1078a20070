"""Shared test set-up: headless Qt, and a fresh data folder and settings per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from journal.model import MeetingInput, Profile, ReflectionInput  # noqa: E402
from journal.service import Journal  # noqa: E402

FIXED_NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


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
    Amsterdam time. The exports' golden files are made from it."""
    local_zone("Europe/Amsterdam")
    journal.save_profile(Profile("Sanne de Vries", ("listening",)))
    journal.save(
        MeetingInput("Gemeente Utrecht", "Kick-off Gemeente Utrecht", november_at(2, 9), 60,
                     "Pieter (pieter@utrecht.nl) vroeg naar de planning."),
        ReflectionInput(
            {"listening.1": 4, "listening.2": 5, "honest_limits.1": 2, "client_focus.1": 3,
             "reassurance.1": 4, "candour.1": 3, "process_partner.1": 4},
            {"open.happened": "Gemeente Utrecht wilde vooral zekerheid."},
            "Eerst vragen naar hun planning.",
        ),
    )  # fmt: skip
    journal.save(
        MeetingInput("Kestrel Engineering", "Requirements workshop", november_at(10, 14), 90),
        ReflectionInput({"listening.1": 2, "candour.2": 4}),
    )
    journal.save(
        MeetingInput("Gemeente Utrecht", "Voortgang", november_at(20, 10), 30), ReflectionInput()
    )
    journal.save(MeetingInput("Gemeente Utrecht", "Oktober", datetime(2026, 10, 5, 9, tzinfo=UTC), 30),
                 ReflectionInput({"listening.1": 1}))  # fmt: skip
    return journal


def november_at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)
