"""nav: moving between sections (Ctrl+N, Ctrl+B) in the 1,000-item session, key to settled
frame, the first time a section is shown (its view is built then) and on coming back.

Each run also moves the same way through a bare Textual app (baselines/bare_switch.py: pages
of 30 Statics and a text field, built on their first showing, the field focused): what Textual
itself needs for such a switch, the floor. The facilitator's first visits and revisits are set
against the floor of the same run (targets: 1.3× each); the floor itself is reported against
the run's key frame, for scale, and has no target.

Each run opens the app afresh on a fresh copy of the session, at its first section, types 10
characters into the notes (the run's key frame), then goes forward through the five other
sections (first visits) and back again (revisits). A switch has settled when the new section
is on screen and no frame has followed for 50 ms; the time is to the last frame drawn. A run's
figure is the median over its five switches; the notes (in the results file) give each
section's median.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import time
from collections import defaultdict
from collections.abc import Callable

from textual.widgets import ContentSwitcher

import harness
from apps import FrameWatch, press, type_into
from baselines.bare_switch import PAGES, BareSwitch
from common import Context, Row
from sessions import session_file

NAME = "nav"
ITEMS = 1_000
KEYS = 10


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


async def _switch(app: object, watch: FrameWatch, keys: str, shown: Callable[[], bool]) -> float:
    """Milliseconds from pressing `keys` to the last frame, once `shown()` holds and no frame
    has followed for 50 ms."""
    start = time.perf_counter()
    await watch.after(lambda: press(app, keys), shown)  # type: ignore[arg-type]
    settled = await watch.settle()
    return (settled - start) * 1000


async def _bare_run() -> tuple[float, float]:
    """The bare app's first visits and revisits, each the median over its five switches."""
    async with harness.bare_switch() as app:
        watch = FrameWatch(app)
        await watch.settle()
        switcher = app.query_one(ContentSwitcher)

        def on(index: int) -> Callable[[], bool]:
            return lambda: switcher.current == BareSwitch.page_id(index)

        forward = [await _switch(app, watch, "ctrl+n", on(i)) for i in range(1, PAGES)]
        back = [await _switch(app, watch, "ctrl+b", on(i)) for i in reversed(range(PAGES - 1))]
    return statistics.median(forward), statistics.median(back)


async def _run(ctx: Context) -> list[Row]:
    folder = ctx.scratch / "nav"
    pristine = session_file(ctx.scratch / "resume" / "sessions", ITEMS)
    key: list[float] = []
    first: list[float] = []
    again: list[float] = []
    by_section: dict[str, list[float]] = defaultdict(list)
    back_by_section: dict[str, list[float]] = defaultdict(list)
    bare_first: list[float] = []
    bare_again: list[float] = []

    async def one_run(counted: bool) -> None:
        folder.mkdir(exist_ok=True)
        path = folder / "nav.toml"
        shutil.copyfile(pristine, path)
        async with harness.facilitator(path, folder) as running:
            app, watch = running.app, running.watch
            switcher = app.screen.query_one("#sections", ContentSwitcher)  # type: ignore[attr-defined]
            sections = [s.id for s in app.controller.session.workshop.sections]  # type: ignore[attr-defined]
            typed = await type_into(app, watch, running.area, KEYS)  # type: ignore[arg-type]

            async def switch(keys: str, section: str) -> float:
                view = f"view-{section}"
                return await _switch(app, watch, keys, lambda: switcher.current == view)

            forward = [await switch("ctrl+n", s) for s in sections[1:]]
            back = [await switch("ctrl+b", s) for s in reversed(sections[:-1])]
        bare = await _bare_run()
        if counted:
            bare_first.append(bare[0])
            bare_again.append(bare[1])
            key.append(statistics.median(typed))
            first.append(statistics.median(forward))
            again.append(statistics.median(back))
            for section, took in zip(sections[1:], forward, strict=True):
                by_section[section].append(took)
            for section, took in zip(reversed(sections[:-1]), back, strict=True):
                back_by_section[section].append(took)

    if ctx.runs > 1:
        await one_run(counted=False)
    for _ in range(ctx.runs):
        await one_run(counted=True)
    slowest = max(by_section, key=lambda s: statistics.median(by_section[s]))

    def each(took: dict[str, list[float]]) -> str:
        return ", ".join(f"{s} {statistics.median(ms):.0f} ms" for s, ms in took.items())

    note = f"slowest first visit: {slowest}, {statistics.median(by_section[slowest]):.0f} ms; "
    note += f"by section: {each(by_section)}"
    back_note = each(back_by_section)
    return [
        Row(
            NAME,
            "first visit, key to settled frame",
            "ms",
            first,
            "the floor, same run",
            bare_first,
            target="≤ 1.3× the floor",
            max_ratio=1.3,
            note=note,
        ),
        Row(
            NAME,
            "revisit, key to settled frame",
            "ms",
            again,
            "the floor, same run",
            bare_again,
            target="≤ 1.3× the floor",
            max_ratio=1.3,
            note=f"by section: {back_note}",
        ),
        Row(
            NAME,
            "first visit, bare Textual app (the floor)",
            "ms",
            bare_first,
            "key frame, same run",
            key,
            target="none: what Textual needs",
        ),
        Row(
            NAME,
            "revisit, bare Textual app (the floor)",
            "ms",
            bare_again,
            "key frame, same run",
            key,
            target="none: what Textual needs",
        ),
    ]
