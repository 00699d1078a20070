"""Child process of ``test_unwritable``: uses a journal in a folder it may not write to.

    python tests/journal/readonly_child.py read FOLDER PASSPHRASE WORD
    python tests/journal/readonly_child.py new FOLDER

The test starts it without the right to write there (as root: without capabilities,
so the folder's and files' modes count). It prints one JSON line. ``read`` opens the
journal in FOLDER (PASSPHRASE as JSON, ``null``: plain), reads its meetings, searches
for WORD and draws the growth view, then tries a save, a draft and a backup, and says
what each did. ``new`` tries to open a new journal in FOLDER. Both first check that a
plain file cannot be written there (``probe_refused``), so the test knows its set-up
is real.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def probe_refused(folder: Path) -> bool:
    try:
        with (folder / "probe").open("w"):
            pass
    except PermissionError:
        return True
    (folder / "probe").unlink()
    return False


def outcome(action) -> dict[str, Any]:
    try:
        action()
    except Exception as exc:  # reported to the test, which judges it
        return {
            "error": type(exc).__name__,
            "message": str(exc),
            "path": str(getattr(exc, "path", "")),
            "problem": getattr(exc, "problem", None),
        }
    return {"error": None}


def read(folder: str, passphrase: str, word: str) -> dict[str, Any]:
    from journal.find.search import SearchFilters
    from journal.growth.aggregation import Granularity, Scope
    from journal.model import MeetingInput, ReflectionInput
    from journal.service import Journal

    data = Path(folder)
    result: dict[str, Any] = {"probe_refused": probe_refused(data)}
    journal = Journal.open(data, passphrase=json.loads(passphrase))
    result["read_only"] = journal.read_only
    result["encrypted"] = journal.encrypted
    result["unread_changes"] = journal.unread_changes
    result["check_kind"] = journal.check().kind
    result["meetings"] = journal.count_meetings()
    result["titles"] = [m.title for m in journal.meeting_page(0, 1000)]
    result["found"] = [
        m.title for m in journal.search_page(SearchFilters(text=word), 0, 10, typing=False)
    ]
    result["growth_periods"] = len(journal.growth(Granularity.MONTH, Scope()).periods)
    result["drafts"] = [d.payload for d in journal.drafts()]
    result["daily_backup_due"] = journal.daily_backup_due()
    meeting = MeetingInput("Gemeente Utrecht", "Nieuw", datetime(2026, 11, 20, tzinfo=UTC), 60)
    result["save"] = outcome(lambda: journal.save(meeting, ReflectionInput({"listening.1": 3})))
    result["draft"] = outcome(lambda: journal.save_draft(None, {"notes": "half af"}))
    result["backup"] = outcome(lambda: journal.back_up("manual"))
    result["meetings_after"] = journal.count_meetings()
    journal.close()
    return result


def new(folder: str) -> dict[str, Any]:
    from journal.service import Journal

    data = Path(folder)
    parent = data if data.exists() else data.parent
    return {"probe_refused": probe_refused(parent), "open": outcome(lambda: Journal.open(data))}


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    print(json.dumps({"read": read, "new": new}[mode](*args)), flush=True)
