"""The start screen in a clone of the repository and beside a workspace's own copy of a
built-in workshop: each file once, two files with one id both shown and told apart."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import OptionList

from facilitator import paths
from facilitator.paths import Workspace
from facilitator.tui.app import FacilitatorApp

from .helpers import SIZE, screen_lines

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
        await pilot.pause()
        assert screen_lines(app)[-1].rstrip().endswith("^p Commands")
        await pilot.press("enter")  # Steg 2 – Ledningens stöd, the first
        await pilot.pause()
        await pilot.press("escape")  # the meeting details
        await pilot.pause()
        assert app.controller.session.workshop.language == "sv"
        assert screen_lines(app)[-1].rstrip().endswith("^p Kommandon")
