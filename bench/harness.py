"""Opening the facilitator app (and its baseline) in this process, ready to be typed into."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from textual.widgets import TextArea

from apps import SIZE, FrameWatch, no_blink
from baselines.bare_switch import BareSwitch
from baselines.bare_textarea import BareTextArea
from facilitator.paths import Workspace
from facilitator.storage.sessions import open_session
from facilitator.tui.app import FacilitatorApp


@dataclass
class Running:
    app: object
    watch: FrameWatch
    area: TextArea  # the notes field, focused, cursor at the end


@asynccontextmanager
async def facilitator(path: Path, workspace: Path) -> AsyncIterator[Running]:
    """The app on the session file at `path`, as `facilitator resume` opens it, with the
    current section's notes focused and the cursor at their end."""
    from facilitator.tui.screens.session import SessionScreen

    # As the command line starts it (cli.run): no garbage collection until the first frame,
    # when the app collects once and freezes what it has made (lifecycle.start_up_over).
    gc.disable()
    store = open_session(path)
    app = FacilitatorApp(Workspace(workspace), store=store)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            watch = FrameWatch(app)
            screen = app.screen
            assert isinstance(screen, SessionScreen), screen
            screen.action_focus_notes()
            area = screen.query_one(
                f"#view-{app.controller.session.current_section} #notes", TextArea
            )
            no_blink(area)
            area.move_cursor(area.document.end)
            await pilot.pause()
            await watch.settle()
            yield Running(app, watch, area)
            app.controller.close()  # as quitting does: save, wait for the saver, release the lock
    finally:
        app.controller.close()
        # A process would end here and free it all; this one goes on to the next run.
        gc.unfreeze()
        gc.enable()


@asynccontextmanager
async def bare(text: str, size: tuple[int, int] | None = None) -> AsyncIterator[Running]:
    """The bare app with one TextArea (of `size`, columns and rows, when given)."""
    app = BareTextArea(text, size)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        watch = FrameWatch(app)
        area = app.query_one(TextArea)
        area.focus()
        no_blink(area)
        area.move_cursor(area.document.end)
        await pilot.pause()
        await watch.settle()
        yield Running(app, watch, area)


@asynccontextmanager
async def bare_switch() -> AsyncIterator[BareSwitch]:
    """The bare app that moves between pages (nav's floor), on its first page."""
    app = BareSwitch()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for area in app.query(TextArea):
            no_blink(area)
        yield app
