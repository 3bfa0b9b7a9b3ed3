"""live: key to frame in the notes while 50 phones follow the live page (`facilitator
share`), against the same keys with none; and the server's peak memory with 50 pages.

The app runs on a 100-item session as in the key benchmark; the server is the real command
in its own process, as the session screen starts it (Ctrl+L), and the 50 pages are aiohttp
clients in a third process (bench/live_pages.py). Typing saves the session every half second
or so, and every save is read by the server and sent to all 50 pages: the cost on the
shared screen is what the other two processes take from its CPU. Each run types 40 keys with
the pages connected and 40 with none (the order alternates); a run's figure is the 90th
percentile of its keys.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import harness
from apps import type_into
from common import Context, Row, percentile
from sessions import session_file

NAME = "live"
ITEMS = 100
PAGES = 50
KEYS = 40
HERE = Path(__file__).resolve().parents[1]


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


def peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


async def _run(ctx: Context) -> list[Row]:
    folder = ctx.scratch / "live"
    path = session_file(folder / "sessions", ITEMS)
    command = ["-m", "facilitator", "share", str(path), "--port", "0", "--address-only"]
    server = subprocess.Popen(
        [sys.executable, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    assert re.match(r"http://", url), url
    with_pages: list[float] = []
    without: list[float] = []
    try:
        async with harness.facilitator(path, folder) as running:
            app = running.app

            async def phase(pages: bool) -> float:
                clients = None
                if pages:
                    clients = subprocess.Popen(
                        [sys.executable, str(HERE / "live_pages.py"), url, str(PAGES)],
                        stdout=subprocess.PIPE,
                        text=True,
                    )
                    assert clients.stdout is not None
                    assert clients.stdout.readline().strip() == "ready"
                try:
                    times = await type_into(
                        app,  # type: ignore[arg-type]
                        running.watch,
                        running.area,
                        KEYS,
                        gap=0.05,
                    )
                finally:
                    if clients is not None:
                        clients.kill()
                        clients.wait()
                await running.watch.settle()
                return percentile(times, 0.9)

            await phase(True)  # warm-up
            for index in range(ctx.runs):
                if index % 2:
                    with_pages.append(await phase(True))
                    without.append(await phase(False))
                else:
                    without.append(await phase(False))
                    with_pages.append(await phase(True))
        memory = peak_kib(server.pid) / 1024
    finally:
        server.terminate()
        server.wait(timeout=30)
    return [
        Row(
            NAME,
            f"p90 key to frame, {PAGES} live pages following",
            "ms",
            with_pages,
            "same, no page",
            without,
            target="≤ 1.2× no page",
            max_ratio=1.2,
        ),
        Row(
            NAME,
            f"peak memory of the live page's server, {PAGES} pages",
            "MB",
            [memory],
            note="VmHWM of `facilitator share` after the runs",
        ),
    ]
