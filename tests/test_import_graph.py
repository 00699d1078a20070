"""Arrows run one way: no import cycle between the modules of journal/ and ui/, and every
import between packages follows the layering written down below.

The graph is read from the source with ``ast``, so every import counts: at module level,
inside functions, under ``if TYPE_CHECKING:`` and a module named to be imported on first
use (``on_first_use("journal.growth.aggregation")``). (A cycle hidden in a function still
means two modules that each need the other.)
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP_PACKAGES = ("journal", "ui")

# Which package may import which, floor by floor (a package may always import its own
# modules). A "package" is a folder (journal.store, ui.shell) or one of the modules at a
# root: journal.service, journal.model, journal.errors, and journal itself (__version__).
GROUND = {"journal", "journal.errors", "journal.model", "journal.on_first_use"}
CORE_FEATURES = {
    "journal.reflect",
    "journal.find",
    "journal.growth",
    "journal.safety",
    "journal.calendar",
    "journal.pulse",
    "journal.transcripts",
    "journal.mirror",
    "journal.brief",
}
# Text as the transcript figures, the mirror and the brief read it (sentences, lemmas,
# the rules per language): on the roots alone, used by those three features.
TEXT = {"journal.language"}
READS_TEXT = {"journal.transcripts", "journal.mirror", "journal.brief"}
BELOW_THE_DOOR = GROUND | {"journal.store"} | CORE_FEATURES | TEXT
CORE = BELOW_THE_DOOR | {"journal.service", "journal.coach", "journal.sample"}
UI_FEATURES = {
    "ui.reflect",
    "ui.meetings",
    "ui.growth",
    "ui.calendar",
    "ui.coach",
    "ui.safety",
    "ui.pulse",
    "ui.transcripts",
}
UI_FLOOR = CORE | {"ui.common"}

ALLOWED: dict[str, set[str]] = {
    "journal": set(),
    "journal.errors": set(),
    "journal.model": {"journal.errors"},
    "journal.on_first_use": set(),
    # The ground floor of the core: the file, the schema, the queries.
    "journal.store": GROUND,
    # The core's features: each on the store alone, none on another.
    **{feature: GROUND | {"journal.store"} for feature in CORE_FEATURES},
    **{feature: GROUND | {"journal.store"} | TEXT for feature in READS_TEXT},
    "journal.language": GROUND,
    # The one front door, over all of them.
    "journal.service": BELOW_THE_DOOR,
    # Above the door: they read or fill a whole journal through it.
    "journal.coach": BELOW_THE_DOOR | {"journal.service"},
    "journal.sample": BELOW_THE_DOOR | {"journal.service"},
    "ui": {"ui.common"},
    # The ui's ground floor: the core, no feature.
    "ui.common": CORE,
    "ui.reflect": UI_FLOOR | {"ui.transcripts"},  # the transcript and the mirror in a reflection
    "ui.transcripts": UI_FLOOR,
    "ui.calendar": UI_FLOOR,
    "ui.safety": UI_FLOOR,
    "ui.growth": UI_FLOOR,
    "ui.pulse": UI_FLOOR,  # placed in the others' views by the shell, never imported by them
    "ui.meetings": UI_FLOOR | {"ui.growth"},  # the client view's trust chart
    "ui.coach": UI_FLOOR | {"ui.growth"},  # the review's growth view and charts
    # The shell owns the features; no feature imports it.
    "ui.shell": UI_FLOOR | UI_FEATURES,
    # The command line starts the app (the shell) or runs a command on the core.
    "ui.cli": UI_FLOOR | UI_FEATURES | {"ui.shell"},
}


def module_files() -> dict[str, Path]:
    """Every module of journal/ and ui/ by its dotted name (a package by its __init__)."""
    found = {}
    for top in TOP_PACKAGES:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, modules: Iterable[str]) -> set[str]:
    """The modules of ours that ``name`` imports, anywhere in its file."""
    known = set(modules)
    is_package = path.name == "__init__.py"
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package this module is in
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                targets.add(submodule if submodule in known else base)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "on_first_use"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            targets.add(node.args[0].value)  # imported when a name is first read from it
    ours = set()
    for target in targets:
        while target and target not in known:  # `import a.b.thing` as far as it is ours
            target = target.rpartition(".")[0]
        if target and target != name:
            ours.add(target)
    return ours


def import_graph() -> dict[str, set[str]]:
    modules = module_files()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def package_of(module: str) -> str:
    """journal.store.storage → journal.store; journal.service → journal.service."""
    parts = module.split(".")
    if len(parts) >= 2 and (ROOT / parts[0] / parts[1]).is_dir():
        return ".".join(parts[:2])
    return module


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each as a
    sorted list."""
    edges = graph
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot exceed the recursion limit.
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(edges[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return sorted(groups)


def arrows_against_layering(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            have, want = package_of(source), package_of(target)
            if have == want:
                continue
            if want not in ALLOWED.get(have, set()):
                wrong.append(f"{source} → {target}  ({have} may not import {want})")
    return wrong


def test_the_graph_sees_every_kind_of_import():
    graph = import_graph()
    assert "journal.store.storage" in graph["journal.service"]  # at module level
    assert "journal.calendar.api" in graph["journal.service"]  # inside a method
    assert "journal.calendar.events_store" in graph["ui.calendar.prompt_bar"]  # TYPE_CHECKING
    assert "journal.reflect.scoring" in graph["journal.service"]  # on_first_use("…")


def test_no_import_cycles():
    found = cycles(import_graph())
    assert not found, "modules that import each other:\n" + "\n".join(map(" ↔ ".join, found))


def test_packages_import_only_what_the_layering_allows():
    graph = import_graph()
    assert set(map(package_of, graph)) <= set(ALLOWED), "a package the layering does not name"
    wrong = arrows_against_layering(graph)
    assert not wrong, "imports against the layering:\n" + "\n".join(wrong)


def test_the_layering_itself_runs_one_way():
    allowed = {package: targets - {package} for package, targets in ALLOWED.items()}
    assert cycles(allowed) == []


def test_the_store_never_imports_safety():
    """The opening sequence (finishing an interrupted move or encryption, a backup before
    a migration) lives in journal.safety.opening and hands the store its connection."""
    graph = import_graph()
    store = [m for m in graph if package_of(m) == "journal.store"]
    assert [(m, t) for m in store for t in graph[m] if t.startswith("journal.safety")] == []


def test_only_the_front_door_and_the_ground_floor_sit_at_the_roots():
    at_roots = {
        path.relative_to(ROOT).as_posix()
        for path in module_files().values()
        if path.parent.name in TOP_PACKAGES and path.parent.parent == ROOT
    }
    assert at_roots == {
        "journal/__init__.py",
        "journal/service.py",
        "journal/model.py",
        "journal/errors.py",
        "journal/on_first_use.py",
        "ui/__init__.py",
    }
