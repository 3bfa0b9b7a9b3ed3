"""Moving around: next and previous from any field, the section picker, where we are, and
views built only for sections someone has opened."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, TextArea

from facilitator.tui.messages import MeetingEdited
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.screens.dialogs import SectionPicker
from facilitator.tui.sections import SectionView
from facilitator.tui.widgets.agenda import AgendaList

from .conftest import MakeApp
from .helpers import SIZE, agenda_lines, mounted_views, screen_lines, session_screen, status


async def test_next_and_previous_work_from_an_input_and_from_the_notes(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, Input)  # the first key figure
        await pilot.press("ctrl+n")
        assert app.controller.session.current_section == "checklista"
        await pilot.press("f3", *"ab")
        assert isinstance(app.focused, TextArea)
        await pilot.press("ctrl+n")
        assert app.controller.session.current_section == "framgangsfaktorer"
        assert app.controller.session.sections["checklista"].notes == "ab"  # ctrl+n typed nothing
        await pilot.press("tab")  # from the first assessment to its note
        assert isinstance(app.focused, TextArea) and app.focused.id.startswith("note-")
        await pilot.press("ctrl+b")
        assert app.controller.session.current_section == "checklista"
        await pilot.press("f3", "ctrl+b")
        assert app.controller.session.current_section == "underlag"
        # At the ends of the agenda the keys do nothing.
        await pilot.press("ctrl+b")
        assert app.controller.session.current_section == "underlag"
        assert status(app).startswith("Avsnitt 1 av 6: Underlag")


async def test_the_last_section_is_as_far_as_next_goes(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*["ctrl+n"] * 6)
        assert app.controller.session.current_section == "avslut"
        assert status(app).startswith("Avsnitt 6 av 6: Avslut")


async def test_ctrl_g_opens_the_section_picker_and_enter_goes_there(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3", *"x")  # from inside the notes
        await pilot.press("ctrl+g")
        assert isinstance(app.screen, SectionPicker)
        picker = app.screen.query_one(OptionList)
        assert picker.highlighted == 0  # where we are
        assert [str(picker.get_option_at_index(i).prompt) for i in range(3)] == [
            "▶◐ 1. Underlag",
            " ○ 2. Checklista steg 2",
            " ○ 3. Framgångsfaktorer",
        ]
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, SectionPicker)
        assert app.controller.session.current_section == "exempel"
        assert status(app).startswith("Avsnitt 4 av 6: Exempel")
        assert app.controller.session.sections["underlag"].notes == "x"
        # Escape closes the picker and stays.
        await pilot.press("ctrl+g", "down", "escape")
        await pilot.pause()
        assert app.controller.session.current_section == "exempel"


async def test_in_the_section_picker_a_number_goes_straight_to_its_section(
    make_app: MakeApp,
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3", *"x")  # from inside the notes: the digit is not typed there
        await pilot.press("ctrl+g", "5")
        await pilot.pause()
        assert not isinstance(app.screen, SectionPicker)
        assert app.controller.session.current_section == "ataganden"
        assert status(app).startswith("Avsnitt 5 av 6: Åtaganden")
        assert app.controller.session.sections["underlag"].notes == "x"
        # A number with no section does nothing; the picker stays open.
        await pilot.press("ctrl+g", "9")
        await pilot.pause()
        assert isinstance(app.screen, SectionPicker)
        await pilot.press("2")
        await pilot.pause()
        assert app.controller.session.current_section == "checklista"


@pytest.mark.parametrize(
    ("workshop", "language", "expected"),
    [
        ("sv", None, "Avsnitt 3 av 6: Framgångsfaktorer · Pågår"),
        ("en", None, "Section 3 of 6: Success factors · In progress"),
        # The UI language can differ from the workshop's.
        ("sv", "en", "Section 3 of 6: Framgångsfaktorer · In progress"),
    ],
)
async def test_the_status_bar_says_where_we_are(
    make_app: MakeApp, workshop: str, language: str | None, expected: str
) -> None:
    app = make_app(workshop, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n")
        assert status(app).startswith(expected + " | ")


async def test_the_agenda_marks_each_section_as_it_is_filled(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert agenda_lines(app) == [
            "▶◐ 1. Underlag",
            " ○ 2. Checklista steg 2",
            " ○ 3. Framgångsfaktorer",
            " ○ 4. Exempel",
            " ○ 5. Åtaganden",
            " ○ 6. Avslut",
        ]
        for value in ("40", "30", "3"):  # all three figures: the section is done
            await pilot.press(*value, "tab", "tab")
        assert agenda_lines(app)[0] == "▶✓ 1. Underlag"
        assert "Underlag · Klart" in status(app)
        await pilot.press("ctrl+n")
        lines = agenda_lines(app)
        assert lines[:2] == [" ✓ 1. Underlag", "▶◐ 2. Checklista steg 2"]
        # Answer and agreement for all four questions: done.
        for question in app.controller.session.workshop.section("checklista").questions:
            app.screen.query_one(f"#answer-{question.id}").focus()
            await pilot.press("1", "tab", "1")
        assert agenda_lines(app)[1] == "▶✓ 2. Checklista steg 2"
        # Taking one answer back makes it in progress again.
        await pilot.press("delete")
        assert agenda_lines(app)[1] == "▶◐ 2. Checklista steg 2"
        assert agenda_lines(app)[2:] == [
            " ○ 3. Framgångsfaktorer",
            " ○ 4. Exempel",
            " ○ 5. Åtaganden",
            " ○ 6. Avslut",
        ]


async def test_only_sections_that_were_shown_have_a_view(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert mounted_views(app) == ["view-underlag"]
        await pilot.press("ctrl+g", "end", "enter")
        await pilot.pause()
        assert mounted_views(app) == ["view-underlag", "view-avslut"]
        await pilot.press("ctrl+b")
        await pilot.press("ctrl+g", "home", "enter")
        await pilot.pause()
        assert mounted_views(app) == ["view-underlag", "view-avslut", "view-ataganden"]
        assert app.controller.session.current_section == "underlag"


async def test_the_command_palette_finds_sections_and_commands(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"exempel")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert app.controller.session.current_section == "exempel"
        await pilot.press("ctrl+p", *"nytt å")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CommitmentDialog)


async def test_a_section_shown_the_first_time_is_drawn_whole(make_app: MakeApp) -> None:
    """No frame shows a half-built page: the checklist's view is on screen only once all of
    its widgets are mounted (it is built hidden, then shown)."""
    from textual.widgets import ContentSwitcher

    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        switcher = app.screen.query_one("#sections", ContentSwitcher)
        shown: list[int] = []  # widgets in the checklist's view, in each frame that shows it
        display = app._display

        def watched(screen: object, renderable: object) -> None:
            views = [view for view in switcher.children if view.id == "view-checklista"]
            if renderable is not None and views and views[0].display:
                shown.append(sum(w.is_mounted for w in views[0].walk_children()))
            display(screen, renderable)  # type: ignore[arg-type]

        app._display = watched  # type: ignore[method-assign]
        await pilot.press("ctrl+n")
        await pilot.pause(0.3)
        view = switcher.query_one("#view-checklista")
        whole = sum(w.is_mounted for w in view.walk_children())
    assert shown and whole > 30
    assert set(shown) == {whole}, shown


async def test_a_page_that_starts_to_scroll_keeps_its_text_where_it_was(make_app: MakeApp) -> None:
    """Notes that grow past the page's height bring out its scrollbar; the room's text must
    not move or re-wrap then: the bar's column is kept free from the start."""
    app = make_app("sv")
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.pause()
        await pilot.press(*["ctrl+n"] * 5)  # the wrap-up: it fits at 160×60
        await pilot.pause()
        view = app.screen.query_one("#view-avslut", SectionView)
        notes = view.query_one("#notes", TextArea)
        title = view.query_one(".notes-title")
        assert view.max_scroll_y == 0
        before = (notes.region.width, title.region.width)
        notes.load_text("\n".join(f"rad {n}" for n in range(60)))
        await pilot.pause()
        assert view.max_scroll_y > 0
        assert (notes.region.width, title.region.width) == before


async def test_the_top_line_says_what_meeting_this_is(make_app: MakeApp) -> None:
    """The title follows the position on the one top line; a meeting title, once given,
    comes first; on a narrow screen the title is cut short, never wrapped."""
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.6)  # saved: "Sparat 09:00:00" at the end of the line
        top, below = screen_lines(app)[:2]
        assert top.startswith("Avsnitt 1 av 6: Underlag · Pågår │ Steg 2 – Ledningens stöd ")
        assert top.rstrip().endswith("Sparat 09:00:00") and "Ledningens" not in below
        app.post_message(MeetingEdited("title", "Ledningsgruppens möte om digitala möten"))
        await pilot.pause()
        top, below = screen_lines(app)[:2]
        assert top.startswith("Avsnitt 1 av 6: Underlag · Pågår │ Ledningsgruppens möte om …")
        assert "digitala" not in below
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        assert screen_lines(app)[0].startswith(
            "Avsnitt 1 av 6: Underlag · Pågår │ Ledningsgruppens möte om digitala möten · "
            "Steg 2 – Ledningens stöd "
        )


async def test_the_agenda_shows_where_the_room_is_after_the_screen_narrowed_and_widened(
    make_app: MakeApp,
) -> None:
    """On a narrow screen the agenda is hidden; what changed meanwhile is drawn when it comes
    back (its lines are drawn one by one, not all again)."""
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert agenda_lines(app)[:2] == [" ◐ 1. Underlag", "▶◐ 2. Checklista steg 2"]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert agenda_lines(app)[1:4] == [
            " ◐ 2. Checklista steg 2",
            " ◐ 3. Framgångsfaktorer",
            "▶◐ 4. Exempel",
        ]
        highlighted = session_screen(app).query_one(AgendaList).highlighted
        assert highlighted == 3
