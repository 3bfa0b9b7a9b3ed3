"""TOML text for session documents, quickly, and byte for byte as tomli-w writes it.

tomli-w looks at every character of every string in Python, one at a time: for a session
with thousands of commitments and long notes, saving spent nearly all its time there (19 ms
for a session of 1,000 items, 13× `json.dumps` of the same data). This writer follows
tomli-w's layout rules exactly (tables, arrays of tables, the inline-or-not choice for lists
of tables, indentation, number and date forms, which characters are escaped and how), but
finds the characters to escape with one regular expression search per string and escapes
them with `str.translate`, both in C. Files written before and after are the same bytes,
and a test compares the two writers on generated documents and on every benchmark session.
One deliberate difference: a time whose UTC offset has seconds, which tomli-w writes in a
form no reader accepts, is written in UTC (see `datetime_text`).

Only what session documents hold is supported: tables with string keys, strings, booleans,
integers, floats, dates and times, and lists of those or of tables.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

MAX_LINE_LENGTH = 100
INDENT = "    "

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# What a basic string cannot hold as it is: the quote, the backslash and the ASCII control
# characters but tab (a multi-line string also keeps newlines as they are).
_SPECIAL = re.compile('["\\\\\x00-\x08\x0a-\x1f\x7f]')
_SPECIAL_MULTILINE = re.compile('["\\\\\x00-\x08\x0b-\x1f\x7f]')
_COMPACT = {"\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_ESCAPES = {
    code: _COMPACT.get(chr(code), f"\\u{code:04x}")
    for code in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F, ord('"'), ord("\\"))
}
_ESCAPES_MULTILINE = {code: text for code, text in _ESCAPES.items() if code != ord("\n")}


def dumps(document: Mapping[str, Any], *, multiline_strings: bool = False) -> str:
    """The same text as `tomli_w.dumps(document, multiline_strings=...)`."""
    return _Writer(multiline_strings).document(document)


def dumps_readable(document: Mapping[str, Any]) -> str:
    """Text with multi-line strings for text that has line breaks, unless some text anywhere
    holds a carriage return: a multi-line string turns CRLF into LF, so then every string is
    written on one line. The same as `tomli_w.dumps(document, multiline_strings=not
    has_carriage_return(document))`, found out while writing instead of by a walk first."""
    try:
        return _Writer(True, exact=True).document(document)
    except _CarriageReturn:
        return _Writer(False).document(document)


class _CarriageReturn(Exception):
    """A string value holds a carriage return: start again without multi-line strings."""


def has_carriage_return(value: Any) -> bool:
    """Whether any string value anywhere in `value` holds a carriage return."""
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, Mapping):
        return any(has_carriage_return(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(has_carriage_return(v) for v in value)
    return False


def basic_string(text: str) -> str:
    """`text` as a one-line TOML basic string."""
    if _SPECIAL.search(text) is not None:
        text = text.translate(_ESCAPES)
    return f'"{text}"'


def multiline_string(text: str) -> str:
    """`text` as a multi-line basic string, as tomli-w writes it: CRLF becomes LF (so it is
    only exact for text without carriage returns), a lone CR is escaped."""
    text = text.replace("\r\n", "\n")
    if _SPECIAL_MULTILINE.search(text) is not None:
        text = text.translate(_ESCAPES_MULTILINE)
    return f'"""\n{text}"""'


def datetime_text(value: datetime) -> str:
    """A date and time as TOML writes it. TOML's offsets are whole minutes, but a time zone's
    need not be (`TZ=ABC-01:00:30`, or the local mean time some zones had before 1900): such a
    time is written in UTC instead, the same instant, where tomli-w writes `+01:00:30`, which
    no TOML reader (tomllib included) can read back."""
    offset = value.utcoffset()
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        try:
            value = value.astimezone(UTC)
        except OverflowError:  # at the very edge of year 1 or 9999: the nearest minute
            minutes = max(-1439, min(1439, round(offset / timedelta(minutes=1))))
            value = value.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    return str(value)


class _Writer:
    def __init__(self, multiline: bool, *, exact: bool = False) -> None:
        self.multiline = multiline
        self.exact = exact  # stop at the first carriage return (see dumps_readable)
        self.out: list[str] = []
        self.keys: dict[str, str] = {}

    def document(self, document: Mapping[str, Any]) -> str:
        self.table(document, "", inside_array=False)
        return "".join(self.out)

    def key(self, part: str) -> str:
        found = self.keys.get(part)
        if found is None:
            if not isinstance(part, str):
                raise TypeError(f"Invalid mapping key {part!r}: a string is required.")
            found = part if _BARE_KEY.fullmatch(part) else basic_string(part)
            self.keys[part] = found
        return found

    def string(self, text: str) -> str:
        if self.multiline:
            if self.exact and "\r" in text:
                raise _CarriageReturn
            if "\n" in text:
                return multiline_string(text)
        return basic_string(text)

    def literal(self, value: Any, level: int = 0) -> str:
        kind = type(value)
        if kind is str:
            return self.string(value)
        if kind is bool:
            return "true" if value else "false"
        if kind is int or kind is float:
            return str(value)
        if isinstance(value, str):
            return self.string(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, datetime):
            return datetime_text(value)
        if isinstance(value, int | float | date):
            return str(value)
        if isinstance(value, time):
            if value.tzinfo:
                raise ValueError("TOML does not support offset times")
            return str(value)
        if isinstance(value, list | tuple):
            return self.array(value, level)
        if isinstance(value, Mapping):
            return self.inline_table(value)
        raise TypeError(f"Object of type {type(value).__qualname__!r} is not TOML serializable")

    def array(self, items: list[Any] | tuple[Any, ...], level: int) -> str:
        if not items:
            return "[]"
        indent = INDENT * (level + 1)
        body = ",\n".join(indent + self.literal(item, level + 1) for item in items)
        return f"[\n{body},\n{INDENT * level}]"

    def inline_table(self, table: Mapping[str, Any]) -> str:
        if not table:
            return "{}"
        body = ", ".join(f"{self.key(k)} = {self.literal(v)}" for k, v in table.items())
        return "{ " + body + " }"

    def inline_rows(self, tables: list[Any] | tuple[Any, ...]) -> list[str] | None:
        """The inline forms of a list of tables, or None if any one is too long for a line
        (tomli-w's rule for writing a list of tables inline or as [[name]] sections)."""
        rows = []
        for table in tables:
            row = self.inline_table(table)
            if len(row) + len(INDENT) + 1 > MAX_LINE_LENGTH or "\n" in row:
                return None
            rows.append(row)
        return rows

    def table(self, table: Mapping[str, Any], name: str, *, inside_array: bool) -> None:
        out = self.out
        literals: list[str] = []
        tables: list[tuple[str, Mapping[str, Any], bool]] = []
        for key, value in table.items():
            if type(value) is str:  # most values: skip the slower checks below
                literals.append(f"{self.key(key)} = {self.string(value)}\n")
                continue
            if isinstance(value, Mapping):
                tables.append((key, value, False))
                continue
            if (
                isinstance(value, list | tuple)
                and value
                and all(type(v) is dict or isinstance(v, Mapping) for v in value)
            ):
                rows = self.inline_rows(value)
                if rows is None:
                    tables.extend((key, v, True) for v in value)
                    continue
                body = "".join(f"{INDENT}{row},\n" for row in rows)
                literals.append(f"{self.key(key)} = [\n{body}]\n")
                continue
            literals.append(f"{self.key(key)} = {self.literal(value)}\n")
        written = False
        if inside_array or (name and (literals or not tables)):
            written = True
            out.append(f"[[{name}]]\n" if inside_array else f"[{name}]\n")
        if literals:
            written = True
            out.extend(literals)
        for key, value, in_array in tables:
            if written:
                out.append("\n")
            written = True
            part = self.key(key)
            self.table(value, f"{name}.{part}" if name else part, inside_array=in_array)
