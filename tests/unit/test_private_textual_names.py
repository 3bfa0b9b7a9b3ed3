"""Private Textual names are used in `facilitator.tui.textual_compat` only, where each has a
canary (tests/unit/test_textual_compat.py) that fails when an upgrade of Textual removes or
changes it. Anywhere else such a use would break unseen on an upgrade, or silently: a method
of ours named like one of Textual's own overrides it.

Two checks, both reading code and not comments or docstrings:
- the source: no import of a private Textual module (`textual._x`, `textual.x._y`) nor of
  the Linux driver, no swapping of an object's class, and none of the private names this
  project has needed so far, read from any object;
- the classes: no class built on a Textual class defines, reads or sets a private name
  (`_x`) that one of its Textual base classes has, in its namespace or as `self._x` in its
  source; that also catches a use of Textual's internals nobody has listed yet.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import sys
import types
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import facilitator

PACKAGE = Path(facilitator.__file__).parent
COMPAT = PACKAGE / "tui" / "textual_compat.py"

# Private module paths: `textual._compositor`, `textual.document._wrapped_document`.
PRIVATE_MODULE = re.compile(r"^textual(\.\w+)*\._\w*")
# Modules whose globals were patched: the Linux driver's decoder.
PATCHED_MODULES = {"textual.drivers.linux_driver"}
# Private names of Textual's the project has used, private on whatever object they are read.
KNOWN_PRIVATE = {
    "_bindings",
    "_matching_bracket_location",
    "_tab_width",
    "_handle_exception",
    "_fatal_error",
    "_exit_renderables",
    "_close_messages_no_wait",
}
# Private to Textual when read on another object than `self` (a WrappedDocument's width);
# `self._width` is a name of our own in widgets with no such attribute.
KNOWN_PRIVATE_NOT_ON_SELF = {"_width"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != COMPAT)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def private_uses(source: str) -> Iterator[tuple[int, str]]:
    """(line, what) for each use of a private Textual name in `source`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            module = node.module
            names = [f"{module}.{alias.name}" for alias in node.names]
            for name in [module, *names]:
                if PRIVATE_MODULE.match(name) or name in PATCHED_MODULES:
                    yield node.lineno, f"imports {name}"
                    break
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if PRIVATE_MODULE.match(alias.name) or alias.name in PATCHED_MODULES:
                    yield node.lineno, f"imports {alias.name}"
        elif isinstance(node, ast.Attribute):
            on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
            if node.attr in KNOWN_PRIVATE or (
                node.attr in KNOWN_PRIVATE_NOT_ON_SELF and not on_self
            ):
                yield node.lineno, f"uses .{node.attr}"
            elif node.attr == "__class__" and isinstance(node.ctx, ast.Store):
                yield node.lineno, "swaps an object's class"
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
            node.name in KNOWN_PRIVATE
        ):
            yield node.lineno, f"overrides {node.name}"


def test_the_source_check_finds_what_it_looks_for() -> None:
    """Without this, a check that never matched would pass the test below."""
    source = (
        "from textual._compositor import CompositorUpdate\n"
        "import textual.document._wrapped_document\n"
        "from textual.drivers import linux_driver\n"
        "def f(app, area, wrapped):\n"
        "    app._bindings.bind('x', 'y')\n"
        "    area._matching_bracket_location\n"
        "    (wrapped._width, wrapped._tab_width)\n"
        "    wrapped.__class__ = object\n"
        "class A:\n"
        "    def _fatal_error(self):\n"
        "        self._exit_renderables.append('x')\n"
        "        self._width = 0\n"  # ours, in a widget: not a use
        "        '''app._bindings'''\n"  # a docstring: not a use
    )
    assert sorted(line for line, _ in private_uses(source)) == [1, 2, 3, 5, 6, 7, 7, 8, 10, 11]


def test_no_module_but_textual_compat_uses_a_private_textual_name() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {what}"
        for path in modules()
        for line, what in sorted(private_uses(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "move these into facilitator/tui/textual_compat.py:\n" + "\n".join(found)


# -- classes built on Textual's ----------------------------------------------------------


@cache
def set_by_every_class(base: type) -> frozenset[str]:
    """What Textual's machinery puts in every subclass's namespace (`_css_type_name`, the
    merged bindings …): a subclass made with nothing in it has them all."""
    return frozenset(type("Bare", (base,), {}).__dict__)


@cache
def textual_private_names(cls: type) -> frozenset[str]:
    """The private names a Textual class has: in its namespace, or as `self._x` in its
    source."""
    names = {n for n in cls.__dict__ if is_private(n)}
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        source = ""
    names.update(re.findall(r"\bself\.(_[A-Za-z]\w*)", source))
    return frozenset(names)


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def textual_bases(cls: type) -> list[type]:
    return [b for b in cls.__mro__[1:] if b.__module__.split(".")[0] == "textual"]


def names_of_our_class(cls: type, node: ast.ClassDef) -> set[str]:
    """The private names a class of ours defines or uses on `self`."""
    first_textual = textual_bases(cls)[0]
    made = set_by_every_class(first_textual)
    names = {n for n in cls.__dict__ if is_private(n) and n not in made}
    for inner in ast.walk(node):
        if (
            isinstance(inner, ast.Attribute)
            and isinstance(inner.value, ast.Name)
            and inner.value.id == "self"
            and is_private(inner.attr)
        ):
            names.add(inner.attr)
    return names


def clashes(module_name: str, tree: ast.Module) -> Iterator[str]:
    module = importlib.import_module(module_name)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(module, node.name, None)
        if not isinstance(cls, type) or not textual_bases(cls):
            continue
        ours = names_of_our_class(cls, node)
        for base in textual_bases(cls):
            for name in sorted(ours & textual_private_names(base)):
                yield f"{module_name}.{node.name}: {name} (Textual's {base.__qualname__})"
            ours -= textual_private_names(base)


def test_the_class_check_finds_an_override_and_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without this, a check that never matched would pass the test below."""
    source = (
        "from textual.app import App\n"
        "from textual.widgets import TextArea\n"
        "class Quiet(App):\n"
        "    def _fatal_error(self): pass\n"
        "class Area(TextArea):\n"
        "    def bracket(self): return self._matching_bracket_location\n"
        "    def mine(self): return self._mine\n"
    )
    module = types.ModuleType("probe_for_private_names")
    exec(compile(source, "probe", "exec"), module.__dict__)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    found = list(clashes(module.__name__, ast.parse(source)))
    assert found == [
        "probe_for_private_names.Quiet: _fatal_error (Textual's App)",
        "probe_for_private_names.Area: _matching_bracket_location (Textual's TextArea)",
    ]


def test_no_class_of_ours_uses_or_overrides_a_private_name_of_its_textual_base() -> None:
    # `__main__` runs the command when imported, and defines no class.
    found = [
        clash
        for path in modules()
        if path.name != "__main__.py"
        for clash in clashes(module_name(path), ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "move these into facilitator/tui/textual_compat.py:\n" + "\n".join(found)
