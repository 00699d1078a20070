"""Storage module for transcripts (m009): the figures of a meeting's transcript, and its
text only when the advisor chose to keep it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from journal.errors import NotFound
from journal.store.storage import Store, from_db_time, to_db_time
from journal.transcripts.figures import Figures
from journal.transcripts.model import Utterance


@dataclass(frozen=True)
class StoredTranscript:
    meeting_id: int
    imported_at: datetime
    source_name: str
    figures: Figures
    utterances: tuple[Utterance, ...] | None  # None: the text was not kept

    @property
    def text_kept(self) -> bool:
        return self.utterances is not None


def save(
    store: Store,
    meeting_id: int,
    source_name: str,
    figures: Figures,
    utterances: tuple[Utterance, ...] | None,
    now: datetime,
) -> None:
    """Keep ``figures`` with the meeting (replacing an earlier transcript's), and the
    text only when ``utterances`` is given."""
    text = None
    if utterances is not None:
        text = json.dumps(
            [[u.speaker, u.text, u.start, u.end] for u in utterances], ensure_ascii=False
        )
    with store.transaction():
        if store.query_one("SELECT 1 FROM meetings WHERE id = ?", [meeting_id]) is None:
            raise NotFound(f"meeting {meeting_id}")
        store.db.execute(
            """
            INSERT INTO transcripts (meeting_id, imported_at, source_name, format, rules,
                                     method, figures, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (meeting_id) DO UPDATE SET
                imported_at = excluded.imported_at, source_name = excluded.source_name,
                format = excluded.format, rules = excluded.rules, method = excluded.method,
                figures = excluded.figures, text = excluded.text
            """,
            [meeting_id, to_db_time(now), source_name, figures.format, figures.rules,
             figures.method, json.dumps(figures.to_json(), ensure_ascii=False), text],
        )  # fmt: skip


_COLUMNS = "t.meeting_id, t.imported_at, t.source_name, t.figures, t.text"


def of_meeting(store: Store, meeting_id: int) -> StoredTranscript | None:
    row = store.query_one(
        f"SELECT {_COLUMNS} FROM transcripts t WHERE t.meeting_id = ?", [meeting_id]
    )
    return _stored(row) if row else None


def last_of_client(store: Store, client_id: int, before: datetime) -> StoredTranscript | None:
    """The transcript of this client's most recent meeting before ``before`` that has one."""
    row = store.query_one(
        f"""
        SELECT {_COLUMNS} FROM transcripts t JOIN meetings m ON m.id = t.meeting_id
        WHERE m.client_id = ? AND m.start_utc < ?
        ORDER BY m.start_utc DESC, m.id DESC LIMIT 1
        """,
        [client_id, to_db_time(before)],
    )
    return _stored(row) if row else None


def reflection_scores(store: Store, meeting_id: int) -> dict[str, int] | None:
    """The 1–5 answers of the meeting's reflection (None: not reflected on)."""
    _meeting, stamp = store.meeting(meeting_id)
    if stamp is None:
        return None
    return {a.question_id: a.score for a in store.answers(stamp.id) if a.score is not None}


def delete(store: Store, meeting_id: int) -> None:
    with store.transaction():
        store.db.execute("DELETE FROM transcripts WHERE meeting_id = ?", [meeting_id])


def forget_text(store: Store, meeting_id: int) -> None:
    """Keep the figures, drop the text."""
    with store.transaction():
        store.db.execute("UPDATE transcripts SET text = NULL WHERE meeting_id = ?", [meeting_id])


def figures_by_day(
    store: Store, first_day: date | None, end_day: date | None, client_ids: tuple[int, ...]
) -> list[tuple[date, Figures]]:
    """Each meeting's figures with the local day it was on (for trends)."""
    where: list[str] = ["1"]
    params: list[object] = []
    if first_day:
        where.append("m.local_day >= ?")
        params.append(first_day.isoformat())
    if end_day:
        where.append("m.local_day < ?")
        params.append(end_day.isoformat())
    if client_ids:
        where.append(f"m.client_id IN ({', '.join('?' for _ in client_ids)})")
        params.extend(client_ids)
    # CROSS JOIN: from the transcripts, few beside the meetings, to their meetings. Left
    # to itself SQLite walked every meeting of the scope (the journal has no statistics):
    # 5–15 ms on each change of the Growth view of 100,000 meetings without a transcript.
    rows = store.query(
        f"SELECT m.local_day, t.figures FROM transcripts t CROSS JOIN meetings m "
        f"ON m.id = t.meeting_id WHERE {' AND '.join(where)} ORDER BY m.local_day",
        params,
    )
    return [(date.fromisoformat(day), Figures.from_json(json.loads(text))) for day, text in rows]


def _stored(row) -> StoredTranscript:
    meeting_id, imported_at, source_name, figures, text = row
    utterances = None
    if text is not None:
        utterances = tuple(Utterance(s, t, a, b) for s, t, a, b in json.loads(text))
    return StoredTranscript(
        meeting_id,
        from_db_time(imported_at),
        source_name,
        Figures.from_json(json.loads(figures)),
        utterances,
    )
