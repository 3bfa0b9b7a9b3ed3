"""The top line: where we are ("Avsnitt 3 av 6"), what meeting this is, and, calmly, whether
the work is saved.

A failed save is not calm: it takes the whole line, in the error colour, so the reason and
the key that saves elsewhere (F7) stay readable at 80 columns (the title gives way)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class StatusBar(Horizontal):
    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        background: $primary;
        color: $background;
        padding: 0 1;
    }
    StatusBar Static {
        width: auto;
        height: 1;
    }
    StatusBar #position {
        max-width: 70%;
        text-style: bold;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    StatusBar #title {
        width: 1fr;
        padding: 0 0 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    StatusBar #save-state {
        padding: 0 0 0 2;
        max-width: 60%;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    StatusBar.-save-failed #position, StatusBar.-save-failed #title {
        display: none;
    }
    StatusBar.-save-failed #save-state {
        width: 1fr;
        max-width: 100%;
        padding: 0;
        background: $error;
        color: $background;
        text-style: bold;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="position", markup=False)
        yield Static("", id="title", markup=False)
        yield Static("", id="save-state", markup=False)

    def show_position(self, text: str) -> None:
        self._show("#position", text)

    def show_title(self, text: str) -> None:
        """The meeting's and the workshop's title, after the position; on a narrow screen it
        gives way first, cut short with an ellipsis, so the line never wraps."""
        self._show("#title", f"│ {text}" if text else "")

    def show_save_state(self, text: str, *, failed: bool) -> None:
        self._show("#save-state", text)
        self.set_class(failed, "-save-failed")

    def _show(self, selector: str, text: str) -> None:
        """Update only on a change: the position is set after every keystroke, and each
        update of an auto-width Static lays out the whole screen again. A text as wide as
        the one shown ("Sparat 10:02:14" after "Sparat 10:02:09") is only drawn again."""
        line = self.query_one(selector, Static)
        shown = line.content
        if shown != text:
            same_width = isinstance(shown, str) and cell_len(shown) == cell_len(text)
            line.update(text, layout=not same_width)
