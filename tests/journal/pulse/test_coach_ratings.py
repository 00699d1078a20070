"""The coach's ratings of the client items: carried in the feedback file (format 1.1,
old files still read, a file without ratings still "/1"), read back by the advisor."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from journal.coach.feedback import CoachRating, Feedback, PeriodFeedback, parse_feedback, to_json
from journal.errors import FeedbackUnreadable
from journal.pulse.errors import PulseUnreadable
from tests.conftest import FIXED_NOW

WRITTEN = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
PERIOD = PeriodFeedback(FIXED_NOW.date() - timedelta(days=90), FIXED_NOW.date(), "Goed bezig.")

# A file as the released app (advisor-journal-feedback/1) wrote it.
RELEASED = b"""{
 "format": "advisor-journal-feedback/1",
 "written_at": "2026-11-30T10:00:00+00:00",
 "coach": "Marieke",
 "advisor": "Sanne de Vries",
 "periods": [
  {"from": "2026-08-25", "to": "2026-11-23", "overall": "Goed bezig.",
   "traits": {"listening": "Laat de klant uitpraten."}}
 ]
}
"""


def feedback(*ratings, coach="Marieke"):
    return Feedback("Sanne de Vries", coach, WRITTEN, (PERIOD,), tuple(ratings))


def observed(journal, days=10, client="Gemeente Utrecht", scores=None):
    meeting = next(
        m
        for m in (journal.meeting(s.id) for s in journal.meeting_page(0, 50))
        if m.client.name == client and (FIXED_NOW - m.start).days == days
    )
    start = meeting.start.astimezone()  # as the summary gives it: local, to the minute
    return CoachRating(meeting.id, start, scores or {"listening.c1": 4, "candour.c1": 2})


def test_a_file_without_ratings_is_still_format_1_and_old_files_read():
    written = to_json(feedback())
    assert json.loads(written)["format"] == "advisor-journal-feedback/1"
    assert "ratings" not in json.loads(written)
    old = parse_feedback(RELEASED)
    assert (old.coach, old.ratings) == ("Marieke", ())
    assert old.periods[0].traits == {"listening": "Laat de klant uitpraten."}


def test_ratings_make_it_1_1_and_read_back(pulsed):
    rating = observed(pulsed)
    written = to_json(feedback(rating))
    document = json.loads(written)
    assert document["format"] == "advisor-journal-feedback/1.1"
    assert document["ratings"] == [
        {"meeting": rating.meeting_id, "start": rating.start.isoformat(timespec="minutes"),
         "items": {"listening.c1": 4, "candour.c1": 2}}
    ]  # fmt: skip
    back = parse_feedback(written)
    assert back.ratings == (rating,)
    assert back.periods[0].overall == "Goed bezig."


def test_a_later_minor_version_is_read_for_what_this_app_knows():
    document = json.loads(RELEASED)
    document["format"] = "advisor-journal-feedback/1.7"
    document["sentiment"] = {"listening": "warm"}  # a field from the future
    document["ratings"] = []
    assert parse_feedback(json.dumps(document).encode()).coach == "Marieke"
    document["format"] = "advisor-journal-feedback/2"
    with pytest.raises(FeedbackUnreadable) as info:
        parse_feedback(json.dumps(document).encode())
    assert info.value.problem == "newer_format"


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda d: d.update(ratings=[{"meeting": 0, "start": "2026-11-13T16:00+01:00", "items": {"listening.c1": 4}}]), "ratings[0].meeting"),
        (lambda d: d.update(ratings=[{"meeting": 3, "start": "2026-11-31T16:00+01:00", "items": {"listening.c1": 4}}]), "ratings[0].start"),
        (lambda d: d.update(ratings=[{"meeting": 3, "start": "2026-11-13T16:00", "items": {"listening.c1": 4}}]), "ratings[0].start"),
        (lambda d: d.update(ratings=[{"meeting": 3, "start": "2026-11-13T16:00+01:00", "items": {"listening.c1": 6}}]), "ratings[0].items.listening.c1"),
        (lambda d: d.update(ratings=[{"meeting": 3, "start": "2026-11-13T16:00+01:00", "items": {"listening.1": 4}}]), "ratings[0].items"),
        (lambda d: d.update(ratings=[{"meeting": 3, "start": "2026-11-13T16:00+01:00", "items": {}}]), "ratings[0].items"),
        (lambda d: d.update(ratings="all good"), "ratings"),
        (lambda d: d.update(overall="x"), ""),  # the rest is still checked whole
    ],
)  # fmt: skip
def test_a_broken_rating_refuses_the_file(change, where):
    document = json.loads(RELEASED)
    document["format"] = "advisor-journal-feedback/1.1"
    change(document)
    with pytest.raises(FeedbackUnreadable) as info:
        parse_feedback(json.dumps(document).encode())
    assert info.value.problem == "invalid" and info.value.where == where


def test_format_1_with_ratings_is_refused():
    document = json.loads(RELEASED)
    document["ratings"] = []
    with pytest.raises(FeedbackUnreadable, match="invalid"):
        parse_feedback(json.dumps(document).encode())


def read_back(journal, data: bytes):
    """As the command line and the window do: the coach package reads the file, the
    front door stores its ratings."""
    feedback = parse_feedback(data)
    return journal.import_coach_ratings(feedback.coach, feedback.ratings)


def test_the_advisor_reads_the_coachs_ratings_back_once(pulsed):
    first = observed(pulsed, 10, scores={"listening.c1": 4, "candour.c1": 2})
    second = observed(pulsed, 30, "Kestrel Engineering", {"listening.c1": 5})
    data = to_json(feedback(first, second))
    result = read_back(pulsed, data)
    assert (result.source, result.responses, result.added) == ("feedback", 2, 3)
    assert set(result.client_names) == {"Gemeente Utrecht", "Kestrel Engineering"}
    again = read_back(pulsed, data)
    assert (again.added, again.unchanged) == (0, 3)
    view = pulsed.pulse_comparison("Gemeente Utrecht")
    listening = next(t for t in view.traits if t.trait_id == "listening")
    assert (listening.coach.answers, listening.coach.raters) == (1, 1)
    assert listening.coach.value is None  # one coach: no figure on its own
    other_coach = to_json(feedback(observed(pulsed, 45, scores={"listening.c1": 3}), coach="Joost"))
    read_back(pulsed, other_coach)
    listening = next(
        t for t in pulsed.pulse_comparison("Gemeente Utrecht").traits if t.trait_id == "listening"
    )
    assert listening.coach.value == pytest.approx(62.5) and listening.coach.raters == 2


def test_ratings_for_meetings_this_journal_does_not_have_are_named(pulsed):
    real = observed(pulsed)
    moved = CoachRating(real.meeting_id, real.start + timedelta(hours=1), real.scores)
    gone = CoachRating(9999, real.start, real.scores)
    unknown_item = CoachRating(real.meeting_id, real.start, {"charisma.c1": 5, "entree.c1": 3})
    result = pulsed.import_coach_ratings("Marieke", (moved, gone, unknown_item))
    assert [(p.row, p.problem) for p in result.problems] == [
        (1, "other_meeting"), (2, "unknown_meeting"), (3, "unknown_item"),
    ]  # fmt: skip
    assert (result.responses, result.added) == (1, 1)


def test_a_feedback_file_is_not_taken_for_answers(pulsed):
    with pytest.raises(PulseUnreadable) as info:
        pulsed.import_pulse_answers(RELEASED, "f.json")
    assert info.value.problem == "is_feedback"
