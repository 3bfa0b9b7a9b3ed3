"""Reading what people type into figure and date fields.

Values are stored as typed; these functions say what a text means and, when it means
nothing valid, which problem to show at the field. Problems are codes, not sentences,
because the words belong to the UI language (see `facilitator.i18n`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from facilitator.domain.workshop import Figure, NumberKind

_NUMBER = re.compile(r"^[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)$")
_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


class Problem(StrEnum):
    NOT_A_NUMBER = "not_a_number"
    NOT_AN_INTEGER = "not_an_integer"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    NOT_A_DATE = "not_a_date"
    IN_THE_PAST = "in_the_past"


@dataclass(frozen=True)
class Reading:
    """What a typed value means: a value, or a problem (an empty text is neither)."""

    value: float | int | date | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def read_number(text: str, figure: Figure) -> Reading:
    """Read a key figure; a Swedish decimal comma is as good as a point, spaces are ignored."""
    compact = "".join(text.split()).replace("\u2212", "-")
    if not compact:
        return Reading()
    if not _NUMBER.match(compact):
        return Reading(problem=Problem.NOT_A_NUMBER)
    number = float(compact.replace(",", "."))
    # The range first: a whole number too long for a float reads as infinity, which is no
    # integer, and "enter a whole number" would be the wrong thing to say about it.
    if number < figure.minimum:
        return Reading(problem=Problem.BELOW_MINIMUM)
    if number > figure.maximum:
        return Reading(problem=Problem.ABOVE_MAXIMUM)
    if figure.kind is NumberKind.INTEGER:
        if not number.is_integer():
            return Reading(problem=Problem.NOT_AN_INTEGER)
        return Reading(value=int(number))
    return Reading(value=number)


def read_date(text: str, *, not_before: date | None = None) -> Reading:
    """Read an ISO date (2026-12-01, as Swedish dates are written); optionally refuse the past."""
    match = _DATE.match(text.strip())
    if not text.strip():
        return Reading()
    if not match:
        return Reading(problem=Problem.NOT_A_DATE)
    try:
        value = date(*(int(part) for part in match.groups()))
    except ValueError:
        return Reading(problem=Problem.NOT_A_DATE)
    if not_before is not None and value < not_before:
        return Reading(value=value, problem=Problem.IN_THE_PAST)
    return Reading(value=value)


def format_number(value: float | int, language: str) -> str:
    """A number as people of the language write it: 12,5 in Swedish, 12.5 in English."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "sv" else text


def format_ordinal(value: int, language: str) -> str:
    """1:a, 2:a, 3:e … in Swedish; 1st, 2nd, 3rd … in English."""
    if language == "sv":
        last_two = value % 100
        suffix = ":a" if value % 10 in (1, 2) and last_two not in (11, 12) else ":e"
        return f"{value}{suffix}"
    if value % 100 in (11, 12, 13):
        return f"{value}th"
    return f"{value}{_EN_SUFFIX.get(value % 10, 'th')}"
