"""A journal read without the whole safe opening, when a look proves it would do nothing.

``opening.open_file`` finishes what a kill left (a move aside, a conversion between plain
and encrypted, a backup's or restore's leftovers), refuses damaged and foreign files in
words, asks for a passphrase and brings an old journal up to date after a backup. Its
imports cost more than a whole search, so ``advisor-journal search`` first asks here for
a read-only connection, and takes the safe opening whenever the answer is None:

- beside the journal file, nothing of its name but its ``-wal`` and ``-shm``: no intent
  or note of a move or conversion, no ``.restoring`` copy, no rollback journal, nothing
  ``.tmp``; in the backups folder no ``.partial`` or ``.converting`` file;
- a regular, non-empty file that plain SQLite reads (an encrypted, damaged or foreign
  file is not one), that nobody holds exclusively (a restore, a conversion), no shorter
  than SQLite counts its pages, and that has had exactly the migrations this version knows.

Nothing is written, created or removed; the connection is read-only (``mode=ro``) and
goes through ``journal.store.connection`` like every other. The path is text (a ``Path``
does as well): nothing here imports ``pathlib``, whose import costs a third of a search.
"""

from __future__ import annotations

import os
import sqlite3
import stat

from journal.errors import JournalError
from journal.store import connection, migrations

TYPE_CHECKING = False  # as ``typing.TYPE_CHECKING``, without importing typing
if TYPE_CHECKING:
    from pathlib import Path

BACKUPS_FOLDER = "backups"  # journal.safety.backups.FOLDER
LEFTOVERS_IN_BACKUPS = (".partial", ".converting")  # a killed backup's, conversion's
SIDE_FILES = ("-wal", "-shm")  # journal.store.files.SIDE_FILES


def read_only(path: str | Path) -> sqlite3.Connection | None:
    """A read-only connection to the journal at ``path`` when the safe opening has
    nothing to do there; None when it may have (then open the journal with it)."""
    if not _settled(path):
        return None
    try:
        conn = connection.connect(path, read_only=True, timeout=0)
    except (sqlite3.Error, JournalError, OSError, connection.FileInUse):
        return None
    try:
        if _current(conn, path):
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None


def _settled(path: str | Path) -> bool:
    """Nothing beside the journal or in its backups that the opening would finish or
    clear, and a regular file with something in it."""
    folder, name = os.path.split(path)
    try:
        st = os.stat(path)
        beside = os.listdir(folder or os.curdir)
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(st.st_mode) or st.st_size == 0:
        return False
    own = {name, *(name + side for side in SIDE_FILES)}
    if any(other.startswith(name) and other not in own for other in beside):
        return False
    if BACKUPS_FOLDER in beside:
        try:
            backups = os.listdir(os.path.join(folder, BACKUPS_FOLDER))
        except OSError:
            return False
        if any(mark in kept for kept in backups for mark in LEFTOVERS_IN_BACKUPS):
            return False
    return True


def _current(conn: sqlite3.Connection, path: str | Path) -> bool:
    """At this version's schema, and no shorter than SQLite counts its pages."""
    applied = conn.execute(
        f"SELECT name FROM {migrations.MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [migrations.MIGRATION_SET],
    ).fetchall()
    if [name for (name,) in applied] != migrations.KNOWN:
        return False
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    return pages * page_size <= os.stat(path).st_size
