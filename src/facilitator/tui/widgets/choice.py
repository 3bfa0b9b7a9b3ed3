"""A row of mutually exclusive choices: an answer, an agreement, an assessment, a status.

Textual's RadioSet cannot be cleared once chosen and is tall; a group often wants to take an
answer back. This row is one line: ←/→ move, Space or Enter chooses, 1–9 choose directly,
Delete clears. The chosen option is marked with (●), so the choice never rests on colour; the
row being answered has a bar at its left edge (▌) like a field being typed in, and its
option under the cursor is shown reversed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

CHOSEN, NOT_CHOSEN = "(●)", "( )"
GAP = "  "


class ChoiceRow(Widget, can_focus=True):
    """Options as (id, label) pairs; `value` is the chosen id or ""."""

    DEFAULT_CSS = """
    ChoiceRow {
        height: auto;
        width: 1fr;
        border-left: blank;
        padding: 0 1 0 0;
    }
    ChoiceRow:focus {
        border-left: outer $primary;
        background: $boost;
    }
    """

    BINDINGS = [
        Binding("left", "move(-1)", "Previous choice", show=False),
        Binding("right", "move(1)", "Next choice", show=False),
        Binding("space,enter", "choose", "Choose", show=False),
        Binding("delete,backspace", "clear", "Clear", show=False),
    ]

    value: reactive[str] = reactive("")
    cursor: reactive[int] = reactive(0)

    @dataclass
    class Changed(Message):
        row: ChoiceRow
        value: str

        @property
        def control(self) -> ChoiceRow:
            return self.row

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        value: str = "",
        *,
        label: str = "",
        label_width: int = 0,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, classes=classes, disabled=disabled)
        self.options = list(options)
        self.label = label
        self.label_width = max(label_width, len(label) + 1 if label else 0)
        self.set_reactive(ChoiceRow.value, value)
        ids = [option_id for option_id, _ in self.options]
        self.set_reactive(ChoiceRow.cursor, ids.index(value) if value in ids else 0)

    def render(self) -> Content:
        parts: list[Content] = []
        if self.label:
            parts.append(Content.styled(self.label.ljust(self.label_width), "bold"))
        for index, (option_id, text) in enumerate(self.options):
            chosen = option_id == self.value
            mark = CHOSEN if chosen else NOT_CHOSEN
            style = "bold" if chosen else ""
            if self.has_focus and index == self.cursor:
                style += " reverse"
            if index:
                parts.append(Content(GAP))
            parts.append(Content.styled(f"{mark} {text}", style.strip()))
        return Content("").join(parts)

    def _option_at(self, x: int) -> int | None:
        position = self.label_width if self.label else 0
        for index, (_, text) in enumerate(self.options):
            width = len(CHOSEN) + 1 + len(text)
            if position <= x < position + width:
                return index
            position += width + len(GAP)
        return None

    def on_click(self, event: events.Click) -> None:
        index = self._option_at(event.x - 1)  # the bar at the left edge
        if index is not None and not self.disabled:
            self.cursor = index
            self.action_choose()

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdigit() and event.character != "0":
            index = int(event.character) - 1
            if index < len(self.options):
                event.stop()
                self.cursor = index
                self.action_choose()

    def action_move(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.options)

    def action_choose(self) -> None:
        self._set(self.options[self.cursor][0])

    def action_clear(self) -> None:
        self._set("")

    def _set(self, value: str) -> None:
        if value != self.value:
            self.value = value
            self.post_message(self.Changed(self, value))
