"""journal/pulse is a feature of the core: it imports the store and the roots only (no
other feature, not the front door, not the coach package above it, never Qt), counting
imports in functions, under TYPE_CHECKING and on first use; what it needs of the question bank it
names in a Protocol, held equal to the bank here."""

import ast
from pathlib import Path

from journal.pulse import bank_view
from journal.reflect import bank

PULSE = Path(__file__).parents[3] / "journal" / "pulse"
ALLOWED = (
    "journal.pulse",
    "journal.store",
    "journal.errors",
    "journal.model",
    "journal.on_first_use",
)


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
        elif (  # a module imported on first use: on_first_use("journal.pulse.importing")
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "on_first_use"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(node.args[0].value)
    return names


def test_the_pulse_imports_the_store_and_the_roots_only():
    for path in sorted(PULSE.glob("*.py")):
        for name in imported(path):
            if name.split(".")[0] in ("journal", "ui", "PySide6"):
                assert name.startswith(ALLOWED) or name == "journal", (path.name, name)


def test_the_protocol_matches_the_bank():
    assert bank_view.SCALE_POINTS == bank.SCALE_POINTS
    assert bank_view.CLIENT_ITEM_ID.pattern == bank.CLIENT_ITEM_ID.pattern
    shipped: bank_view.Bank = bank.default_bank()  # mypy checks the fit; here it runs
    assert shipped.client_item("listening.c1").text.in_language("nl").startswith("Mijn")
