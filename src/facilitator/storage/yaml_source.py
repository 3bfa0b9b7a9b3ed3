"""Reading YAML safely, keeping the position of every value.

PyYAML's `safe_load` still accepts alias bombs, keeps the last of duplicate keys silently and
forgets where each value was. This reader composes the node tree itself, refuses aliases,
unknown tags, duplicate keys and deep nesting, and returns plain data with a position for every
path, so the schema check can say `FILE:LINE:COLUMN` for any problem it finds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from facilitator.domain.text import clean_file_text
from facilitator.storage.schema import Path, type_name

Position = tuple[int, int]  # 1-based line and column

MAX_BYTES = 1_048_576
MAX_DEPTH = 40
# The built-in workshops hold about 270 values. PyYAML reads some 30,000 a second in pure
# Python: a 1 MB file of 100,000 tiny values took 4 s before it could be refused, this many
# are read in about a third of a second.
MAX_NODES = 10_000

_SCALAR_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp")
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


class YamlProblem(Exception):
    """A problem that stops reading, at a 1-based position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


@dataclass
class Source:
    """Plain data read from YAML, with the position of each value and each mapping key."""

    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)

    def position(self, path: Path, *, key: bool = False) -> Position:
        """Where `path` stands; for a missing path, where its nearest parent stands."""
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            if key and path in self.values:
                return self.values[path]
            path = path[:-1]
            table = self.values
        return self.values.get((), (1, 1))


class _Loader(yaml.SafeLoader):
    """A safe loader that refuses aliases, nesting deeper than MAX_DEPTH and more than
    MAX_NODES values."""

    depth = 0
    nodes = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise YamlProblem(
                f"aliases (*{event.anchor}) are not allowed in a workshop file; "
                "write the value out",
                event.start_mark.line + 1,
                event.start_mark.column + 1,
            )
        self.depth += 1
        self.nodes += 1
        try:
            if self.nodes > MAX_NODES:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise YamlProblem(
                    f"more than {MAX_NODES:,} values; a workshop file needs a few hundred",
                    mark.line + 1,
                    mark.column + 1,
                )
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise YamlProblem(
                    f"nested more than {MAX_DEPTH} levels deep", mark.line + 1, mark.column + 1
                )
            node: Node | None = super().compose_node(parent, index)
            assert node is not None
            return node
        finally:
            self.depth -= 1


def decode(raw: bytes) -> str:
    """UTF-8 text (a byte-order mark is allowed), or a YamlProblem at the first bad byte."""
    if len(raw) > MAX_BYTES:
        raise YamlProblem(
            f"the file is {len(raw) / 1_048_576:.1f} MB; a workshop file may be at most 1 MB"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        good = raw[: error.start]
        line = good.count(b"\n") + 1
        column = len(good) - (good.rfind(b"\n") + 1) + 1
        raise YamlProblem(
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8",
            line,
            column,
        ) from None
    return text


def read_yaml(raw: bytes) -> Source:
    """Parse one YAML document into a Source, or raise YamlProblem."""
    text = clean_file_text(decode(raw).replace("\r\n", "\n")).replace("\r", "\n")
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise YamlProblem("the file is empty")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem("the file is empty")
        source = Source(data=None)
        source.data = _build(node, (), source, loader)
        return source
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "not valid YAML"
        if error.context and problem.startswith("but "):  # "but found another document"
            problem = f"{error.context}, {problem}"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlProblem(f"YAML syntax: {problem}", line, column) from None
    except RecursionError:
        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()


def _at(node: Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: Node, path: Path, source: Source, loader: _Loader) -> Any:
    source.values[path] = _at(node)
    if isinstance(node, ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            raise YamlProblem(f"the tag {node.tag} is not allowed", *_at(node))
        value = loader.construct_object(node)
        return clean_file_text(value) if isinstance(value, str) else value
    if isinstance(node, SequenceNode):
        if node.tag != _SEQ_TAG:
            raise YamlProblem(f"the tag {node.tag} is not allowed", *_at(node))
        return [_build(child, (*path, i), source, loader) for i, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        if node.tag != _MAP_TAG:
            raise YamlProblem(f"the tag {node.tag} is not allowed", *_at(node))
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _key(key_node, loader)
            if key in mapping:
                first = source.keys[(*path, key)]
                raise YamlProblem(
                    f"duplicate key '{key}' (first at line {first[0]})", *_at(key_node)
                )
            source.keys[(*path, key)] = _at(key_node)
            mapping[key] = _build(value_node, (*path, key), source, loader)
        return mapping
    raise YamlProblem("unexpected YAML node", *_at(node))  # pragma: no cover


def _key(node: Node, loader: _Loader) -> str:
    if not isinstance(node, ScalarNode) or node.tag not in _SCALAR_TAGS:
        raise YamlProblem("a key must be a plain word", *_at(node))
    key = loader.construct_object(node)
    if not isinstance(key, str):
        raise YamlProblem(
            f"the key {node.value!r} is read as {type_name(key)}; put it in quotes", *_at(node)
        )
    return key
