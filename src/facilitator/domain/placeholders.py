"""Putting the group's key figures into a section's text in place of X, Y and Z."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from facilitator.domain.session import FigureEntry
from facilitator.domain.values import format_number, format_ordinal, read_number
from facilitator.domain.workshop import Figure


@dataclass(frozen=True)
class Segment:
    """A run of the text; `figure_id` is set where a placeholder stood."""

    text: str
    figure_id: str = ""
    filled: bool = False


def token_pattern(placeholders: Sequence[str]) -> re.Pattern[str]:
    """Placeholders as whole tokens: the X in "X procent" but not the X in "Xerox"."""
    alternatives = "|".join(re.escape(p) for p in sorted(placeholders, key=len, reverse=True))
    return re.compile(rf"(?<![\w])({alternatives})(?![\w])")


def shown_value(figure: Figure, entry: FigureEntry, language: str) -> str | None:
    """The figure as it reads in running text (42,5 · 3:e · 3rd), or None if not valid."""
    value = read_number(entry.value, figure).value
    if not isinstance(value, int | float):
        return None
    if figure.ordinal and isinstance(value, int):
        return format_ordinal(value, language)
    return format_number(value, language)


def fill(
    text: str, figures: Sequence[Figure], entries: Mapping[str, FigureEntry], language: str
) -> list[Segment]:
    """Split `text` into plain runs and placeholders, each placeholder replaced by its figure's
    value when that is valid (placeholders count only as whole tokens, see `token_pattern`)."""
    if not figures:
        return [Segment(text)]
    by_placeholder = {f.placeholder: f for f in figures}
    pattern = token_pattern(list(by_placeholder))
    segments: list[Segment] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            segments.append(Segment(text[position : match.start()]))
        figure = by_placeholder[match.group(1)]
        shown = shown_value(figure, entries[figure.id], language)
        segments.append(Segment(shown or match.group(1), figure.id, shown is not None))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments
