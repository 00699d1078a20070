"""The pulse's words shared by its dialogs and panels: what an import read, why a pulse
is suggested, a figure in a cell. Module-level, so through ``tr()`` under the empty
context."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from journal.pulse.model import Figure, ImportResult, RowProblem, Suggestion
from ui.common.labels import tr

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # as a client reads them


def source_name(source: str) -> str:
    return {
        "mail": tr("mail text"),
        "ms-forms": tr("Microsoft Forms"),
        "google-forms": tr("Google Forms"),
        "table": tr("a table of answers"),
        "feedback": tr("your coach's feedback"),
    }.get(source, source)


def problem_text(problem: RowProblem, source: str) -> str:
    """One row (or mail block, or rating) left out, and why."""
    words = {
        "formula": tr("is a formula, not a score"),
        "out_of_range": tr("is not a score from 1 to 5"),
        "not_a_score": tr("is not a score from 1 to 5"),
        "no_answers": tr("has no answers"),
        "checksum": tr("does not match its check digits (a character was changed or lost)"),
        "cut_off": tr("is cut off before its check digits"),
        "garbled": tr("is garbled"),
        "newer_version": tr("was written by a newer form (format {value})"),
        "same_item_twice": tr("answers {column} twice"),
        "unknown_pulse": tr("is for pulse {value}, which this journal did not make"),
        "other_client": tr("is for a pulse of {value}, not of this client"),
        "not_asked": tr("answers {column}, which its pulse did not ask"),
        "unknown_meeting": tr("is for meeting {value}, which is not in this journal"),
        "other_meeting": tr("is for a meeting at {value}, which is not then in this journal"),
        "unknown_item": tr("rates {column}, which this app does not know"),
    }
    text = words.get(problem.problem, problem.problem).format(
        value=problem.value, column=problem.column
    )
    row = problem.row if problem.row is not None else "?"
    if source == "mail":
        return tr("Answer block {row} {text}; left out.").format(row=row, text=text)
    if source == "feedback":
        return tr("Rating {row} {text}; left out.").format(row=row, text=text)
    if not problem.column:
        return tr("Row {row} {text}; left out.").format(row=row, text=text)
    return tr("Row {row}, “{column}”: “{value}” {text}; left out.").format(
        row=row, column=_short(problem.column), value=problem.value, text=text
    )


def report_lines(result: ImportResult) -> list[str]:
    """What an import read and added, in a few lines."""
    number = QLocale().toString
    who = ", ".join(result.client_names) or tr("no client")
    one = result.responses == 1
    if result.source == "feedback":
        first = (
            tr("Read your coach's feedback: 1 rated meeting for {who}.")
            if one
            else tr("Read your coach's feedback: {count} rated meetings for {who}.")
        ).format(count=number(result.responses), who=who)
    else:
        first = (
            tr("Read {source}: 1 response from {who}.")
            if one
            else tr("Read {source}: {count} responses from {who}.")
        ).format(source=source_name(result.source), count=number(result.responses), who=who)
    lines = [
        first,
        tr("{added} answers added, {changed} changed, {unchanged} already in the journal.").format(
            added=number(result.added),
            changed=number(result.changed),
            unchanged=number(result.unchanged),
        ),
    ]
    if result.new_pulse:
        lines.append(
            tr("No pulse of {who} asked these questions: one was made for them.").format(who=who)
        )
    for column in result.ignored_columns:
        lines.append(tr("Not a pulse question, left out: “{column}”").format(column=_short(column)))
    lines += [problem_text(p, result.source) for p in result.problems]
    return lines


def suggestion_text(suggestion: Suggestion) -> str:
    """Why a pulse is due now ('' when none is)."""
    name = suggestion.client_name
    if not suggestion.due:
        return ""
    if suggestion.reason == "first":
        return tr("You have met {client} a few times: ask them for a short pulse.").format(
            client=name
        )
    if suggestion.reason == "meetings":
        return tr("{count} meetings since the last pulse: ask {client} for a new one.").format(
            count=QLocale().toString(suggestion.meetings_since), client=name
        )
    return tr("It has been a quarter: ask {client} for a pulse.").format(client=name)


def figure_text(figure: Figure) -> str:
    """A 0–100 figure in a table cell: '–' none yet, '*' too few raters for one."""
    if figure.value is not None:
        return QLocale().toString(round(figure.value))
    return "*" if figure.answers else "–"


def figure_tip(figure: Figure) -> str:
    if figure.value is None and figure.answers:
        return tr("{answers} answers from {raters} raters: too few for a figure.").format(
            answers=figure.answers, raters=figure.raters
        )
    if figure.raters:
        return tr("{answers} answers from {raters} raters").format(
            answers=figure.answers, raters=figure.raters
        )
    if figure.answers:
        return tr("{answers} answers").format(answers=figure.answers)
    return ""


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
