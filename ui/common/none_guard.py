"""Guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

There, every call of a Qt method that returns nothing hands back ``None`` without a new
reference, so each call drops ``None``'s count by one; after some thousands of calls
the process aborts ("Fatal Python error: none_dealloc: deallocating None"). CPython
3.12 made ``None`` immortal (PEP 683), which makes the bug harmless; on 3.11 we give
``None`` a count no session can use up. ``tests/ui/test_none_guard.py``
shows the drop and that the guard holds.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # a trillion calls


def make_none_immortal() -> bool:
    """True when the guard was applied (CPython before 3.12, release build)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build: another object layout
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field
    if count.value < HEADROOM:
        count.value += HEADROOM
    return True
