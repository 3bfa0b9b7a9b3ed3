"""A line above the footer that tells what just happened: where the minutes were written, that
a commitment was added on another page.

A toast was used before: it covered the status line (where the save state is), broke file
names mid-word in its narrow box, and went away after some seconds whether or not anyone had
read it. This line covers nothing (the page above it gives up the rows), breaks a path only
after a `/`, and stays until Esc or the next section.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.app import App

_PATH_PIECES = re.compile(r"[^/]*/|[^/]+")


def wrap_at_separators(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken at spaces, and inside a word only
    after a `/` (a path), so a file or folder name is never cut in two. Only a single name
    wider than the whole line is cut, as the last resort."""
    width = max(width, 1)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            space = " " if line else ""
            if cell_len(line + space + word) <= width:
                line += space + word
                continue
            if line and cell_len(word) <= width:
                lines.append(line)
                line = word
                continue
            for index, piece in enumerate(_PATH_PIECES.findall(word) or [word]):
                joiner = space if index == 0 else ""
                if not line or cell_len(line + joiner + piece) <= width:
                    line += joiner + piece
                else:
                    lines.append(line)
                    line = piece
                while cell_len(line) > width:
                    lines.append(line[:width])
                    line = line[width:]
        lines.append(line)
    return lines


class Notice(Widget):
    """Hidden until `show`; `clear` hides it again."""

    DEFAULT_CSS = """
    Notice {
        dock: bottom;
        margin: 0 0 1 0;
        height: auto;
        padding: 0 1;
        background: $accent;
        color: $background;
        text-style: bold;
        display: none;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.text = ""

    def show(self, text: str) -> None:
        self.text = text
        self.display = True
        self.refresh(layout=True)

    def clear(self) -> None:
        if self.display:
            self.text = ""
            self.display = False

    def render(self) -> Content:
        return Content("\n".join(wrap_at_separators(self.text, self.content_size.width)))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(wrap_at_separators(self.text, width))


def show_notice(app: App[Any], text: str) -> None:
    """Say `text` on the notice line of the topmost screen that has one, or, where none has
    (the start screen), as a toast."""
    for screen in reversed(app.screen_stack):
        notices = screen.query(Notice)
        if notices:
            notices.first().show(text)
            return
    app.notify(text, timeout=15, markup=False)
