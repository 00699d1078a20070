from statistics import fmean

import pytest

from journal.sample import demo
from journal.store.storage import to_db_time
from tests.conftest import FIXED_NOW


def _rows(journal):
    return journal.store.db.execute(
        "SELECT m.title, m.start_utc, c.name, a.question_id, a.score FROM meetings m "
        "JOIN clients c ON c.id = m.client_id "
        "LEFT JOIN reflections r ON r.meeting_id = m.id "
        "LEFT JOIN answers a ON a.reflection_id = r.id ORDER BY m.id, a.id"
    ).fetchall()


def test_the_same_seed_gives_the_same_journal(tmp_path):
    from journal.service import Journal

    def build(folder, seed):
        j = Journal.open(folder, clock=lambda: FIXED_NOW)
        demo.fill(j, 150, seed)
        rows = _rows(j)
        j.close()
        return rows

    assert build(tmp_path / "a", 3) == build(tmp_path / "b", 3)
    assert build(tmp_path / "c", 3) != build(tmp_path / "d", 4)


def test_sample_has_clients_in_both_languages_reflections_and_intentions(journal):
    result = demo.fill(journal, 400, 1)
    assert result.meetings == 400 == journal.count_meetings()
    assert 0.7 < result.reflections / result.meetings < 0.9
    names = {c.name for c in journal.clients()}
    assert "Gemeente Utrecht" in names and "Northwind Facilities Ltd" in names
    db = journal.store.db
    assert db.execute("SELECT count(*) FROM intentions").fetchone()[0] > 100
    assert db.execute("SELECT count(*) FROM answers WHERE text IS NOT NULL").fetchone()[0] > 50
    first, last = db.execute("SELECT min(start_utc), max(start_utc) FROM meetings").fetchone()
    assert first >= to_db_time(FIXED_NOW.replace(year=2025)) and last < to_db_time(FIXED_NOW)
    assert journal.profile().advisor_name == "Sanne de Vries"


def test_scores_mostly_improve_over_time(journal):
    demo.fill(journal, 1200, 2)
    values = journal.store.db.execute(
        "SELECT a.trait_id, a.value FROM answers a JOIN reflections r ON r.id = a.reflection_id "
        "JOIN meetings m ON m.id = r.meeting_id WHERE a.score IS NOT NULL ORDER BY m.start_utc"
    ).fetchall()
    quarter = len(values) // 4
    early, late = values[:quarter], values[-quarter:]
    improved = 0
    for trait_id in journal.bank.trait_ids():
        before = fmean(v for t, v in early if t == trait_id)
        after = fmean(v for t, v in late if t == trait_id)
        improved += after > before
    assert improved >= 8
    focus_gain = fmean(v for t, v in late if t == "listening") - fmean(
        v for t, v in early if t == "listening"
    )
    assert focus_gain > 15


def test_refuses_a_journal_with_meetings_unless_forced(journal):
    demo.fill(journal, 10, 1)
    with pytest.raises(demo.JournalNotEmpty) as info:
        demo.fill(journal, 10, 1)
    assert info.value.meetings == 10
    demo.fill(journal, 10, 5, force=True)
    assert journal.count_meetings() == 20
