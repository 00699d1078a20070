"""``journal.on_first_use``: a module named at the top of the front door is imported the
first time a name is read from it (issue 19: the window's first paint needs none of
them), and then it is the module itself that answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import journal.growth.aggregation as aggregation_module
from journal import service
from journal.on_first_use import on_first_use

ROOT = Path(__file__).resolve().parents[2]
LATER = (
    "journal.growth.aggregation",
    "journal.reflect.bank",
    "journal.reflect.scoring",
    "journal.reflect.selection",
    "journal.reflect.validation",
    "journal.reflect.tags_store",
    "journal.reflect.intentions_store",
    "journal.reflect.meeting_history",
)


def run(code: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_the_front_door_imports_them_when_a_name_is_first_read(tmp_path):
    seen = run(
        "import json, sys\n"
        "from pathlib import Path\n"
        "from journal.service import Journal\n"
        f"later = {LATER!r}\n"
        "at_import = [m for m in later if m in sys.modules]\n"
        f"journal = Journal.open(Path({str(tmp_path)!r}))\n"
        "journal.meeting_page(0, 200)\n"
        "first_page = [m for m in later if m in sys.modules]\n"
        "questions = journal.next_questions()\n"
        "print(json.dumps({'import': at_import, 'page': first_page, 'questions': len(questions),"
        " 'after': [m for m in later if m in sys.modules]}))\n"
    )
    assert seen["import"] == [] and seen["page"] == []
    assert seen["questions"] > 0
    assert {"journal.reflect.bank", "journal.reflect.selection"} <= set(seen["after"])


def test_the_module_itself_answers_also_when_patched(monkeypatch):
    stand_in = on_first_use("journal.growth.aggregation")
    assert stand_in.Granularity is aggregation_module.Granularity
    monkeypatch.setattr(aggregation_module, "kept_counts", lambda store, scope: {"x": 1})
    assert service.aggregation.kept_counts(None, None) == {"x": 1}
    assert "imported on first use" in repr(stand_in)
