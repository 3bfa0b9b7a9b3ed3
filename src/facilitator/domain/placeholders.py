"""Putting the group's key figures into a section's text in place of X, Y and Z.

A figure may also say how the words around its placeholder change once it is filled in (its
`Rewording`): the text keeps the source's words while the figure is empty, and reads as
correct language with the value in it ("en Y-del av alla möten" → "62,5 procent av alla
möten")."""

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


def span_pattern(spans: Sequence[str]) -> re.Pattern[str]:
    """Rewording spans as whole words, like placeholders ("en Y-del" but not "ten Y-del")."""
    alternatives = "|".join(re.escape(s) for s in sorted(spans, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


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
    shown = {f.id: shown_value(f, entries[f.id], language) for f in figures}
    # Spans of filled figures are reworded first; everything else is a plain placeholder.
    reworded = {
        f.filled.span: f for f in figures if f.filled is not None and shown[f.id] is not None
    }
    segments: list[Segment] = []
    position = 0
    if reworded:
        for match in span_pattern(list(reworded)).finditer(text):
            segments += _placeholders(text[position : match.start()], figures, shown)
            figure = reworded[match.group(0)]
            assert figure.filled is not None
            segments += _placeholders(figure.filled.text, [figure], shown)
            position = match.end()
    segments += _placeholders(text[position:], figures, shown)
    return segments


def _placeholders(
    text: str, figures: Sequence[Figure], shown: Mapping[str, str | None]
) -> list[Segment]:
    """`text` split at its placeholders, each one its figure's value where that is valid."""
    by_placeholder = {f.placeholder: f for f in figures}
    segments: list[Segment] = []
    position = 0
    for match in token_pattern(list(by_placeholder)).finditer(text):
        if match.start() > position:
            segments.append(Segment(text[position : match.start()]))
        figure = by_placeholder[match.group(1)]
        value = shown[figure.id]
        segments.append(Segment(value or match.group(1), figure.id, value is not None))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments
