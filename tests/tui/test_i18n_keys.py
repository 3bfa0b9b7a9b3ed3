"""Every string key the program asks for exists in both languages, and every field a text
names is given where it is asked for.

Keys are found in the source: literals passed to tr(...) / t(...), f-string keys such as
f"state.{...}" (expanded over every value they can take), and key-shaped literals kept in
variables or passed to helpers ("fatal.saved", "minutes.date").
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import facilitator
from facilitator.domain.progress import Reason, SectionState
from facilitator.domain.session import Agreement, Attendance, Outcome, Role, Status
from facilitator.domain.values import Problem
from facilitator.i18n import LANGUAGES, STRINGS
from facilitator.storage.regular_file import Refusal
from facilitator.tui.commands import SESSION_COMMANDS
from facilitator.tui.sections.commitment_table import COLUMNS
from facilitator.tui.theme import THEMES

SOURCE = Path(facilitator.__file__).parent
NAMESPACES = {key.split(".")[0] for key in STRINGS}
KEY_SHAPE = re.compile(r"^[a-z_]+(\.[a-z0-9_-]+)+$")
FILE_NAME = re.compile(r"\.(tcss|py|toml|ya?ml|md|html|csv|ics|log|lock|tmp|json|txt)$")

# What the formatted part of an f-string key can be, by the text before it.
FAMILIES: dict[str, list[str]] = {
    "agreement.": [a.value for a in Agreement],
    "attendance.": [a.value for a in Attendance],
    "problem.": [p.value for p in Problem],
    "reason.": [r.value for r in Reason],
    "role.": [r.value for r in Role],
    "state.": [s.value for s in SectionState],
    "status.": [s.value for s in Status],
    "outcome.": [o.value for o in Outcome],
    "cmd.theme.": [theme.name for theme in THEMES],
    "cmd.": [command.action for command in SESSION_COMMANDS],
    "cli.problem.": ["damaged", *(r.value for r in Refusal)],
    "commitments.col.": list(COLUMNS),
}


def modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        if "i18n" not in path.relative_to(SOURCE).parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def is_translation(call: ast.Call) -> bool:
    function = call.func
    name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
    return name in ("tr", "t") and bool(call.args)


def constants(node: ast.expr, module: ast.Module) -> list[str] | None:
    """The strings a tuple literal, or a module constant bound to one, holds."""
    if isinstance(node, ast.Name):
        for statement in module.body:
            if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == node.id for t in statement.targets
            ):
                return constants(statement.value, module)
        return None
    if isinstance(node, ast.Tuple | ast.List):
        found = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        if len(found) == len(node.elts) and all(isinstance(v, str) for v in found):
            return [str(v) for v in found]
    return None


def loop_values(name: str, scope: ast.AST, module: ast.Module) -> list[str] | None:
    """The values `name` takes in a for loop or comprehension over a tuple of strings."""
    for node in ast.walk(scope):
        loops: list[ast.For | ast.comprehension] = []
        if isinstance(node, ast.For):
            loops.append(node)
        elif isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp | ast.DictComp):
            loops.extend(node.generators)
        for loop in loops:
            if isinstance(loop.target, ast.Name) and loop.target.id == name:
                found = constants(loop.iter, module)
                if found is not None:
                    return found
    return None


def expand(key: ast.JoinedStr, scope: ast.AST, module: ast.Module) -> list[str] | None:
    parts = [*key.values, ast.Constant("")][:3]
    first, formatted, last = parts
    if (
        len(key.values) not in (2, 3)
        or not isinstance(first, ast.Constant)
        or not isinstance(formatted, ast.FormattedValue)
        or not isinstance(last, ast.Constant)
    ):
        return None
    prefix, suffix = str(first.value), str(last.value)
    value = formatted.value
    values = FAMILIES.get(prefix)
    if values is None and isinstance(value, ast.Name):
        values = loop_values(value.id, scope, module)
    return None if values is None else [f"{prefix}{v}{suffix}" for v in values]


def asked_for() -> tuple[dict[str, set[str]], list[str]]:
    """{key: where it is asked for}, and the f-string keys this test cannot expand."""
    keys: dict[str, set[str]] = {}
    unknown: list[str] = []
    for path, module in modules():
        where = str(path.relative_to(SOURCE))
        scopes = [n for n in ast.walk(module) if isinstance(n, ast.FunctionDef)]
        for node in ast.walk(module):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if (
                    KEY_SHAPE.match(text)
                    and text.split(".")[0] in NAMESPACES
                    and not FILE_NAME.search(text)
                ):
                    keys.setdefault(text, set()).add(where)
            if isinstance(node, ast.Call) and is_translation(node):
                key = node.args[0]
                if isinstance(key, ast.JoinedStr):
                    scope = next((s for s in scopes if any(n is node for n in ast.walk(s))), module)
                    expanded = expand(key, scope, module)
                    if expanded is None:
                        unknown.append(f"{where}:{node.lineno}: {ast.unparse(key)}")
                    for text in expanded or []:
                        keys.setdefault(text, set()).add(where)
    return keys, unknown


def test_every_key_the_program_asks_for_exists_in_both_languages() -> None:
    keys, unknown = asked_for()
    assert len(keys) > 150  # the scan finds keys at all
    assert "state.in_progress" in keys and "cmd.next_section.short" in keys
    assert unknown == [], "add the values these keys can take to FAMILIES"
    missing = {
        key: sorted(where)
        for key, where in sorted(keys.items())
        if key not in STRINGS or any(not STRINGS[key].get(lang) for lang in LANGUAGES)
    }
    assert missing == {}


def test_every_field_a_text_names_is_given() -> None:
    """tr("sections.position", number=..., total=...) must give every {field} the Swedish
    and the English text name, or the screen ends with a KeyError."""
    problems = []
    for path, module in modules():
        for node in ast.walk(module):
            if not (isinstance(node, ast.Call) and is_translation(node)):
                continue
            key = node.args[0]
            if not (isinstance(key, ast.Constant) and key.value in STRINGS):
                continue
            if any(keyword.arg is None for keyword in node.keywords):  # **fields
                continue
            given = {keyword.arg for keyword in node.keywords}
            for language in LANGUAGES:
                text = STRINGS[key.value][language]
                named = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
                if named - given:
                    problems.append(f"{path.name}:{node.lineno} {key.value} [{language}]")
    assert problems == []
