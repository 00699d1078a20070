"""Typed access to the per-user ui settings kept in ``QSettings`` (an INI file).

What belongs to the journal itself (your name, focus traits) lives in the journal; this
holds what belongs to this computer: language and window layout.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("system", "en", "nl")


class Settings:
    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings()

    @property
    def language(self) -> str:
        value = self._store.value("ui/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._store.setValue("ui/language", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._store.sync()
