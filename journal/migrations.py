"""Schema migrations, applied every time a journal opens (sqlite-utils ``Migrations``).

Names are permanent: a journal records which ones it has had. A name we do not know
means a newer version of the app wrote the journal, and we refuse to open it.
Add a migration by appending a function; never edit or rename one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils costs ~80 ms to import: only when a journal needs migrating
    from sqlite_utils import Database

MIGRATION_SET = "advisor_journal"
MIGRATIONS_TABLE = "_sqlite_migrations"

STEPS: list[Callable[[Database], None]] = []


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    STEPS.append(fn)
    return fn


@_step
def m001_initial(db: Database) -> None:
    # ``name_key`` (journal.validation.name_key) makes "Émile BV" and "émile  bv" one
    # client; SQLite's NOCASE only folds ASCII.
    db.table("clients").create(
        {"id": int, "name": str, "name_key": str, "created_at": str},
        pk="id",
        not_null={"name", "name_key"},
    )
    db.table("clients").create_index(["name_key"], unique=True)
    db.table("meetings").create(
        {
            "id": int,
            "client_id": int,
            "title": str,
            "start_utc": str,
            "duration_minutes": int,
            "notes": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"client_id", "title", "start_utc", "duration_minutes"},
    )
    db.table("meetings").create_index(["start_utc"])
    db.table("meetings").create_index(["client_id", "start_utc"])
    # Trust parts are a cache of what the answers give (journal.scoring), written with
    # the answers in one transaction: the list shows the composite, the growth view
    # charts the parts, and neither recomputes them.
    db.table("reflections").create(
        {
            "id": int,
            "meeting_id": int,
            "created_at": str,
            "updated_at": str,
            "credibility": float,
            "reliability": float,
            "intimacy": float,
            "self_orientation": float,
            "trust": float,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "created_at", "updated_at"},
    )
    db.table("reflections").create_index(["meeting_id"], unique=True)
    # One row per answer: a 1–5 ``score`` (with ``value`` its 0–100 worth after
    # reversal) or a ``text``. ``trait_id`` and ``value`` let the growth view
    # aggregate per trait and period in SQL, without the question bank.
    db.table("answers").create(
        {
            "id": int,
            "reflection_id": int,
            "question_id": str,
            "trait_id": str,
            "score": int,
            "value": float,
            "text": str,
        },
        pk="id",
        foreign_keys=[("reflection_id", "reflections", "id")],
        not_null={"reflection_id", "question_id"},
    )
    db.table("answers").create_index(["reflection_id"])
    db.table("answers").create_index(["trait_id"])
    db.table("intentions").create(
        {"id": int, "reflection_id": int, "text": str, "created_at": str},
        pk="id",
        foreign_keys=[("reflection_id", "reflections", "id")],
        not_null={"reflection_id", "text"},
    )
    db.table("intentions").create_index(["reflection_id"], unique=True)
    db.table("profile").create({"key": str, "value": str}, pk="key")


KNOWN = [step.__name__ for step in STEPS]


def apply(db: Database) -> None:
    """Apply every pending step, each in its own transaction (sqlite-utils Migrations)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations(name=step.__name__)(step)
    migrations.apply(db)
