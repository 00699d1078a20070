"""Advisor Journal core: domain, storage, scoring and question selection.

This package never imports Qt or ``ui`` (``tests/journal/test_no_qt.py`` checks it), so
the command line, a coach's script and the tests can use it on their own.
"""

__version__ = "0.1.0"
