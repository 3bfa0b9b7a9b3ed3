"""What a file needs to know about a record's field beyond its name, type and default.

The session's records (the meeting, a participant, a commitment, a section's answers …) are
dataclasses, and the session file's keys are read from their fields: a `str` field is text, an
`int` a whole number, a `bool` true or false, a `StrEnum` one of its values, a `list` of
records a list of tables, the key is the field's name, and the order of the fields is the
order of the keys. The few fields that need more say so here, beside the field, with
`field(metadata=kept(...))`, so that a new field is added in one place and the file follows
(see `storage/records.py`, which does the reading and writing; nothing here knows a format).
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

KEPT = "kept"


@dataclass(frozen=True)
class Kept:
    """How one field is kept in a file. The defaults are what a plain field needs."""

    # The key's name in a file, when it is not the field's own.
    key: str = ""
    # Left out of a file while it holds its default, so that a file that never used the field
    # is the same as before the field existed.
    optional: bool = False
    # Text that must be one of a set, or empty: an enum's values (kept as text), or a set
    # named here and given when the file is read ("scale": the options of the section's scale).
    choices: type[StrEnum] | str | None = None
    # The unit of a whole number, named when the file holds something else ("seconds").
    unit: str = ""
    # A file from before the field: take this other field's value instead of the default.
    missing_from: str = ""


def kept(
    *,
    key: str = "",
    optional: bool = False,
    choices: type[StrEnum] | str | None = None,
    unit: str = "",
    missing_from: str = "",
) -> dict[str, Kept]:
    """Field metadata: `field(default="", metadata=kept(optional=True))`."""
    return {KEPT: Kept(key, optional, choices, unit, missing_from)}


def how_kept(item: dataclasses.Field[Any]) -> Kept:
    """The field's `Kept`, the plain one when it says nothing."""
    found = item.metadata.get(KEPT)
    return found if isinstance(found, Kept) else Kept()


@functools.cache
def text_fields(cls: type) -> frozenset[str]:
    """The names of a record's text (`str`) fields: what a person can type into."""
    hints = typing.get_type_hints(cls)
    return frozenset(f.name for f in dataclasses.fields(cls) if hints[f.name] is str)
