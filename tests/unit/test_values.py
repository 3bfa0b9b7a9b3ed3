"""What people type into figure and date fields, and how figures read in running text."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain.values import (
    Problem,
    format_number,
    format_ordinal,
    read_date,
    read_number,
)
from facilitator.domain.workshop import Figure, NumberKind

SHARE = Figure("share", "Share", "X", NumberKind.DECIMAL, 0, 100, unit="%")
RANK = Figure("rank", "Rank", "Z:e", NumberKind.INTEGER, 1, 50, ordinal=True)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("42,5", 42.5),  # the Swedish decimal comma
        ("42.5", 42.5),
        ("42", 42),
        (" 42 ", 42),
        ("0", 0),
        ("100", 100),
        ("0,05", 0.05),
        (",5", 0.5),
        ("+7", 7),
        (" 1 0 0 ", 100),  # spaces are ignored wherever they are
        ("1\u00a000", 100),  # a no-break space, as Swedish writes thousands
        ("1\u202f00", 100),  # a narrow no-break space
    ],
)
def test_a_decimal_figure_reads(typed: str, value: float) -> None:
    reading = read_number(typed, SHARE)
    assert reading.ok
    assert reading.value == value


def test_spaces_between_thousands_are_ignored() -> None:
    wide = Figure("n", "N", "N", NumberKind.INTEGER, 0, 1_000_000)
    assert read_number(" 1 000 ", wide).value == 1000
    assert read_number("12 345", wide).value == 12345


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("4o", Problem.NOT_A_NUMBER),  # a letter o for a zero
        ("42 %", Problem.NOT_A_NUMBER),
        ("1e3", Problem.NOT_A_NUMBER),
        ("nan", Problem.NOT_A_NUMBER),
        ("inf", Problem.NOT_A_NUMBER),
        ("4,2,1", Problem.NOT_A_NUMBER),
        ("1.000,5", Problem.NOT_A_NUMBER),
        ("-", Problem.NOT_A_NUMBER),
        (",", Problem.NOT_A_NUMBER),
        ("fyrtio", Problem.NOT_A_NUMBER),
        ("-1", Problem.BELOW_MINIMUM),
        ("\u22121", Problem.BELOW_MINIMUM),  # a typographic minus is a minus
        ("100,1", Problem.ABOVE_MAXIMUM),
        ("9" * 400, Problem.ABOVE_MAXIMUM),
    ],
)
def test_a_decimal_figure_is_refused(typed: str, problem: Problem) -> None:
    reading = read_number(typed, SHARE)
    assert reading.problem is problem
    assert reading.value is None
    assert not reading.ok


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("3", 3),
        ("3,0", 3),
        ("1", 1),
        ("50", 50),
        ("3,5", Problem.NOT_AN_INTEGER),
        ("0", Problem.BELOW_MINIMUM),
        ("51", Problem.ABOVE_MAXIMUM),
        ("9" * 400, Problem.ABOVE_MAXIMUM),  # a whole number, only far too large
        ("3:e", Problem.NOT_A_NUMBER),
    ],
)
def test_an_integer_figure(typed: str, outcome: int | Problem) -> None:
    reading = read_number(typed, RANK)
    if isinstance(outcome, Problem):
        assert reading.problem is outcome
    else:
        assert reading.value == outcome
        assert isinstance(reading.value, int)


@pytest.mark.parametrize("typed", ["", "   ", "\t"])
def test_an_empty_field_is_neither_a_value_nor_a_problem(typed: str) -> None:
    reading = read_number(typed, SHARE)
    assert (reading.value, reading.problem, reading.ok) == (None, None, True)
    assert read_date(typed) == reading


@pytest.mark.parametrize(
    ("value", "sv", "en"),
    [
        (1, "1:a", "1st"),
        (2, "2:a", "2nd"),
        (3, "3:e", "3rd"),
        (4, "4:e", "4th"),
        (11, "11:e", "11th"),
        (12, "12:e", "12th"),
        (13, "13:e", "13th"),
        (21, "21:a", "21st"),
        (22, "22:a", "22nd"),
        (23, "23:e", "23rd"),
        (101, "101:a", "101st"),
        (111, "111:e", "111th"),
        (112, "112:e", "112th"),
    ],
)
def test_ordinals(value: int, sv: str, en: str) -> None:
    assert format_ordinal(value, "sv") == sv
    assert format_ordinal(value, "en") == en


@pytest.mark.parametrize(
    ("value", "sv", "en"),
    [(42.5, "42,5", "42.5"), (42.0, "42", "42"), (7, "7", "7"), (0.05, "0,05", "0.05")],
)
def test_numbers_in_running_text(value: float, sv: str, en: str) -> None:
    assert format_number(value, "sv") == sv
    assert format_number(value, "en") == en


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        (" 2026-12-01 ", date(2026, 12, 1)),
        ("2026-2-3", date(2026, 2, 3)),
        ("2028-02-29", date(2028, 2, 29)),
    ],
)
def test_a_date_reads(typed: str, value: date) -> None:
    assert read_date(typed).value == value
    assert read_date(typed).ok


@pytest.mark.parametrize(
    "typed",
    ["2026-13-01", "2026-02-30", "2027-02-29", "1/12/2026", "1 december", "2026-12", "20261201"],
)
def test_a_bad_date_is_refused(typed: str) -> None:
    assert read_date(typed).problem is Problem.NOT_A_DATE
    assert read_date(typed).value is None


def test_a_date_in_the_past_is_flagged_but_kept() -> None:
    today = date(2026, 11, 30)
    past = read_date("2026-11-29", not_before=today)
    assert past.problem is Problem.IN_THE_PAST
    assert past.value == date(2026, 11, 29)
    assert read_date("2026-11-30", not_before=today).ok
