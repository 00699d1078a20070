"""Typed access to the per-user ui settings kept in ``QSettings`` (an INI file).

What belongs to the journal itself (your name, focus traits, calendar rules) lives in the
journal; this holds what belongs to this computer: language, window layout, the calendar
file to follow and whether the app stays in the tray.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("system", "en", "nl")
LOCK_MINUTES = (0, 5, 15, 30, 60)  # 0: never


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

    @property
    def keep_in_tray(self) -> bool:
        """Closing the window keeps the app running in the system tray (where one exists)."""
        return _bool(self._store.value("ui/keep_in_tray", True))

    @keep_in_tray.setter
    def keep_in_tray(self, value: bool) -> None:
        self._store.setValue("ui/keep_in_tray", bool(value))

    @property
    def tray_hint_shown(self) -> bool:
        return _bool(self._store.value("ui/tray_hint_shown", False))

    @tray_hint_shown.setter
    def tray_hint_shown(self, value: bool) -> None:
        self._store.setValue("ui/tray_hint_shown", bool(value))

    @property
    def welcomed(self) -> bool:
        """The first start's welcome was set up or skipped on this computer."""
        return _bool(self._store.value("ui/welcomed", False))

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self._store.setValue("ui/welcomed", bool(value))

    @property
    def coach_name(self) -> str:
        """The name a coach signs feedback with (review mode; not part of any journal)."""
        return str(self._store.value("review/coach_name", "") or "")

    @coach_name.setter
    def coach_name(self, value: str) -> None:
        self._store.setValue("review/coach_name", value.strip())

    @property
    def last_review_folder(self) -> str:
        return str(self._store.value("review/last_folder", "") or "")

    @last_review_folder.setter
    def last_review_folder(self, value: str) -> None:
        self._store.setValue("review/last_folder", value)

    @property
    def watched_calendar(self) -> Path | None:
        """A calendar file re-read whenever it changes on disk."""
        value = str(self._store.value("calendar/watched_file", "") or "").strip()
        return Path(value) if value else None

    @watched_calendar.setter
    def watched_calendar(self, value: Path | None) -> None:
        self._store.setValue("calendar/watched_file", str(value) if value else "")

    @property
    def last_calendar_folder(self) -> str:
        return str(self._store.value("calendar/last_folder", "") or "")

    @last_calendar_folder.setter
    def last_calendar_folder(self, value: str) -> None:
        self._store.setValue("calendar/last_folder", value)

    @property
    def lock_minutes(self) -> int:
        """Lock an encrypted journal after this many minutes without use (0: never)."""
        try:
            value = int(self._store.value("privacy/lock_minutes", 0))
        except (TypeError, ValueError):
            return 0
        return value if value in LOCK_MINUTES else 0

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        if value not in LOCK_MINUTES:
            raise ValueError(value)
        self._store.setValue("privacy/lock_minutes", int(value))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._store.sync()


def _bool(value) -> bool:
    """INI files give booleans back as the strings "true" and "false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
