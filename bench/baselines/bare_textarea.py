"""The baseline for typing: a bare Textual app with one TextArea holding the same text, set up
as the facilitator's notes field is (soft wrap, no line numbers, Tab moves focus) and, when
given, of the same size (a bigger field would draw more on every key, a smaller one less)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class BareTextArea(App[None]):
    def __init__(self, text: str, size: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.text = text
        self.field_size = size

    def compose(self) -> ComposeResult:
        yield TextArea(
            self.text,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            id="notes",
        )

    def on_mount(self) -> None:
        if self.field_size is not None:
            area = self.query_one(TextArea)
            area.styles.width, area.styles.height = self.field_size
