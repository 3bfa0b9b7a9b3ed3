"""Coming back to a section lays the screen out once: every layout of the whole screen costs
a revisit 10–15 ms (docs/performance.md), and the top line's place and title, shown as two
widgets of their own width, each asked for one more on every switch. Counted through
Textual's public signal that a screen's layout was refreshed, not timed."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen

from facilitator.domain.session import Session
from facilitator.tui.app import FacilitatorApp

from .conftest import MakeApp
from .helpers import SIZE, layouts_seen, session_screen, status


async def layouts_of(pilot: Pilot[None], app: FacilitatorApp, key: str) -> int:
    """How many times the session screen is laid out from pressing `key` until it is idle."""
    with layouts_seen(session_screen(app)) as seen:
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
    return len(seen)


async def test_coming_back_to_a_section_lays_the_screen_out_once(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sections = [s.id for s in app.controller.session.workshop.sections]
        for _ in sections[1:]:  # every view built
            await pilot.press("ctrl+n")
            await pilot.pause()
        counts = {}
        for section in reversed(sections[:-1]):
            counts[section] = await layouts_of(pilot, app, "ctrl+b")
            assert app.controller.session.current_section == section
        assert counts == dict.fromkeys(counts, 1)
        assert status(app).startswith("Avsnitt 1 av 6: Underlag")


def long_notes(session: Session) -> None:
    """Notes in every section longer than their field shows: the field scrolls."""
    for section in session.workshop.sections:
        lines = (f"Rad {n} av anteckningarna i {section.title}." for n in range(1, 41))
        session.set_notes(section.id, "\n".join(lines))


async def frames_of(pilot: Pilot[None], app: FacilitatorApp, key: str) -> int:
    """How many frames the app draws from pressing `key` until it is idle (a frame: what
    Textual hands to the terminal)."""
    drawn: list[object] = []
    display = app._display

    def counted(screen: Screen[object], update: object) -> None:
        if update is not None:
            drawn.append(update)
        display(screen, update)  # type: ignore[arg-type]

    app._display = counted  # type: ignore[method-assign]
    try:
        await pilot.press(key)
        for _ in range(4):
            await pilot.pause(0.05)
    finally:
        app._display = display  # type: ignore[method-assign]
    return len(drawn)


async def test_coming_back_to_a_section_is_drawn_in_one_frame(make_app: MakeApp) -> None:
    """The frame of the layout shows it all: not a second frame of the whole screen because
    the focus moved (the fields draw themselves), nor a third, a screen update later (17-33
    ms), for the notes field's scroll bar, unchanged."""
    app = make_app("sv", prepare=long_notes)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sections = [s.id for s in app.controller.session.workshop.sections]
        for _ in sections[1:]:
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.pause(0.6)  # the autosave's line has been drawn
        counts = {}
        for section in reversed(sections[:-1]):
            counts[section] = await frames_of(pilot, app, "ctrl+b")
        assert counts == dict.fromkeys(counts, 1)


async def test_a_first_visit_lays_the_screen_out_twice(make_app: MakeApp) -> None:
    """Once for the new page, and once, finding nothing to change, for the widgets that
    asked for it as they were mounted (Textual hears them after its first layout has run):
    not again for the sizes the layout handed out, nor for the scroll bars it found needed,
    nor because a scroll bar that appeared was given its size, nor because a text field was
    first laid out one row a line."""
    app = make_app("sv", prepare=long_notes)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")  # the first autosave's line comes, and stays as wide
        await pilot.pause(0.6)
        counts = {}
        with layouts_seen(session_screen(app)) as seen:
            for section in app.controller.session.workshop.sections[2:]:
                seen.clear()
                await pilot.press("ctrl+n")
                for _ in range(4):
                    await pilot.pause(0.1)
                assert app.controller.session.current_section == section.id
                counts[section.id] = len(seen)
        assert counts == dict.fromkeys(counts, 2)


async def test_a_first_visit_is_drawn_in_one_frame(make_app: MakeApp) -> None:
    """The new page, its scroll bars and its wrapped notes in the frame of its first layout:
    not a second frame of the whole screen once the sizes that layout handed out asked for
    another, nor a third for the scroll bars it found needed."""
    app = make_app("sv", prepare=long_notes)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")  # the first autosave's line comes, and stays as wide
        await pilot.pause(0.6)
        counts = {}
        for section in app.controller.session.workshop.sections[2:]:
            counts[section.id] = await frames_of(pilot, app, "ctrl+n")
            assert app.controller.session.current_section == section.id
        assert counts == dict.fromkeys(counts, 1)
