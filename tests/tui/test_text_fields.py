"""The fields a group fills with sentences: a paste keeps every line, the text wraps and the
field grows with it, and a field left shows its text from the start."""

from __future__ import annotations

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import TextArea

from .conftest import MakeApp
from .helpers import paste, saved, saved_section, screen_lines

PASTED = "Första raden\nandra raden\ntredje raden"
# What a terminal sends for the same paste: the lines separated by carriage returns.
FROM_A_TERMINAL = PASTED.replace("\n", "\r")
SCROLLBAR = "▁▂▃▄▅▆▇█"  # the page's, at the right edge
LONG = (
    "Lägesbeskrivningen från steg 1 är klar och har gåtts igenom av hela ledningsgruppen, "
    "men siffrorna för resorna saknas fortfarande och kommer först i mars"
)


async def paste_into(pilot: Pilot[None], field: TextArea, text: str) -> None:
    """Focus `field` and paste `text` as the terminal's driver hands a paste to the app."""
    app = pilot.app
    field.focus()
    await pilot.pause()
    app.post_message(events.Paste(text))
    await pilot.pause()


# (section number, field id, where the session keeps it, where the file keeps it)
SECTION_FIELDS = [
    (
        2,
        "motivation-underlag-finns",
        lambda s: s.questions["underlag-finns"].motivation,
        lambda doc: saved_section(doc, "checklista")["questions"][0]["motivation"],
    ),
    (
        3,
        "note-ledningen-ser-vikten",
        lambda s: s.assessments["ledningen-ser-vikten"].note,
        lambda doc: saved_section(doc, "framgangsfaktorer")["items"][0]["note"],
    ),
    (
        4,
        "reflection-sodertorn",
        lambda s: s.reflections["sodertorn"],
        lambda doc: saved_section(doc, "exempel")["examples"][0]["reflection"],
    ),
]


@pytest.mark.parametrize(("section", "field_id", "in_session", "in_file"), SECTION_FIELDS)
async def test_a_paste_of_several_lines_keeps_every_line(
    make_app: MakeApp, section: int, field_id: str, in_session, in_file
) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*["ctrl+n"] * (section - 1))
        field = app.screen.query_one(f"#{field_id}", TextArea)
        await paste_into(pilot, field, FROM_A_TERMINAL)
        assert in_session(app.controller.session) == PASTED
        # One row a line, one under the other: all three are on the screen at once.
        lines = screen_lines(app)
        rows = [
            next(n for n, line in enumerate(lines) if f"▌ {pasted}" in line)
            for pasted in PASTED.splitlines()
        ]
        assert rows == [rows[0], rows[0] + 1, rows[0] + 2]
        await pilot.press("ctrl+q")
    assert in_file(saved(app)) == PASTED


async def test_a_paste_into_a_reservation_and_a_commitment_keeps_every_line(
    make_app: MakeApp,
) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        app.screen.query_one("#edit-res-underlag-finns").focus()
        await pilot.press("enter")  # a new reservation, its "who" focused
        await pilot.pause()
        await paste_into(pilot, app.screen.query_one("#res-0-why", TextArea), FROM_A_TERMINAL)
        await pilot.press("escape", "f4")
        await pilot.pause()
        await paste_into(pilot, app.screen.query_one("#commitment-what", TextArea), PASTED)
        await pilot.press("escape")
        assert app.controller.session.questions["underlag-finns"].reservations[0].why == PASTED
        assert app.controller.session.commitments[0].what == PASTED
        await pilot.press("ctrl+q")
    document = saved(app)
    question = saved_section(document, "checklista")["questions"][0]
    assert question["reservations"][0]["why"] == PASTED
    assert document["commitments"][0]["what"] == PASTED


async def test_a_long_text_wraps_and_shows_its_start_once_left(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "tab")
        field = app.focused
        assert isinstance(field, TextArea) and field.id == "motivation-underlag-finns"
        await paste(pilot, LONG)
        await pilot.press("end", "tab")  # typed to its end, then left
        await pilot.pause()
        assert app.controller.session.questions["underlag-finns"].motivation == LONG
        # A field left has a thin bar (▏) at its left edge.
        rows = [line for line in screen_lines(app)[:-1] if "▏" in line]  # not the footer
        shown = " ".join(line.split("▏", 1)[1].strip(" " + SCROLLBAR) for line in rows)
        # Every word on the screen, from the first: nothing cut off or scrolled sideways.
        assert shown.startswith("Lägesbeskrivningen från steg 1")
        assert " ".join(LONG.split()) in " ".join(shown.split())
        assert field.scroll_offset.x == 0 and field.size.height >= 3


async def test_enter_starts_a_new_line_and_tab_moves_on(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "tab", *"ab", "enter", *"cd")
        assert app.controller.session.questions["underlag-finns"].motivation == "ab\ncd"
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "edit-res-underlag-finns"
        await pilot.press("shift+tab", "ctrl+n")  # the session's keys work from the field
        assert app.controller.session.current_section == "framgangsfaktorer"
        assert app.controller.session.questions["underlag-finns"].motivation == "ab\ncd"
