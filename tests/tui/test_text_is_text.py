"""Text is text: what people type, and what a workshop file says, is shown as written, never
read as markup (an unmatched [/] would end the app; [@click=...] would run an action)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Input, OptionList, TextArea

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.sessions import create_session
from facilitator.storage.workshop_yaml import load_workshop
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.screens.dialogs import PreviewScreen

from .conftest import MakeApp
from .helpers import SIZE, on_screen, paste, saved, saved_section, text_of

MARKUP = "[bold red]x[/]"
ACTION = "[@click=app.quit]x[/]"
SCRIPT = "<script>alert(1)</script>"
UNMATCHED = "a [/] b"
ALL = f"{MARKUP} {ACTION} {SCRIPT} {UNMATCHED} åäö"


async def test_markup_typed_by_people_is_shown_as_typed(make_app: MakeApp) -> None:
    app = make_app("sv")
    # Wide enough for the whole text to show in a one-line field.
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await pilot.pause()
        # The meeting title, typed.
        await pilot.press("f2", *MARKUP)
        assert on_screen(app, MARKUP)
        app.screen.query_one("#meeting-title", Input).value = ALL
        await pilot.pause()
        assert on_screen(app, ALL)
        await pilot.press("escape")
        # Notes.
        await pilot.press("f3")
        assert isinstance(app.focused, TextArea)
        await paste(pilot, f"{ALL}\n{SCRIPT}")
        assert on_screen(app, ALL) and on_screen(app, SCRIPT)
        # A motivation, typed and pasted.
        await pilot.press("ctrl+n", "tab", "tab", *UNMATCHED)
        assert on_screen(app, UNMATCHED)
        await paste(pilot, ALL)
        assert on_screen(app, ALL)
        # A commitment, in the table and in the wrap-up.
        await pilot.press("f4")
        await paste(pilot, ALL)
        await pilot.press("escape", "ctrl+g", "end", "up", "enter")
        await pilot.pause()
        # Long text wraps inside its cell: the cell holds it literally, its start is on screen.
        table = app.screen.query_one("#commitment-table", DataTable)
        assert str(table.get_cell_at(Coordinate(0, 1))) == ALL
        assert on_screen(app, ALL[:20])
        await pilot.press("delete")  # the undo line quotes it
        assert on_screen(app, f"Borttaget: ”{ALL}”.")
        await pilot.press("ctrl+z", "ctrl+n")
        assert on_screen(app, f"• {ALL} — ingen ansvarig, inget datum")
        # The minutes' preview shows the title as typed.
        await pilot.press("f5")
        assert isinstance(app.screen, PreviewScreen)
        assert on_screen(app, ALL)
        await pilot.press("escape")
        assert app.controller.session.meeting.title == ALL
        await pilot.press("ctrl+q")  # saves and closes
    document = saved(app)
    assert document["meeting"]["title"] == ALL
    assert saved_section(document, "underlag")["notes"] == f"{ALL}\n{SCRIPT}"
    assert saved_section(document, "checklista")["questions"][0]["motivation"] == ALL
    assert document["commitments"][0]["what"] == ALL


def workshop_with_markup(folder: Path) -> Path:
    """The built-in workshop with markup in a section title and in a question."""
    source = Path(__file__).parents[2] / "workshops" / "steg2-ledningens-stod.sv.yaml"
    text = source.read_text(encoding="utf-8")
    for old, new in [
        ("title: Exempel\n", f'title: "Exempel {UNMATCHED}"\n'),
        (
            "text: Är arbetet förankrat i ledningsgruppen?",
            f'text: "Är arbetet {ACTION} förankrat {UNMATCHED}?"',
        ),
    ]:
        assert old in text
        text = text.replace(old, new)
    path = folder / "markup.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def markup_app(
    workspace: Workspace, clock: Callable[[], datetime], tmp_path: Path
) -> Iterator[FacilitatorApp]:
    workshop = load_workshop(workshop_with_markup(tmp_path))
    store = create_session(workspace, Session(workshop, clock=clock))
    yield FacilitatorApp(workspace, store=store, clock=clock)
    store.close()


async def test_markup_in_a_workshop_file_is_shown_as_written(markup_app: FacilitatorApp) -> None:
    app = markup_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        question = f"Är arbetet {ACTION} förankrat {UNMATCHED}?"
        assert on_screen(app, f"4. Exempel {UNMATCHED}")  # the agenda
        await pilot.press("ctrl+n")
        assert on_screen(app, question)
        # The commitment dialog offers the question to link to, as written.
        await pilot.press("f4")
        assert isinstance(app.screen, CommitmentDialog)
        await pilot.press("tab", "tab", "tab", "tab", "enter")
        await pilot.pause()
        choices = app.screen.query_one("#commitment-link SelectOverlay", OptionList)
        assert str(choices.get_option_at_index(2).prompt) == question
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.controller.session.commitments[0].link == "forankring"
        chosen = app.screen.query_one("#commitment-link SelectCurrent #label")
        assert text_of(chosen) == question
        await pilot.press("escape", "ctrl+n", "ctrl+n")
        assert on_screen(app, f"Avsnitt 4 av 6: Exempel {UNMATCHED} · Pågår")


async def test_a_section_title_with_markup_can_be_found_in_the_palette(
    markup_app: FacilitatorApp,
) -> None:
    app = markup_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"exem")
        await pilot.pause(0.5)
        assert on_screen(app, f"Gå till avsnitt: Exempel {UNMATCHED}")
        await pilot.press("enter")
        await pilot.pause()
        assert app.controller.session.current_section == "exempel"
