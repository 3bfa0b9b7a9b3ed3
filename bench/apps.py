"""Driving an app in this process: keys in, frames out, timed.

Apps run headless (`App.run_test`), which skips only the last step of drawing: turning the
compositor's update into terminal bytes and writing them. `FrameWatch` wraps the app's
`_display` and does that step itself (renders the bytes, writes them nowhere), so a frame here
costs what it costs on a terminal, less the write.

A key is posted to the app as the terminal driver posts it (`App.post_message(events.Key)`),
not through `pilot.press`, which waits for the app to go idle and adds its own work. The clock
stops at the first frame drawn after the key has taken effect (for a text field: the cursor
moved), so a frame drawn for some other reason (a save's "Saved 10:02") does not count.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from functools import partial
from itertools import cycle

from textual import events
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.widgets import Input, TextArea

SIZE = (120, 40)
# What gets typed: words and spaces, so soft wrapping happens as it does for people.
TYPED = "mötet beslutade att boka rummen och testa ljudet innan nästa möte "


class FrameWatch:
    def __init__(self, app: App[object]) -> None:
        self.app = app
        self.frames = 0
        self.last_frame = 0.0
        self._expect: Callable[[], bool] | None = None
        self._seen = asyncio.Event()
        self._seen_at = 0.0
        original = app._display

        def display(screen: object, renderable: object) -> None:
            original(screen, renderable)  # type: ignore[arg-type]
            if renderable is None or app._batch_count:
                return
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            now = time.perf_counter()
            self.frames += 1
            self.last_frame = now
            if self._expect is not None and self._expect():
                self._expect = None
                self._seen_at = now
                self._seen.set()

        app._display = display  # type: ignore[method-assign]

    async def after(self, action: Callable[[], object], done: Callable[[], bool]) -> float:
        """Milliseconds from `action` to the first frame drawn once `done()` holds."""
        self._seen.clear()
        self._expect = done
        start = time.perf_counter()
        action()
        await asyncio.wait_for(self._seen.wait(), timeout=10)
        return (self._seen_at - start) * 1000

    async def settle(self, quiet: float = 0.05, limit: float = 5.0) -> float:
        """Wait until no frame has been drawn for `quiet` seconds; return when the last
        frame was drawn (perf_counter seconds)."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            frames = self.frames
            await asyncio.sleep(quiet)
            if self.frames == frames:
                break
        return self.last_frame


def keys(text: str = TYPED) -> Iterator[tuple[str, str]]:
    """(key, character) pairs as the driver reports them, endlessly."""
    for char in cycle(text):
        yield ("space" if char == " " else char, char)


def press(app: App[object], key: str, character: str | None = None) -> None:
    app.post_message(events.Key(key, character))


async def type_into(
    app: App[object], watch: FrameWatch, area: TextArea, count: int, *, gap: float = 0.02
) -> list[float]:
    """Type `count` characters into `area`, each timed from key to frame."""
    times: list[float] = []
    typed = keys()
    for _ in range(count):
        key, char = next(typed)
        before = area.cursor_location
        times.append(
            await watch.after(
                partial(press, app, key, char),
                lambda before=before: area.cursor_location != before,  # type: ignore[misc]
            )
        )
        await asyncio.sleep(gap)
    return times


def no_blink(*widgets: Input | TextArea) -> None:
    """A blinking cursor draws a frame twice a second; the same for every app measured."""
    for widget in widgets:
        widget.cursor_blink = False
