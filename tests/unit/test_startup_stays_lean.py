"""What keeps start-up fast, guarded without timing anything (bench/ times it; see
docs/performance.md): opening the session screen imports neither the exporters nor
markdown-it (they load when minutes are made), nor the lock before the first frame; only
the section on screen is built; the session screen is built once the App has mounted
(Textual draws no frame before); the style sheets are read once, in the theme's colours;
no field is styled before it is on the screen, and no screen twice as it is first shown."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.widgets import ContentSwitcher

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import OpenSession, create_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.theme import PROJECTOR_DARK, PROJECTOR_LIGHT

OpenApp = Callable[..., FacilitatorApp]

# What `facilitator new` and `resume` import before the first frame.
STARTUP = ["facilitator.tui.app", "facilitator.tui.launch", "facilitator.tui.screens.session"]
# What `facilitator new` imports before its first frame: the meeting details.
NEW_FIRST = ["facilitator.tui.app", "facilitator.tui.launch", "facilitator.tui.screens.meeting"]
# Not needed for the meeting details, so loaded once they close.
AFTER_MEETING = ("textual.widgets._text_area", "facilitator.tui.screens.session")
# Loaded only when minutes are made or shown.
LATER = ("markdown_it", "facilitator.export", "icalendar", "pygments")

PROBE = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""


def imported_by(modules: list[str]) -> set[str]:
    """Every module a fresh interpreter holds after importing `modules`."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def later(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in LATER))


def test_the_probe_sees_the_exporters_when_they_are_imported() -> None:
    """Without this, a probe that never looked would pass the test below."""
    assert "facilitator.export" in later(imported_by(["facilitator.export", "markdown_it"]))
    assert "markdown_it" in later(imported_by(["facilitator.export", "markdown_it"]))


def test_the_session_screen_imports_no_exporter_and_no_markdown() -> None:
    assert later(imported_by(STARTUP)) == []


def test_the_meeting_details_need_neither_the_notes_field_nor_the_session_screen() -> None:
    loaded = imported_by(NEW_FIRST)
    assert [m for m in AFTER_MEETING if m in loaded] == []
    assert set(AFTER_MEETING) <= imported_by(STARTUP)  # the probe does see them


def test_the_lock_and_the_file_format_wait_for_the_first_frame() -> None:
    """filelock (11 ms to import) is imported when a session's lock is taken, once the first
    screen is drawn; `new` has no file to read, and writes its first after that frame."""
    assert "filelock" not in imported_by(STARTUP)
    assert "facilitator.storage.session_toml" not in imported_by(NEW_FIRST)
    assert "filelock" in imported_by(["facilitator.storage.lock", "filelock"])  # it can see


NEW_RUNNING = """
import asyncio, json, sys
from pathlib import Path
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import unwritten_session
from facilitator.tui.app import FacilitatorApp

async def main():
    workspace = Workspace(Path(sys.argv[1]))
    store = unwritten_session(workspace, Session(resolve_workshop(None, workspace, "sv")))
    app = FacilitatorApp(workspace, store=store, new=True)
    loaded = []
    display = app._display

    def first_frame(screen, update):
        if update is not None and not loaded:
            loaded.extend(sorted(sys.modules))
        display(screen, update)

    app._display = first_frame
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(json.dumps([type(app.screen).__name__, loaded]))

asyncio.run(main())
"""


def test_a_new_sessions_first_frame_is_drawn_before_the_session_screen_is_imported(
    tmp_path: Path,
) -> None:
    """`facilitator new` shows the meeting details first; the session screen, its widgets,
    the text area and the saver are imported when the details close (they were imported
    as the session was shown, before the first frame, by a check of the screen's class)."""
    result = subprocess.run(
        [sys.executable, "-c", NEW_RUNNING, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    shown, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == "MeetingDialog" and "facilitator.tui.screens.meeting" in loaded
    assert [m for m in (*AFTER_MEETING, "facilitator.tui.saver") if m in loaded] == []


@pytest.fixture
def open_app(workspace: Workspace, clock: Callable[[], datetime]) -> Iterator[OpenApp]:
    """`open_app()`: the app on a new session of the built-in step 2, written and locked
    (`new=True`: the meeting details first, as `new` shows them); locks are let go at the
    end."""
    stores: list[OpenSession] = []

    def make(*, new: bool = False) -> FacilitatorApp:
        session = Session(resolve_workshop(None, workspace, "sv"), clock=clock)
        stores.append(create_session(workspace, session))
        return FacilitatorApp(workspace, store=stores[-1], clock=clock, new=new)

    yield make
    for store in stores:
        store.close()


async def test_only_the_current_section_is_built(open_app: OpenApp) -> None:
    app = open_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        switcher = app.screen.query_one("#sections", ContentSwitcher)
        assert [view.id for view in switcher.children] == ["view-underlag"]
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert [view.id for view in switcher.children] == ["view-underlag", "view-checklista"]


async def test_the_session_screen_is_drawn_only_once_the_app_has_mounted(open_app: OpenApp) -> None:
    """Textual throws away every frame drawn while the App itself is mounting; a session
    screen built then was laid out and drawn for nothing before its first frame was shown."""
    from facilitator.tui.screens.session import SessionScreen

    app = open_app()
    shown: list[bool] = []  # for each frame of the session screen: was it drawn for nothing?
    display = app._display

    def watched(screen: object, renderable: object) -> None:
        if isinstance(screen, SessionScreen) and renderable is not None:
            shown.append(bool(app._batch_count))
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = watched  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
    assert shown and not shown[0], shown


async def test_the_style_sheets_are_read_once_in_the_themes_colours_and_a_new_theme_restyles(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting the theme as the app is made asked Textual to parse every style sheet again
    before any had been used; the first screen must still be in the theme's colours, and a
    theme chosen later (the command palette) must still restyle what is on screen."""
    reparsed: list[int] = []
    reparse = Stylesheet.reparse

    def counted(self: Stylesheet) -> None:
        reparsed.append(1)
        reparse(self)

    monkeypatch.setattr(Stylesheet, "reparse", counted)
    app = open_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert reparsed == []
        assert app.screen.styles.background.hex == PROJECTOR_LIGHT.background.upper()
        app.theme = PROJECTOR_DARK.name
        await pilot.pause()
        assert reparsed == [1]
        assert app.screen.styles.background.hex == PROJECTOR_DARK.background.upper()


async def test_fields_and_screens_are_not_restyled_before_they_are_on_the_screen(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CSS class added to a widget not yet mounted restyles it against every rule, and it
    is styled again as it is mounted: each text field, problem line and screen of ours did
    that once as it was made (about 0.7 ms a field), and each button twice."""
    from facilitator.tui.screens.meeting import MeetingDialog
    from facilitator.tui.widgets.buttons import ActionButton
    from facilitator.tui.widgets.fields import EditInput, FieldProblem

    restyled: list[str] = []
    update_styles = App.update_styles

    def watched(self: App[None], node: DOMNode, animate: bool = True) -> None:
        if not node.is_attached:
            restyled.append(type(node).__name__)
        update_styles(self, node, animate)

    monkeypatch.setattr(App, "update_styles", watched)
    app = open_app(new=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        await pilot.press("escape", "ctrl+n", "ctrl+n")  # the success factors: 6 fields
        await pilot.pause()
        assert len(app.screen.query(EditInput)) >= 6
        assert len(app.screen.query(FieldProblem)) >= 3
        for _ in app.controller.session.workshop.sections[3:]:  # the rest, with all their buttons
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert len(app.screen.query(ActionButton)) >= 10
    ours = {"EditInput", "FieldProblem", "MeetingDialog", "SessionScreen", "ActionButton"}
    assert [name for name in restyled if name in ours] == []


async def test_a_screen_is_styled_once_as_it_is_first_shown(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual styles each widget as it is mounted and then the whole screen again as it is
    shown; a screen shown as it is made needs only the first. Shown again later, a screen
    is restyled as Textual decides."""
    from textual import events
    from textual.screen import Screen

    from facilitator.tui.screens.first_shown import StyledOnce
    from facilitator.tui.screens.meeting import MeetingDialog
    from facilitator.tui.screens.session import SessionScreen

    restyled: list[str] = []  # screens restyled whole
    update_node_styles = Screen.update_node_styles

    def watched(self: Screen[None], animate: bool = True) -> None:
        restyled.append(type(self).__name__)
        update_node_styles(self, animate)

    monkeypatch.setattr(Screen, "update_node_styles", watched)
    app = open_app(new=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
    assert [name for name in restyled if name in ("MeetingDialog", "SessionScreen")] == []
    screen = StyledOnce()
    shown = [events.ScreenResume(), events.ScreenResume()]
    for event in shown:
        screen.on_screen_resume(event)
    assert [event.refresh_styles for event in shown] == [False, True]


def test_facilitator_trend_reads_files_without_the_session_or_workshop_classes() -> None:
    """`facilitator trend` reads a whole series from the files' TOML: it needs neither the
    Session's nor the Workshop's classes (some 25 dataclasses to build at every start), nor
    YAML, nor the exporters beyond its own table."""
    loaded = imported_by(
        ["facilitator.cli", "facilitator.storage.series", "facilitator.export.trend"]
    )
    heavy = {
        "facilitator.domain.session",
        "facilitator.domain.workshop",
        "facilitator.domain.values",
        "yaml",
        "textual",
        "facilitator.export.minutes",
    }
    assert not heavy & loaded, sorted(heavy & loaded)


async def test_a_new_sessions_meeting_details_draw_no_empty_screen_under_them(
    open_app: OpenApp,
) -> None:
    """Over nothing, the details' dimmed background is the plain background (the same
    colour: the background dimmed over itself), not the empty screen under them drawn and
    dimmed; over the session screen (F2) they still dim it."""
    from facilitator.tui.screens.meeting import MeetingDialog

    app = open_app(new=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        # Textual draws the screen under a screen whose background is not opaque.
        assert app.screen.styles.background.a == 1
        await pilot.press("escape", "f2")
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        assert app.screen.styles.background.a < 1
