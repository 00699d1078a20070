"""Storage module for tags on meetings (``tags``, ``meeting_tags``, migration m005).

A tag is a short word or phrase ("tender", "kick-off"); names compare like client names
(any case, spacing or Unicode form). A tag no meeting carries any more is removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from journal.errors import InvalidInput, NotFound
from journal.model import Tag
from journal.reflect.validation import clean_tags
from journal.store.names import name_key
from journal.store.storage import Store


def set_tags(store: Store, meeting_id: int, names: Sequence[str]) -> None:
    """Give the meeting exactly these tags; call inside ``store.transaction()``."""
    conn = store.conn
    conn.execute("DELETE FROM meeting_tags WHERE meeting_id = ?", [meeting_id])
    for name in names:
        key = name_key(name)
        conn.execute("INSERT OR IGNORE INTO tags (name, name_key) VALUES (?, ?)", [name, key])
        conn.execute(
            "INSERT OR IGNORE INTO meeting_tags (meeting_id, tag_id) "
            "SELECT ?, id FROM tags WHERE name_key = ?",
            [meeting_id, key],
        )
    _drop_unused(store)


def tags_of(store: Store, meeting_id: int) -> tuple[str, ...]:
    rows = store.query(
        "SELECT t.name FROM meeting_tags mt JOIN tags t ON t.id = mt.tag_id "
        "WHERE mt.meeting_id = ? ORDER BY t.name_key",
        [meeting_id],
    )
    return tuple(r[0] for r in rows)


def all_tags(store: Store) -> list[Tag]:
    rows = store.query(
        "SELECT t.id, t.name, count(mt.meeting_id) FROM tags t "
        "LEFT JOIN meeting_tags mt ON mt.tag_id = t.id GROUP BY t.id ORDER BY t.name_key"
    )
    return [Tag(*r) for r in rows]


def rename_tag(store: Store, tag_id: int, new_name: str) -> None:
    """Rename a tag everywhere; renaming onto another tag's name merges the two."""
    (name,) = clean_tags([new_name]) or ("",)
    if not name:
        raise InvalidInput("tags", "empty")
    with store.transaction():
        conn = store.conn
        if conn.execute("SELECT 1 FROM tags WHERE id = ?", [tag_id]).fetchone() is None:
            raise NotFound(f"tag {tag_id}")
        other = conn.execute(
            "SELECT id FROM tags WHERE name_key = ? AND id != ?", [name_key(name), tag_id]
        ).fetchone()
        if other is None:
            conn.execute(
                "UPDATE tags SET name = ?, name_key = ? WHERE id = ?",
                [name, name_key(name), tag_id],
            )
            return
        conn.execute(
            "INSERT OR IGNORE INTO meeting_tags (meeting_id, tag_id) "
            "SELECT meeting_id, ? FROM meeting_tags WHERE tag_id = ?",
            [other[0], tag_id],
        )
        conn.execute("UPDATE tags SET name = ? WHERE id = ?", [name, other[0]])
        conn.execute("DELETE FROM meeting_tags WHERE tag_id = ?", [tag_id])
        _drop_unused(store)


def _drop_unused(store: Store) -> None:
    store.conn.execute(
        "DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM meeting_tags)"
    )
