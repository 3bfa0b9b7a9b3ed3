"""What the pilot tests read off the screen and the disk."""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from textual.geometry import Region
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input, OptionList, Static, TextArea

from facilitator.storage.sessions import read_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.session import SessionScreen
from facilitator.tui.widgets.statusbar import PlaceLine

SIZE = (120, 40)


async def sessions_listed(pilot: Pilot[None], seconds: float = 10) -> None:
    """Let the start screen read every session file and list them (it does so in a thread
    after its first frame); nothing for another screen."""
    from facilitator.tui.screens.start import StartScreen

    for _ in range(int(seconds * 20)):
        screen = pilot.app.screen
        if not isinstance(screen, StartScreen) or screen.sessions_listed:
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError("the start screen did not finish listing the sessions")


def session_path(app: FacilitatorApp) -> Path:
    assert app.controller.store is not None
    return app.controller.store.path


def saved(app: FacilitatorApp) -> dict[str, Any]:
    """The session file as plain TOML data, read without the program's own reader."""
    return tomllib.loads(session_path(app).read_text(encoding="utf-8"))


def saved_section(document: dict[str, Any], section_id: str) -> dict[str, Any]:
    return next(s for s in document["sections"] if s["id"] == section_id)


def file_matches_session(app: FacilitatorApp) -> bool:
    """The file, read back by the program, holds exactly the session the app holds."""
    return read_session(session_path(app)) == app.controller.session


def text_of(widget: Widget) -> str:
    """What a widget shows, as plain text."""
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, TextArea):
        return widget.text
    return str(widget.render())


def session_screen(app: FacilitatorApp) -> SessionScreen:
    """The facilitation screen, also while a dialog is open over it."""
    return next(s for s in app.screen_stack if isinstance(s, SessionScreen))


def status(app: FacilitatorApp) -> str:
    """The top line: position and save state."""
    screen = session_screen(app)
    position, _title = screen.query_one(PlaceLine).place
    save_state = screen.query_one("#save-state", Static)
    return f"{position} | {save_state.render()}"


def agenda_lines(app: FacilitatorApp) -> list[str]:
    """The agenda's lines as they are drawn on the screen (a line not drawn again after its
    section changed would show its old text here), checked against the list's own text."""
    agenda = session_screen(app).query_one("#agenda-list", OptionList)
    prompts = [str(agenda.get_option_at_index(i).prompt) for i in range(agenda.option_count)]
    if not agenda.size.width:  # a narrow screen shows no agenda (Ctrl+G opens it as a list)
        return prompts
    # The lines as the screen takes them from the list (from its cache of drawn lines).
    shown = agenda.render_lines(Region(0, 0, agenda.size.width, len(prompts)))
    drawn = [strip.text.rstrip() for strip in shown]
    assert drawn == prompts, f"the agenda draws {drawn}, its options say {prompts}"
    return drawn


@contextmanager
def layouts_seen(screen: Screen[Any]) -> Iterator[list[object]]:
    """Each layout of `screen` while inside, as Textual's public signal reports it (counted,
    not timed: every layout of the whole screen lays out every widget on it)."""
    seen: list[object] = []
    screen.screen_layout_refresh_signal.subscribe(screen, seen.append, immediate=True)
    try:
        yield seen
    finally:
        screen.screen_layout_refresh_signal.unsubscribe(screen)


def mounted_views(app: FacilitatorApp) -> list[str]:
    switcher = session_screen(app).query_one("#sections", ContentSwitcher)
    return [child.id or "" for child in switcher.children]


async def paste(pilot: Pilot[None], text: str) -> None:
    """Put a text into the focused field at once, as a paste would (typing costs ~90 ms a key
    in a pilot test)."""
    field = pilot.app.focused
    if isinstance(field, Input):
        field.value = text
    elif isinstance(field, TextArea):
        field.load_text(text)
    else:
        raise AssertionError(f"no text field has focus: {field!r}")
    await pilot.pause()


_SVG_TEXT = re.compile(
    r'<text class="[^"]*" x="([0-9.]+)" y="[0-9.]+" textLength="[0-9.]+" '
    r'clip-path="url\(#terminal-[0-9]+-line-([0-9]+)\)">([^<]*)</text>'
)
CELL_WIDTH = 12.2  # of one character cell in Textual's SVG screenshots


def screen_lines(app: FacilitatorApp) -> list[str]:
    """The screen as a person sees it, line by line, taken from a screenshot."""
    rows: dict[int, dict[int, str]] = {}
    for x, line, text in _SVG_TEXT.findall(app.export_screenshot()):
        column = round(float(x) / CELL_WIDTH) - 1
        rows.setdefault(int(line), {})[column] = (
            html.unescape(text).replace("\xa0", " ").replace("\n", "")
        )
    lines = []
    for number in range(max(rows, default=-1) + 1):
        cells = rows.get(number, {})
        line = ""
        for column in sorted(cells):
            line = line.ljust(column) + cells[column]
        lines.append(line)
    return lines


def on_screen(app: FacilitatorApp, text: str) -> bool:
    return any(text in line for line in screen_lines(app))
