"""The top line: where we are ("Avsnitt 3 av 6"), and, calmly, whether the work is saved."""

from __future__ import annotations

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
        width: 1fr;
        text-style: bold;
    }
    StatusBar #save-state {
        padding: 0 0 0 2;
    }
    StatusBar.-save-failed #save-state {
        background: $error;
        color: $background;
        text-style: bold;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="position", markup=False)
        yield Static("", id="save-state", markup=False)

    def show_position(self, text: str) -> None:
        self.query_one("#position", Static).update(text)

    def show_save_state(self, text: str, *, failed: bool) -> None:
        self.query_one("#save-state", Static).update(text)
        self.set_class(failed, "-save-failed")
