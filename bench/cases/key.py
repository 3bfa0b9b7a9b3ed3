"""key: key to frame while typing into a section's notes, at 0 and 100,000 characters.

The facilitator runs with everything a key sets off: the edit goes up as a message, the
session records it, the agenda and top line are brought up to date and the autosave is
scheduled (and runs on its thread, as tui/saver.py times it, while the typing goes on).
The baseline is a bare app with one TextArea holding the same text, as big as the
facilitator's notes field (a bigger field draws more on every key). Each run opens each
app afresh and types 25 characters at the end of the text, 20 ms apart; a run's figure is
its median.
"""

from __future__ import annotations

import asyncio
import statistics

import harness
from apps import type_into
from common import Context, Row
from sessions import build_session, notes_text

NAME = "key"
KEYS = 25
SIZES = (0, 100_000)


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


async def _run(ctx: Context) -> list[Row]:
    from facilitator.storage.sessions import save_session

    folder = ctx.scratch / "key"
    folder.mkdir(exist_ok=True)
    paths = {}
    for size in SIZES:
        session = build_session(10)
        session.sections[session.current_section].notes = notes_text(size)
        paths[size] = folder / f"notes-{size}.toml"
        save_session(paths[size], session)

    field: dict[int, tuple[int, int]] = {}

    async def ours(size: int) -> float:
        async with harness.facilitator(paths[size], folder) as running:
            outer = running.area.outer_size
            field[size] = (outer.width, outer.height)
            times = await type_into(running.app, running.watch, running.area, KEYS)  # type: ignore[arg-type]
        return statistics.median(times)

    async def theirs(size: int) -> float:
        async with harness.bare(notes_text(size), field.get(size)) as running:
            times = await type_into(running.app, running.watch, running.area, KEYS)  # type: ignore[arg-type]
        return statistics.median(times)

    mine: dict[int, list[float]] = {size: [] for size in SIZES}
    base: dict[int, list[float]] = {size: [] for size in SIZES}
    for size in SIZES:  # warm-up (imports, style sheets), and the size of the notes field
        await ours(size)
        await theirs(size)
    for index in range(ctx.runs):
        for size in SIZES:
            if index % 2:
                mine[size].append(await ours(size))
                base[size].append(await theirs(size))
            else:
                base[size].append(await theirs(size))
                mine[size].append(await ours(size))
    growth = [big / small for big, small in zip(mine[100_000], mine[0], strict=True)]
    return [
        Row(
            NAME,
            "notes, 0 chars",
            "ms",
            mine[0],
            "bare TextArea",
            base[0],
            target="≤ 1.5× bare TextArea",
            max_ratio=1.5,
        ),
        Row(
            NAME,
            "notes, 100,000 chars",
            "ms",
            mine[100_000],
            "bare TextArea",
            base[100_000],
            target="≤ 1.5× bare TextArea",
            max_ratio=1.5,
        ),
        Row(NAME, "100,000 ÷ 0 chars", "×", growth, target="≤ 2×", max_ratio=2.0),
    ]
