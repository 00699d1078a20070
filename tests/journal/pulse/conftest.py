from datetime import timedelta

import pytest

from journal.model import MeetingInput, Profile, ReflectionInput
from journal.service import Journal
from tests.conftest import FIXED_NOW


class Clock:
    def __init__(self):
        self.now = FIXED_NOW

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def pulsed(data_dir, clock):
    """Sanne's journal: two clients with four reflected meetings each (listening and
    candour her focus), the clock at FIXED_NOW."""
    journal = Journal.open(data_dir, clock=clock)
    journal.save_profile(Profile("Sanne de Vries", ("listening", "candour")))
    for client in ("Gemeente Utrecht", "Kestrel Engineering"):
        for days in (60, 45, 30, 10):
            journal.save(
                MeetingInput(client, f"Overleg {days}", FIXED_NOW - timedelta(days=days), 60),
                ReflectionInput({"listening.2": 4, "candour.1": 3, "entree.1": 2}),
            )
    yield journal
    journal.close()
