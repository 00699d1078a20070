"""What an action changed in the journal, so that the window redraws what shows it.

After Anki's ``OpChanges`` (``qt/aqt/operations``): a feature does its work and says what
changed, in a signal; the window (``ui.shell``), which knows its views, decides what to
refresh. Features never call into the window.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What an action changed: each view that shows it is redrawn."""

    meetings: bool = False  # meetings added, edited or removed: the list, the growth figures
    clients: bool = False  # clients, tags, what was written: the search's choices, the client view
    to_reflect: bool = False  # the calendar's meetings waiting for a reflection
    replaced: bool = False  # another journal now (a restore): nothing before it can be undone


# What the person changed (a save, a delete, an undo, a verdict, a tag renamed), or the
# journal opened again (unlocked, rewritten): everything may look different.
EVERYTHING = Changes(meetings=True, clients=True, to_reflect=True)
