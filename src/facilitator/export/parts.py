"""Markdown pieces the parts of the minutes share: a value on one line, a block of text, a
table, a commitment's number and a key figure's value as the minutes write them.

Kept apart from minutes.py so that the paragraphs a follow-up adds (follow_up_minutes.py)
are written with the very same escaping as the rest of the protokoll.
"""

from __future__ import annotations

from facilitator.domain.session import commitment_number
from facilitator.domain.values import format_number, format_ordinal, read_number
from facilitator.domain.workshop import Figure
from facilitator.export.escape import (
    ISOLATE_END,
    ISOLATE_START,
    block as escaped_block,
    inline as escaped_inline,
    isolated,
)
from facilitator.i18n import Translator


def inline(text: str) -> str:
    """A value on one line (see `escape.inline`), isolated as a value of its own."""
    shown = escaped_inline(text)
    return f"{ISOLATE_START}{shown}{ISOLATE_END}" if shown else ""


def block(text: str, indent: str = "") -> str:
    """A block of text (see `escape.block`), isolated as a value of its own."""
    return isolated(escaped_block(text, indent))


def shown_number(commitment_id: str) -> str:
    """A commitment's number as the minutes write it (escaped, should a hand-edited id hold
    more than digits)."""
    number = commitment_number(commitment_id)
    return number if number.isascii() and number.isdigit() else escaped_inline(number)


def table(header: list[str], rows: list[list[str]], align: str = "") -> str:
    """A Markdown table from cells that are already escaped; `align` gives a delimiter per
    column ("-" left, ":" right), left for every column when empty."""
    marks = align or "-" * len(header)
    delimiter = ["---:" if mark == ":" else "---" for mark in marks]
    lines = [header, delimiter, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def figure_text(typed: str, figure: Figure, tr: Translator) -> str:
    """A key figure's value as the minutes show it: with its unit (*38,5 %*, *3:e*), or
    what was typed with why it is not valid, or the words for a figure not filled in."""
    language = tr.language
    reading = read_number(typed, figure)
    if reading.problem is not None:
        problem = tr(
            f"problem.{reading.problem.value}",
            minimum=format_number(figure.minimum, language),
            maximum=format_number(figure.maximum, language),
        )
        return tr("minutes.figure_invalid", value=inline(typed), problem=problem)
    value = reading.value
    if not isinstance(value, int | float):
        return f"*{tr('minutes.figure_missing')}*"
    if figure.ordinal:
        return format_ordinal(int(value), language)
    shown = format_number(value, language)
    if not figure.unit:
        return shown
    space = "" if figure.unit == "%" and language == "en" else "\u00a0"
    return shown + space + escaped_inline(figure.unit)
