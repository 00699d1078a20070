"""A coach's ratings of the client items, read back by the advisor from the feedback
file (``journal.coach.feedback``, format 1.1, which the caller reads: the coach package
sits above the front door): each for the meeting the coach observed,
found by its id and checked by its start, so a feedback file from another journal (or
about a meeting since deleted or moved) is named instead of filed under the wrong
meeting. Stored as answers of rater kind "coach"; reading the file again adds nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from journal.errors import NotFound
from journal.pulse import pulse_store
from journal.pulse.bank_view import Bank
from journal.pulse.model import COACH, FEEDBACK, ImportResult, RowProblem
from journal.pulse.pulse_store import ResponseRow
from journal.store.storage import Store


class ObservedRating(Protocol):
    """One rating of the feedback file (``journal.coach.feedback.CoachRating``)."""

    @property
    def meeting_id(self) -> int: ...
    @property
    def start(self) -> datetime: ...
    @property
    def scores(self) -> Mapping[str, int]: ...


def import_ratings(
    store: Store, bank: Bank, coach: str, ratings: Sequence[ObservedRating], now: datetime
) -> ImportResult:
    key = pulse_store.rater_key(store, COACH, "coach:" + " ".join(coach.split()).casefold())
    rows: list[ResponseRow] = []
    problems: list[RowProblem] = []
    clients: dict[int, str] = {}
    read = 0
    for number, rating in enumerate(ratings, 1):
        try:
            meeting, _stamp = store.meeting(rating.meeting_id)
        except NotFound:
            problems.append(RowProblem(number, "unknown_meeting", value=str(rating.meeting_id)))
            continue
        if _minute(meeting.start) != _minute(rating.start):
            problems.append(
                RowProblem(
                    number, "other_meeting", value=rating.start.isoformat(timespec="minutes")
                )
            )
            continue
        day = meeting.start.astimezone().date()
        known = {item: s for item, s in rating.scores.items() if bank.has_client_item(item)}
        for item in rating.scores.keys() - known.keys():
            problems.append(RowProblem(number, "unknown_item", column=item))
        rows += [
            ResponseRow(None, meeting.client.id, meeting.id, COACH, key, item,
                        bank.client_item(item).trait_id, score, day, None, FEEDBACK)
            for item, score in known.items()
        ]  # fmt: skip
        clients[meeting.client.id] = meeting.client.name
        read += bool(known)
    added, changed, unchanged = pulse_store.store_responses(store, rows, now)
    return ImportResult(
        source=FEEDBACK,
        form="feedback file",
        client_names=tuple(clients.values()),
        pulse_codes=(),
        responses=read,
        added=added,
        changed=changed,
        unchanged=unchanged,
        problems=tuple(problems),
    )


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
