"""The clock and finishing, as the room meets them: the time a section is on screen is
counted with or without the time box; the running clock is written now and then, not every
second; a finished session stands still and exports the same files every time; and a
session is only finished once its minutes are written."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import export
from facilitator.storage.sessions import latest_unfinished
from facilitator.tui import saver as saver_module
from facilitator.tui.screens import session as session_screen_module
from facilitator.tui.screens.dialogs import ConfirmDialog

from .conftest import MakeApp
from .helpers import SIZE, on_screen, saved, saved_section, session_path, session_screen
from .test_timebox import FakeMonotonic, advance


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeMonotonic:
    fake = FakeMonotonic()
    monkeypatch.setattr(session_screen_module, "time", fake)
    return fake


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every session file the saver writes, in order."""
    written: list[Path] = []
    real = saver_module.write_atomic

    def counted(path: Path, data: bytes) -> None:
        written.append(path)
        real(path, data)

    monkeypatch.setattr(saver_module, "write_atomic", counted)
    return written


async def test_a_section_on_screen_counts_without_the_time_box(
    make_app: MakeApp, fake_time: FakeMonotonic
) -> None:
    """Nobody pressed Ctrl+T: the minutes must still say how long each section took."""
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        advance(app, fake_time, 65.5)
        entry = app.controller.session.sections["underlag"]
        assert (entry.seconds_on_screen, entry.seconds_spent, entry.timer_seconds) == (65, 0, 0)
        await pilot.press("ctrl+n")  # a change of section writes the clock
        await pilot.pause(1.0)
        assert saved_section(saved(app), "underlag")["seconds_on_screen"] == 65
        advance(app, fake_time, 30)
        await pilot.press("ctrl+q")
    assert saved_section(saved(app), "checklista")["seconds_on_screen"] == 30
    minutes = export.minutes_markdown(app.controller.session)
    assert "*Tidsåtgång: 1 min (tidsram 10 min)*" in minutes
    assert "**Tidsåtgång:** 2 min" in minutes  # 1 + 1 (30 s rounds up)


async def test_the_running_clock_is_written_every_30_seconds_not_every_second(
    make_app: MakeApp, fake_time: FakeMonotonic, writes: list[Path]
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(1.0)  # the first showing of a section is saved
        writes.clear()
        await pilot.press("ctrl+t")
        for _ in range(29):
            advance(app, fake_time, 1)
            await pilot.pause(0.02)
        await pilot.pause(1.0)
        assert writes == []  # 29 s of the time box running, nothing written
        assert app.controller.session.sections["underlag"].timer_seconds == 29
        advance(app, fake_time, 1)
        await pilot.pause(1.0)
        assert len(writes) == 1
        assert saved_section(saved(app), "underlag")["timer_seconds"] == 30
        # Typed text is saved within a second as ever, with the clock as it stands.
        advance(app, fake_time, 1)
        await pilot.press("f3", "x")
        await pilot.pause(1.0)
        assert len(writes) == 2
        section = saved_section(saved(app), "underlag")
        assert (section["notes"], section["timer_seconds"]) == ("x", 31)


async def test_quitting_writes_the_time_since_the_last_tick(
    make_app: MakeApp, fake_time: FakeMonotonic
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        fake_time.now += 7.2  # no tick since
        await pilot.press("ctrl+q")
        await pilot.pause(0.5)
    assert saved_section(saved(app), "underlag")["seconds_on_screen"] == 7


@pytest.mark.parametrize(
    "error", [OSError(28, "No space left on device"), OverflowError("date value out of range")]
)
async def test_a_session_is_not_finished_when_its_minutes_cannot_be_written(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    """An unwritable exports/ or an exporter that fails (a due date of 9999-12-31 once did):
    the session stays unfinished, on screen and on disk, so `resume` still finds it."""

    def failing(*args: object, **kwargs: object) -> list[Path]:
        raise error

    monkeypatch.setattr(export, "write_exports", failing)
    app = make_app("en")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause(1.0)
        assert not app.controller.session.finished
        assert on_screen(app, "The session is not finished, as the minutes could not be")
        assert on_screen(app, "Could not export:")
        assert "finished_at" not in saved(app)
        assert session_screen(app).check_action("add_commitment", ()) is True
        await pilot.press("ctrl+q")
        await pilot.pause(0.5)
    assert app.return_code == 0
    assert "finished_at" not in saved(app)
    assert latest_unfinished(app.controller.workspace) == session_path(app)


async def test_a_finished_session_stands_still_and_exports_the_same_files(
    make_app: MakeApp, fake_time: FakeMonotonic, writes: list[Path]
) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        advance(app, fake_time, 90)
        await pilot.press("f9", "enter")
        await pilot.pause(1.0)
        assert app.controller.session.finished
        folder = app.controller.workspace.exports
        first = {p.name: p.read_bytes() for p in folder.iterdir()}
        file_then = session_path(app).read_bytes()
        writes_then = len(writes)
        for _ in range(3):  # the clock stands still: nothing counted, nothing written
            advance(app, fake_time, 40)
            await pilot.pause(0.1)
        await pilot.pause(1.0)
        assert app.controller.session.sections["basis"].seconds_on_screen == 90
        assert len(writes) == writes_then
        assert session_screen(app).check_action("toggle_timer", ()) is False
        await pilot.press("f6")
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == first
        await pilot.press("ctrl+q")
    assert session_path(app).read_bytes() == file_then
    document = saved(app)
    assert document["updated"] == document["finished_at"]
