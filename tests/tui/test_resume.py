"""Picking a session up again, and looking at one read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from textual.widgets import Input, TextArea

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import create_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.lifecycle import SIGNAL_GRACE_SECONDS
from facilitator.tui.widgets.choice import ChoiceRow

from .conftest import MakeApp
from .helpers import SIZE, agenda_lines, paste, saved, session_path, status, text_of


async def make_a_session(make_app: MakeApp) -> tuple[FacilitatorApp, Path]:
    """Through the screen: figures, an answer, notes in two sections and a commitment; left
    in section 3 and closed with Ctrl+Q."""
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"42,5", "tab", *"HR", "f3")
        await paste(pilot, "Bra start")
        await pilot.press("ctrl+n", "2", "tab", "1", "tab")
        await paste(pilot, "Nästan")
        await pilot.press("f3", *"Rad 1", "enter", *"Rad 2", "f4")
        await paste(pilot, "Policy")
        await pilot.press("escape", "ctrl+n", "3", "ctrl+q")
    return app, session_path(app)


def a_session_file(workspace: Workspace, clock: Callable[[], datetime]) -> Path:
    """The same session, written without the screen."""
    session = Session(resolve_workshop(None, workspace, "sv"), clock=clock)
    session.set_figure("motestid", "value", "42,5")
    session.set_notes("underlag", "Bra start")
    session.go_to("checklista")
    session.set_question("underlag-finns", "answer", "delvis")
    session.add_commitment("Policy")
    session.go_to("framgangsfaktorer")
    session.set_assessment("ledningen-ser-vikten", "assessment", "saknas")
    store = create_session(workspace, session)
    store.close()
    return store.path


async def test_a_resumed_session_shows_the_same_section_answers_and_notes(
    make_app: MakeApp, reopen_app: MakeApp
) -> None:
    first, path = await make_a_session(make_app)
    app = reopen_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.controller.session == first.controller.session
        assert status(app).startswith("Avsnitt 3 av 6: Framgångsfaktorer · Pågår")
        assert agenda_lines(app)[:3] == [
            " ◐ 1. Underlag",
            " ◐ 2. Checklista steg 2",
            "▶◐ 3. Framgångsfaktorer",
        ]
        assert "(●) Saknas" in text_of(app.screen.query_one("#assessment-ledningen-ser-vikten"))
        await pilot.press("ctrl+b")
        view = app.screen.query_one("#view-checklista")
        assert "(●) Delvis" in text_of(view.query_one("#answer-underlag-finns", ChoiceRow))
        assert "(●) Enighet" in text_of(view.query_one("#agreement-underlag-finns", ChoiceRow))
        assert view.query_one("#motivation-underlag-finns", TextArea).text == "Nästan"
        assert view.query_one("#notes", TextArea).text == "Rad 1\nRad 2"
        await pilot.press("ctrl+b")
        view = app.screen.query_one("#view-underlag")
        assert view.query_one("#value-motestid", Input).value == "42,5"
        assert view.query_one("#source-motestid", Input).value == "HR"
        assert "utgör 42,5 procent" in text_of(view.query_one("#filled-text"))
        assert view.query_one("#notes", TextArea).text == "Bra start"
        # And it goes on being saved.
        await pilot.press(*"!")
        await pilot.press("ctrl+q")  # saves and closes
    assert 'value = "42,5!"' in path.read_text(encoding="utf-8")


async def test_a_read_only_session_says_so_and_typing_changes_nothing_on_disk(
    workspace: Workspace, clock: Callable[[], datetime], reopen_app: MakeApp
) -> None:
    path = a_session_file(workspace, clock)
    before = path.read_bytes()
    app = reopen_app(path, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert status(app) == (
            "SKRIVSKYDDAD · Avsnitt 3 av 6: Framgångsfaktorer · Pågår | Ändringar sparas inte"
        )
        await pilot.press("1", "tab", *"x", "f3", *"y", "ctrl+b", "ctrl+b", *"7", "f3", *"z")
        assert app.controller.session.current_section == "underlag"
        assert app.screen.query_one("#view-underlag #notes", TextArea).text == "Bra start"
        assert app.controller.session.figures["motestid"].value == "42,5"
        await pilot.press("ctrl+t", "f4", "f9")
        assert app.screen.id == "session-screen"
        await pilot.press("ctrl+q")
    assert path.read_bytes() == before


async def test_a_read_only_session_offers_no_editing_commands(
    workspace: Workspace, clock: Callable[[], datetime], reopen_app: MakeApp
) -> None:
    path = a_session_file(workspace, clock)
    app = reopen_app(path, read_only=True, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert status(app).startswith("READ-ONLY · Section 3 of 6")
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Next section", "Meeting details", "Preview minutes"} <= offered
        assert not offered & {
            "Add commitment",
            "Toggle timer",
            "Reset timer",
            "Export minutes",
            "Finish session",
        }
        footer = {
            binding.action
            for _, binding, enabled, _ in app.screen.active_bindings.values()
            if enabled
        }
        assert "next_section" in footer
        assert not footer & {"add_commitment", "toggle_timer", "finish_session"}


async def test_resume_puts_the_cursor_and_the_page_back_where_they_were(
    make_app: MakeApp, reopen_app: MakeApp
) -> None:
    """The next key typed after resuming goes where it would have gone before the quit: into
    the same field, at the same place in its text, with the page scrolled as it was."""
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        view = app.screen.query_one("#view-checklista")
        field = view.query_one("#motivation-moteskultur", TextArea)
        field.focus()
        await pilot.pause()
        await paste(pilot, "Ledningen föregår\nmed gott exempel")
        field.move_cursor((1, 4))  # after "med "
        await pilot.pause()
        scrolled = round(view.scroll_y)
        assert scrolled > 0  # the fourth question is further down the page
        await pilot.press("ctrl+q")
        await pilot.pause(SIGNAL_GRACE_SECONDS * 2)  # the quit keeps the cursor as it saves
    app = reopen_app(session_path(app))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.screen.query_one("#view-checklista")
        assert app.focused is view.query_one("#motivation-moteskultur")
        assert round(view.scroll_y) == scrolled
        await pilot.press("X")
        assert app.controller.session.questions["moteskultur"].motivation == (
            "Ledningen föregår\nmed Xgott exempel"
        )


async def test_a_move_of_the_cursor_is_saved_with_the_next_save_and_on_quit(
    make_app: MakeApp,
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "tab", *"ab")
        await pilot.pause(1.0)  # the autosave's longest delay has passed
        assert saved(app)["view"] == {
            "section": "checklista",
            "field": "motivation-underlag-finns",
            "line": 0,
            "column": 2,
            "scroll": 0,
        }
        before = session_path(app).read_bytes()
        await pilot.press("left", "shift+tab")  # only moving: nothing is written for it
        await pilot.pause(1.0)
        assert session_path(app).read_bytes() == before
        await pilot.press("ctrl+q")
        await pilot.pause(SIGNAL_GRACE_SECONDS * 2)
    assert saved(app)["view"]["field"] == "agreement-underlag-finns"


async def test_a_view_of_another_section_or_a_field_gone_is_passed_over(
    workspace: Workspace, clock: Callable[[], datetime], reopen_app: MakeApp
) -> None:
    path = a_session_file(workspace, clock)
    text = path.read_text(encoding="utf-8").replace(
        "\n[meeting]\n",
        '\n[view]\nsection = "framgangsfaktorer"\nfield = "no-such-field"\n'
        "line = 3\ncolumn = 9\nscroll = 400\n\n[meeting]\n",
    )
    assert "[view]" in text
    path.write_text(text, encoding="utf-8")
    app = reopen_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.focused is not None
        assert app.focused.id == "assessment-ledningen-ser-vikten"  # the section's first
