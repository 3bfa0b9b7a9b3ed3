"""The TUI's wiring stays plain: screens, dialogs and views are given the session controller,
never the App; and the TUI's modules import each other in one direction only.

Read from the source with `ast`, imports inside functions included (a lazy import still
ties two modules together), those only for type checking left out (they never run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
TUI = SRC / "facilitator" / "tui"
APP_MODULE = "facilitator.tui.app"
# The App's own module, and the one that builds it for the command line.
MAY_IMPORT_THE_APP = {"facilitator.tui.app", "facilitator.tui.launch"}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported(tree: ast.AST, modules: set[str], *, typing_too: bool) -> set[str]:
    """The TUI modules a module's source imports (`modules`: every module under tui/)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and is_type_checking(node.test) and not typing_too:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name in modules}


def tui_modules() -> dict[str, ast.AST]:
    return {
        module_name(path): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(TUI.rglob("*.py"))
    }


def graph(sources: dict[str, ast.AST], *, typing_too: bool) -> dict[str, set[str]]:
    names = set(sources)
    return {
        name: imported(tree, names, typing_too=typing_too) - {name}
        for name, tree in sources.items()
    }


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle as the list of modules around it, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                cycle = walk(target)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return []

    for start in sorted(edges):
        if start not in state:
            cycle = walk(start)
            if cycle:
                return cycle
    return []


def test_the_sources_are_read() -> None:
    """Without this, a walker that found nothing would pass the tests below."""
    edges = graph(tui_modules(), typing_too=True)
    assert len(edges) > 30
    assert "facilitator.tui.controller" in edges["facilitator.tui.screens.session"]
    assert APP_MODULE in edges["facilitator.tui.launch"]


def test_only_the_launcher_imports_the_app() -> None:
    edges = graph(tui_modules(), typing_too=True)
    importers = sorted(name for name, targets in edges.items() if APP_MODULE in targets)
    assert set(importers) <= MAY_IMPORT_THE_APP, (
        f"{importers} import the App: give them the SessionController instead"
    )


def test_the_tui_modules_import_each_other_without_a_cycle() -> None:
    cycle = find_cycle(graph(tui_modules(), typing_too=False))
    assert cycle == [], "import cycle: " + " → ".join(cycle)


@pytest.mark.parametrize(
    ("edges", "cycle"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b", "c"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_the_cycle_finder(edges: dict[str, set[str]], cycle: list[str]) -> None:
    assert find_cycle(edges) == cycle


def test_a_lazy_import_counts_and_a_type_only_one_does_not() -> None:
    source = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from facilitator.tui.app import FacilitatorApp\n"
        "def later():\n"
        "    from facilitator.tui.screens import session\n"
    )
    modules = {"facilitator.tui.app", "facilitator.tui.screens.session"}
    assert imported(source, modules, typing_too=False) == {"facilitator.tui.screens.session"}
    assert imported(source, modules, typing_too=True) == modules
