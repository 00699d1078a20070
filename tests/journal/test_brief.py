"""The brief before the next meeting with a client: the last open intention as an
if–then plan (or the form suggested), the last trust parts, the client's questions
from a kept transcript; due a few minutes before a client meeting on the calendar
(never a private one), with an injected clock."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.brief import timing
from journal.brief.api import BriefSettings
from journal.brief.if_then import recognise, suggest
from journal.brief.timing import BriefEvent, briefs_due, next_moment
from journal.calendar.client_rules import Rules
from journal.model import MeetingInput, Profile, ReflectionInput
from journal.service import Journal

DATA = Path(__file__).resolve().parents[1] / "data" / "transcripts"
MEETING = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # the coming meeting


# -- if–then plans ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "situation", "action"),
    [
        ("If the client raises the budget, I will first ask what worries them.",
         "the client raises the budget", "first ask what worries them"),
        ("When they mention the old supplier, I'll ask what went wrong",
         "they mention the old supplier", "ask what went wrong"),
        ("If they bring up the deadline, then ask what drives it.", "they bring up the deadline", "ask what drives it"),
        ("I will ask what worries them when the budget comes up.", "the budget comes up", "ask what worries them"),
        ("Als de klant over het budget begint, dan vraag ik eerst wat hem zorgen baart.",
         "de klant over het budget begint", "vraag ik eerst wat hem zorgen baart"),
        ("Zodra ze de oude leverancier noemen, ga ik vragen wat er misging.",
         "ze de oude leverancier noemen", "ga ik vragen wat er misging"),
        ("Als ik merk dat ze twijfelen, dan vraag ik door.", "ik merk dat ze twijfelen", "vraag ik door"),
        ("Ik ga eerst vragen wat hen zorgen baart als het budget ter sprake komt.",
         "het budget ter sprake komt", "eerst vragen wat hen zorgen baart"),
    ],
)  # fmt: skip
def test_if_then_plans_are_recognised(text, situation, action):
    plan = recognise(text)
    assert (plan.situation, plan.action) == (situation, action)


@pytest.mark.parametrize(
    ("text", "language", "suggested"),
    [
        ("Eerst vragen naar hun planning.", "nl", "Als …, dan ga ik eerst vragen naar hun planning"),
        ("Volgende keer ga ik meer doorvragen", "nl", "Als …, dan ga ik meer doorvragen"),
        ("Start by asking how the budget discussion went", "en", "If …, I will start by asking how the budget discussion went"),
        ("Next time I will ask about their timeline.", "en", "If …, I will ask about their timeline"),
    ],
)  # fmt: skip
def test_the_form_is_suggested_for_an_intention_that_is_not_one_yet(text, language, suggested):
    assert recognise(text) is None
    suggestion = suggest(text)
    assert suggestion.language == language and suggestion.text() == suggested


def test_no_suggestion_for_a_plan_or_nothing():
    assert suggest("If they ask about price, I will ask what they compare it with.") is None
    assert suggest("   ") is None and recognise("") is None


# -- when a brief is due (pure) ----------------------------------------------------------


def test_due_from_ten_minutes_before_until_the_start_and_once():
    event = BriefEvent(7, "Voortgang", MEETING, MEETING + timedelta(hours=1), "Gemeente Utrecht")
    at = lambda minutes: MEETING + timedelta(minutes=minutes)  # noqa: E731
    assert briefs_due([event], at(-11), set()) == []
    assert briefs_due([event], at(-10), set()) == [event]
    assert briefs_due([event], at(-1), set()) == [event]
    assert briefs_due([event], at(0), set()) == []  # it has begun
    assert briefs_due([event], at(-5), {7}) == []  # shown already
    assert next_moment([event], at(-60), set()) == at(-10)
    assert next_moment([event], at(-10), set()) is None
    assert briefs_due([event], at(-4), set(), minutes_before=3) == []
    assert timing.MINUTES_BEFORE == 10


# -- from the journal -------------------------------------------------------------------


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 20, 12, tzinfo=UTC))


@pytest.fixture
def journal_at(data_dir, clock):
    journal = Journal.open(data_dir, clock=clock)
    journal.save_profile(Profile("Sanne de Vries"))
    yield journal
    journal.close()


def last_meeting(
    journal,
    intention="Als de klant over het budget begint, dan vraag ik eerst wat hem zorgen baart.",
):
    scores = {"listening.1": 2, "listening.2": 4, "honest_limits.1": 2, "reassurance.1": 4, "candour.1": 3,
              "client_focus.1": 4, "process_partner.1": 2}  # fmt: skip
    return journal.save(
        MeetingInput(
            "Gemeente Utrecht", "Aanbesteding schoonmaak", datetime(2026, 11, 20, 9, tzinfo=UTC), 60
        ),
        ReflectionInput(scores, intention=intention, intention_trait="listening"),
    )


def test_the_brief_holds_the_plan_the_trust_parts_and_the_clients_questions(journal_at):
    meeting_id = last_meeting(journal_at)
    client = journal_at.client_by_name("Gemeente Utrecht")
    brief = journal_at.brief(client.id, MEETING)
    assert (
        brief.intention.text.startswith("Als de klant")
        and brief.plan.situation == "de klant over het budget begint"
    )
    assert brief.suggestion is None
    reflected = journal_at.meeting(meeting_id).reflection.trust
    assert brief.trust.trust == reflected and brief.trust.meeting_id == meeting_id
    assert brief.client_questions is None and brief.last_figures is None  # no transcript yet
    analysis = journal_at.transcripts.read(DATA / "teams-nl.vtt")
    journal_at.transcripts.keep(meeting_id, analysis)
    brief = journal_at.brief(client.id, MEETING)
    assert brief.last_figures.advisor_share == 0.3902
    assert brief.client_questions is None and not brief.transcript_text_kept  # figures only
    journal_at.transcripts.keep(meeting_id, analysis, keep_text=True)
    brief = journal_at.brief(client.id, MEETING)
    assert brief.client_questions == (
        "Is dat juridisch wel houdbaar?",
        "Wat ik me wel afvraag: wat betekent dat voor de planning van de wethouder?",
    )


def test_a_plain_intention_gets_the_form_suggested_and_a_kept_one_is_gone(journal_at):
    last_meeting(journal_at, "Eerst vragen naar hun planning.")
    client = journal_at.client_by_name("Gemeente Utrecht")
    brief = journal_at.brief(client.id, MEETING)
    assert brief.plan is None and brief.suggestion.text("ze over de planning beginnen") == (
        "Als ze over de planning beginnen, dan ga ik eerst vragen naar hun planning"
    )
    journal_at.set_intention_verdict(brief.intention.id, "yes")
    assert journal_at.brief(client.id, MEETING).intention is None
    assert not journal_at.brief(client.id, MEETING).empty  # the trust parts remain


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:client-1
SUMMARY:Gemeente Utrecht - voortgang aanbesteding
DTSTART:20261124T100000Z
DTEND:20261124T110000Z
ORGANIZER;CN=Sanne de Vries:mailto:sanne@adviesbureau.nl
ATTENDEE;CN=Pieter Jansen:mailto:pieter@utrecht.nl
ATTENDEE;CN=Sanne de Vries:mailto:sanne@adviesbureau.nl
END:VEVENT
BEGIN:VEVENT
UID:private-1
SUMMARY:Gemeente Utrecht - persoonlijk
CLASS:PRIVATE
DTSTART:20261124T103000Z
DTEND:20261124T110000Z
ORGANIZER;CN=Sanne de Vries:mailto:sanne@adviesbureau.nl
ATTENDEE;CN=Pieter Jansen:mailto:pieter@utrecht.nl
END:VEVENT
BEGIN:VEVENT
UID:new-client
SUMMARY:Kennismaking
DTSTART:20261124T100500Z
DTEND:20261124T110000Z
ORGANIZER;CN=Sanne de Vries:mailto:sanne@adviesbureau.nl
ATTENDEE;CN=Anna Bos:mailto:anna@nieuwe-klant.nl
END:VEVENT
END:VCALENDAR
"""


def test_the_brief_is_due_before_a_calendar_meeting_never_for_a_private_one(
    journal_at, clock, tmp_path
):
    last_meeting(journal_at)
    journal_at.calendar.save_rules(Rules(my_email="sanne@adviesbureau.nl"))
    ics = tmp_path / "agenda.ics"
    ics.write_text(CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
    journal_at.calendar.import_file(
        ics, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    )
    briefs = journal_at.briefs
    clock.now = MEETING - timedelta(minutes=30)
    assert briefs.due() == []
    assert briefs.next_moment() == MEETING - timedelta(minutes=10)
    clock.now = MEETING - timedelta(minutes=8)
    due = briefs.due()
    assert [(event.title, brief.client_name) for event, brief in due] == [
        ("Gemeente Utrecht - voortgang aanbesteding", "Gemeente Utrecht")
    ]  # the private one never; the new client has nothing to brief yet
    assert due[0][1].plan.action == "vraag ik eerst wat hem zorgen baart"
    briefs.mark_shown(due[0][0])
    assert briefs.due() == []
    clock.now = MEETING + timedelta(minutes=1)
    assert briefs.due() == []


def test_briefs_can_be_turned_off_and_timed(journal_at, clock, tmp_path):
    last_meeting(journal_at)
    journal_at.calendar.save_rules(Rules(my_email="sanne@adviesbureau.nl"))
    ics = tmp_path / "agenda.ics"
    ics.write_text(CALENDAR, encoding="utf-8")
    journal_at.calendar.import_file(
        ics, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    )
    journal_at.briefs.save_settings(BriefSettings(enabled=True, minutes_before=3))
    clock.now = MEETING - timedelta(minutes=5)
    assert journal_at.briefs.due() == []
    clock.now = MEETING - timedelta(minutes=2)
    assert len(journal_at.briefs.due()) == 1
    journal_at.briefs.save_settings(BriefSettings(enabled=False))
    assert journal_at.briefs.due() == [] and journal_at.briefs.next_moment() is None
    from journal.errors import InvalidInput

    with pytest.raises(InvalidInput):
        journal_at.briefs.save_settings(BriefSettings(True, 0))
