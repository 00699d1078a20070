"""Shared test set-up: headless Qt, and a fresh data folder and settings per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

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
