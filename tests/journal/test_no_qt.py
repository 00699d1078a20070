"""The core never loads Qt or the ui package: importing every module of journal/ in a
fresh interpreter leaves PySide6, shiboken6 and ui out of sys.modules."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import journal

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_journal_module_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(journal.__path__, "journal.")]
    assert "journal.store.storage" in modules and "journal.service" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
