"""The PySide6 side of Advisor Journal."""

from ui.common.none_guard import make_none_immortal

make_none_immortal()  # before any Qt call: see none_guard (PySide6 6.12 on Python 3.11)
