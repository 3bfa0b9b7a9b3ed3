"""Where a value sits in data read from a file, and how to name its type to a person.

Shared by the YAML workshop reader and the TOML session reader; kept apart from both so that
reading a session never imports the YAML parser.
"""

from __future__ import annotations

Path = tuple[str | int, ...]


def type_name(value: object) -> str:
    """How to name a YAML value's type to a person, with the YAML 1.1 surprise explained."""
    if isinstance(value, bool):
        return "true/false (YAML reads yes, no, on, off, true and false that way)"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "nothing (an empty value or null)"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a date or time"
