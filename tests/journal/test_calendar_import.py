"""Importing calendars into the journal: which events are client meetings, with which
client, re-imports that add nothing twice, and when the advisor is asked to reflect."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.calendar import prompts
from journal.calendar.client_rules import (
    Decision,
    Rules,
    decide,
    guess_my_address,
    is_free_mail,
    known_client_for_domain,
    name_from_domain,
    own_domain_of,
)
from journal.calendar.events_store import StoredEvent
from journal.calendar.ics_file import Attendee, CalendarEvent
from journal.model import ReflectionInput
from journal.service import Journal

CALENDARS = Path(__file__).parent / "data" / "calendars"
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
APRIL_10 = datetime(2026, 4, 10, 12, tzinfo=UTC)


@pytest.fixture
def journal_at(data_dir):
    """A journal whose clock can be moved: ``journal_at.now = ...``."""

    class Clock:
        now = APRIL_10

        def __call__(self):
            return self.now

    clock = Clock()
    j = Journal.open(data_dir, clock=clock)
    j.clock_control = clock
    yield j
    j.close()


def import_(journal, name_or_path):
    path = name_or_path if isinstance(name_or_path, Path) else CALENDARS / name_or_path
    return journal.calendar.import_file(path, *YEAR)


def test_outlook_client_meetings_and_why_the_rest_are_not(journal_at):
    result = import_(journal_at, "outlook.ics")
    assert result.my_address == "anna@adviesbureau.nl" and result.my_address_guessed
    reasons = {e.title: reason for e, reason in result.report.not_client}
    assert reasons == {
        "Teamoverleg": "internal",
        "Afspraak huisarts": "private",
        "Supplier day Kestrel": "declined",
    }
    clients = {e.title: e.client_name for e in journal_at.calendar.pending()}
    assert clients["Voortgangsoverleg Gemeente Utrecht"] == "Utrecht"
    # the moved instance lost its attendees in the export; it is still the series'
    assert clients["Voortgangsoverleg Gemeente Utrecht (verzet)"] == "Utrecht"
    assert clients["Kennismaking Kestrel Engineering"] == "Kestrel Engineering"
    assert len(result.report.added) == 6
    assert journal_at.count_meetings() == 6  # all ended by 10 April: held, to reflect on


def test_reimporting_adds_nothing_twice_and_follows_changes(journal_at, tmp_path):
    import_(journal_at, "outlook.ics")
    again = import_(journal_at, "outlook.ics")
    assert (len(again.report.added), len(again.report.updated), again.report.unchanged) == (0, 0, 6)
    assert journal_at.count_meetings() == 6

    # The organiser moves the Kestrel meeting an hour and renames it; cancels 6 April.
    text = (CALENDARS / "outlook.ics").read_text(encoding="utf-8")
    text = text.replace("DTSTART;TZID=\"W. Europe Standard Time\":20260312T100000",
                        "DTSTART;TZID=\"W. Europe Standard Time\":20260312T110000")  # fmt: skip
    text = text.replace("DTEND;TZID=\"W. Europe Standard Time\":20260312T110000",
                        "DTEND;TZID=\"W. Europe Standard Time\":20260312T120000")  # fmt: skip
    text = text.replace("SUMMARY:Kennismaking Kestrel Engineering", "SUMMARY:Kennismaking Kestrel")
    cancel = (
        "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000A0C7D9D3B2A8DC01000000000000000010000000D1\r\n"
        'RECURRENCE-ID;TZID="W. Europe Standard Time":20260406T100000\r\n'
        'DTSTART;TZID="W. Europe Standard Time":20260406T100000\r\n'
        'DTEND;TZID="W. Europe Standard Time":20260406T110000\r\nSTATUS:CANCELLED\r\n'
        "SUMMARY:Voortgangsoverleg Gemeente Utrecht\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    text = text.replace("END:VCALENDAR", cancel)
    changed = tmp_path / "outlook-changed.ics"
    changed.write_text(text, encoding="utf-8")
    result = import_(journal_at, changed)
    assert [e.title for e in result.report.updated] == ["Kennismaking Kestrel"]
    assert result.report.cancelled == 1 and not result.report.added
    meetings = {m.title: m for m in journal_at.meeting_page(0, 20)}
    assert meetings["Kennismaking Kestrel"].start == datetime(2026, 3, 12, 10, tzinfo=UTC)
    assert "Kennismaking Kestrel Engineering" not in meetings
    assert journal_at.count_meetings() == 5  # the cancelled one, never reflected on, went


def test_a_dismissed_meeting_stays_dismissed_after_a_reimport(journal_at):
    import_(journal_at, "outlook.ics")
    kestrel = next(e for e in journal_at.calendar.pending() if "Kestrel" in e.title)
    journal_at.calendar.dismiss(kestrel)
    assert journal_at.count_meetings() == 5
    import_(journal_at, "outlook.ics")
    assert journal_at.count_meetings() == 5
    assert all("Kestrel" not in e.title for e in journal_at.calendar.to_reflect())


def test_a_reflected_meeting_leaves_the_list_and_its_client_is_remembered(journal_at, tmp_path):
    import_(journal_at, "outlook.ics")
    event = next(e for e in journal_at.calendar.to_reflect() if "Kestrel" in e.title)
    meeting = journal_at.meeting(event.meeting_id)
    journal_at.save(
        meeting.as_input()
        if hasattr(meeting, "as_input")
        else _input(meeting, "Kestrel Engineering Ltd"),
        ReflectionInput({"listening.1": 4}),
        event.meeting_id,
    )
    journal_at.calendar.confirm_client(event, "Kestrel Engineering Ltd")
    assert all(e.id != event.id for e in journal_at.calendar.to_reflect())
    # a new file with someone else from that domain: the confirmed client
    follow_up = tmp_path / "follow-up.ics"
    follow_up.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:f-1\r\n"
        "DTSTART:20260409T090000Z\r\nDTEND:20260409T100000Z\r\nSUMMARY:Vervolg\r\n"
        "ORGANIZER:mailto:anna@adviesbureau.nl\r\n"
        "ATTENDEE;CN=Jo:mailto:jo@kestrel-engineering.co.uk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    journal_at.calendar.save_rules(Rules(my_email="anna@adviesbureau.nl"))
    import_(journal_at, follow_up)
    [vervolg] = [e for e in journal_at.calendar.pending() if e.title == "Vervolg"]
    assert vervolg.client_name == "Kestrel Engineering Ltd"


def _input(meeting, client):
    from journal.model import MeetingInput

    return MeetingInput(client, meeting.title, meeting.start, meeting.duration_minutes)


def test_broken_lines_do_not_stop_the_good_events(journal_at):
    result = import_(journal_at, "broken.ics")
    assert sorted(e.title for e in result.report.added) == [
        "Gemeente Utrecht – goed", "Kestrel Engineering – goed",
    ]  # fmt: skip
    assert not result.nothing_read
    assert {s.reason for s in result.report.skipped} == {"bad_value", "no_start"}


def event(title="Overleg", attendees=(), organizer="anna@adviesbureau.nl", private=False, uid="u"):
    start = datetime(2026, 4, 1, 9, tzinfo=UTC)
    people = tuple(Attendee(email, "", declined) for email, declined in attendees)
    return CalendarEvent(uid, "", title, start, start + timedelta(hours=1), organizer, people,
                         "", private)  # fmt: skip


ANNA = Rules(my_email="anna@adviesbureau.nl")


@pytest.mark.parametrize(
    ("rules", "the_event", "expected"),
    [
        (ANNA, event(attendees=[("p@utrecht.nl", False)]),
         Decision(True, "outside_attendee", "Gemeente Utrecht")),  # the known client
        (ANNA, event(attendees=[("bram@adviesbureau.nl", False)]), Decision(False, "internal")),
        (ANNA, event(), Decision(False, "no_attendees")),
        (ANNA, event(attendees=[("p@utrecht.nl", False)], private=True), Decision(False, "private")),
        (ANNA, event(attendees=[("p@utrecht.nl", False), ("anna@adviesbureau.nl", True)]),
         Decision(False, "declined")),
        (Rules("anna@adviesbureau.nl", ignore_keywords=("lunch",)),
         event("Lunch met Piet", [("p@utrecht.nl", False)]), Decision(False, "ignored_keyword")),
        (Rules("anna@adviesbureau.nl", ignore_domains=("utrecht.nl",)),
         event(attendees=[("p@utrecht.nl", False)]), Decision(False, "ignored_domain")),
        (Rules("anna@adviesbureau.nl", include_keywords=("klant",)),
         event("Klantbezoek De Linde"), Decision(True, "keyword", "Klantbezoek De Linde")),
        (ANNA, event("Evaluatie met Gemeente Utrecht"), Decision(True, "known_client", "Gemeente Utrecht")),
        (ANNA, event("Utrechtse koffie"), Decision(False, "no_attendees")),  # whole words only
    ],
)  # fmt: skip
def test_which_events_are_client_meetings(rules, the_event, expected):
    assert decide(the_event, rules, rules.my_email, {}, ["Gemeente Utrecht"]) == expected


def test_the_longest_known_client_in_the_title_from_the_names_given_each_time():
    title = event("Evaluatie Gemeente Utrecht Oost")
    longest = decide(title, ANNA, ANNA.my_email, {}, ["Gemeente Utrecht", "Gemeente Utrecht Oost"])
    assert longest == Decision(True, "known_client", "Gemeente Utrecht Oost")
    assert decide(title, ANNA, ANNA.my_email, {}, ["Gemeente Utrecht"]).client == "Gemeente Utrecht"
    assert decide(title, ANNA, ANNA.my_email, {}, []) == Decision(False, "no_attendees")


def test_names_from_domains_and_the_guessed_address():
    assert name_from_domain("gemeente-utrecht.nl") == "Gemeente Utrecht"
    assert name_from_domain("nhs.co.uk") == "Nhs"
    assert name_from_domain("mail.kestrel.com") == "Kestrel"
    events = [event(attendees=[("p@utrecht.nl", False), ("a@gmail.com", False)], organizer="a@gmail.com"),
              event(attendees=[("x@linde.nl", False), ("a@gmail.com", False)])]  # fmt: skip
    assert guess_my_address(events) == "a@gmail.com"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("justice.gouv.fr", "Justice"),  # gouv.fr is a public suffix: not "Gouv"
        ("unimelb.edu.au", "Unimelb"),  # not "Edu"
        ("mail.kestrel.co.uk", "Kestrel"),
        ("rijkswaterstaat.minienw.nl", "Minienw"),  # .nl has no second level
        ("gemeente.amsterdam", "Gemeente"),  # a city's own top-level domain
        ("www.bbc.co.uk", "Bbc"),
    ],
)
def test_company_names_from_domains_follow_the_public_suffix_list(domain, name):
    assert name_from_domain(domain) == name


def test_people_with_a_free_mail_address_are_people_not_client_organisations():
    coffee = CalendarEvent(
        "u", "", "Koffie met Tom van den Berg", APRIL_10, APRIL_10 + timedelta(hours=1),
        "anna@adviesbureau.nl", (Attendee("tom.vandenberg@gmail.com", "Tom", False),), "", False,
    )  # fmt: skip
    assert decide(coffee, ANNA, ANNA.my_email, {}, []) == Decision(False, "free_mail")
    for provider in ("hotmail.nl", "outlook.com", "yahoo.co.uk", "ziggo.nl", "protonmail.com"):
        assert is_free_mail(provider)
    assert not is_free_mail("gemeente-utrecht.nl")
    # With someone from an organisation too, it is that organisation's meeting, never Tom's.
    both = replace(coffee, attendees=(*coffee.attendees, Attendee("p@utrecht.nl", "Piet", False)))
    assert decide(both, ANNA, ANNA.my_email, {}, []) == Decision(
        True, "outside_attendee", "Utrecht"
    )
    # A title that names a known client, or the advisor's own keyword, still counts.
    named = replace(coffee, title="Koffie met Tom van Kestrel Engineering")
    assert decide(named, ANNA, ANNA.my_email, {}, ["Kestrel Engineering"]) == Decision(
        True, "known_client", "Kestrel Engineering"
    )
    # An advisor who mails from gmail.com has no organisation of their own.
    assert own_domain_of("anna.adviseur@gmail.com") == ""


def test_a_domain_finds_the_known_client_whose_name_spells_it():
    known = ("Kestrel Engineering", "Woonstichting Het Anker", "Gemeente Utrecht",
             "Provincie Utrecht", "NHS Supply", "Abc")  # fmt: skip
    assert known_client_for_domain("kestrel.co.uk", known) == "Kestrel Engineering"
    assert known_client_for_domain("hetanker.nl", known) == "Woonstichting Het Anker"
    assert known_client_for_domain("mail.abc.nl", known) == "Abc"  # spelled exactly
    assert known_client_for_domain("utrecht.nl", known) == ""  # two fit: no guess
    assert known_client_for_domain("nhs.net", known) == ""  # too short to go by
    assert known_client_for_domain("northwind.com", known) == ""
    the_event = event(attendees=[("p@kestrel.co.uk", False)])
    decision = decide(the_event, Rules(), "anna@adviesbureau.nl", {}, known)
    assert (decision.is_client, decision.client) == (True, "Kestrel Engineering")
    decision = decide(the_event, Rules(), "anna@adviesbureau.nl", {"kestrel.co.uk": "K"}, known)
    assert decision.client == "K"  # what the advisor confirmed comes first


def stored(end, snoozed=None, prompted=None, reflected=False, status="open"):
    return StoredEvent(1, "u", "", "Overleg", end - timedelta(hours=1), end, True, "", "",
                       status, 1, snoozed, prompted, (), reflected)  # fmt: skip


NOW = datetime(2026, 4, 1, 12, tzinfo=UTC)


def test_a_meeting_is_due_once_it_ends_and_once_its_snooze_runs_out():
    ended = stored(NOW - timedelta(minutes=5))
    assert prompts.is_due(ended, NOW)
    assert not prompts.is_due(stored(NOW + timedelta(minutes=5)), NOW)  # not ended yet
    assert not prompts.is_due(stored(NOW - timedelta(days=2)), NOW)  # long ago: list only
    assert not prompts.is_due(stored(NOW - timedelta(minutes=5), prompted=NOW), NOW)
    assert not prompts.is_due(stored(NOW - timedelta(minutes=5), reflected=True), NOW)
    snoozed = stored(NOW - timedelta(hours=1), snoozed=NOW + timedelta(minutes=15))
    assert not prompts.is_due(snoozed, NOW)
    assert prompts.is_due(snoozed, NOW + timedelta(minutes=15))
    assert prompts.next_moment([snoozed, stored(NOW + timedelta(hours=2))], NOW) == NOW + timedelta(
        minutes=15
    )
    assert prompts.next_moment([stored(NOW - timedelta(hours=1))], NOW) is None


def test_snoozing_until_the_evening(local_zone):
    local_zone("Europe/Amsterdam")
    afternoon = datetime(2026, 4, 1, 12, tzinfo=UTC)  # 14:00 in Amsterdam
    assert prompts.snooze_until("evening", afternoon) == datetime(2026, 4, 1, 17, tzinfo=UTC)
    late = datetime(2026, 4, 1, 17, 45, tzinfo=UTC)  # 19:45: the evening has begun
    assert prompts.snooze_until("evening", late) == late + timedelta(hours=1)
    assert prompts.snooze_until("15m", afternoon) == afternoon + timedelta(minutes=15)


def test_the_prompt_cycle_through_the_journal(journal_at):
    clock = journal_at.clock_control
    clock.now = datetime(2026, 4, 2, 8, 30, tzinfo=UTC)  # during the 2 April meeting
    import_(journal_at, "apple.ics")
    assert journal_at.count_meetings() == 1  # 26 March has been held
    assert journal_at.calendar.next_moment() == datetime(2026, 4, 2, 9, tzinfo=UTC)
    clock.now = datetime(2026, 4, 2, 9, 1, tzinfo=UTC)
    assert journal_at.calendar.hold_ended_meetings() == 1
    [due] = journal_at.calendar.due()
    assert due.start == datetime(2026, 4, 2, 8, tzinfo=UTC) and due.meeting_id is not None
    journal_at.calendar.mark_prompted(due)
    assert journal_at.calendar.due() == []
    journal_at.calendar.snooze(due, "15m")
    clock.now += timedelta(minutes=16)
    assert [e.id for e in journal_at.calendar.due()] == [due.id]
