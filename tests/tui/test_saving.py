"""Saving while people type: on disk within a second, said calmly in the status bar, and a
failing disk said loudly, with the text kept and saved once the fault has passed."""

from __future__ import annotations

import errno
import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import TextArea

from facilitator.tui import saver

from .conftest import MakeApp
from .helpers import SIZE, saved, saved_section, screen_lines, session_screen, status

SAVED_AT = re.compile(r"\| Sparat \d\d:\d\d:\d\d$")


async def test_typing_is_on_disk_within_a_second_of_the_last_key(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        text = "Alla håller med om siffrorna"
        await pilot.press(*text)
        # A long burst is not held back until it ends: part of it is on disk already.
        on_disk = saved_section(saved(app), "underlag")["notes"]
        assert on_disk and text.startswith(on_disk)
        await pilot.pause(1.2)
        assert saved_section(saved(app), "underlag")["notes"] == text
        assert SAVED_AT.search(status(app))
        # What the autosave wrote is what closing trusts for the good copy, unread.
        assert (
            app.controller.store is not None
            and app.controller.store.written == app.controller.store.path.read_bytes()
        )


async def test_a_failing_save_is_shown_and_the_text_kept_until_a_save_succeeds(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3", *"före")
        await pilot.pause(1.2)
        assert SAVED_AT.search(status(app))
        real_write = saver.write_atomic
        monkeypatch.setattr(saver, "write_atomic", disk_full)
        await pilot.press(*" och efter")
        await pilot.pause(1.2)
        assert "⚠ KUNDE INTE SPARA: disken är full · F7 spara annanstans" in status(app)
        assert session_screen(app).query_one("#status-bar").has_class("-save-failed")
        assert app.focused is not None and isinstance(app.focused, TextArea)
        assert app.focused.text == "före och efter"
        assert app.controller.session.sections["underlag"].notes == "före och efter"
        assert saved_section(saved(app), "underlag")["notes"] == "före"  # the old file stands
        # The fault passes; the app tries again by itself.
        monkeypatch.setattr(saver, "write_atomic", real_write)
        for _ in range(40):
            await pilot.pause(0.1)
            if "Sparat" in status(app):
                break
        assert SAVED_AT.search(status(app))
        assert not session_screen(app).query_one("#status-bar").has_class("-save-failed")
        assert saved_section(saved(app), "underlag")["notes"] == "före och efter"


async def test_the_top_line_shows_each_new_save_time_and_a_longer_message_whole(
    make_app: MakeApp,
) -> None:
    """A save time as wide as the one shown is only drawn again, not laid out again: the
    screen must still show the new time, and a wider message after it must fit."""
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.8)  # the first save has come and gone
        screen = session_screen(app)
        for hhmmss in ("10:02:09", "10:02:14"):
            moment = datetime(2027, 3, 4, *map(int, hhmmss.split(":")))
            screen.show_save_state(saver.SaveState(saved_at=moment))
            await pilot.pause()
            assert screen_lines(app)[0].rstrip().endswith(f"Sparat {hhmmss}")
        screen.show_save_state(saver.SaveState(saved_at=None, error="disk full"))
        await pilot.pause()
        shown = screen_lines(app)[0].rstrip()
        assert shown.endswith("disk full · F7 spara annanstans · texten finns kvar")
