"""The per-day sums kept by triggers (trait_days, m002; meeting_days, m003) always equal a
fresh GROUP BY over the meetings, reflections and answers, whatever happens to them."""

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.model import MeetingInput, ReflectionInput
from journal.reflect.scoring import answer_value
from journal.sample import demo
from journal.service import Journal
from journal.store.paths import journal_file

DATA = Path(__file__).parent / "data"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def sums(journal):
    stored = journal.store.query(
        "SELECT day, client_id, trait_id, round(value_sum, 6), answers FROM trait_days "
        "ORDER BY 1, 2, 3"
    )
    fresh = journal.store.query(
        """
        SELECT m.local_day, m.client_id, a.trait_id, round(sum(a.value), 6), count(*)
        FROM answers a JOIN reflections r ON r.id = a.reflection_id
        JOIN meetings m ON m.id = r.meeting_id
        WHERE a.score IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """
    )
    return stored, fresh


def activity(journal):
    """meeting_days as stored, and as computed afresh (rounded: sums of floats)."""
    stored = journal.store.query(
        "SELECT day, client_id, held, reflected, round(credibility_sum, 6), "
        "round(reliability_sum, 6), round(intimacy_sum, 6), round(self_orientation_sum, 6), "
        "round(trust_sum, 6), trusted FROM meeting_days ORDER BY 1, 2"
    )
    part = "round(coalesce(sum(CASE WHEN r.trust IS NOT NULL THEN r.{} END), 0), 6)"
    fresh = journal.store.query(
        f"""
        SELECT m.local_day, m.client_id, count(*), count(r.id), {part.format("credibility")},
               {part.format("reliability")}, {part.format("intimacy")},
               {part.format("self_orientation")}, round(coalesce(sum(r.trust), 0), 6),
               count(r.trust)
        FROM meetings m LEFT JOIN reflections r ON r.meeting_id = m.id
        GROUP BY 1, 2 ORDER BY 1, 2
        """
    )
    return stored, fresh


def meeting(client="Gemeente Utrecht", start=START):
    return MeetingInput(client, "Overleg", start, 60)


def test_saving_editing_moving_and_clearing_keep_the_sums_exact(journal):
    first = journal.save(meeting(), ReflectionInput({"listening.1": 4, "listening.2": 2}))
    second = journal.save(meeting(), ReflectionInput({"listening.3": 5, "candour.1": 1}))
    stored, fresh = sums(journal)
    assert stored == fresh
    value = lambda qid, score: answer_value(journal.bank.question(qid), score)  # noqa: E731
    listening = value("listening.1", 4) + value("listening.2", 2) + value("listening.3", 5)
    expected = [("candour", value("candour.1", 1), 1), ("listening", listening, 3)]
    assert [row[2:] for row in stored] == expected

    journal.save(meeting(), ReflectionInput({"listening.1": 1}), first)  # edit answers
    assert sums(journal)[0] == sums(journal)[1]
    journal.save(meeting(client="Kestrel Engineering"), ReflectionInput({"listening.1": 1}), first)
    journal.save(
        meeting(start=START + timedelta(days=3)),
        ReflectionInput({"listening.3": 5, "candour.1": 1}),
        second,
    )
    stored, fresh = sums(journal)
    assert stored == fresh and len({row[0] for row in stored}) == 2
    journal.save(meeting(), ReflectionInput(), second)  # reflection cleared
    journal.save(meeting(client="Kestrel Engineering"), ReflectionInput(), first)
    assert sums(journal) == ([], [])


# One trait for each trust part (credibility, reliability, intimacy, self-orientation).
TRUST_ANSWERS = {"honest_limits.1": 4, "client_focus.1": 5, "reassurance.1": 3, "listening.1": 2}


def test_meetings_held_reflected_and_trust_per_day_stay_exact(journal):
    first = journal.save(meeting(), ReflectionInput(TRUST_ANSWERS))
    second = journal.save(meeting(), ReflectionInput({"listening.1": 4}))  # no trust score
    journal.save(meeting(start=START + timedelta(days=1)), ReflectionInput())  # not reflected
    stored, fresh = activity(journal)
    assert stored == fresh
    assert [row[:4] for row in stored] == [("2026-03-02", 1, 2, 2), ("2026-03-03", 1, 1, 0)]
    assert stored[0][-1] == 1  # one reflection with a trust score

    journal.save(meeting(), ReflectionInput({**TRUST_ANSWERS, "reassurance.1": 5}), first)
    assert activity(journal)[0] == activity(journal)[1]
    journal.save(meeting(client="Kestrel Engineering"), ReflectionInput(TRUST_ANSWERS), second)
    journal.save(meeting(start=START + timedelta(days=5)), ReflectionInput(TRUST_ANSWERS), first)
    stored, fresh = activity(journal)
    assert stored == fresh and len(stored) == 3
    journal.save(meeting(start=START + timedelta(days=5)), ReflectionInput(), first)  # cleared
    stored, fresh = activity(journal)
    assert stored == fresh and sum(row[3] for row in stored) == 1


def test_the_demo_journal_has_exact_sums(journal):
    demo.fill(journal, 300, 3)
    stored, fresh = sums(journal)
    assert stored == fresh and len(stored) > 100
    stored, fresh = activity(journal)
    assert stored == fresh and sum(row[2] for row in stored) == 300


def test_upgrading_a_first_schema_journal_fills_the_sums(tmp_path):
    shutil.copy(DATA / "journal-m001_initial.sqlite3", journal_file(tmp_path))
    j = Journal.open(tmp_path)
    stored, fresh = sums(j)
    assert stored == fresh and len(stored) == 6
    assert {row[0] for row in stored} == {"2026-11-02", "2026-11-03"}
    stored, fresh = activity(j)
    assert stored == fresh and [row[2:4] for row in stored] == [(1, 1), (1, 1), (1, 0)]
    j.close()


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/New_York"])
def test_the_local_day_is_the_advisors_calendar_day(data_dir, monkeypatch, zone):
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset does not exist on Windows: the zone cannot change in-process")
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        j = Journal.open(data_dir)
        late = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # Sunday night in UTC
        j.save(meeting(start=late), ReflectionInput({"listening.1": 3}))
        [(day,)] = j.store.query("SELECT local_day FROM meetings")
        expected = "2026-03-02" if zone == "Europe/Amsterdam" else "2026-03-01"
        assert day == expected
        j.close()
    finally:
        monkeypatch.undo()
        time.tzset()
