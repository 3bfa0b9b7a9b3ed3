"""Tab and Shift+Tab, moved before the keys typed after them are handed out.

Textual's own Tab is a plain binding: a key reaches the App's binding only after the field
with the cursor has passed it up, and by then the App has handed that field the keys typed
just after the Tab. Typed fast (as a terminal delivers a burst), "Eva", Tab, "Vill vänta" all
went into the first field. As a priority binding, the App moves the focus as the Tab arrives
(`Screen.set_focus` is immediate), so every later key goes where the person meant it to.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from textual.app import App


@runtime_checkable
class FocusOrder(Protocol):
    """A container that sets its own order for Tab (the participants, row by row)."""

    def step_focus(self, step: int) -> None: ...


def step_focus(app: App[Any], step: int) -> None:
    """Move the focus one field on (`step` 1) or back (-1), in the order of the container
    with the cursor if it has one of its own, else in the screen's."""
    screen = app.screen
    focused = screen.focused
    if focused is not None:
        for node in focused.ancestors_with_self:
            if isinstance(node, FocusOrder):
                node.step_focus(step)
                return
    if step > 0:
        screen.focus_next()
    else:
        screen.focus_previous()
