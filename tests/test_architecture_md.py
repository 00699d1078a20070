"""ARCHITECTURE.md matches the tree: it names every module of journal/ and ui/, and every
file it names exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def test_every_module_is_named():
    modules = {
        path.name
        for top in ("journal", "ui")
        for path in (ROOT / top).rglob("*.py")
        if path.name != "__init__.py"
    }
    assert sorted(name for name in modules if f"`{name}`" not in DOC) == []


def test_every_file_named_exists():
    named = set(re.findall(r"[\w/.-]*\w\.(?:py|json|md)\b", DOC))
    present = {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*") if ".venv" not in p.parts}
    names = {Path(p).name for p in present}
    missing = [n for n in named if n not in present and Path(n).name not in names]
    assert missing == []
