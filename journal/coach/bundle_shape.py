"""Whether a summary ("advisor-journal/1") or a coach's feedback
("advisor-journal-feedback/1") holds what the app can show, checked by our own code.

The published JSON Schemas in ``resources/schemas/`` describe the formats; this checks
the same (a test holds the two together) and more, and quickly: a 100,000-meeting
summary is checked in seconds, where the JSON Schema validator took minutes. More than
the schemas:

- whole numbers are integers (not 3.0), numbers are finite (no NaN, no 1e999);
- text is valid Unicode (no lone surrogate) and, where the journal limits it, no
  longer than the journal holds;
- dates exist (no 30 February), lie between 1900 and 2200; a meeting ends after it
  starts and lasts at most 31 days; a period does not end before it starts; a summary
  is not exported before its period begins;
- lists are no longer than a journal gives (meetings, traits, answers, tags).

The first problem found is raised as ``kind.error(path, "invalid", detail, where=…)``,
``where`` as in ``meetings[3].reflection.trust``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from journal.errors import BundleUnreadable
from journal.reflect.validation import MAX_NAME, MAX_TEXT

MAX_MEETINGS = 200_000  # eighty years of a busy advisor
MAX_TRAITS = 100  # the app asks about ten
MAX_ANSWERS = 500  # per reflection; the app asks a handful
MAX_TAGS = 100  # per meeting; the journal allows 20
MAX_TITLE = 1_000
MAX_LANGUAGES = 20
MAX_PERIODS = 1_000  # in one feedback file
MAX_MEETING = timedelta(days=31)
EARLIEST, LATEST = date(1900, 1, 1), date(2200, 12, 31)

_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?([+-][0-9]{2}:[0-9]{2}|Z)"
)
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TRAIT_ID = re.compile(r"[a-z][a-z0-9_]*")
_KEPT = ("yes", "partly", "no", None)


class Check:
    """Checks of one document; each raises the kind's error at the first problem."""

    def __init__(self, path: Path | str, error: type[BundleUnreadable]):
        self.path = path
        self.error = error

    def fail(self, where: str, detail: str):
        raise self.error(self.path, "invalid", detail, where=where)

    def object(self, value: Any, where: str, required=(), allowed=None) -> dict:
        if type(value) is not dict:
            self.fail(where, "an object was expected")
        for name in required:
            if name not in value:
                self.fail(where, f"{name!r} is missing")
        if allowed is not None:
            for name in value:
                if name not in allowed:
                    self.fail(where, f"{name[:40]!r} is not expected here")
        return value

    def array(self, value: Any, where: str, most: int) -> list:
        if type(value) is not list:
            self.fail(where, "a list was expected")
        if len(value) > most:
            self.fail(where, f"more than {most:,} items")
        return value

    def text(self, value: Any, where: str, most: int, least: int = 0) -> str:
        if type(value) is not str:
            self.fail(where, "text was expected")
        if not least <= len(value) <= most:
            self.fail(where, f"text of {least} to {most:,} characters was expected")
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                self.fail(where, "text with a character that does not exist (a lone surrogate)")
        return value

    def trait_id(self, value: Any, where: str) -> str:
        if type(value) is not str or len(value) > 60 or not _TRAIT_ID.fullmatch(value):
            self.fail(where, "a trait id was expected (lower-case letters, digits, _)")
        return value

    def integer(self, value: Any, where: str, least: int, most: int | None = None) -> int:
        if type(value) is not int or value < least or (most is not None and value > most):
            wanted = f"from {least} to {most}" if most is not None else f"of at least {least}"
            self.fail(where, f"a whole number {wanted} was expected")
        return value

    def number(self, value: Any, where: str, least: float, most: float) -> float:
        if type(value) not in (int, float) or not least <= value <= most:
            self.fail(where, f"a number from {least} to {most} was expected")
        return value

    def flag(self, value: Any, where: str) -> bool:
        if type(value) is not bool:
            self.fail(where, "true or false was expected")
        return value

    def moment(self, value: Any, where: str) -> datetime:
        if type(value) is not str or not _MOMENT.fullmatch(value):
            self.fail(where, "a date and time (2026-11-24T09:00+01:00) was expected")
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(where, f"{value!r} is not a real date or time")
        self._in_range(moment.date(), value, where)
        return moment

    def day(self, value: Any, where: str) -> date:
        if type(value) is not str or not _DAY.fullmatch(value):
            self.fail(where, "a date (2026-11-24) was expected")
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(where, f"{value!r} is not a real date")
        self._in_range(day, value, where)
        return day

    def _in_range(self, day: date, text: str, where: str) -> None:
        if not EARLIEST <= day <= LATEST:
            self.fail(where, f"{text!r} is out of range")

    def period(self, value: Any, where: str, allowed=("from", "to")) -> tuple[date, date]:
        self.object(value, where, ("from", "to"), allowed)
        first, last = self.day(value["from"], where + ".from"), self.day(value["to"], where + ".to")
        if last < first:
            self.fail(where, "the period ends before it starts")
        return first, last


def check_bundle(document: dict[str, Any], check: Check) -> None:
    """An export bundle, "advisor-journal/1"."""
    check.object(document, "", ("format", "exported_at", "period", "advisor", "traits", "meetings"))
    exported = check.moment(document["exported_at"], "exported_at")
    first, _last = check.period(document["period"], "period")
    if exported.date() < first - timedelta(days=1):
        check.fail("exported_at", "exported before its period begins")
    advisor = check.object(document["advisor"], "advisor", ("name",))
    check.text(advisor["name"], "advisor.name", MAX_NAME)
    if "privacy" in document:
        privacy = check.object(document["privacy"], "privacy")
        if "client_names" in privacy and privacy["client_names"] not in ("pseudonymised", "real"):
            check.fail("privacy.client_names", "'pseudonymised' or 'real' was expected")
        if "texts" in privacy:
            check.flag(privacy["texts"], "privacy.texts")
    for index, trait in enumerate(check.array(document["traits"], "traits", MAX_TRAITS)):
        where = f"traits[{index}]"
        check.object(trait, where, ("id", "names"))
        check.trait_id(trait["id"], where + ".id")
        names = check.object(trait["names"], where + ".names")
        if len(names) > MAX_LANGUAGES:
            check.fail(where + ".names", f"more than {MAX_LANGUAGES} languages")
        for language, name in names.items():
            check.text(name, f"{where}.names.{language[:10]}", MAX_NAME)
    meetings = check.array(document["meetings"], "meetings", MAX_MEETINGS)
    for index, meeting in enumerate(meetings):
        _meeting(meeting, f"meetings[{index}]", check)
    if "others" in document:  # since 1.1: other people's ratings, as aggregates
        _others(document["others"], check)


def _others(others: Any, check: Check) -> None:
    """What clients and the coach answered, per rater kind and trait (the schema's
    ``others``): a mean only over ``min_raters`` or more raters, else null."""
    checked = check.object(others, "others", ("min_raters", "groups"))
    check.integer(checked["min_raters"], "others.min_raters", 1, 1000)
    for index, group in enumerate(check.array(checked["groups"], "others.groups", 1000)):
        where = f"others.groups[{index}]"
        check.object(group, where, ("kind", "trait_id", "raters", "answers", "mean"))
        if group["kind"] not in ("client", "coach", "prediction"):
            check.fail(where + ".kind", "'client', 'coach' or 'prediction' was expected")
        check.trait_id(group["trait_id"], where + ".trait_id")
        check.integer(group["raters"], where + ".raters", 1, 10**6)
        check.integer(group["answers"], where + ".answers", 1, 10**7)
        if group["mean"] is not None:
            check.number(group["mean"], where + ".mean", 1, 5)


def _meeting(meeting: Any, where: str, check: Check) -> None:
    check.object(meeting, where, ("id", "title", "client", "start", "end", "tags", "reflection"))
    check.integer(meeting["id"], where + ".id", 1)
    check.text(meeting["title"], where + ".title", MAX_TITLE)
    check.text(meeting["client"], where + ".client", MAX_NAME, 1)
    start = check.moment(meeting["start"], where + ".start")
    end = check.moment(meeting["end"], where + ".end")
    if end < start:
        check.fail(where, "the meeting ends before it starts")
    if end - start > MAX_MEETING:
        check.fail(where, "the meeting lasts longer than a month")
    for number, tag in enumerate(check.array(meeting["tags"], where + ".tags", MAX_TAGS)):
        check.text(tag, f"{where}.tags[{number}]", MAX_NAME, 1)
    if "notes" in meeting:
        check.text(meeting["notes"], where + ".notes", MAX_TEXT)
    if meeting["reflection"] is not None:
        _reflection(meeting["reflection"], where + ".reflection", check)


def _reflection(reflection: Any, where: str, check: Check) -> None:
    check.object(reflection, where, ("answers", "trait_scores", "trust", "intention"))
    if "reflected_at" in reflection:
        check.moment(reflection["reflected_at"], where + ".reflected_at")
    answers = check.array(reflection["answers"], where + ".answers", MAX_ANSWERS)
    for index, answer in enumerate(answers):
        _answer(answer, f"{where}.answers[{index}]", check)
    scores = check.object(reflection["trait_scores"], where + ".trait_scores")
    if len(scores) > MAX_TRAITS:
        check.fail(where + ".trait_scores", f"more than {MAX_TRAITS} traits")
    for trait, score in scores.items():
        check.trait_id(trait, where + ".trait_scores")
        check.number(score, f"{where}.trait_scores.{trait}", 0, 100)
    if reflection["trust"] is not None:
        _trust(reflection["trust"], where + ".trust", check)
    if reflection["intention"] is not None:
        check.text(reflection["intention"], where + ".intention", MAX_TEXT)
    has_trait, has_kept = "intention_trait" in reflection, "intention_kept" in reflection
    if has_trait != has_kept:
        check.fail(where, "intention_trait and intention_kept come together")
    if has_trait and reflection["intention_trait"] is not None:
        check.trait_id(reflection["intention_trait"], where + ".intention_trait")
    if has_kept and reflection["intention_kept"] not in _KEPT:
        check.fail(where + ".intention_kept", "'yes', 'partly', 'no' or null was expected")


def _answer(answer: Any, where: str, check: Check) -> None:
    if type(answer) is dict and "score" in answer:
        check.object(answer, where, ("question_id", "trait_id", "score"),
                     ("question_id", "trait_id", "score"))  # fmt: skip
        check.text(answer["trait_id"], where + ".trait_id", 60)
        check.integer(answer["score"], where + ".score", 1, 5)
    else:
        check.object(answer, where, ("question_id", "text"), ("question_id", "trait_id", "text"))
        if answer.get("trait_id") is not None:
            check.fail(where + ".trait_id", "an open answer has no trait")
        check.text(answer["text"], where + ".text", MAX_TEXT)
    check.text(answer["question_id"], where + ".question_id", 100)


_TRUST = {"credibility": (1, 10), "reliability": (1, 10), "intimacy": (1, 10),
          "self_orientation": (1, 10), "composite": (0.3, 30)}  # fmt: skip


def _trust(trust: Any, where: str, check: Check) -> None:
    check.object(trust, where, tuple(_TRUST))
    for name, (least, most) in _TRUST.items():
        check.number(trust[name], f"{where}.{name}", least, most)


def check_feedback(document: dict[str, Any], check: Check) -> None:
    """A coach's feedback, "advisor-journal-feedback/1"."""
    allowed = ("format", "written_at", "coach", "advisor", "periods")
    check.object(document, "", ("format", "written_at", "advisor", "periods"), allowed)
    check.moment(document["written_at"], "written_at")
    if "coach" in document:
        check.text(document["coach"], "coach", MAX_NAME)
    check.text(document["advisor"], "advisor", MAX_NAME)
    periods = check.array(document["periods"], "periods", MAX_PERIODS)
    if not periods:
        check.fail("periods", "at least one period was expected")
    for index, period in enumerate(periods):
        where = f"periods[{index}]"
        check.object(period, where, ("from", "to", "overall", "traits"))
        check.period(period, where, ("from", "to", "overall", "traits"))
        check.text(period["overall"], where + ".overall", MAX_TEXT)
        traits = check.object(period["traits"], where + ".traits")
        if len(traits) > MAX_TRAITS:
            check.fail(where + ".traits", f"more than {MAX_TRAITS} traits")
        for trait, remark in traits.items():
            check.trait_id(trait, where + ".traits")
            check.text(remark, f"{where}.traits.{trait}", MAX_TEXT)
