"""The baseline for start-up and memory: a bare Textual app showing one Static.

`python bench/baselines/bare_app.py MARKER` shows MARKER (the benchmark looks for it in the
terminal's output, as it looks for the facilitator's first line) and runs until it is ended.
"""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker = marker

    def compose(self) -> ComposeResult:
        yield Static(self.marker, markup=False)


if __name__ == "__main__":
    BareApp(sys.argv[1] if len(sys.argv) > 1 else "bare app").run()
