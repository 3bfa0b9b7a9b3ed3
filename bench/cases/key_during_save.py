"""key-during-save: key to frame in the notes of a 10,000-item session while it saves over
and over, against the same app typing with saving held back.

One app on the 10,000-item session (see bench/sessions.py; the notes typed into hold about
167,000 characters). Each run types 30 characters with the autosave held back (the idle
figure), then 30 with it set to save at once after every key, so a save is always running or
about to (the order alternates from run to run). A run's figure is the 90th percentile of its
30 keys: what the slow keys feel like, not the typical one.
"""

from __future__ import annotations

import asyncio

import harness
from apps import type_into
from common import Context, Row, percentile
from sessions import session_file

NAME = "key-during-save"
ITEMS = 10_000
KEYS = 30


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


async def _run(ctx: Context) -> list[Row]:
    folder = ctx.scratch / "key-during-save"
    path = session_file(folder / "sessions", ITEMS)
    saving: list[float] = []
    idle: list[float] = []
    saves = 0
    async with harness.facilitator(path, folder) as running:
        app = running.app
        saver = app.controller.saver  # type: ignore[attr-defined]
        assert saver is not None
        write = saver._write

        counting = False

        def counted(*args: object) -> None:
            nonlocal saves
            saves += counting
            write(*args)

        saver._write = counted

        async def phase(save: bool) -> float:
            nonlocal counting
            saver.quiet = saver.max_delay = 0.0 if save else 3600.0
            counting = save
            times = await type_into(app, running.watch, running.area, KEYS)  # type: ignore[arg-type]
            counting = False
            saver.quiet = saver.max_delay = 3600.0
            saver.save_now()  # start the next phase from a saved session
            await running.watch.settle()
            return percentile(times, 0.9)

        await phase(False)  # warm-up
        await phase(True)
        saves = 0
        for index in range(ctx.runs):
            if index % 2:
                saving.append(await phase(True))
                idle.append(await phase(False))
            else:
                idle.append(await phase(False))
                saving.append(await phase(True))
    return [
        Row(
            NAME,
            "p90 key to frame, 10,000-item session saving",
            "ms",
            saving,
            "same, not saving",
            idle,
            target="≤ 3× idle p90",
            max_ratio=3.0,
            note=f"{saves} saves while typing {ctx.runs * KEYS} keys with saving on",
        )
    ]
