"""The line under an item of a follow-up that says what the group answered last time
("Förra gången, 2026-11-30: Delvis · Majoritet"); the words come from `domain.last_time`."""

from __future__ import annotations

from facilitator.tui.widgets.fields import Literal


class LastTime(Literal):
    """Set in italics and led by its own words, so it reads as last time's, not this time's,
    without leaning on colour; in the page's own text colour, for the back of the room."""

    DEFAULT_CSS = """
    LastTime {
        padding: 0 1;
        text-style: italic;
        max-width: 100;
    }
    """
