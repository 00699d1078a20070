"""The app's icon, drawn from ``resources/icons``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from resources import FOLDER


def app_icon() -> QIcon:
    return QIcon(str(FOLDER / "icons" / "advisor-journal.svg"))
