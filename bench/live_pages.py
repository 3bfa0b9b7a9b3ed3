"""`python bench/live_pages.py URL N`: N phones following the live page at URL, in a process
of their own (so they take no time from the app measured), until killed. Prints "ready"
once every page is connected."""

from __future__ import annotations

import asyncio
import sys

import aiohttp


async def page(client: aiohttp.ClientSession, url: str, connected: list[int]) -> None:
    async with client.get(url + "events") as events:
        connected[0] += 1
        while await events.content.readline():
            pass


async def main(url: str, count: int) -> None:
    connected = [0]
    async with aiohttp.ClientSession() as client:
        tasks = [asyncio.create_task(page(client, url, connected)) for _ in range(count)]
        while connected[0] < count:
            await asyncio.sleep(0.05)
        print("ready", flush=True)
        await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
