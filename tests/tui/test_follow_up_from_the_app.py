""" "Följ upp" on the start screen and on the wrap-up of a finished session: the follow-up
opens like a new session, its meeting details first, and is written as its own file; the
earlier file is read and never changed. A file that cannot be read is said in one line at
the place, and nothing else happens."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Button, OptionList

from facilitator.domain.workshop import SectionKind
from facilitator.paths import Workspace
from facilitator.storage.lock import SessionLock
from facilitator.storage.sessions import open_session, read_session, save_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.meeting import MeetingDialog
from facilitator.tui.screens.session import SessionScreen
from facilitator.tui.screens.start import StartScreen

from .follow_up_apps import (
    WEEKS_LATER,
    earlier_meeting,
    follow_up_view,
    section_of,
    write_earlier,
)
from .helpers import on_screen, session_screen
from .snapshot_apps import Clock

__all__ = ["follow_up_view"]  # the fixture, used by name

NARROW = (80, 24)


def other_files(workspace: Workspace, earlier: Path) -> list[Path]:
    return [p for p in workspace.sessions.glob("*.toml") if p != earlier]


def assert_a_follow_up_of(path: Path, earlier: Path) -> None:
    """The file is a follow-up of `earlier`: same series, the open commitments carried, last
    time's answers kept beside, and the title saying which follow-up it is."""
    made, before = read_session(path), read_session(earlier)
    assert made.series is not None and made.series.follows_id == before.id
    assert made.series.follows == earlier.name  # relative to the sessions folder
    assert made.earlier is not None and made.earlier.session == before.id
    assert [c.id for c in made.carried] == [c.id for c in before.commitments if c.status == "open"]
    assert made.meeting.title == "Ledningsgruppen – steg 2 – uppföljning 1"
    assert made.meeting.date == "2027-02-10"
    assert not made.finished


async def test_from_the_start_screen(
    workspace: Workspace, clock: Clock, follow_up_view: None
) -> None:
    earlier = write_earlier(workspace, earlier_meeting(workspace, clock, "sv"))
    untouched = earlier.read_bytes()
    clock.advance(WEEKS_LATER)
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert on_screen(app, "Följ upp en avslutad session")
        finished = app.screen.query_one("#finished", OptionList)
        finished.focus()
        finished.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)  # the meeting details first
        assert on_screen(app, "Ledningsgruppen – steg 2 – uppföljning 1")
        await pilot.press("escape")  # confirmed as they are
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        written = other_files(workspace, earlier)
        assert len(written) == 1
        assert_a_follow_up_of(written[0], earlier)
    assert earlier.read_bytes() == untouched


async def test_from_the_wrap_up_of_a_finished_session(
    workspace: Workspace, clock: Clock, follow_up_view: None
) -> None:
    earlier = write_earlier(workspace, earlier_meeting(workspace, clock, "sv"))
    untouched = earlier.read_bytes()
    clock.advance(WEEKS_LATER)
    store = open_session(earlier)
    app = FacilitatorApp(workspace, store=store, clock=clock)
    try:
        async with app.run_test(size=NARROW) as pilot:
            await pilot.pause()
            screen = session_screen(app)
            await screen.show_section(section_of(app.controller.session, SectionKind.WRAPUP))
            await pilot.pause()
            follow_up = screen.query_one("#start-follow-up", Button)
            follow_up.focus()
            for _ in range(40):  # focusing scrolls it into view, a frame or more later
                await pilot.pause(0.025)
                if on_screen(app, "Följ upp"):
                    break
            assert follow_up.display and on_screen(app, "Följ upp")
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, MeetingDialog)
            assert on_screen(app, "Ledningsgruppen – steg 2 – uppföljning 1")
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, SessionScreen)
            assert app.controller.session.earlier is not None  # the follow-up on the screen
            written = other_files(workspace, earlier)
            assert len(written) == 1
            assert_a_follow_up_of(written[0], earlier)
            assert app.controller.store is not None and app.controller.store.path == written[0]
            lock = SessionLock(earlier)  # the earlier session was let go
            lock.acquire()
            lock.release()
    finally:
        store.close()
    assert earlier.read_bytes() == untouched


async def test_an_unfinished_session_offers_no_follow_up(
    workspace: Workspace, clock: Clock
) -> None:
    session = earlier_meeting(workspace, clock, "sv")
    session.reopen()
    earlier = write_earlier(workspace, session)
    store = open_session(earlier)
    app = FacilitatorApp(workspace, store=store, clock=clock)
    try:
        async with app.run_test(size=NARROW) as pilot:
            await pilot.pause()
            screen = session_screen(app)
            await screen.show_section(section_of(app.controller.session, SectionKind.WRAPUP))
            await pilot.pause()
            assert not screen.query_one("#start-follow-up", Button).display
    finally:
        store.close()
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=NARROW) as pilot:
        for _ in range(200):  # until every session file has been read
            await pilot.pause(0.05)
            if getattr(app.screen, "sessions_listed", False):
                break
        assert getattr(app.screen, "sessions_listed", False)
        assert not app.screen.query("#finished")
        assert not on_screen(app, "Följ upp en avslutad session")


async def test_a_damaged_earlier_file_is_said_in_one_line_on_the_start_screen(
    workspace: Workspace, clock: Clock
) -> None:
    earlier = write_earlier(workspace, earlier_meeting(workspace, clock, "sv"))
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        earlier.write_bytes(b"[meeting\ntitle = ")  # damaged after the list was read
        damaged = earlier.read_bytes()
        finished = app.screen.query_one("#finished", OptionList)
        finished.focus()
        finished.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)  # nothing else happened
        problem = app.screen.query_one("#follow-up-problem")
        assert problem.display
        assert "Kan inte följa upp:" in str(problem.render())
        assert earlier.name in str(problem.render())
    assert other_files(workspace, earlier) == []
    assert earlier.read_bytes() == damaged


async def test_a_damaged_earlier_file_is_said_in_one_line_on_the_wrap_up(
    workspace: Workspace, clock: Clock
) -> None:
    earlier = write_earlier(workspace, earlier_meeting(workspace, clock, "sv"))
    store = open_session(earlier)
    app = FacilitatorApp(workspace, store=store, clock=clock)
    try:
        async with app.run_test(size=NARROW) as pilot:
            await pilot.pause()
            screen = session_screen(app)
            await screen.show_section(section_of(app.controller.session, SectionKind.WRAPUP))
            await pilot.pause()
            earlier.write_bytes(b"format_version = 2\n[meeting\n")  # another program's doing
            damaged = earlier.read_bytes()
            screen.query_one("#start-follow-up", Button).focus()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen  # the same session, on the same page
            problem = screen.query_one("#start-follow-up-problem")
            assert problem.display and "Kan inte följa upp:" in str(problem.render())
            assert app.controller.store is store
    finally:
        store.close()
    assert other_files(workspace, earlier) == []
    assert earlier.read_bytes() == damaged


async def test_with_many_sessions_the_finished_ones_are_reached_at_80x24(
    workspace: Workspace, clock: Clock
) -> None:
    """Four to resume and four to follow up: the page scrolls to the list with the cursor,
    and opens at its top."""
    workspace.sessions.mkdir(parents=True)
    for number in range(4):
        session = earlier_meeting(workspace, clock, "sv")
        save_session(workspace.sessions / f"avslutad-{number}.toml", session)
        session.reopen()
        save_session(workspace.sessions / f"pagaende-{number}.toml", session)
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert on_screen(app, "Ny session")
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#finished", OptionList)
        assert on_screen(app, "Följ upp en avslutad session")
        assert on_screen(app, "6 av 6 avsnitt klara")


async def test_the_start_screen_lists_a_series_together_in_its_order(
    workspace: Workspace, clock: Clock
) -> None:
    """As `facilitator sessions` does: the first meeting, then the follow-up under it marked
    with its place, though the follow-up changed last; the third meeting, unfinished, is
    offered to resume with its place too."""
    from tests.unit.series_files import write_series

    paths = write_series(workspace.sessions, "sv")
    for number, path in enumerate(paths):  # changed in the order they were held
        os.utime(path, (1_800_000_000 + number * 60, 1_800_000_000 + number * 60))
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if getattr(app.screen, "sessions_listed", False):
                break
        finished = app.screen.query_one("#finished", OptionList)
        resume = app.screen.query_one("#sessions", OptionList)
        done = [str(finished.get_option_at_index(i).prompt) for i in range(finished.option_count)]
        going = [str(resume.get_option_at_index(i).prompt) for i in range(resume.option_count)]
    assert [line.splitlines()[0] for line in done] == [
        "Ledningens stöd",
        "↳ möte 2: Ledningens stöd – uppföljning 1",
    ], done
    assert going[0].splitlines()[0].startswith("↳ möte 3: "), going
