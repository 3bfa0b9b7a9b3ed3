"""A record (a dataclass of `domain`) as a table of a file, read and written from its fields.

The session file's meeting, participants, commitments, the place in the session and each
section's answers are tables whose keys are the fields of their dataclasses, in field order.
This module takes the keys, their order, what each must hold, which are written only when set,
and how a file from before a field is read, from the dataclass itself (its fields' names,
types, defaults and `domain.record.Kept` metadata), so a new field is a new key without a list
of keys to keep in step anywhere. What each type of field must hold:

| field | in the file | when missing |
| --- | --- | --- |
| `str` | text, cleaned of control characters; with `choices`, one of them or empty | the default |
| `StrEnum` | one of its values as text; empty means the default | the default |
| `int` | a whole number, 0 or more (below 10⁹) | the default |
| `bool` | true or false | the default |
| `list[Record]` | a list of tables, each read as a `Record` | empty |

The reading and the writing function of each class are made once, on first use.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from facilitator.domain.record import Kept, how_kept
from facilitator.storage.schema import Path, Reader

R = TypeVar("R")
Choices = Mapping[str, list[str]]
_Read = Callable[[Reader, dict[str, Any], Path, Choices], Any]
NO_CHOICES: Choices = {}


@dataclasses.dataclass(frozen=True)
class _Field:
    """One field of a record class, as a file keeps it."""

    attr: str
    key: str
    kind: Any  # the field's type
    default: Any
    how: Kept
    nested: type | None  # for a list of records, their class

    @property
    def enum(self) -> bool:
        return isinstance(self.kind, type) and issubclass(self.kind, StrEnum)


@dataclasses.dataclass(frozen=True)
class _Spec:
    """What reading and writing one record class needs, worked out once."""

    keys: tuple[str, ...]
    read: _Read
    write: Callable[[Any], dict[str, Any]]


_SPECS: dict[type, _Spec] = {}


def _spec(cls: type) -> _Spec:
    """The spec of a record class, worked out on first use."""
    found = _SPECS.get(cls)
    if found is None:
        found = _SPECS[cls] = _make_spec(cls)
    return found


def _make_spec(cls: type) -> _Spec:
    hints = typing.get_type_hints(cls)
    fields = []
    for item in dataclasses.fields(cls):
        how = how_kept(item)
        kind = hints[item.name]
        if item.default is not dataclasses.MISSING:
            default = item.default
        elif item.default_factory is not dataclasses.MISSING:
            default = item.default_factory()
        elif kind in (str, int, bool):
            default = kind()  # a field every record is made with (a commitment's id)
        else:
            raise TypeError(f"{cls.__name__}.{item.name}: a field kept in a file needs a default")
        fields.append(_Field(item.name, how.key or item.name, kind, default, how, _listed(kind)))
    return _Spec(tuple(f.key for f in fields), _reader(cls, fields), _writer(cls, fields))


def _listed(kind: Any) -> type | None:
    """The record class of a `list[Record]` field, None for any other field."""
    if typing.get_origin(kind) is list:
        (inner,) = typing.get_args(kind)
        if dataclasses.is_dataclass(inner) and isinstance(inner, type):
            return inner
    return None


# Both functions below are made as Python source, the way `dataclasses` makes `__init__`: they
# run for every commitment, item and answer at every open and save, and so run as fast as the
# hand-written code they replaced (one call to the reader's check per field, one dict display).


def _reader(cls: type, fields: list[_Field]) -> _Read:
    """The function that reads a record from a table (see the module's table)."""
    names: dict[str, Any] = {"cls": cls}
    lines = ["def read(reader, data, path, choices):"]
    where = {f.attr: index for index, f in enumerate(fields)}
    for index, field in enumerate(fields):
        value = _read_value(cls, index, field, names)
        if field.how.missing_from:
            earlier = where.get(field.how.missing_from, len(fields))
            if earlier >= index:
                raise TypeError(f"{cls.__name__}.{field.attr}: no earlier field to take")
            value = f"({value}) if {field.key!r} in data else v{earlier}"
        lines.append(f"    v{index} = {value}")
    given = ", ".join(f"{f.attr}=v{index}" for index, f in enumerate(fields))
    lines.append(f"    return cls({given})")
    read: _Read = _compiled(cls, "read", lines, names)
    return read


def _read_value(cls: type, index: int, field: _Field, names: dict[str, Any]) -> str:
    """The expression that reads one field's value."""
    key, kind, how = repr(field.key), field.kind, field.how
    names[f"default{index}"] = field.default
    if kind is str:
        if how.choices is None:
            return f"reader.text(data, {key}, path, default=default{index})"
        if isinstance(how.choices, str):
            found = f"choices[{how.choices!r}]"
        else:
            names[f"options{index}"] = [c.value for c in how.choices]
            found = f"options{index}"
        return f"reader.choice(data, {key}, path, {found}, default=default{index})"
    if field.enum:
        names[f"enum{index}"] = kind
        names[f"options{index}"] = [c.value for c in kind]
        found = f"reader.choice(data, {key}, path, options{index})"
        return f"enum{index}(text) if (text := {found}) else default{index}"
    if kind is bool:
        return f"reader.flag(data, {key}, path, default=default{index})"
    if kind is int:
        if how.unit:
            expected = f"a whole number of {how.unit}"
            return f"reader.whole(data, {key}, path, expected={expected!r}, default=default{index})"
        return (
            f"reader.whole(data, {key}, path, expected='a whole number, 0 or more', "
            f"default=default{index}, show_value=True)"
        )
    if field.nested is not None:
        names[f"entries{index}"] = _entries_reader(field.key, field.nested)
        return f"entries{index}(reader, data, path, choices)"
    raise TypeError(f"{cls.__name__}.{field.attr}: no way to keep a {kind!r} in a file")


def _entries_reader(key: str, cls: type) -> _Read:
    """The function that reads a list of records, each a table of their keys."""
    spec = _spec(cls)

    def read_entries(
        reader: Reader, data: dict[str, Any], path: Path, choices: Choices
    ) -> list[Any]:
        found = []
        for index, raw in enumerate(reader.sequence(data, key, path)):
            where = (*path, key, index)
            entry = reader.table(raw, where, spec.keys)
            if entry is not None:
                found.append(spec.read(reader, entry, where, choices))
        return found

    return read_entries


def _writer(cls: type, fields: list[_Field]) -> Callable[[Any], dict[str, Any]]:
    """The function that writes a record as a table. The fields up to the first optional one
    make one dict display; the rest follow one by one, in field order."""
    names: dict[str, Any] = {}
    display: list[str] = []
    statements: list[str] = []
    for index, field in enumerate(fields):
        value = f"record.{field.attr}"
        if field.nested is not None:
            names[f"write{index}"] = _spec(field.nested).write
            value = f"[write{index}(entry) for entry in {value}]"
        elif field.enum:
            value = f"{value}.value"
        if field.how.optional:
            names[f"default{index}"] = field.default
            statements.append(f"    if record.{field.attr} != default{index}:")
            statements.append(f"        data[{field.key!r}] = {value}")
        elif statements:
            statements.append(f"    data[{field.key!r}] = {value}")
        else:
            display.append(f"        {field.key!r}: {value},")
    lines = [
        "def write(record):",
        "    data = {",
        *display,
        "    }",
        *statements,
        "    return data",
    ]
    write: Callable[[Any], dict[str, Any]] = _compiled(cls, "write", lines, names)
    return write


def _compiled(cls: type, name: str, lines: list[str], names: dict[str, Any]) -> Any:
    """The function `name` that `lines` define, with `names` as its globals."""
    exec(compile("\n".join(lines), f"<{name} {cls.__name__}>", "exec"), names)
    return names[name]


# -- the module's interface ------------------------------------------------------------------


def keys_of(cls: type) -> tuple[str, ...]:
    """The keys of a record class's table, in the order they are written."""
    return _spec(cls).keys


def read_record(
    reader: Reader, cls: type[R], data: dict[str, Any], path: Path, choices: Choices = NO_CHOICES
) -> R:
    """A `cls` from the table `data` at `path`, each field checked by `reader` (which reports
    any problem in its mode). `choices` gives the named sets that text fields must be one of
    (`{"scale": [...]}`). Keys the table has besides the fields are not looked at: checking
    them is the caller's (`reader.table(data, path, keys_of(cls))`), as some tables hold
    another record's keys too."""
    record: R = _spec(cls).read(reader, data, path, choices)
    return record


def reader(cls: type[R]) -> Callable[[Reader, dict[str, Any], Path, Choices], R]:
    """`read_record` for records of one class, to read many."""
    return _spec(cls).read


def record_to_data(record: Any) -> dict[str, Any]:
    """A record as a table, keys in field order; an optional field only when it is set."""
    return _spec(type(record)).write(record)


def writer(cls: type[R]) -> Callable[[R], dict[str, Any]]:
    """`record_to_data` for records of one class, to write many: `map(writer(C), records)`."""
    return _spec(cls).write
