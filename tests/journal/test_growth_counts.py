"""The Growth view's sums kept by triggers (migration m011): how intentions turned out per
day, client and trait (``intention_days``), and the mirror's phrases counted once per
meeting (``mirror_counts``, summed per day in ``mirror_days``). Each is checked equal to
what it replaces, the join or the count from scratch, on a varied journal through
saves, edits, moves, verdicts, deletes and undo, and on a journal of the schema before."""

import random
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from journal.growth.aggregation import Scope
from journal.mirror import store as mirror_store
from journal.mirror.marks import mirror
from journal.mirror.trend import trend
from journal.model import IntentionCheck, KeptCount, MeetingInput, ReflectionInput
from journal.service import Journal
from journal.store.paths import journal_file

DATA = Path(__file__).parent / "data"
START = datetime(2026, 9, 1, 9, tzinfo=UTC)
CLIENTS = ("Gemeente Utrecht", "Kestrel Engineering", "Émile BV")
TRAITS = ("listening", "candour", "honest_limits", None)
SENTENCES = (
    "Ik heb uitgelegd hoe het raamcontract werkt.",
    "Ik vroeg wat ze nodig hebben.",
    "I told them to wait for the second offer.",
    "I asked what worried them. She told me the budget is tight.",
    "We met at their office.",
    "Ze vertelde over de planning en ik heb doorgevraagd.",
    "",
)


def kept_by_join(journal: Journal, scope: Scope) -> dict[str | None, KeptCount]:
    """How the intentions turned out, joined from the tables (the query m011 replaced)."""
    conditions, params = ["true"], []
    if scope.first_day is not None:
        conditions.append("m.local_day >= ?")
        params.append(scope.first_day.isoformat())
    if scope.end_day is not None:
        conditions.append("m.local_day < ?")
        params.append(scope.end_day.isoformat())
    if scope.client_ids:
        conditions.append(f"m.client_id IN ({', '.join('?' for _ in scope.client_ids)})")
        params.extend(scope.client_ids)
    rows = journal.store.query(
        f"""
        SELECT i.trait_id, sum(i.kept IS 'yes'), sum(i.kept IS 'partly'), sum(i.kept IS 'no'),
               sum(i.kept IS NULL)
        FROM intentions i JOIN reflections r ON r.id = i.reflection_id
        JOIN meetings m ON m.id = r.meeting_id
        WHERE {" AND ".join(conditions)} GROUP BY i.trait_id
        """,
        params,
    )
    return {r[0]: KeptCount(r[1], r[2], r[3], r[4]) for r in rows}


def mirror_from_scratch(journal: Journal, granularity: str, scope: Scope, language: str):
    """The trend with every reflection read again (what the mirror did before m011)."""
    texts = mirror_store.texts_by_meeting(
        journal.store, scope.first_day, scope.end_day, scope.client_ids
    )
    return trend(((day, mirror(t, language)) for _id, day, t in texts), granularity)


def day_tables_exact(journal: Journal) -> None:
    """The day sums hold what their sources give now."""
    stored = journal.store.query("SELECT * FROM intention_days ORDER BY 1, 2, 3")
    fresh = journal.store.query(
        """
        SELECT m.local_day, m.client_id, coalesce(i.trait_id, ''), sum(i.kept IS 'yes'),
               sum(i.kept IS 'partly'), sum(i.kept IS 'no'), sum(i.kept IS NULL), count(*)
        FROM intentions i JOIN reflections r ON r.id = i.reflection_id
        JOIN meetings m ON m.id = r.meeting_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """
    )
    assert stored == fresh
    stored = journal.store.query(
        "SELECT fallback, rules, day, client_id, telling, asking, counted FROM mirror_days "
        "ORDER BY 1, 2, 3, 4"
    )
    fresh = journal.store.query(
        """
        SELECT c.fallback, c.rules, m.local_day, m.client_id, sum(c.telling), sum(c.asking),
               count(*)
        FROM mirror_counts c JOIN meetings m ON m.id = c.meeting_id
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        """
    )
    assert stored == fresh
    # a count is kept only for a reflected meeting, on its meeting's day and client
    assert not journal.store.query(
        """
        SELECT 1 FROM mirror_counts c JOIN meetings m ON m.id = c.meeting_id
        LEFT JOIN reflections r ON r.meeting_id = m.id
        WHERE r.id IS NULL OR c.day IS NOT m.local_day OR c.client_id IS NOT m.client_id
        """
    )


def scopes(journal: Journal) -> list[Scope]:
    ids = [c.id for c in journal.clients()]
    return [
        Scope(),
        Scope(date(2026, 9, 10), date(2026, 10, 20)),
        Scope(date(2026, 10, 1)),
        Scope(end_day=date(2026, 9, 15)),
        Scope(client_ids=tuple(ids[:1])),
        Scope(date(2026, 9, 20), date(2026, 11, 1), tuple(ids[1:])),
    ]


def all_equal(journal: Journal) -> None:
    day_tables_exact(journal)
    for scope in scopes(journal):
        assert journal.kept_counts(scope) == kept_by_join(journal, scope), scope
        for granularity in ("week", "month", "quarter"):
            # one fallback language: with another, every meeting would be counted anew
            kept = journal.mirror.trend(granularity, scope, "nl")
            assert kept == mirror_from_scratch(journal, granularity, scope, "nl"), scope
    day_tables_exact(journal)


def reflection(rng: random.Random, check: IntentionCheck | None = None) -> ReflectionInput:
    return ReflectionInput(
        {"listening.2": rng.randint(1, 5)},
        {"open.happened": rng.choice(SENTENCES), "open.why": rng.choice(SENTENCES)},
        intention=rng.choice(("Eerst luisteren", "Grenzen noemen", "")),
        intention_trait=rng.choice(TRAITS),
        intention_check=check,
    )


def meeting(rng: random.Random, day: int) -> MeetingInput:
    return MeetingInput(
        rng.choice(CLIENTS), "Overleg", START + timedelta(days=day), 60, rng.choice(SENTENCES)
    )


@pytest.fixture
def varied(journal):
    """Sixty meetings over three months and three clients, most reflected on, with
    intentions of every trait (and none) settled by hand and by later reflections."""
    rng = random.Random(19)
    ids = []
    for day in range(0, 90, 1 if rng.random() < 0.5 else 2)[:60]:
        open_now = journal.open_intentions()
        check = None
        if open_now and rng.random() < 0.4:
            target = rng.choice(open_now)
            check = IntentionCheck(target.id, rng.choice(("yes", "partly", "no")))
        empty = rng.random() < 0.15
        ids.append(
            journal.save(meeting(rng, day), ReflectionInput() if empty else reflection(rng, check))
        )
    for intention in journal.open_intentions()[::3]:
        journal.set_intention_verdict(intention.id, rng.choice(("yes", "partly", "no")))
    return journal, ids, rng


def test_the_sums_equal_the_join_and_the_count_from_scratch_through_every_change(varied):
    journal, ids, rng = varied
    assert journal.kept_counts(Scope()) and len(journal.kept_counts(Scope())) == len(TRAITS)
    all_equal(journal)
    counted = journal.store.query_one("SELECT count(*) FROM mirror_counts")[0]
    assert counted == journal.store.query_one("SELECT count(*) FROM reflections")[0] > 30
    # edits: other texts, another day and client, a reflection emptied, a verdict taken back
    for meeting_id in ids[::5]:
        journal.save(meeting(rng, rng.randint(0, 100)), reflection(rng), meeting_id)
    journal.save(meeting(rng, 3), ReflectionInput(), ids[1])
    for intention in journal.open_intentions()[:2]:
        journal.set_intention_verdict(intention.id, "yes")
        journal.set_intention_verdict(intention.id, None)
    all_equal(journal)
    # moved to another day and client, the notes alone changed (whatever writes them)
    other = journal.client_by_name(CLIENTS[2]).id
    with journal.store.transaction():
        for meeting_id in ids[10:40:3]:
            journal.store.conn.execute(
                "UPDATE meetings SET local_day = '2026-10-30', client_id = ? WHERE id = ?",
                [other, meeting_id],
            )
        for meeting_id in ids[11:40:3]:
            journal.store.conn.execute(
                "UPDATE meetings SET notes = 'Ik heb uitgelegd hoe het moet.' WHERE id = ?",
                [meeting_id],
            )
    all_equal(journal)
    # an answer's text alone changed, a reflection alone removed (the meeting untouched)
    reflected = [r for (r,) in journal.store.query("SELECT id FROM reflections ORDER BY id")]
    with journal.store.transaction():
        conn = journal.store.conn
        for reflection_id in reflected[:20:4]:
            conn.execute(
                "UPDATE answers SET text = 'I told them to wait.' WHERE reflection_id = ? "
                "AND question_id = 'open.happened'",
                [reflection_id],
            )
        for reflection_id in reflected[1:20:4]:
            for table in ("answers", "intentions"):
                conn.execute(f"DELETE FROM {table} WHERE reflection_id = ?", [reflection_id])
            conn.execute("UPDATE intentions SET checked_by = NULL WHERE checked_by = ?",
                         [reflection_id])  # fmt: skip
            conn.execute("DELETE FROM reflections WHERE id = ?", [reflection_id])
    all_equal(journal)
    # deleted, then undone, then deleted again (redo)
    snapshots = {meeting_id: journal.delete_meeting(meeting_id) for meeting_id in ids[2:9]}
    all_equal(journal)
    for meeting_id, snapshot in snapshots.items():
        journal.restore(meeting_id, None, snapshot)
    all_equal(journal)
    for meeting_id in ids[2:5]:
        journal.restore(meeting_id, snapshots[meeting_id], None)
    all_equal(journal)


def test_a_count_made_with_other_rules_or_another_fallback_is_made_again(varied):
    journal, _ids, _rng = varied
    scope = Scope()
    first = journal.mirror.trend("month", scope, "nl")
    with journal.store.transaction():  # as an older rule set would have left them
        journal.store.conn.execute("UPDATE mirror_counts SET telling = 99")
    assert journal.mirror.trend("month", scope, "nl") != first  # the kept counts are read
    with journal.store.transaction():
        journal.store.conn.execute("DELETE FROM mirror_counts")  # the triggers keep days too
        journal.store.conn.execute(
            "INSERT INTO mirror_counts SELECT r.meeting_id, m.local_day, m.client_id, 'nl', "
            "'en.0 nl.0', 99, 99 FROM reflections r JOIN meetings m ON m.id = r.meeting_id"
        )
    assert journal.mirror.trend("month", scope, "nl") == first  # counted again with ours
    assert journal.store.query("SELECT DISTINCT rules FROM mirror_counts") == [("en.1 nl.1",)]
    day_tables_exact(journal)
    journal.mirror.trend("month", scope, "en")  # the other fallback: counted anew
    assert journal.store.query("SELECT DISTINCT fallback FROM mirror_counts") == [("en",)]
    assert journal.mirror.trend("month", scope, "en") == mirror_from_scratch(
        journal, "month", scope, "en"
    )


def test_a_journal_that_cannot_be_written_still_gets_its_trend(varied, monkeypatch):
    journal, _ids, _rng = varied
    monkeypatch.setattr(journal.store, "read_only", True)
    scope = Scope(date(2026, 10, 1))
    assert journal.mirror.trend("week", scope, "nl") == mirror_from_scratch(
        journal, "week", scope, "nl"
    )
    assert journal.store.query_one("SELECT count(*) FROM mirror_counts")[0] == 0


def test_a_journal_of_the_schema_before_gets_the_sums(tmp_path):
    shutil.copy(DATA / "journal-m010_trust_scale.sqlite3", journal_file(tmp_path))
    journal = Journal.open(tmp_path)
    assert journal.kept_counts(Scope()) == kept_by_join(journal, Scope()) != {}
    all_equal(journal)
    rng = random.Random(5)
    [meeting_id] = [m.id for m in journal.meeting_page(0, 10) if m.title][:1]
    journal.save(meeting(rng, 2), reflection(rng), meeting_id)
    snapshot = journal.delete_meeting(journal.meeting_page(0, 10)[-1].id)
    all_equal(journal)
    journal.restore(snapshot.id, None, snapshot)
    all_equal(journal)
    journal.close()
