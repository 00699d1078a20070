"""Storage module for the client pulse (m008): pulses, the answers of clients and
coaches, and the advisor's predictions. With ``journal.store.storage``, the only place
in the pulse package with queries.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal.errors import NotFound
from journal.pulse.errors import PredictionClosed
from journal.pulse.mail_text import ALPHABET, CODE_LENGTH
from journal.pulse.model import DUE, MADE, Pulse
from journal.pulse.schedule import History
from journal.store.storage import Store, from_db_time, to_db_time

PREDICTION_WINDOW = timedelta(days=60)  # after that, a pulse's answers are shown anyway
SALT_KEY = "pulse_rater_salt"

_PULSE_FIELDS = """
    p.id, p.code, p.client_id, c.name, p.items, p.language, p.made_at, p.origin,
    p.prediction, p.answers_seen_at,
    (SELECT count(DISTINCT r.rater_key) FROM pulse_responses r WHERE r.pulse_id = p.id),
    (SELECT count(*) FROM pulse_responses r WHERE r.pulse_id = p.id)
"""
_PULSE_FROM = "FROM pulses p JOIN clients c ON c.id = p.client_id"


@dataclass(frozen=True)
class ResponseRow:
    """One answer to store (``journal.pulse.importing`` makes them)."""

    pulse_id: int | None
    client_id: int
    meeting_id: int | None
    kind: str
    rater_key: str
    item_id: str
    trait_id: str
    score: int
    day: date
    answered_at: datetime | None
    source: str


@dataclass(frozen=True)
class StoredRating:
    pulse_id: int | None
    kind: str
    rater_key: str
    item_id: str
    trait_id: str
    score: int
    day: date
    client_id: int


@dataclass(frozen=True)
class StoredPrediction:
    pulse_id: int
    item_id: str
    trait_id: str
    score: int
    day: date  # the pulse's day


def _pulse(row: Sequence) -> Pulse:
    return Pulse(
        id=row[0],
        code=row[1],
        client_id=row[2],
        client_name=row[3],
        items=tuple(json.loads(row[4])),
        language=row[5],
        made_at=from_db_time(row[6]),
        origin=row[7],
        prediction=row[8],
        answers_seen_at=from_db_time(row[9]) if row[9] else None,
        raters=row[10],
        answers=row[11],
    )


# -- pulses ------------------------------------------------------------------------------


def make_pulse(
    store: Store,
    client_id: int,
    items: Sequence[str],
    language: str,
    now: datetime,
    origin: str = "made",
) -> Pulse:
    with store.transaction():
        # Only the newest pulse of a client waits for a prediction: the reflection after
        # a pulse asks about that one. An earlier one still waiting is skipped.
        store.conn.execute(
            "UPDATE pulses SET prediction = 'skipped' WHERE client_id = ? AND prediction = 'due'",
            [client_id],
        )
        code = _new_code(store)
        cursor = store.conn.execute(
            "INSERT INTO pulses (code, client_id, items, language, made_at, origin) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [code, client_id, json.dumps(list(items)), language, to_db_time(now), origin],
        )
        pulse_id = cursor.lastrowid
    assert pulse_id is not None
    return pulse(store, pulse_id)


def _new_code(store: Store) -> str:
    while True:  # 32**6 ≈ 10⁹ codes: a clash is a once-in-a-lifetime retry
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if store.query_one("SELECT 1 FROM pulses WHERE code = ?", [code]) is None:
            return code


def discard_pulse(store: Store, pulse_id: int) -> bool:
    """Remove a pulse nobody answered and nobody predicted (a form never sent); False
    when it has answers or a prediction, which stay."""
    with store.transaction():
        cursor = store.conn.execute(
            "DELETE FROM pulses WHERE id = ? AND prediction IN ('due', 'skipped') "
            "AND NOT EXISTS (SELECT 1 FROM pulse_responses WHERE pulse_id = ?)"
            "AND NOT EXISTS (SELECT 1 FROM pulse_predictions WHERE pulse_id = ?)",
            [pulse_id, pulse_id, pulse_id],
        )
        return cursor.rowcount == 1


def pulse(store: Store, pulse_id: int) -> Pulse:
    row = store.query_one(f"SELECT {_PULSE_FIELDS} {_PULSE_FROM} WHERE p.id = ?", [pulse_id])
    if row is None:
        raise NotFound(f"pulse {pulse_id}")
    return _pulse(row)


def pulse_by_code(store: Store, code: str) -> Pulse | None:
    row = store.query_one(f"SELECT {_PULSE_FIELDS} {_PULSE_FROM} WHERE p.code = ?", [code])
    return _pulse(row) if row else None


def pulses(store: Store, client_id: int | None = None) -> list[Pulse]:
    """Newest first."""
    rows = store.query(
        f"SELECT {_PULSE_FIELDS} {_PULSE_FROM} WHERE ? IS NULL OR p.client_id = ? "
        "ORDER BY p.made_at DESC, p.id DESC",
        [client_id, client_id],
    )
    return [_pulse(r) for r in rows]


def history(store: Store, client_id: int, now: datetime) -> History:
    """What ``schedule.decide`` needs about one client."""
    last = store.query_one(
        "SELECT p.made_at, EXISTS (SELECT 1 FROM pulse_responses r WHERE r.pulse_id = p.id) "
        "FROM pulses p WHERE p.client_id = ? ORDER BY p.made_at DESC, p.id DESC LIMIT 1",
        [client_id],
    )
    held = store.query_one(
        "SELECT count(*), count(CASE WHEN start_utc > ? THEN 1 END) FROM meetings "
        "WHERE client_id = ? AND start_utc <= ?",
        [last[0] if last else "", client_id, to_db_time(now)],
    )
    return History(
        meetings=held[0],
        last_pulse_at=from_db_time(last[0]) if last else None,
        meetings_since=held[1] if last else held[0],
        last_pulse_answered=bool(last[1]) if last else False,
    )


def prediction_due(pulse: Pulse, now: datetime) -> bool:
    """Still to predict: not predicted, skipped or shown, and not older than the window."""
    return pulse.prediction == DUE and now - pulse.made_at <= PREDICTION_WINDOW


# -- predictions ---------------------------------------------------------------------------


def save_prediction(
    store: Store, pulse_id: int, scores: Sequence[tuple[str, str, int]], now: datetime
) -> None:
    """(item, trait, score) per item, once, and only while the prediction is due: checked
    inside the write, so an import in between cannot slip past it."""
    with store.transaction():
        current = pulse(store, pulse_id)
        if not prediction_due(current, now):
            reason = "expired" if current.prediction == DUE else current.prediction
            raise PredictionClosed(current.code, "seen" if reason == "closed" else reason)
        store.conn.executemany(
            "INSERT INTO pulse_predictions (pulse_id, item_id, trait_id, score, made_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(pulse_id, item, trait, score, to_db_time(now)) for item, trait, score in scores],
        )
        store.conn.execute("UPDATE pulses SET prediction = ? WHERE id = ?", [MADE, pulse_id])


def set_prediction(store: Store, pulse_id: int, state: str) -> None:
    """Skip a due prediction (``state`` "skipped")."""
    with store.transaction():
        store.conn.execute(
            "UPDATE pulses SET prediction = ? WHERE id = ? AND prediction = ?",
            [state, pulse_id, DUE],
        )


def mark_seen(store: Store, pulse_ids: Iterable[int], now: datetime) -> None:
    """The answers of these pulses were shown: a prediction still due is closed."""
    ids = list(pulse_ids)
    if not ids:
        return
    marks = ", ".join("?" for _ in ids)
    with store.transaction():
        store.conn.execute(
            f"UPDATE pulses SET answers_seen_at = coalesce(answers_seen_at, ?), "
            f"prediction = CASE prediction WHEN 'due' THEN 'closed' ELSE prediction END "
            f"WHERE id IN ({marks})",
            [to_db_time(now), *ids],
        )


def predictions(store: Store, client_id: int | None = None) -> list[StoredPrediction]:
    rows = store.query(
        """
        SELECT x.pulse_id, x.item_id, x.trait_id, x.score, p.made_at
        FROM pulse_predictions x JOIN pulses p ON p.id = x.pulse_id
        WHERE ? IS NULL OR p.client_id = ?
        ORDER BY p.made_at, x.pulse_id
        """,
        [client_id, client_id],
    )
    return [StoredPrediction(r[0], r[1], r[2], r[3], _day(r[4])) for r in rows]


def prediction_scores(
    store: Store, first_day: date | None, end_day: date | None
) -> list[tuple[int, str, int]]:
    """(client id, trait, score) of every prediction made for a pulse of the period
    [first_day, end_day) (the day the pulse was made, the advisor's local day)."""
    rows = store.query(
        """
        SELECT p.client_id, x.trait_id, x.score, p.made_at
        FROM pulse_predictions x JOIN pulses p ON p.id = x.pulse_id
        ORDER BY p.made_at, x.pulse_id
        """
    )
    return [
        (client_id, trait_id, score)
        for client_id, trait_id, score, made_at in rows
        if (first_day is None or _day(made_at) >= first_day)
        and (end_day is None or _day(made_at) < end_day)
    ]


def _day(db_time: str) -> date:
    return from_db_time(db_time).astimezone().date()


# -- answers ---------------------------------------------------------------------------------


def rater_key(store: Store, kind: str, identity: str) -> str:
    """A salted hash of what identified a rater in the source (an e-mail address, a
    survey tool's response number, the form's response code): the same rater gives
    the same key in this journal, and no name is kept."""
    salt = store.profile_value(SALT_KEY, None)
    if salt is None:
        salt = secrets.token_hex(16)
        store.set_profile_value(SALT_KEY, salt)
    digest = hashlib.sha256(f"{salt}\0{kind}\0{identity}".encode()).hexdigest()
    return digest[:32]


def pulse_of_rater(store: Store, client_id: int, key: str) -> int | None:
    """The pulse a rater of this client answered before (a survey export read again)."""
    row = store.query_one(
        "SELECT pulse_id FROM pulse_responses WHERE client_id = ? AND rater_key = ? "
        "AND pulse_id IS NOT NULL ORDER BY id LIMIT 1",
        [client_id, key],
    )
    return row[0] if row else None


def store_responses(
    store: Store, rows: Sequence[ResponseRow], now: datetime
) -> tuple[int, int, int]:
    """Add the answers not yet in the journal, in one transaction; a rater's changed
    answer (a survey tool lets them edit) replaces the old one. Returns (added,
    changed, unchanged)."""
    added = changed = unchanged = 0
    with store.transaction():
        for row in rows:
            if row.pulse_id is not None:
                existing = store.conn.execute(
                    "SELECT id, score FROM pulse_responses "
                    "WHERE pulse_id = ? AND rater_key = ? AND item_id = ?",
                    [row.pulse_id, row.rater_key, row.item_id],
                ).fetchone()
            else:
                existing = store.conn.execute(
                    "SELECT id, score FROM pulse_responses WHERE pulse_id IS NULL "
                    "AND meeting_id = ? AND rater_key = ? AND item_id = ?",
                    [row.meeting_id, row.rater_key, row.item_id],
                ).fetchone()
            if existing is None:
                store.conn.execute(
                    """
                    INSERT INTO pulse_responses (pulse_id, client_id, meeting_id, rater_kind,
                        rater_key, item_id, trait_id, score, day, answered_at, received_at,
                        source)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        row.pulse_id, row.client_id, row.meeting_id, row.kind, row.rater_key,
                        row.item_id, row.trait_id, row.score, row.day.isoformat(),
                        to_db_time(row.answered_at) if row.answered_at else None,
                        to_db_time(now), row.source,
                    ],
                )  # fmt: skip
                added += 1
            elif existing[1] != row.score:
                store.conn.execute(
                    "UPDATE pulse_responses SET score = ?, received_at = ? WHERE id = ?",
                    [row.score, to_db_time(now), existing[0]],
                )
                changed += 1
            else:
                unchanged += 1
    return added, changed, unchanged


def ratings(
    store: Store,
    client_id: int | None = None,
    first_day: date | None = None,
    end_day: date | None = None,
    kind: str | None = None,
) -> list[StoredRating]:
    """Answers of clients and coaches (``day`` in [first_day, end_day)), oldest first."""
    rows = store.query(
        """
        SELECT pulse_id, rater_kind, rater_key, item_id, trait_id, score, day, client_id
        FROM pulse_responses
        WHERE (? IS NULL OR client_id = ?) AND (? IS NULL OR day >= ?)
          AND (? IS NULL OR day < ?) AND (? IS NULL OR rater_kind = ?)
        ORDER BY day, id
        """,
        [
            client_id, client_id,
            *([first_day.isoformat()] * 2 if first_day else [None, None]),
            *([end_day.isoformat()] * 2 if end_day else [None, None]),
            kind, kind,
        ],
    )  # fmt: skip
    return [
        StoredRating(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]), r[7])
        for r in rows
    ]


def client_day(pulse_: Pulse) -> date:
    """The day a client's answers to this pulse count for: the day it was made."""
    return pulse_.made_at.astimezone().date()
