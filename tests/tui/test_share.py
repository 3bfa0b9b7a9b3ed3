"""Ctrl+L on the session screen: the live page's address and QR code for the room, a question
put to the devices with one key, their tally live on the shared screen, and the tally kept
with the question when it is closed."""

from __future__ import annotations

import asyncio
import re

import aiohttp
from textual.widgets import OptionList

from facilitator.export.minutes import minutes_markdown
from facilitator.storage.sessions import read_session
from facilitator.tui.screens.share import ShareScreen

from .conftest import MakeApp
from .helpers import on_screen, session_path

WIDE = (120, 50)


async def wait_for(pilot: object, found: object, seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.1)):
        if found():  # type: ignore[operator]
            return
        await pilot.pause(0.1)  # type: ignore[attr-defined]
    raise AssertionError("not shown in time")


async def test_the_share_key_shows_the_address_and_the_tally_and_keeps_it(
    make_app: MakeApp,
) -> None:
    app = make_app("sv")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")  # Checklista steg 2
        await pilot.press("ctrl+l")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ShareScreen)
        await wait_for(pilot, lambda: screen.sharing.url)
        url = screen.sharing.url
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{32}/", url)
        await pilot.pause()
        assert on_screen(app, url)
        assert on_screen(app, "Bara den här datorn når adressen (h delar i nätverket).")
        assert on_screen(app, "█▀▀▀▀▀█")  # the QR code's corner
        # Enter puts the highlighted question to the devices.
        questions = screen.query_one(OptionList)
        questions.focus()
        questions.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        poll = screen.sharing.state.poll
        assert poll is not None and poll.open and poll.question == "underlag-finns"
        assert on_screen(app, "Öppen för svar: Ja 0 · Delvis 0 · Nej 0 · Vet inte 0 (0 svar)")
        async with aiohttp.ClientSession() as device:
            await (await device.get(url)).read()
            await asyncio.sleep(0.3)  # the server reads the share file
            said = await device.post(url + "answer", data={"poll": poll.id, "choice": "delvis"})
            assert said.status == 200
        counted = "Ja 0 · Delvis 1 · Nej 0 · Vet inte 0 (1 svar)"
        await wait_for(pilot, lambda: on_screen(app, counted))
        # Enter again closes it; the tally is kept with the question.
        await pilot.press("enter")
        await pilot.pause()
        assert on_screen(app, "Stängd: Ja 0 · Delvis 1 · Nej 0 · Vet inte 0 (1 svar)")
        # h: reachable from the network, at a new address, and the screen says so.
        await pilot.press("h")
        await wait_for(pilot, lambda: screen.sharing.url and screen.sharing.url != url)
        await pilot.pause()
        assert on_screen(app, "Adressen kan nås från andra datorer i nätverket")
        assert not screen.sharing.url.startswith("http://127.")
        await pilot.press("s")
        await pilot.pause()
        assert not screen.sharing.running
        await pilot.press("ctrl+q")
    session = read_session(session_path(app))
    assert [(p.choice, p.count) for p in session.questions["underlag-finns"].poll] == [
        ("delvis", 1)
    ]
    assert "**Enkät:** Delvis 1 (1 svar)" in minutes_markdown(session)


async def test_the_whole_dialog_fits_a_projector_at_80_by_24(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+l")
        screen = app.screen
        assert isinstance(screen, ShareScreen)
        await wait_for(pilot, lambda: screen.sharing.url)
        questions = screen.query_one(OptionList)
        questions.focus()
        questions.highlighted = 1
        await pilot.press("enter")
        await pilot.pause(0.6)
        assert on_screen(app, screen.sharing.url)
        for corner in ("█▀▀▀▀▀█  ", "▀▀▀▀▀▀▀ "):  # the code's top and bottom rows
            assert on_screen(app, corner)
        assert on_screen(app, "Öppen för svar:")
        assert on_screen(app, "(delningen fortsätter)")  # the last words of the keys
        await screen.sharing.stop()
