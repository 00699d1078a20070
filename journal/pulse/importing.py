"""Answers into the journal, once, from wherever they came: the form's mail text, a
survey tool's export, or a coach's feedback file. Everything read first, then stored in
one transaction; the same answers read again add nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from journal.model import Client
from journal.pulse import mail_source, mail_text, pulse_store, tables
from journal.pulse.bank_view import Bank
from journal.pulse.errors import PulseUnreadable
from journal.pulse.model import (
    CLIENT,
    MAIL,
    ImportResult,
    Pulse,
    ResponseRead,
    RowProblem,
)
from journal.pulse.pulse_store import ResponseRow, client_day, prediction_due
from journal.pulse.survey import SurveyRead, read_survey
from journal.store.storage import Store

FEEDBACK_MARK = b"advisor-journal-feedback/"


def sniff(data: bytes) -> str:
    """ "feedback", "workbook", "mail" or "table"."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") and FEEDBACK_MARK in data[:65536]:
        return "feedback"
    if tables.is_workbook(data):
        return "workbook"
    if mail_text.has_marker(mail_source.text_of(data[: tables.MAX_BYTES])):
        return "mail"
    return "table"


def import_mail(
    store: Store,
    bank: Bank,
    text: str,
    client: Client | None,
    now: datetime,
    source: Path | str = "<mail>",
) -> ImportResult:
    found, problems = mail_text.read(text)
    if not found and not problems:
        raise PulseUnreadable(source, "no_answers")
    rows: list[ResponseRow] = []
    touched: dict[int, Pulse] = {}
    read = 0
    for answers in found:
        pulse = pulse_store.pulse_by_code(store, answers.pulse_code)
        if pulse is None:
            problems.append(RowProblem(answers.block, "unknown_pulse", value=answers.pulse_code))
            continue
        if client is not None and pulse.client_id != client.id:
            problems.append(RowProblem(answers.block, "other_client", value=pulse.client_name))
            continue
        asked = [item for item in answers.scores if item in pulse.items]
        for item in answers.scores:
            if item not in pulse.items:
                problems.append(RowProblem(answers.block, "not_asked", column=item))
        if not asked:
            continue
        key = pulse_store.rater_key(
            store, CLIENT, f"mail:{answers.pulse_code}:{answers.respondent}"
        )
        rows += [
            ResponseRow(pulse.id, pulse.client_id, None, CLIENT, key, item,
                        bank.client_item(item).trait_id, answers.scores[item],
                        client_day(pulse), None, MAIL)
            for item in asked
        ]  # fmt: skip
        touched[pulse.id] = pulse
        read += 1
    added, changed, unchanged = pulse_store.store_responses(store, rows, now)
    return _result(MAIL, "mail text", touched.values(), read, (added, changed, unchanged),
                   problems, now)  # fmt: skip


def import_table(
    store: Store,
    bank: Bank,
    data: bytes,
    client: Client | None,
    now: datetime,
    source: Path | str,
) -> ImportResult:
    survey = read_survey(tables.read_table(data, source), bank, source)
    if client is None:
        raise PulseUnreadable(source, "needs_client")
    return import_survey(store, bank, survey, client, now)


def import_survey(
    store: Store, bank: Bank, survey: SurveyRead, client: Client, now: datetime
) -> ImportResult:
    """Each row to the pulse its rater answered before (an export read again), else to
    the newest pulse of this client that asks every item of the survey (made before
    the answer, where the export says when), else to a pulse made for it now."""
    rows: list[ResponseRow] = []
    touched: dict[int, Pulse] = {}
    made_new = False
    with store.transaction():
        candidates = [
            p for p in pulse_store.pulses(store, client.id) if set(survey.items) <= set(p.items)
        ]
        for response in survey.responses:
            key = pulse_store.rater_key(store, CLIENT, response.identity)
            pulse = _pulse_for(store, client, key, response, candidates)
            if pulse is None:
                made = pulse_store.make_pulse(
                    store, client.id, survey.items, survey.language,
                    _earliest(survey.responses) or now, origin="import",
                )  # fmt: skip
                candidates.insert(0, made)
                made_new, pulse = True, made
            touched[pulse.id] = pulse
            rows += [
                ResponseRow(pulse.id, client.id, None, CLIENT, key, item,
                            bank.client_item(item).trait_id, score, client_day(pulse),
                            response.answered_at, survey.source)
                for item, score in response.scores.items()
            ]  # fmt: skip
        counts = pulse_store.store_responses(store, rows, now)
    result = _result(survey.source, survey.form, touched.values(), len(survey.responses),
                     counts, list(survey.problems), now)  # fmt: skip
    return ImportResult(
        **{
            **result.__dict__,
            "ignored_columns": survey.ignored_columns,
            "new_pulse": made_new,
            "notes": survey.notes,
        }
    )


def _pulse_for(
    store: Store, client: Client, key: str, response: ResponseRead, candidates: list[Pulse]
) -> Pulse | None:
    before = pulse_store.pulse_of_rater(store, client.id, key)
    for pulse in candidates:
        if pulse.id == before:
            return pulse
    for pulse in candidates:  # newest first
        if response.answered_at is None or pulse.made_at <= response.answered_at:
            return pulse
    return candidates[-1] if candidates else None


def _earliest(responses: Sequence[ResponseRead]) -> datetime | None:
    moments = [r.answered_at for r in responses if r.answered_at is not None]
    return min(moments) if moments else None


def _result(
    source: str,
    form: str,
    pulses,
    responses: int,
    counts: tuple[int, int, int],
    problems: list[RowProblem],
    now: datetime,
) -> ImportResult:
    pulses = list(pulses)
    return ImportResult(
        source=source,
        form=form,
        client_names=tuple(dict.fromkeys(p.client_name for p in pulses)),
        pulse_codes=tuple(p.code for p in pulses),
        responses=responses,
        added=counts[0],
        changed=counts[1],
        unchanged=counts[2],
        problems=tuple(problems),
        held_back=tuple(p.code for p in pulses if prediction_due(p, now)),
    )
