"""The fonts the app ships: one family for the PDF report and its charts.

A PDF's line breaks follow the font's widths. Naming "Helvetica" let each machine pick
its own stand-in (Nimbus Sans, Liberation Sans, Arial or none at all), so the same
journal gave differently broken pages, and a machine without fonts gave no text. The
bundled DejaVu Sans (resources/fonts/, licence beside it) is the same everywhere.
"""

from __future__ import annotations

from PySide6 import QtGui  # QtGui.QFont…: built by PySide when first used (after paint)

from resources import FOLDER

FONTS = FOLDER / "fonts"
REPORT_FAMILY = "DejaVu Sans"

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to Qt's database once per process (a QGuiApplication must
    exist); returns the families added. A font file Qt cannot read is left out: the
    report then falls back to what the system has."""
    if not _registered:
        for path in sorted(FONTS.glob("*.ttf")):
            font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QtGui.QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))


def report_font(point_size: float) -> QtGui.QFont:
    """The report's font at ``point_size``, the bundled family registered first."""
    register_bundled_fonts()
    font = QtGui.QFont(REPORT_FAMILY)
    font.setPointSizeF(point_size)
    return font
