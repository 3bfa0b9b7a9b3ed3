"""The start screen in a clone of the repository and beside a workspace's own copy of a
built-in workshop: each file once, two files with one id both shown and told apart."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import OptionList

from facilitator import paths
from facilitator.paths import Workspace
from facilitator.tui.app import FacilitatorApp

from .helpers import SIZE, screen_lines, sessions_listed

REPOSITORY = Path(__file__).resolve().parents[2]
SWEDISH_WORKSHOP = REPOSITORY / "workshops" / "steg2-ledningens-stod.sv.yaml"


def workshop_lines(app: FacilitatorApp) -> list[str]:
    options = app.screen.query_one("#workshops", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_in_a_clone_each_builtin_workshop_is_listed_once(
    workspace: Workspace, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed editable from a clone, the built-in folder is the clone's `workshops/`, and
    the clone is the workspace: the same files are found twice (this crashed with
    DuplicateID)."""
    clone_workshops = workspace.root / "workshops"
    shutil.copytree(REPOSITORY / "workshops", clone_workshops)
    monkeypatch.setattr(paths, "builtin_workshops_dir", lambda: clone_workshops)
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = workshop_lines(app)
        assert [line.splitlines()[0] for line in lines] == [
            "Steg 2 – Ledningens stöd",
            "Step 2 – Leadership support",
        ]
        assert all(line.endswith("· inbyggd") for line in lines)
        await pilot.press("enter")  # and it starts a session from the first
        await pilot.pause()
        assert app.controller.store is not None
        assert app.controller.session.workshop.id == "steg2-ledningens-stod"


async def test_a_workspace_copy_of_a_builtin_workshop_is_shown_beside_it(
    workspace: Workspace, clock: Callable[[], datetime]
) -> None:
    (workspace.root / "workshops").mkdir()
    copy = workspace.root / "workshops" / SWEDISH_WORKSHOP.name
    shutil.copyfile(SWEDISH_WORKSHOP, copy)
    app = FacilitatorApp(workspace, clock=clock, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = workshop_lines(app)
        assert [line.splitlines()[1] for line in lines] == [
            "sv · 6 sections · built-in",
            "en · 6 sections · built-in",
            "sv · 6 sections · your own, workshops/steg2-ledningens-stod.sv.yaml",
        ]
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.controller.store is not None
        assert app.controller.session.workshop.title == "Steg 2 – Ledningens stöd"


async def test_a_swedish_session_started_from_an_english_start_screen_names_ctrl_p_in_swedish(
    workspace: Workspace, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start screen speaks the system's language; the session, its workshop's. The
    footer's Ctrl+P stayed "Commands" in a Swedish session."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    app = FacilitatorApp(workspace, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await sessions_listed(pilot)
        assert screen_lines(app)[-1].rstrip().endswith("^p Commands")
        await pilot.press("enter")  # Steg 2 – Ledningens stöd, the first
        await pilot.pause()
        await pilot.press("escape")  # the meeting details
        await pilot.pause()
        assert app.controller.session.workshop.language == "sv"
        assert screen_lines(app)[-1].rstrip().endswith("^p Kommandon")


def write_sessions(workspace: Workspace, count: int) -> list[str]:
    """`count` unfinished sessions, changed an hour apart, and one finished and one damaged
    among them; their titles, the most recently changed first."""
    from datetime import timedelta

    from facilitator.domain.session import Session
    from facilitator.storage.sessions import save_session
    from facilitator.storage.workshop_yaml import load_workshop

    workshop = load_workshop(SWEDISH_WORKSHOP)
    folder = workspace.ensure(workspace.sessions)
    titles = []
    for number in range(count):
        session = Session(workshop)
        session.meeting.title = f"Möte {number:02d}"
        session.updated = datetime(2026, 11, 1, 9, 0).astimezone() + timedelta(hours=number)
        save_session(folder / f"möte-{number:02d}.toml", session)
        titles.append(session.meeting.title)
    finished = Session(workshop)
    finished.finish()
    save_session(folder / "avslutat.toml", finished)
    (folder / "trasig.toml").write_text("kind = [\n", encoding="utf-8")
    return titles[::-1]


def session_titles(app: FacilitatorApp) -> list[str]:
    options = app.screen.query_one("#sessions", OptionList)
    return [
        str(options.get_option_at_index(i).prompt).splitlines()[0]
        for i in range(options.option_count)
    ]


async def test_the_start_screen_is_shown_at_once_and_fills_the_list_as_it_reads(
    workspace: Workspace, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared folder of thousands of sessions, slow to read: the screen is there before
    any session is read, keys work while they are read, and the list grows in its final
    order (most recently changed first) until every session is in it."""
    from facilitator.storage import sessions as sessions_module
    from facilitator.tui.screens import start as start_module

    expected = write_sessions(workspace, 30)
    real = sessions_module.summarize
    read: list[Path] = []
    go = threading.Event()  # the disk answers once the test has looked at the first frame

    def slow(path: Path) -> sessions_module.SessionSummary:
        go.wait(10)
        time.sleep(0.03)
        read.append(path)
        return real(path)

    monkeypatch.setattr(start_module, "summarize", slow)
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "Fortsätt en påbörjad session" in shown and "Läser sessionerna …" in shown
        await pilot.press("down")  # the workshops list answers while the thread reads
        assert app.screen.query_one("#workshops", OptionList).highlighted == 1
        assert read == []
        go.set()
        seen: list[list[str]] = []
        for _ in range(200):
            await pilot.pause(0.05)
            titles = session_titles(app)
            if titles and (not seen or titles != seen[-1]):
                seen.append(titles)
            if app.screen.sessions_listed:  # type: ignore[attr-defined]
                break
        assert app.screen.sessions_listed  # type: ignore[attr-defined]
        await pilot.pause()
        assert session_titles(app) == expected  # neither the finished nor the damaged one
        partial = [titles for titles in seen if len(titles) < len(expected)]
        assert partial, "the list was only ever shown whole"
        for titles in partial:  # each a part of the final list, in its order
            assert titles == [t for t in expected if t in titles]
        assert "Läser sessionerna" not in "\n".join(screen_lines(app))


async def test_with_no_unfinished_session_the_start_screen_says_so_once_it_has_read(
    workspace: Workspace, clock: Callable[[], datetime]
) -> None:
    write_sessions(workspace, 0)
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        await sessions_listed(pilot)
        shown = "\n".join(screen_lines(app))
        assert "Inga påbörjade sessioner här." in shown
        assert "Läser sessionerna" not in shown
