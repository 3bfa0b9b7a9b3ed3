"""Restoring a session into the widgets changes nothing it records.

Textual posts `Input.Changed` when an Input mounts, `TextArea.Changed` on `load_text`, and a
choice set in code can post its own change (TEXTUAL-NOTES.md): any of them could write a
widget's idea of a value back over the one in the file. Here a full session, with texts a
one-line field cannot show as they are (line breaks, CRLF, a lone CR) and a 100,000-character
note, is opened; every section, the meeting details and a commitment are shown; then what the
session records must be exactly what the file held, and nothing may have been saved.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget
from textual.widgets import Input, TextArea

from facilitator.paths import Workspace
from facilitator.storage.sessions import read_session, save_session
from facilitator.tui.widgets.choice import ChoiceRow
from tui.helpers import session_screen
from unit.helpers import example_session

from .conftest import MakeApp

RECORDS = ("meeting", "figures", "questions", "assessments", "reflections", "commitments")


def fields(root: Widget) -> int:
    return sum(len(root.query(kind)) for kind in (Input, TextArea, ChoiceRow))


async def test_showing_every_field_of_a_resumed_session_changes_nothing(
    workspace: Workspace, reopen_app: MakeApp, figure: Callable[[str], None]
) -> None:
    session = example_session()
    session.set_meeting("title", "Rad 1\nRad 2\r\nRad 3")
    session.set_meeting("place", "\rRum\r")
    session.set_question("rooms", "motivation", "a\nb")
    session.set_notes("questions", "x\r\ny\rz" + "å" * 100_000)
    path = workspace.ensure(workspace.sessions) / "full.toml"
    save_session(path, session)
    before, data = read_session(path), path.read_bytes()

    app = reopen_app(path)
    restored = 0
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        for section in app.controller.session.workshop.sections:
            await screen.show_section(section.id)
            await pilot.pause()
            assert screen.current_view is not None
            restored += fields(screen.current_view)
        await screen.run_action("edit_commitment")
        await pilot.press("f2")
        await pilot.pause()
        for dialog in app.screen_stack[-2:]:
            restored += fields(dialog)
        await pilot.press("escape", "escape")
        await pilot.pause(1.2)  # longer than an autosave takes
        changed = [
            name
            for name in RECORDS
            if getattr(app.controller.session, name) != getattr(before, name)
        ]
        notes = {k: v.notes for k, v in app.controller.session.sections.items()}
        assert notes == {k: v.notes for k, v in before.sections.items()}
        assert changed == []
        # Showing a section records where the group is and what it has visited, and that is
        # all that may have been saved.
        saved = read_session(path)
        assert all(getattr(saved, name) == getattr(before, name) for name in RECORDS)
    assert restored > 40
    figure(
        f"{restored} fields (inputs, text areas, choice rows) in 6 sections and 2 dialogs "
        "restored from a session with line breaks, CRLF and CR in one-line fields and a "
        f"100,000-character note: 0 records changed ({len(data):,}-byte file)"
    )
