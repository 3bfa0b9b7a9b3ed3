"""One reader for plain data read from a file (YAML workshops, TOML sessions) and its problems.

A workshop file and a session file are both parsed into plain data (tables, lists, text,
numbers) and then walked against what they may hold. `Reader` does the walking's checks (a
table and its keys, a list, text, a whole number, true or false, a date and time, one of a set)
and names every problem with the path where it stands (`sections[2].questions[0].text`). It
works in one of two modes:

- collect (`first=False`): every problem is kept in `found` and the walk goes on with a
  stand-in value, so that `facilitator validate` can list all that is wrong with a workshop;
- first (`first=True`): the first problem raises `FirstProblem`, as a session file is either
  read whole or refused with one line.

The words differ between the two formats (`Wording`); the checks do not. Kept apart from both
readers, and free of any parser, so that reading a session never imports PyYAML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, NoReturn

from facilitator.domain.text import clean_file_text, clean_text

Path = tuple[str | int, ...]

# Where reading a session file stops: no count of seconds or of anything else comes near it.
MAX_WHOLE = 10**9
_MISSING = object()
# The stand-in for a date and time that was not one (collect mode only).
NO_MOMENT = datetime(1970, 1, 1, tzinfo=UTC)


def type_name(value: object) -> str:
    """How to name a value's type to a person, with the YAML 1.1 surprise explained."""
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


def describe(path: Path) -> str:
    """sections[2].questions[0].text"""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class Problem(NamedTuple):
    """One problem: where it stands, what it is, and whether it is the key itself that is
    wrong (an unknown key is shown at the key, a wrong value at the value)."""

    path: Path
    message: str
    at_key: bool = False

    def shown(self, prefix: Path = ()) -> str:
        """The message with its key path in front: `meeting.title: expected text, got …`."""
        where = describe((*prefix, *self.path))
        return f"{where}: {self.message}" if where else self.message


class Problems(Exception):
    """Every problem found (collect mode), in the order found."""

    def __init__(self, found: list[Problem]) -> None:
        super().__init__(f"{len(found)} problem(s)")
        self.found = found

    def lines(self, prefix: Path = ()) -> list[Problem]:
        """The problems with their key path written in front of each message."""
        return [Problem(p.path, p.shown(prefix), p.at_key) for p in self.found]


class FirstProblem(Exception):
    """The first problem found (first mode); its text is the problem with its path."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.shown())
        self.problem = problem


@dataclass(frozen=True)
class Wording:
    """How one format's problems are worded."""

    table: str  # what a table is called
    list_known_keys: bool  # an unknown key's message lists the keys that are known
    quote_hints: bool  # a number or true/false where text belongs: say to quote it (YAML)
    clean: Callable[[str], str]  # what text read is cleaned of (see domain.text)


# A workshop, from its YAML file or from the copy in a session file.
WORKSHOP = Wording("a mapping (key: value lines)", True, True, clean_file_text)
# What a session file holds besides its workshop.
SESSION = Wording("a table", False, False, clean_text)


class Reader:
    """The checks both formats share, and the mode: collect every problem or stop at the first.

    `lenient` passes over keys this version does not know (a file from a newer version, read
    only to be shown); every key it does know is checked as usual."""

    def __init__(self, wording: Wording, *, first: bool = False, lenient: bool = False) -> None:
        self.wording = wording
        self.clean = wording.clean
        self.first = first
        self.lenient = lenient
        self.found: list[Problem] = []

    def problem(self, path: Path, message: str, *, at_key: bool = False) -> None:
        """Report a problem: kept (collect mode) or raised (first mode)."""
        found = Problem(path, message, at_key)
        if self.first:
            raise FirstProblem(found)
        self.found.append(found)

    def fail(self, path: Path, message: str) -> NoReturn:
        """Report a problem after which the walk cannot go on, in either mode."""
        self.problem(path, message)
        self.stop()

    def stop(self) -> NoReturn:
        """End the walk where it cannot go on (collect mode: with what was found so far)."""
        raise Problems(self.found)

    def done(self) -> None:
        """Raise `Problems` if any were found (collect mode)."""
        if self.found:
            raise Problems(self.found)

    # -- shapes --------------------------------------------------------------------------

    def table(
        self,
        value: Any,
        path: Path,
        allowed: tuple[str, ...] | None = None,
        required: tuple[str, ...] = (),
    ) -> dict[str, Any] | None:
        """`value` if it is a table (None if not), its keys checked against `allowed` (when
        given) and `required`."""
        if not isinstance(value, dict):
            self.problem(path, f"expected {self.wording.table}, got {type_name(value)}")
            return None
        if allowed is not None and not self.lenient:
            for key in value:
                if key not in allowed:
                    known = f" (expected one of: {', '.join(allowed)})"
                    message = "unknown key" + (known if self.wording.list_known_keys else "")
                    self.problem((*path, key), message, at_key=True)
        for key in required:
            if key not in value:
                self.problem(path, f"missing key '{key}'")
        return value

    def sequence(
        self, data: dict[str, Any], key: str, path: Path, *, minimum: int = 0
    ) -> list[Any]:
        """The list at `key`, [] when it is missing."""
        if key not in data:
            return []
        value = data[key]
        if not isinstance(value, list):
            self.problem((*path, key), f"expected a list, got {type_name(value)}")
            return []
        if len(value) < minimum:
            self.problem(
                (*path, key), f"needs at least {minimum} entr{'y' if minimum == 1 else 'ies'}"
            )
        return value

    # -- values --------------------------------------------------------------------------

    def text(
        self,
        data: dict[str, Any],
        key: str,
        path: Path,
        *,
        required: bool = False,
        default: str = "",
    ) -> str:
        """The text at `key`, cleaned of control characters; `default` when it is missing.
        With `required`, empty text is a problem."""
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return default
        if type(value) is not str:
            hint = ""
            if self.wording.quote_hints:
                if isinstance(value, int | float) and not isinstance(value, bool):
                    hint = " (YAML reads 1.10 as the number 1.1); put it in quotes"
                elif isinstance(value, bool):
                    hint = "; put it in quotes"
            self.problem((*path, key), f"expected text, got {type_name(value)}{hint}")
            return default
        value = self.clean(value)
        if required and not value.strip():
            self.problem((*path, key), "must not be empty")
        return value

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        path: Path,
        allowed: list[str] | tuple[str, ...],
        *,
        default: str = "",
    ) -> str:
        """Text that is one of `allowed`, or empty; `default` when it is missing."""
        value = self.text(data, key, path, default=default)
        if value and value not in allowed:
            self.problem((*path, key), f"'{value}' is not one of: {', '.join(allowed)}")
            return ""
        return value

    def flag(self, data: dict[str, Any], key: str, path: Path, *, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.problem((*path, key), f"expected true or false, got {type_name(value)}")
            return default
        return value

    def whole(
        self,
        data: dict[str, Any],
        key: str,
        path: Path,
        *,
        expected: str = "a whole number of seconds",
        least: int = 0,
        default: int = 0,
        show_value: bool = False,
    ) -> int:
        """A whole number from `least` up to (not including) MAX_WHOLE; `default` when it is
        missing. The message says what was `expected`, and what was found: its type, or with
        `show_value` a whole number out of range as it is."""
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not least <= value < MAX_WHOLE:
            number = isinstance(value, int) and not isinstance(value, bool)
            shown = str(value) if show_value and number else type_name(value)
            self.problem((*path, key), f"expected {expected}, got {shown}")
            return default
        return value

    def moment(self, data: dict[str, Any], key: str, path: Path) -> datetime:
        """A date and time with its UTC offset (a local time would be ambiguous)."""
        value = data.get(key)
        if not isinstance(value, datetime) or value.tzinfo is None:
            self.problem((*path, key), "expected a date and time with a UTC offset")
            return NO_MOMENT
        return value
