"""Contrast for a washed-out projector: in both projector themes, everything the room reads
stands at least 7:1 against its background, placeholders and hints at least 4.5:1 (WCAG 2.x).

The ratios are measured on what the app draws: every widget of the start screen, of each
section, of the dialogs, the command palette and a notice, each focusable widget also while it
has focus (a focused field, the row under a cursor, a pressed-looking button)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from textual.color import Color
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, TextArea

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.theme import THEMES

from .conftest import MakeApp
from .contrast import SECONDARY, TEXT, Shown, contrast_ratio, shown_by, visible_widgets
from .helpers import SIZE, session_path
from .snapshot_apps import SWEDISH, tell

THEME_NAMES = [theme.name for theme in THEMES]


def quiet(widget: Widget) -> bool:
    """Text meant to be quieter than the rest: hints under a field or a list, the agenda's
    legend of its marks, a button that cannot be pressed (a session opened read-only)."""
    if isinstance(widget, Button) and widget.disabled:
        return True
    return any(
        node.has_class("hint") or node.has_class("agenda-legend")
        for node in widget.ancestors_with_self
    )


def measure(widget: Widget, where: str) -> list[Shown]:
    return [
        Shown(f"{where}: {s.where}", s.text, s.foreground, s.background, s.needed)
        for s in shown_by(widget, secondary=quiet(widget))
    ]


async def measure_screen(pilot: Pilot[None], where: str) -> list[Shown]:
    """Every widget of the active screen as it stands, then each focusable one with focus."""
    await pilot.pause()
    screen = pilot.app.screen
    found: list[Shown] = []
    widgets = visible_widgets(screen)
    for widget in widgets:
        found += measure(widget, where)
    for widget in widgets:
        if widget.focusable:
            widget.focus(scroll_visible=False)
            await pilot.pause()
            found += measure(widget, f"{where}, focused")
    return found


def too_faint(found: list[Shown]) -> list[str]:
    """One line per distinct failing pair, so a failure reads as a short list."""
    lines: dict[tuple[str, str, str], str] = {}
    for shown in found:
        if shown.too_faint:
            key = (shown.where.split("#")[0], shown.foreground.hex, shown.background.hex)
            lines.setdefault(key, str(shown))
    return sorted(lines.values())


def with_empty_fields(session: Session) -> None:
    """The group's story, with a few fields left empty so their placeholders show."""
    tell(session, SWEDISH)
    workshop = session.workshop
    session.set_figure(next(iter(workshop.figures())).id, "source", "")
    session.set_question(next(iter(workshop.questions())).id, "motivation", "")
    session.set_reflection(next(iter(workshop.examples())).id, "")


# -- the checker itself ---------------------------------------------------------------------


def test_the_ratio_is_wcags() -> None:
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # Known pairs: #777777 on white is 4.48:1, #595959 on white 7.00:1.
    assert contrast_ratio(Color.parse("#777777"), white) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(white, Color.parse("#595959")) == pytest.approx(7.0, abs=0.01)


def test_a_pair_under_the_limit_is_found() -> None:
    white = Color(255, 255, 255)
    grey = Shown("x", "text", Color.parse("#777777"), white, TEXT)
    placeholder = Shown("x", "text", Color.parse("#777777"), white, SECONDARY)
    dark_enough = Shown("x", "text", Color.parse("#595959"), white, TEXT)
    assert grey.too_faint and placeholder.too_faint and not dark_enough.too_faint
    assert too_faint([grey, dark_enough]) == [str(grey)]


# -- the app in both projector themes ----------------------------------------------------------


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_the_sections_and_dialogs_are_readable(make_app: MakeApp, theme: str) -> None:
    app = make_app("sv", prepare=with_empty_fields)
    found: list[Shown] = []
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        for number, section in enumerate(app.controller.session.workshop.sections, 1):
            if number > 1:
                await pilot.press("ctrl+n")
            found += await measure_screen(pilot, f"section {number} ({section.id})")
        await pilot.press("ctrl+b", "ctrl+b", "ctrl+b", "ctrl+b")  # the checklist
        await pilot.pause()
        for key, where in [
            ("f2", "meeting details"),
            ("f5", "minutes preview"),
            ("f7", "save elsewhere"),
            ("f9", "finish?"),
            ("ctrl+p", "palette"),
        ]:
            app.screen.set_focus(None)
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.id != "session-screen", where  # it opened
            found += await measure_screen(pilot, where)
            await pilot.press("escape")
            await pilot.pause()
        app.screen.query_one("#edit-res-underlag-finns").focus()
        await pilot.press("enter")
        found += await measure_screen(pilot, "reservations")
        await pilot.press("escape", "f4")
        found += await measure_screen(pilot, "commitment")
        app.screen.query_one("#commitment-link").focus()
        await pilot.press("enter")  # the list of what it can answer to, open
        found += await measure_screen(pilot, "commitment, its link chosen")
        await pilot.press("escape", "escape")
        # Text selected in a field (Input's selection is measured in "save elsewhere").
        selected = app.screen.query_one("#motivation-forankring", TextArea)
        selected.focus()
        selected.select_all()
        await pilot.pause()
        found += measure(selected, "a motivation, selected")
        app.notify("Sparat som minnes.md", title="Export")
        await pilot.pause()
        found += await measure_screen(pilot, "notice")
    assert len(found) > 500
    faint = too_faint(found)
    assert not faint, "\n".join(faint)


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_a_read_only_session_is_readable(
    make_app: MakeApp, reopen_app: MakeApp, theme: str
) -> None:
    """Opened read-only, its fields are disabled (drawn fainter): still readable."""
    app = make_app("sv", prepare=with_empty_fields)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
    app = reopen_app(session_path(app), read_only=True)
    found: list[Shown] = []
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        await pilot.press("ctrl+b", "ctrl+b", "ctrl+b", "ctrl+b", "ctrl+b")
        for number in range(1, len(app.controller.session.workshop.sections) + 1):
            if number > 1:
                await pilot.press("ctrl+n")
            found += await measure_screen(pilot, f"read-only section {number}")
    assert len(found) > 300
    faint = too_faint(found)
    assert not faint, "\n".join(faint)


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_the_start_screen_is_readable(
    workspace: Workspace, clock: Callable[[], datetime], theme: str
) -> None:
    app = FacilitatorApp(workspace, clock=clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        found = await measure_screen(pilot, "start")
    assert len(found) > 10
    faint = too_faint(found)
    assert not faint, "\n".join(faint)
