"""The top line: where we are ("Avsnitt 3 av 6"), what meeting this is, and, calmly, whether
the work is saved.

A failed save is not calm: it takes the whole line, in the error colour, so the reason and
the key that saves elsewhere (F7) stay readable at 80 columns (the place gives way)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class PlaceLine(Static):
    """Where we are, in bold, and the meeting's title after it, in one widget as wide as the
    line leaves it: a new place is drawn again without laying the screen out. (As two
    widgets each as wide as its text, every change of section laid the whole screen out
    twice.) On a narrow screen the title gives way first, cut short with an ellipsis, so the
    line never wraps."""

    DEFAULT_CSS = """
    PlaceLine {
        width: 1fr;
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._place = ("", "")

    @property
    def place(self) -> tuple[str, str]:
        """The position and the title shown."""
        return self._place

    def show_place(self, position: str, title: str) -> None:
        if (position, title) == self._place:
            return
        self._place = (position, title)
        line = Content.assemble((position, "bold"), f" │ {title}" if title else "")
        self.update(line, layout=False)


class StatusBar(Horizontal):
    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        background: $primary;
        color: $background;
        padding: 0 1;
    }
    StatusBar PlaceLine {
        width: 1fr;
        height: 1;
    }
    StatusBar #save-state {
        width: auto;
        height: 1;
        padding: 0 0 0 2;
        max-width: 60%;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    StatusBar.-save-failed PlaceLine {
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
        yield PlaceLine(id="place")
        yield Static("", id="save-state", markup=False)

    def show_place(self, position: str, title: str) -> None:
        """Where we are ("Avsnitt 3 av 6: …") and, after it, the meeting's and the
        workshop's title (see `PlaceLine`)."""
        self.query_one(PlaceLine).show_place(position, title)

    def show_save_state(self, text: str, *, failed: bool) -> None:
        self._show("#save-state", text)
        self.set_class(failed, "-save-failed")

    def _show(self, selector: str, text: str) -> None:
        """Update only on a change: the save state is set after every save, and each
        update of an auto-width Static lays out the whole screen again. A text as wide as
        the one shown ("Sparat 10:02:14" after "Sparat 10:02:09") is only drawn again."""
        line = self.query_one(selector, Static)
        shown = line.content
        if shown != text:
            same_width = isinstance(shown, str) and cell_len(shown) == cell_len(text)
            line.update(text, layout=not same_width)
