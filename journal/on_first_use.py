"""A module imported the first time one of its names is read, not where it is named.

    aggregation = on_first_use("journal.growth.aggregation")
    ...
    aggregation.kept_counts(store, scope)  # journal.growth.aggregation is imported now

For what the window's first page of meetings does not need (issue 19): defining a
frozen dataclass compiles its methods, about 3.5 million instructions each (callgrind),
and the question bank, the growth figures and undo define a dozen. Each name is looked
up on the module itself, every time, so a module patched by a test is the one used;
importing goes through Python's import lock, so two threads asking at once get the same
module. ``tests/test_import_graph.py`` counts ``on_first_use("…")`` as an import.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def on_first_use(name: str) -> Any:
    """The module ``name`` (absolute), imported when a name is first read from it."""
    return _Module(name)


class _Module:
    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"
