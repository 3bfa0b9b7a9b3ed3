"""The live page under a meeting's load, on loopback: 50 pages following the session while
50 devices send 500 answers in 10 seconds, and the server killed with SIGKILL halfway.

The real command runs in its own process (`facilitator share`), so the kill is a real one.
Every answer the server acknowledged must be in the answers file; every change the session
screen saves must reach every page, and 95 % of them within a second.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest

from facilitator.storage.sessions import read_session, save_session
from facilitator.storage.sharing import (
    Poll,
    ShareState,
    answers_path,
    read_answers,
    share_path,
    write_share_state,
)
from facilitator.web.app import COOKIE, device_key
from unit.helpers import example_session

PAGES = 50
DEVICES = 50
ANSWERS_PER_DEVICE = 10
SECONDS = 10.0
CHANGES = 16
CHOICES = ("yes", "partly", "no", "dont-know")
MARK = re.compile(rb"load-mark-(\d+)")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[round(share * (len(ordered) - 1))]


def start_server(session_file: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "share", str(session_file), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert process.stdout is not None
    found = re.search(r"(http://\S+/)", process.stdout.readline())
    assert found, process.stderr.read() if process.stderr else ""
    return process, found.group(1)


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "sessions" / "load.toml"
    path.parent.mkdir()
    save_session(path, example_session())
    write_share_state(share_path(path), ShareState(poll=Poll("load", "rooms")))
    return path


class Load:
    """The clients' side of one run: what was acknowledged, and when each page saw each change."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.acknowledged: Counter[str] = Counter()  # answers acknowledged, by device key
        self.refused: Counter[int] = Counter()
        self.failed = 0
        self.seen: dict[tuple[int, int], float] = {}  # (page, change) -> when it arrived
        self.changed: dict[int, float] = {}  # change -> when the file was saved
        self.connected = 0

    async def page(self, number: int, stop: asyncio.Event) -> None:
        async with (
            aiohttp.ClientSession() as client,
            client.get(self.url + "events") as events,
        ):
            self.connected += 1
            while not stop.is_set():
                try:
                    line = await asyncio.wait_for(events.content.readline(), 0.5)
                except TimeoutError:
                    continue
                if not line:
                    return
                if line.startswith(b"data: "):
                    arrived = time.monotonic()
                    for mark in MARK.findall(line):
                        self.seen.setdefault((number, int(mark)), arrived)

    async def device(self, number: int, begin: float, kill_at: float | None) -> None:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as client:
            async with client.get(self.url) as first:
                cookie = first.cookies[COOKIE].value
            key = device_key(cookie)
            for answer in range(ANSWERS_PER_DEVICE):
                at = begin + (answer + number / DEVICES) * SECONDS / ANSWERS_PER_DEVICE
                await asyncio.sleep(max(0.0, at - time.monotonic()))
                choice = CHOICES[(number + answer) % len(CHOICES)]
                try:
                    async with client.post(
                        self.url + "answer",
                        data={"poll": "load", "choice": choice},
                        headers={"Accept": "application/json"},
                    ) as said:
                        await said.read()
                        if said.status == 200:
                            self.acknowledged[key] += 1
                        else:
                            self.refused[said.status] += 1
                except aiohttp.ClientError:
                    if kill_at is None or time.monotonic() < kill_at:
                        self.failed += 1
                    return

    async def changes(self, session_file: Path, begin: float) -> None:
        session = read_session(session_file)
        for change in range(CHANGES):
            at = begin + (change + 0.5) * SECONDS / CHANGES
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            session.add_commitment(f"load-mark-{change}", "Anna Åberg", "2027-01-31")
            save_session(session_file, session)  # as the session screen saves
            self.changed[change] = time.monotonic()


async def run(session_file: Path, url: str, kill: Callable[[], None] | None) -> Load:
    load = Load(url)
    stop = asyncio.Event()
    pages = [asyncio.create_task(load.page(n, stop)) for n in range(PAGES)]
    while load.connected < PAGES:
        await asyncio.sleep(0.05)
    begin = time.monotonic() + 0.5
    kill_at = begin + SECONDS / 2 if kill else None
    tasks = [load.device(n, begin, kill_at) for n in range(DEVICES)]
    if kill is None:
        tasks.append(load.changes(session_file, begin))
    else:

        async def killer() -> None:
            assert kill_at is not None
            await asyncio.sleep(kill_at - time.monotonic())
            kill()

        tasks.append(killer())
    await asyncio.wait_for(asyncio.gather(*tasks), SECONDS + 20)
    await asyncio.sleep(1.5)  # the last change's events
    stop.set()
    for task in pages:
        task.cancel()
    await asyncio.gather(*pages, return_exceptions=True)
    return load


def in_file(session_file: Path) -> Counter[str]:
    return Counter(a.device for a in read_answers(answers_path(session_file)))


@pytest.mark.slow
def test_fifty_pages_and_five_hundred_answers_lose_nothing(
    session_file: Path, figure: Callable[[str], None]
) -> None:
    process, url = start_server(session_file)
    try:
        load = asyncio.run(run(session_file, url, None))
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=30)
    assert process.returncode == 0 and errors == "", errors[-2000:]
    written = in_file(session_file)
    acknowledged = sum(load.acknowledged.values())
    lost = sum((load.acknowledged - written).values())
    delays = [
        load.seen[page, change] - load.changed[change]
        for page in range(PAGES)
        for change in range(CHANGES)
        if (page, change) in load.seen
    ]
    missed = PAGES * CHANGES - len(delays)
    p95, worst = percentile(delays, 0.95), max(delays)
    summary = (
        f"{PAGES} pages, {acknowledged} of {DEVICES * ANSWERS_PER_DEVICE} answers acknowledged "
        f"in {SECONDS:.0f} s ({dict(load.refused)} refused, {load.failed} failed), {lost} lost; "
        f"{CHANGES} changes, {missed} not seen, change → page p95 {p95 * 1000:.0f} ms, "
        f"max {worst * 1000:.0f} ms"
    )
    figure(summary)
    assert acknowledged == DEVICES * ANSWERS_PER_DEVICE and load.failed == 0, summary
    assert lost == 0 and sum(written.values()) == acknowledged, summary
    assert missed == 0, summary
    assert p95 <= 1.0, summary


@pytest.mark.slow
def test_sigkill_halfway_keeps_every_acknowledged_answer(
    session_file: Path, figure: Callable[[str], None]
) -> None:
    process, url = start_server(session_file)
    try:
        load = asyncio.run(run(session_file, url, lambda: os.kill(process.pid, signal.SIGKILL)))
    finally:
        process.kill()
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    written = in_file(session_file)
    acknowledged = sum(load.acknowledged.values())
    lost = sum((load.acknowledged - written).values())
    figure(
        f"SIGKILL after {SECONDS / 2:.0f} s: {acknowledged} answers acknowledged before it, "
        f"{sum(written.values())} in the file, {lost} lost"
    )
    assert 0 < acknowledged < DEVICES * ANSWERS_PER_DEVICE
    assert load.failed == 0
    assert lost == 0
    # A restarted server reads the file whole: every line it holds is an answer.
    assert sum(written.values()) >= acknowledged
