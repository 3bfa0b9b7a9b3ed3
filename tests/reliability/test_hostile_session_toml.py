"""Item 11: hostile session TOML gets one clear line and the file is left as it was.

Every value of a full session file (the example of docs/session-format.md) is replaced in
turn by a value of every other TOML type, by 500-deep nesting and by a 5,000-digit integer,
and every table gets a key this version does not know. A replacement may load only where the
value is still of an accepted kind (a decimal where a number is asked, an empty list where a
list may be empty); anything else must be refused with one line that names the key, and no
exception of any other kind (a traceback for the user) may escape. Every tenth file is also
read from disk, which must be left byte for byte as it was.

tests/unit/test_session_errors.py covers named cases; this tries every field.
"""

from __future__ import annotations

import contextlib
import copy
import math
import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from facilitator.domain.errors import SessionFileError
from facilitator.storage.session_toml import END_LINE, dumps_session, loads_session
from facilitator.storage.sessions import read_session
from unit.helpers import example_session

GOOD = dumps_session(example_session())
VALUES: dict[str, Any] = {
    "text": "x",
    "empty text": "",
    "integer": 7,
    "negative integer": -1,
    "decimal": 1.5,
    "nan": math.nan,
    "infinity": math.inf,
    "boolean": True,
    "date-time": datetime(2026, 1, 1, tzinfo=UTC),
    "local date-time": datetime(2026, 1, 1),
    "date": date(2026, 1, 1),
    "time": time(9, 0),
    "list": [1],
    "empty list": [],
    "list of tables": [{"a": 1}],
    "table": {"a": 1},
    "empty table": {},
}
SENTINEL = "@@hostile@@"
RAW = {"500-deep nesting": "[" * 500 + "]" * 500, "5,000-digit integer": "7" * 5000}


Key = tuple[str | int, ...]


def places(node: Any, path: Key = ()) -> Iterator[tuple[Key, Any]]:
    """Every value in the document with its path, parents before their children."""
    children = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in children:
        yield (*path, key), value
        if isinstance(value, dict | list):
            yield from places(value, (*path, key))


def replaced(doc: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    node: Any = changed
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return changed


def as_file(doc: dict[str, Any]) -> str:
    return f"{tomli_w.dumps(doc)}\n{END_LINE}\n"


def same_kind(old: Any, new: Any) -> bool:
    return type(old) is type(new) and not isinstance(old, dict | list)


class Tally:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "hostile.toml"
        self.tried = self.refused = self.loaded = 0
        self.loaded_as: list[str] = []

    def read(self, text: str, key: str, what: str) -> None:
        self.tried += 1
        try:
            loads_session(text)
        except SessionFileError as error:
            message = str(error)
            assert "\n" not in message and len(message) < 400, message
            assert key in message, f"{what}: the message does not name {key!r}: {message}"
            self.refused += 1
        except Exception as error:  # would be a traceback for the user
            raise AssertionError(f"{what}: {type(error).__name__}: {error}") from error
        else:
            self.loaded += 1
            self.loaded_as.append(what)
        if self.tried % 10 == 0:
            data = text.encode("utf-8")
            self.path.write_bytes(data)
            with contextlib.suppress(SessionFileError):
                read_session(self.path)
            assert self.path.read_bytes() == data


def named(path: tuple[str | int, ...]) -> str:
    """The key a message must name: the last named key on the path."""
    return next(str(part) for part in reversed(path) if isinstance(part, str))


@pytest.mark.slow
def test_every_field_of_a_session_file_with_every_wrong_type_is_refused_clearly(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    doc = tomllib.loads(GOOD)
    tally = Tally(tmp_path)
    for path, old in places(doc):
        key = named(path)
        for kind, value in VALUES.items():
            if not same_kind(old, value):
                tally.read(as_file(replaced(doc, path, value)), key, f"{path} = {kind}")
        if not isinstance(old, dict | list):
            for kind, raw in RAW.items():
                text = as_file(replaced(doc, path, SENTINEL)).replace(f'"{SENTINEL}"', raw, 1)
                tally.read(text, "not valid TOML", f"{path} = {kind}")
    tables = [path for path, value in places(doc) if isinstance(value, dict)]
    for path in [(), *tables]:
        changed = copy.deepcopy(doc)
        node: Any = changed
        for part in path:
            node = node[part]
        node["from_elsewhere"] = 1
        tally.read(as_file(changed), "from_elsewhere", f"{path}: unknown key")

    # Loaded only where the replacement is of an accepted kind.
    accepted = ("decimal", "empty list", "empty table")
    assert all(what.endswith(accepted) for what in tally.loaded_as), tally.loaded_as
    figure(
        f"{tally.tried} hostile variants of a session file (every value replaced by each "
        f"other TOML type, 500-deep nesting and a 5,000-digit integer; an unknown key in "
        f"each of {len(tables) + 1} tables): {tally.refused} refused with one line naming "
        f"the key, {tally.loaded} loaded (a decimal for a number, an empty list or table), "
        "0 tracebacks, the file untouched"
    )
