"""The child process of ``test_kill_runs``: it writes to a journal until it is killed.

    python tests/journal/kill_child.py write FOLDER RUN SEED [KILL_AT]
    python tests/journal/kill_child.py open FOLDER [KILL_AT]

``write`` opens the journal in FOLDER and saves, edits and deletes meetings with
reflections (varied: scores, open answers, intentions, tags, notes from empty to the
longest allowed). Around every call it prints one JSON line and flushes:
``{"begin": op, "id": …, "fp": …, "word": …}`` before, ``{"ack": op, …}`` once the call
returned. ``fp`` is the ``fingerprint`` of the meeting as it should read back, ``word``
a word that only this write put into the meeting (for the search index). ``open`` only
opens the journal (creating or upgrading it) and says so.

``KILL_AT`` (> 0): the process kills itself with SIGKILL as SQLite starts its KILL_AT-th
statement, counted over every connection; it prints ``{"statements": n}`` if it gets to
the end. The phases are announced too: ``{"phase": "imported"}``, ``{"phase": "opened"}``.

Content depends only on the seed and on which meetings the journal already holds, so a
failing run can be repeated. ``record_of`` and ``fingerprint`` are also what the test
compares with, so the two sides cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CLIENTS = ("Gemeente Utrecht", "Kestrel Engineering", "Émile & Zoon BV", "Noord-Zuid", "Café Zee")
TAGS = ("tender", "kick-off", "vervolg", "review", "workshop", "risico", "Ω-project")
FILLER = (
    "planning", "scope", "budget", "risico", "afspraak", "leverancier", "koffie", "vraag",
    "antwoord", "zorg", "vertrouwen", "luisteren", "samenvatten", "besluit", "stilte", "tempo",
    "agenda", "rapport", "advies", "twijfel",
)  # fmt: skip
EDGE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MAX_OPS = 2000  # a run ends itself if nobody kills it (it never should get here)


def record(
    client: str,
    title: str,
    start: datetime,
    duration: int,
    notes: str,
    tags: tuple[str, ...] | list[str],
    reflection: dict[str, Any] | None,
) -> dict[str, Any]:
    """A meeting as plain values: what was written, or what reads back."""
    return {
        "client": client,
        "title": title,
        "start": start.astimezone(UTC).isoformat(),
        "duration": duration,
        "notes": notes,
        "tags": sorted(tags),
        "reflection": reflection,
    }


def record_of(meeting: Any) -> dict[str, Any]:
    """The record of a ``journal.model.Meeting`` read back from the journal."""
    r = meeting.reflection
    reflection = None
    if r is not None:
        reflection = {
            "scores": dict(r.scores),
            "texts": dict(r.texts),
            "intention": r.intention,
            "intention_trait": r.intention_trait,
        }
    return record(
        meeting.client.name,
        meeting.title,
        meeting.start,
        meeting.duration_minutes,
        meeting.notes,
        meeting.tags,
        reflection,
    )


def fingerprint(rec: dict[str, Any]) -> str:
    text = json.dumps(rec, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def emit(**line: Any) -> None:
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def kill_at_statement(kill_at: int) -> list[int]:
    """Count SQLite statements on every connection opened from now on; SIGKILL this
    process as the ``kill_at``-th starts (0: never). Returns the running count."""
    count = [0]
    real_connect = sqlite3.connect

    def trace(_sql: str) -> None:
        count[0] += 1
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn

    sqlite3.connect = connect  # type: ignore[assignment]
    return count


class Writer:
    """Makes up meetings and writes them, announcing each write."""

    def __init__(self, journal: Any, run: int, seed: int):
        import random

        self.journal = journal
        self.rng = random.Random(seed)
        self.run = run
        self.serial = 0
        bank = journal.bank
        self.questions = [q.id for t in bank.traits for q in t.questions]
        self.open_questions = [q.id for q in bank.open_questions]
        self.traits = list(bank.trait_ids())
        self.ids = [m.id for m in journal.meeting_page(0, 1_000_000)]

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choice(FILLER) for _ in range(self.rng.randint(low, high)))

    def long_text(self) -> str:
        """Empty, short, a few pages, or (now and then) up to the longest allowed."""
        from journal.reflect.validation import MAX_TEXT

        kind = self.rng.random()
        if kind < 0.15:
            return ""
        if kind < 0.6:
            return self.words(1, 30)
        if kind < 0.92:
            return "\n".join(self.words(5, 60) for _ in range(self.rng.randint(2, 40)))
        text = "\n\n".join(self.words(50, 200) for _ in range(self.rng.randint(10, 120)))
        return text[: self.rng.randint(MAX_TEXT // 5, MAX_TEXT)].strip()

    def unique_word(self) -> str:
        self.serial += 1
        return f"kw{self.run}x{self.serial}q"

    def make(self) -> tuple[Any, Any, dict[str, Any], str]:
        """A meeting and reflection to save, the record it must read back as, and its
        unique word."""
        from journal.model import MeetingInput, ReflectionInput
        from journal.reflect.validation import MAX_TEXT

        rng = self.rng
        word = self.unique_word()
        client = rng.choice(CLIENTS)
        title = self.words(1, 6).capitalize()
        start = EDGE - timedelta(minutes=rng.randint(0, 400 * 24 * 60))
        duration = rng.choice((15, 30, 45, 60, 90, 240, 24 * 60))
        notes = self.long_text()
        tags = tuple(rng.sample(TAGS, rng.randint(0, 3)))
        scores: dict[str, int] = {}
        texts: dict[str, str] = {}
        intention, trait = "", None
        if rng.random() < 0.8:
            for q in rng.sample(self.questions, rng.randint(0, 7)):
                scores[q] = rng.randint(1, 5)
            for q in rng.sample(self.open_questions, rng.randint(0, 3)):
                texts[q] = self.long_text() or "kort"
            if rng.random() < 0.5:
                intention = self.words(2, 15)
                trait = rng.choice([None, *self.traits])
        places = ["title", "notes"] + ["texts"] * bool(texts) + ["intention"] * bool(intention)
        place = rng.choice(places)
        if place == "title":
            title = f"{title} {word}"
        elif place == "notes":
            notes = f"{word}\n{notes}"[:MAX_TEXT]
        elif place == "texts":
            q = rng.choice(sorted(texts))
            texts[q] = f"{word} {texts[q]}"[:MAX_TEXT]
        else:
            intention = f"{intention} {word}"
        reflection = ReflectionInput(scores, texts, intention, trait)
        expected = None
        if not reflection.is_empty():
            expected = {
                "scores": scores,
                "texts": texts,
                "intention": intention,
                "intention_trait": trait,
            }
        meeting = MeetingInput(client, title, start, duration, notes, tags)
        return (
            meeting,
            reflection,
            record(client, title, start, duration, notes, tags, expected),
            word,
        )

    def step(self) -> None:
        rng = self.rng
        # Deleting more once there are many keeps the journal (and each check) small.
        delete, edit = (0.45, 0.7) if len(self.ids) > 40 else (0.1, 0.35)
        roll = rng.random()
        if self.ids and roll < delete:
            meeting_id = rng.choice(self.ids)
            emit(begin="delete", id=meeting_id)
            self.journal.delete_meeting(meeting_id)
            self.ids.remove(meeting_id)
            emit(ack="delete", id=meeting_id)
            return
        meeting, reflection, rec, word = self.make()
        fp = fingerprint(rec)
        if self.ids and roll < edit:
            meeting_id = rng.choice(self.ids)
            emit(begin="edit", id=meeting_id, fp=fp, word=word)
            self.journal.save(meeting, reflection, meeting_id)
            emit(ack="edit", id=meeting_id, fp=fp, word=word)
            return
        emit(begin="new", id=None, fp=fp, word=word)
        meeting_id = self.journal.save(meeting, reflection)
        self.ids.append(meeting_id)
        emit(ack="new", id=meeting_id, fp=fp, word=word)


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    rest = argv[2:]
    kill_at = 0
    if mode == "write":
        run, seed = int(rest[0]), int(rest[1])
        kill_at = int(rest[2]) if len(rest) > 2 else 0
    elif mode == "open":
        kill_at = int(rest[0]) if rest else 0
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    count = kill_at_statement(kill_at)
    from journal.service import Journal

    emit(phase="imported")
    journal = Journal.open(folder)
    emit(phase="opened", meetings=journal.count_meetings())
    if mode == "write":
        writer = Writer(journal, run, seed)
        for _ in range(MAX_OPS):
            writer.step()
    journal.close()
    emit(statements=count[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
