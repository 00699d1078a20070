"""Calendar import in words: why an event was left out, what was wrong in a file, and the
report the command line prints (the window's import summary uses the same sentences)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

if TYPE_CHECKING:  # types only: this module is loaded at start-up, the calendar is not
    from journal.calendar.api import ImportResult
    from journal.calendar.events_store import StoredEvent
    from journal.calendar.ics_file import CalendarEvent, Problem, Skipped


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def reason_text(reason: str) -> str:
    """Why an event is, or is not, a client meeting."""
    return {
        "private": tr("marked private"),
        "declined": tr("you declined it"),
        "ignored_keyword": tr("its title has a word you ignore"),
        "ignored_domain": tr("everyone else is from a domain you ignore"),
        "internal": tr("only people from your own organisation"),
        "free_mail": tr("only people with a personal e-mail address (such as gmail.com)"),
        "no_attendees": tr("nobody else invited"),
        "keyword": tr("its title has a word you include"),
        "domain_rule": tr("someone from a domain you include"),
        "known_client": tr("its title names a client"),
        "outside_attendee": tr("someone from outside your organisation"),
        "series": tr("part of a series with a client"),
    }.get(reason, reason)


def skip_text(skip: Skipped) -> str:
    reasons = {
        "cancelled": tr("cancelled"),
        "all_day": tr("an all-day event, not a meeting"),
        "no_start": tr("it has no start time"),
        "bad_value": tr("its {property} cannot be read (an impossible date or time?)").format(
            property=skip.detail
        ),
        "duplicate": tr(
            "the event at line {line} has the same UID: only the newest version is read"
        ).format(line=skip.detail),
        "bad_event": tr("it cannot be read ({detail})").format(detail=skip.detail),
        "bad_rule": tr("its recurrence rule cannot be worked out ({detail})").format(
            detail=skip.detail
        ),
        "rule_limit": tr(
            "its recurrence rule repeats too often since too long ago to work out ({detail})"
        ).format(detail=skip.detail),
    }
    return reasons.get(skip.reason, skip.reason)


def problem_text(problem: Problem) -> str:
    """A problem in the file, with its line, and what was done about it."""
    from journal.calendar.limits import LIMITS  # the calendar loads on first use
    from journal.calendar.safe_text import visible

    texts = {
        "bad_line": tr("line {line}: not an iCalendar line, left out (“{text}”)"),
        "stray_end": tr("line {line}: END:{text} without its BEGIN, left out"),
        "outside_calendar": tr(
            "line {line}: an event outside BEGIN:VCALENDAR … END:VCALENDAR; read all the same"
        ),
        "too_long": tr("line {line}: {text} is longer than {chars} characters, left out"),
        "too_many_values": tr(
            "line {line}: more than {values} {text} lines in one event; the rest were left out"
        ),
        "text_cut": (
            tr("line {line}: the title is longer than {text_chars} characters; it was cut there")
            if problem.detail == "SUMMARY"
            else tr(
                "line {line}: the location is longer than {text_chars} characters; it was cut there"
            )
        ),
        "bad_timezone": tr(
            "line {line}: the time zone “{text}” cannot be read (an impossible offset or "
            "rule); its times are read in the zone of that name, or as local time"
        ),
        "ends_before_start": tr(
            "line {line}: “{text}” ends before it starts; it was read with the two swapped"
        ),
        "unknown_zone": tr(
            "line {line}: the time zone “{text}” is unknown; its times are read as local time"
        ),
        "series_limit": tr(
            "line {line}: “{text}” repeats more than {occurrences} times in this period; only "
            "the first {occurrences} were read"
        ),
        "event_limit": tr(
            "more than {events} events in this period: the rest of the file, from line "
            "{line}, was left out"
        ),
        "time_limit": tr(
            "reading took longer than {seconds} seconds: the rest of the file, from line "
            "{line}, was left out"
        ),
        "more_problems": tr("… and {count} more problems like these"),
        "not_utf8": (
            tr(
                "line {line}: the first of {count} lines that are not UTF-8; they were read "
                "as Windows-1252, so check accented letters"
            )
            if problem.count > 1
            else tr(
                "line {line}: not UTF-8; it was read as Windows-1252, so check accented letters"
            )
        ),
        "cut_short": (
            tr(
                "the file is cut short at line {line}: the event that starts at line {start} "
                "was left out (a download or sync that stopped, or a file still being "
                "written?)"
            )
            if problem.detail == "event"
            else tr(
                "the file is cut short at line {line} (it does not end with END:VCALENDAR); "
                "what came before was read"
            )
        ),
    }
    text = texts.get(problem.kind, "line {line}: {text}")
    return text.format(
        line=problem.line, text=visible(problem.detail), start=problem.start,
        count=problem.count, chars=LIMITS.line_chars, values=LIMITS.values,
        text_chars=LIMITS.text_chars, occurrences=LIMITS.occurrences, events=LIMITS.events,
        seconds=round(LIMITS.seconds),
    )  # fmt: skip


def limits_reached(result: ImportResult) -> bool:
    """Whether part of the file was left out for a limit or because it was cut short."""
    kinds = {"series_limit", "event_limit", "time_limit", "cut_short", "too_many_values",
             "too_long"}  # fmt: skip
    return any(p.kind in kinds for p in result.read.problems)


def when(moment: datetime) -> str:
    """A start in the advisor's local time, short."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, "yyyy-MM-dd HH:mm")


def report_lines(result: ImportResult, source: str) -> list[str]:
    """The import, line by line: a summary, then each meeting added or updated, each
    event left out with its reason, and each problem in the file."""
    report = result.report
    lines = [
        tr(
            "{source}: {added} client meetings added, {updated} updated, {unchanged} "
            "unchanged; {other} other events and {skipped} left out."
        ).format(
            source=source,
            added=len(report.added),
            updated=len(report.updated),
            unchanged=report.unchanged,
            other=len(report.not_client),
            skipped=len(report.skipped),
        )
    ]
    for label, events in ((tr("added"), report.added), (tr("updated"), report.updated)):
        lines += [f"  {label:10} {when(e.start)}  {_title(e)}" for e in events]
    other = tr("not a client meeting")
    lines += [
        f"  {other}: {when(e.start)}  {_title(e)} — {reason_text(reason)}"
        for e, reason in report.not_client
    ]
    lines += [
        "  "
        + tr("left out: line {line}  {title} — {reason}").format(
            line=s.line, title=s.title or tr("(no title)"), reason=skip_text(s)
        )
        for s in report.skipped
    ]
    if report.cancelled:
        lines.append(
            "  "
            + tr("{count} meetings cancelled since the last import.").format(count=report.cancelled)
        )
    lines += ["  " + problem_text(p) for p in result.read.problems]
    if result.my_address_guessed and result.my_address:
        lines.append(
            tr(
                "Your own address was taken to be {address}; set it in Settings to be sure "
                "which meetings are with clients."
            ).format(address=result.my_address)
        )
    return lines


def _title(event: CalendarEvent) -> str:
    return event.title or tr("(no title)")


def ended_when(end: datetime, now: datetime) -> str:
    """When a meeting ended, as people say it: "today at 14:00", "yesterday at 16:30",
    or the date."""
    local_end, today = end.astimezone(), now.astimezone().date()
    clock = QLocale().toString(local_end.time(), QLocale.FormatType.ShortFormat)
    if local_end.date() == today:
        return tr("today at {time}").format(time=clock)
    if (today - local_end.date()).days == 1:
        return tr("yesterday at {time}").format(time=clock)
    day = QLocale().toString(local_end.date(), "ddd d MMM")
    return tr("{day} at {time}").format(day=day, time=clock)


def client_or_unknown(name: str) -> str:
    return name or tr("a client not yet known")


def notification_text(due: list[StoredEvent], private: bool) -> tuple[str, str]:
    """Title and text of the notification that meetings have ended. ``private`` (an
    encrypted or locked journal): no title or client name, which would stay in the
    system's notification history and on a locked screen."""
    title = tr("Time to reflect")
    if private:
        text = (
            tr("A client meeting has ended.")
            if len(due) == 1
            else tr("{count} client meetings have ended.").format(count=len(due))
        )
        return title, text
    first = due[0]
    text = tr("“{title}” with {client} has ended.").format(
        title=first.title or tr("(no title)"), client=client_or_unknown(first.client_name)
    )
    more = len(due) - 1
    if more:
        text += " " + (
            tr("1 more meeting waiting.")
            if more == 1
            else tr("{count} more meetings waiting.").format(count=more)
        )
    return title, text
