"""Screens styled for the terminal's size before they are first drawn."""

from __future__ import annotations

from typing import Any, TypeVar

from textual.app import App
from textual.css.scalar import Unit
from textual.screen import Screen

ScreenType = TypeVar("ScreenType", bound=Screen[Any])


def sized(app: App[Any], screen: ScreenType) -> ScreenType:
    """`screen` with the breakpoint classes (-narrow, -tall …) of the terminal's size from
    the start. Textual adds them on the screen's first resize, which restyles every widget
    on it a second time; given before it is composed, that resize finds them set."""
    width, height = app.size
    horizontal, vertical = screen.HORIZONTAL_BREAKPOINTS, screen.VERTICAL_BREAKPOINTS
    for dimension, points in (  # a screen's own, as in Textual, unless it has none set
        (width, app.HORIZONTAL_BREAKPOINTS if horizontal is None else horizontal),
        (height, app.VERTICAL_BREAKPOINTS if vertical is None else vertical),
    ):
        reached = [(point, name) for point, name in points or () if dimension >= point]
        if reached:  # the screen is styled as it is shown: no restyle now
            screen.add_class(max(reached)[1], update=False)
    return screen


def page_width(screen: Screen[Any]) -> int:
    """The width a screen's pages get, known before they are laid out: the terminal's less
    the columns beside them (the session screen's agenda; none on a narrow screen)."""
    columns = screen.styles.grid_columns or ()
    beside = sum(int(c.value) for c in columns if c.unit is Unit.CELLS)
    return max(screen.app.size.width - beside, 0)
