"""The intentions loop through the journal: an intention written (about a trait) after a
meeting is shown before the next one with that client, checked there (or by hand), leaves
the open list, keeps its verdict through edits, reopens when its check goes, and adds up
per trait."""

from datetime import UTC, date, datetime, timedelta

import pytest

from journal.errors import InvalidInput, NotFound
from journal.growth.aggregation import Scope
from journal.model import IntentionCheck, KeptCount, MeetingInput, ReflectionInput
from tests.conftest import FIXED_NOW

NOV_2 = datetime(2026, 11, 2, 9, tzinfo=UTC)
WEEK = timedelta(days=7)


def meeting(client="Utrecht", start=NOV_2, title="Overleg"):
    return MeetingInput(client, title, start, 60)


def write(journal, text, trait=None, client="Utrecht", start=NOV_2, check=None):
    """A reflected meeting with this intention (and a verdict on an earlier one)."""
    return journal.save(
        meeting(client, start),
        ReflectionInput({"listening.2": 4}, intention=text, intention_trait=trait,
                        intention_check=check),
    )  # fmt: skip


def test_the_loop_from_writing_to_checking(journal):
    first = write(journal, "  Eerst luisteren ", "listening")
    utrecht = journal.client_by_name("utrecht").id

    shown = journal.last_intention("UTRECHT", NOV_2 + WEEK)
    assert (shown.text, shown.trait_id, shown.kept, shown.checked_at) == (
        "Eerst luisteren", "listening", None, None,
    )  # fmt: skip
    assert (shown.meeting_id, shown.meeting_start, shown.client_name) == (first, NOV_2, "Utrecht")
    assert journal.open_intentions() == [shown]
    assert journal.open_intentions(client_id=utrecht) == [shown]
    assert journal.last_intention("Kestrel", NOV_2 + WEEK) is None
    assert journal.last_intention("Utrecht", NOV_2) is None  # only meetings before

    second = write(journal, "Grenzen noemen", "honest_limits", start=NOV_2 + WEEK,
                   check=IntentionCheck(shown.id, "partly"))  # fmt: skip
    assert journal.meeting(first).reflection.intention_kept == "partly"
    assert journal.meeting(second).reflection.intention_check == IntentionCheck(shown.id, "partly")
    assert journal.meeting(second).reflection.intention_trait == "honest_limits"
    [still_open] = journal.open_intentions()
    assert (still_open.text, still_open.meeting_id) == ("Grenzen noemen", second)
    assert journal.last_intention("Utrecht", NOV_2 + 2 * WEEK) == still_open
    # reopening the second meeting shows the intention it checked, with its verdict
    again = journal.last_intention("Utrecht", NOV_2 + WEEK, exclude_meeting=second)
    assert (again.id, again.kept, again.checked_at) == (shown.id, "partly", FIXED_NOW)
    assert [(i.text, i.kept) for i in journal.intentions_of_client(utrecht)] == [
        ("Grenzen noemen", None),
        ("Eerst luisteren", "partly"),
    ]


@pytest.mark.parametrize("verdict", ["yes", "partly", "no"])
def test_each_verdict_settles_the_intention(journal, verdict):
    write(journal, "Eerst luisteren", "listening")
    (intention,) = journal.open_intentions()
    write(journal, "", start=NOV_2 + WEEK, check=IntentionCheck(intention.id, verdict))
    assert journal.open_intentions() == []
    assert journal.last_intention("Utrecht", NOV_2 + 2 * WEEK) is None
    counted = {"yes": KeptCount(kept=1), "partly": KeptCount(partly=1), "no": KeptCount(missed=1)}
    assert journal.kept_counts(Scope()) == {"listening": counted[verdict]}


def test_a_check_alone_is_a_reflection(journal):
    write(journal, "Eerst luisteren")
    (intention,) = journal.open_intentions()
    second = journal.save(
        meeting(start=NOV_2 + WEEK),
        ReflectionInput(intention_check=IntentionCheck(intention.id, "yes")),
    )
    assert journal.meeting(second).reflection is not None
    assert journal.open_intentions() == []


def test_the_newest_open_intention_is_shown_not_a_settled_one(journal):
    write(journal, "Oud en open", start=NOV_2)
    write(journal, "Nieuwer, al beoordeeld", start=NOV_2 + WEEK)
    write(journal, "Andere klant", client="Kestrel", start=NOV_2 + 2 * WEEK)
    settled = next(i for i in journal.open_intentions() if i.text.startswith("Nieuwer"))
    journal.set_intention_verdict(settled.id, "yes")
    assert journal.last_intention("Utrecht", NOV_2 + 3 * WEEK).text == "Oud en open"
    assert [i.text for i in journal.open_intentions()] == ["Andere klant", "Oud en open"]


# -- edits and deletes ---------------------------------------------------------------------


@pytest.fixture
def checked(journal):
    """The first meeting's intention, judged "partly" by the second; ids of both."""
    first = write(journal, "Eerst luisteren", "listening")
    (intention,) = journal.open_intentions()
    second = write(journal, "", start=NOV_2 + WEEK, check=IntentionCheck(intention.id, "partly"))
    return first, second, intention.id


def test_editing_the_meeting_that_wrote_it_keeps_the_verdict(journal, checked):
    first, _, intention_id = checked
    journal.save(
        meeting(title="Kick-off"),
        ReflectionInput(
            {"candour.1": 2}, intention="Eerst goed luisteren", intention_trait="candour"
        ),
        first,
    )
    reflection = journal.meeting(first).reflection
    assert (reflection.intention, reflection.intention_trait, reflection.intention_kept) == (
        "Eerst goed luisteren", "candour", "partly",
    )  # fmt: skip
    (intention,) = journal.intentions_of_client(journal.client_by_name("Utrecht").id)
    assert intention.id == intention_id  # edited in place, not written anew
    assert journal.open_intentions() == []
    assert journal.kept_counts(Scope()) == {"candour": KeptCount(partly=1)}


def test_editing_the_meeting_that_checked_it_keeps_or_changes_the_verdict(journal, checked):
    first, second, intention_id = checked
    journal.save(
        meeting(start=NOV_2 + WEEK, title="Vervolg"),
        ReflectionInput({"listening.2": 2}, intention_check=IntentionCheck(intention_id, "partly")),
        second,
    )
    assert journal.meeting(first).reflection.intention_kept == "partly"
    journal.save(
        meeting(start=NOV_2 + WEEK),
        ReflectionInput({"listening.2": 2}, intention_check=IntentionCheck(intention_id, "yes")),
        second,
    )
    assert journal.meeting(first).reflection.intention_kept == "yes"
    assert journal.open_intentions() == []


def test_emptying_the_checking_reflection_reopens_the_intention(journal, checked):
    first, second, intention_id = checked
    journal.save(meeting(start=NOV_2 + WEEK), ReflectionInput({"listening.2": 2}), second)
    assert journal.meeting(first).reflection.intention_kept is None
    assert journal.meeting(second).reflection.intention_check is None
    assert [i.id for i in journal.open_intentions()] == [intention_id]
    journal.save(meeting(start=NOV_2 + WEEK), ReflectionInput(), second)  # no reflection left
    assert [i.id for i in journal.open_intentions()] == [intention_id]


def test_deleting_the_checking_meeting_reopens_the_intention(journal, checked):
    first, second, intention_id = checked
    journal.delete_meeting(second)
    assert journal.meeting(first).reflection.intention_kept is None
    assert [i.id for i in journal.open_intentions()] == [intention_id]
    assert journal.last_intention("Utrecht", NOV_2 + 2 * WEEK).id == intention_id
    (counted,) = journal.kept_counts(Scope()).values()
    assert counted == KeptCount(open=1) and counted.checked == 0 and counted.rate is None


def test_deleting_the_meeting_that_wrote_it_takes_the_check_along(journal, checked):
    first, second, _ = checked
    journal.delete_meeting(first)
    assert journal.meeting(second).reflection.intention_check is None
    assert journal.open_intentions() == [] and journal.kept_counts(Scope()) == {}


# -- by hand -------------------------------------------------------------------------------


def test_a_verdict_by_hand_and_taking_it_back(data_dir):
    from journal.service import Journal

    moments = iter([FIXED_NOW, FIXED_NOW + timedelta(hours=1), FIXED_NOW + timedelta(hours=2)])
    j = Journal.open(data_dir, clock=lambda: next(moments))
    try:
        write(j, "Eerst luisteren", "listening")
        (intention,) = j.open_intentions()
        j.set_intention_verdict(intention.id, "no")
        (settled,) = j.intentions_of_client(j.client_by_name("Utrecht").id)
        assert (settled.kept, settled.checked_at) == ("no", FIXED_NOW + timedelta(hours=1))
        assert j.open_intentions() == [] and j.last_intention("Utrecht", NOV_2 + WEEK) is None
        j.set_intention_verdict(intention.id, None)
        (reopened,) = j.open_intentions()
        assert (reopened.id, reopened.kept, reopened.checked_at) == (intention.id, None, None)
    finally:
        j.close()


def test_a_verdict_by_hand_outlasts_edits_of_the_meeting_that_had_checked_it(journal, checked):
    first, second, intention_id = checked
    journal.set_intention_verdict(intention_id, "no")
    assert journal.meeting(second).reflection.intention_check is None  # the advisor's word now
    journal.save(meeting(start=NOV_2 + WEEK), ReflectionInput({"listening.2": 3}), second)
    assert journal.meeting(first).reflection.intention_kept == "no"


def test_a_verdict_by_hand_on_nothing_or_an_unknown_verdict_is_refused(journal):
    write(journal, "Eerst luisteren")
    (intention,) = journal.open_intentions()
    with pytest.raises(NotFound):
        journal.set_intention_verdict(intention.id + 99, "yes")
    for verdict in ["maybe", "YES", "", "kept"]:
        with pytest.raises(InvalidInput) as info:
            journal.set_intention_verdict(intention.id, verdict)
        assert (info.value.field, info.value.problem) == ("kept", "unknown verdict")
    assert journal.open_intentions() == [intention]


# -- refused input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reflection", "field", "problem"),
    [
        (
            ReflectionInput(intention="Luisteren", intention_trait="charisma"),
            "intention",
            "unknown trait",
        ),
        (ReflectionInput(intention="Luisteren", intention_trait=""), "intention", "unknown trait"),
        (ReflectionInput(intention_check=IntentionCheck(1, "maybe")), "kept", "unknown verdict"),
        (ReflectionInput(intention_check=IntentionCheck(1, "Yes")), "kept", "unknown verdict"),
    ],
)
def test_an_unknown_trait_or_verdict_is_refused_before_writing(journal, reflection, field, problem):
    write(journal, "Eerst luisteren")
    with pytest.raises(InvalidInput) as info:
        journal.save(meeting(start=NOV_2 + WEEK), reflection)
    assert (info.value.field, info.value.problem) == (field, problem)
    assert journal.count_meetings() == 1
    assert [i.kept for i in journal.open_intentions()] == [None]


def test_a_check_of_an_intention_that_is_gone_writes_nothing(journal):
    write(journal, "Eerst luisteren")
    (intention,) = journal.open_intentions()
    with pytest.raises(NotFound):
        journal.save(
            meeting(start=NOV_2 + WEEK),
            ReflectionInput(
                {"listening.2": 3}, intention_check=IntentionCheck(intention.id + 1, "yes")
            ),
        )
    assert journal.count_meetings() == 1


def test_a_trait_without_an_intention_is_dropped(journal):
    meeting_id = journal.save(
        meeting(), ReflectionInput({"listening.2": 3}, intention="   ", intention_trait="listening")
    )
    reflection = journal.meeting(meeting_id).reflection
    assert (reflection.intention, reflection.intention_trait) == ("", None)
    assert journal.open_intentions() == []


# -- how they turned out, per trait ----------------------------------------------------------


@pytest.fixture
def kept(journal, local_zone):
    """Intentions over two months and two clients, settled in every way."""
    local_zone("Europe/Amsterdam")
    oct_5 = datetime(2026, 10, 5, 9, tzinfo=UTC)
    written = [
        ("Utrecht", oct_5, "listening", "yes"),
        ("Utrecht", NOV_2, "listening", "yes"),
        ("Utrecht", NOV_2 + timedelta(days=1), "listening", "partly"),
        ("Utrecht", NOV_2 + timedelta(days=2), "listening", None),
        ("Utrecht", NOV_2 + timedelta(days=3), "candour", "no"),
        ("Utrecht", NOV_2 + timedelta(days=4), None, "yes"),
        ("Kestrel", NOV_2 + timedelta(days=5), "listening", "no"),
    ]
    for number, (client, start, trait, verdict) in enumerate(written):
        write(journal, f"voornemen {number}", trait, client, start)
        (intention,) = [i for i in journal.open_intentions() if i.text == f"voornemen {number}"]
        if verdict == "partly":  # one through a later reflection, the rest by hand
            write(journal, "", client=client, start=start + WEEK,
                  check=IntentionCheck(intention.id, verdict))  # fmt: skip
        elif verdict:
            journal.set_intention_verdict(intention.id, verdict)
    return journal


def test_kept_counts_per_trait(kept):
    counts = kept.kept_counts(Scope())
    assert counts == {
        "listening": KeptCount(kept=2, partly=1, missed=1, open=1),
        "candour": KeptCount(missed=1),
        None: KeptCount(kept=1),
    }
    assert counts["listening"].checked == 4
    assert counts["listening"].rate == pytest.approx((2 + 0.5) / 4)
    assert counts["candour"].rate == 0 and KeptCount(open=3).rate is None


def test_kept_counts_by_when_the_intention_was_written_and_by_client(kept):
    november = Scope(date(2026, 11, 1), date(2026, 12, 1))
    assert kept.kept_counts(november)["listening"] == KeptCount(kept=1, partly=1, missed=1, open=1)
    october = Scope(date(2026, 10, 1), date(2026, 11, 1))
    assert kept.kept_counts(october) == {"listening": KeptCount(kept=1)}
    first_days = Scope(date(2026, 11, 2), date(2026, 11, 4))  # the end day is not included
    assert kept.kept_counts(first_days) == {"listening": KeptCount(kept=1, partly=1)}
    kestrel = Scope(client_ids=(kept.client_by_name("Kestrel").id,))
    assert kept.kept_counts(kestrel) == {"listening": KeptCount(missed=1)}
    both = Scope(client_ids=tuple(c.id for c in kept.clients()))
    assert kept.kept_counts(both) == kept.kept_counts(Scope())
    assert kept.kept_counts(Scope(date(2027, 1, 1))) == {}
