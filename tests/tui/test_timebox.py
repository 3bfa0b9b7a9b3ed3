"""The time box: Ctrl+T runs the section's clock, the time is saved, running over is said in
words, the bell rings once, and the time spent is still there after closing and resuming."""

from __future__ import annotations

import dataclasses
from unittest.mock import Mock

import pytest
from textual.widgets import Digits

from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens import session as session_screen_module

from .conftest import MakeApp
from .helpers import SIZE, saved, saved_section, session_path, session_screen, text_of


class FakeMonotonic:
    """Stands in for `time` in the session screen, so the clock moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeMonotonic:
    fake = FakeMonotonic()
    monkeypatch.setattr(session_screen_module, "time", fake)
    return fake


def advance(app: FacilitatorApp, fake_time: FakeMonotonic, seconds: float) -> None:
    """Let `seconds` pass and give the screen its once-a-second tick."""
    fake_time.now += seconds
    session_screen(app)._tick()


def timebox(app: FacilitatorApp) -> tuple[str, str]:
    """The big digits, and the state in words without its symbol ("Pausad", "Tiden går")."""
    screen = session_screen(app)
    state = text_of(screen.query_one("#timebox-state"))
    if not state.startswith("⚠"):
        state = state.split(" ", 1)[1]
    return screen.query_one(Digits).value, state


async def test_the_time_box_counts_runs_over_and_rings_once(
    make_app: MakeApp, fake_time: FakeMonotonic, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app("sv")
    bell = Mock()
    monkeypatch.setattr(app, "bell", bell)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        entry = app.controller.session.sections["underlag"]
        assert timebox(app) == ("10:00", "Pausad")
        await pilot.press("ctrl+t")
        assert timebox(app) == ("10:00", "Tiden går")
        advance(app, fake_time, 90.4)
        await pilot.pause()
        assert (entry.seconds_spent, entry.timer_seconds) == (90, 90)
        assert timebox(app) == ("08:30", "Tiden går")
        await pilot.pause(1.2)
        assert saved_section(saved(app), "underlag")["seconds_spent"] == 90
        advance(app, fake_time, 509.6)  # the fraction carried over makes it exactly 600
        await pilot.pause()
        assert timebox(app) == ("00:00", "Tiden går")
        assert bell.call_count == 1
        advance(app, fake_time, 5)
        await pilot.pause()
        assert timebox(app) == ("+00:05", "⚠ ÖVER TIDEN")
        assert session_screen(app).query_one("#timebox").has_class("-over")
        advance(app, fake_time, 60)
        await pilot.pause()
        assert timebox(app) == ("+01:05", "⚠ ÖVER TIDEN")
        assert bell.call_count == 1
        # Paused, the clock stands still.
        await pilot.press("ctrl+t")
        advance(app, fake_time, 60)
        await pilot.pause()
        assert (entry.seconds_spent, entry.timer_seconds) == (665, 665)
        # Ctrl+R starts the time box again; the time spent stays.
        await pilot.press("ctrl+r")
        assert timebox(app) == ("10:00", "Pausad")
        assert (entry.seconds_spent, entry.timer_seconds) == (665, 0)
        assert bell.call_count == 1
        await pilot.press("ctrl+q")  # saves and closes
    section = saved_section(saved(app), "underlag")
    assert (section["seconds_spent"], section["timer_seconds"]) == (665, 0)


async def test_the_time_box_stays_put_when_the_time_runs_over(
    make_app: MakeApp, fake_time: FakeMonotonic
) -> None:
    """The sign of running over takes a column kept free for it: the digits and the words
    beside them do not move (up to 99 minutes over)."""
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        digits = screen.query_one(Digits)
        state = screen.query_one("#timebox-state")

        def places() -> tuple[int, int, int]:
            return digits.region.right, state.region.x, digits.region.width

        before = places()
        await pilot.press("ctrl+t")
        advance(app, fake_time, 605)
        await pilot.pause()
        assert timebox(app) == ("+00:05", "⚠ ÖVER TIDEN")
        assert places() == before
        advance(app, fake_time, 99 * 60)  # past a hundred minutes, it grows to show them all
        await pilot.pause()
        assert digits.value == "+99:05"
        assert places() == before
        advance(app, fake_time, 60)
        await pilot.pause()
        assert digits.value == "+100:05"
        assert digits.region.width > before[2]


async def test_time_spent_survives_closing_and_resuming(
    make_app: MakeApp, reopen_app: MakeApp, fake_time: FakeMonotonic
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        advance(app, fake_time, 120)
        await pilot.press("ctrl+n")  # the clock runs on in the next section
        advance(app, fake_time, 30)
        await pilot.pause()
        assert timebox(app) == ("24:30", "Tiden går")
        await pilot.press("ctrl+q")
        await pilot.pause(0.5)  # quitting waits a moment for keys typed just before it
    assert app.return_code == 0
    path = session_path(app)

    again = reopen_app(path)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sections = again.controller.session.sections
        assert (sections["underlag"].seconds_spent, sections["checklista"].seconds_spent) == (
            120,
            30,
        )
        assert again.controller.session.current_section == "checklista"
        assert timebox(again) == ("24:30", "Pausad")
        await pilot.press("ctrl+t")
        advance(again, fake_time, 15)
        await pilot.press("ctrl+q")
    section = saved_section(saved(again), "checklista")
    assert (section["seconds_spent"], section["timer_seconds"]) == (45, 45)
    assert again.controller.session.total_seconds() == 165


async def test_an_english_time_box_of_seven_and_a_half_minutes(
    make_app: MakeApp, workspace: Workspace
) -> None:
    """A time box in minutes and a half reads as people of the UI language write it."""
    english = resolve_workshop(None, workspace, "en")
    first = dataclasses.replace(english.sections[0], timebox_minutes=7.5)
    workshop = dataclasses.replace(english, sections=(first, *english.sections[1:]))
    app = make_app(workshop=workshop)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        assert screen.query_one(Digits).value == "07:30"
        assert text_of(screen.query_one("#timebox-planned")) == "Time box 7.5 min"
        await pilot.press("ctrl+n")
        assert text_of(screen.query_one("#timebox-planned")) == "Time box 25 min"
