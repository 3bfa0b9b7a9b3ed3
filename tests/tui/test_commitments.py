"""Commitments: F4 from anywhere opens the dialog; dates are checked at the field; an empty
one disappears; Delete removes from the table and Ctrl+Z brings it back."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.geometry import Region
from textual.widgets import DataTable, Input, TextArea

from facilitator.domain.session import Commitment, Session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.commitment import CommitmentDialog

from .conftest import MakeApp
from .helpers import SIZE, on_screen, paste, saved, screen_lines, session_screen, text_of


def listed(commitments: list[Commitment]) -> list[tuple[str, str, str, str]]:
    return [(c.what, c.who, c.due, c.status.value) for c in commitments]


def listed_in_file(app: FacilitatorApp) -> list[tuple[str, str, str, str]]:
    return [(c["what"], c["who"], c["due"], c["status"]) for c in saved(app)["commitments"]]


def table_rows(app: FacilitatorApp) -> list[list[str]]:
    table = session_screen(app).query_one("#commitment-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_f4_opens_the_dialog_from_any_section(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # From a figure field, from the answer row, from the notes of the examples.
        for where, what, who, due in [
            ([], "Ta fram en policy", "Anna", "2027-01-15"),
            (["ctrl+n"], "Budget", "Bo", "2027-02-01"),
            (["ctrl+n", "ctrl+n", "f3"], "Bjud in GD", "Cilla", "2027-03-01"),
        ]:
            await pilot.press(*where, "f4")
            assert isinstance(app.screen, CommitmentDialog)
            assert app.focused is not None and app.focused.id == "commitment-what"
            await paste(pilot, what)
            await pilot.press("tab", *who, "tab")
            await paste(pilot, due)
            await pilot.press("escape")
            assert not isinstance(app.screen, CommitmentDialog)
        assert app.controller.session.current_section == "exempel"
        assert listed(app.controller.session.commitments) == [
            ("Ta fram en policy", "Anna", "2027-01-15", "open"),
            ("Budget", "Bo", "2027-02-01", "open"),
            ("Bjud in GD", "Cilla", "2027-03-01", "open"),
        ]
        await pilot.press("ctrl+q")  # saves and closes
    assert listed_in_file(app) == listed(app.controller.session.commitments)


async def test_a_bad_or_past_due_date_is_shown_at_the_field(make_app: MakeApp) -> None:
    app = make_app("sv")  # the frozen clock says 2026-11-30
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4", *"Policy", "tab", "tab")
        dialog = app.screen
        problem = dialog.query_one("#due-problem")
        assert not problem.display
        await pilot.press(*"2026-13-01")
        assert problem.display and text_of(problem) == "⚠ Skriv datumet som ÅÅÅÅ-MM-DD"
        due = dialog.query_one("#commitment-due", Input)
        due.value = "2026-01-01"
        await pilot.pause()
        assert text_of(problem) == "⚠ Datumet har redan passerat"
        # A commitment already done may well have a date in the past.
        await pilot.press("tab", "2")
        assert app.controller.session.commitments[0].status.value == "done"
        assert not problem.display
        await pilot.press("1")
        assert text_of(problem) == "⚠ Datumet har redan passerat"
        due.value = "2026-13-01"
        await pilot.pause()
        await pilot.press("escape")
        # Kept as typed, and flagged in the table.
        assert app.controller.session.commitments[0].due == "2026-13-01"
        await pilot.press("ctrl+g", "end", "up", "enter")
        await pilot.pause()
        assert table_rows(app)[0][:4] == ["1", "Policy", "–", "⚠ 2026-13-01"]
        await pilot.press("ctrl+q")  # saves and closes
    assert listed_in_file(app) == [("Policy", "", "2026-13-01", "open")]


async def test_a_commitment_left_empty_is_removed_when_the_dialog_closes(
    make_app: MakeApp,
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        assert len(app.controller.session.commitments) == 1
        await pilot.press("escape")
        assert app.controller.session.commitments == []
        # Typed and then rubbed out again is empty too.
        await pilot.press("f4", "x", "backspace", "escape")
        assert app.controller.session.commitments == []
        # Only a due date is not empty.
        await pilot.press("f4", "tab", "tab")
        await paste(pilot, "2027-01-01")
        await pilot.press("escape")
        assert listed(app.controller.session.commitments) == [("", "", "2027-01-01", "open")]
        await pilot.press("ctrl+q")  # saves and closes
    assert listed_in_file(app) == [("", "", "2027-01-01", "open")]


async def test_delete_removes_from_the_table_and_ctrl_z_puts_it_back(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for what in ("Första", "Andra", "Tredje"):
            await pilot.press("f4")
            await paste(pilot, what)
            await pilot.press("escape")
        await pilot.press("ctrl+g", "end", "up", "enter")
        await pilot.pause()
        assert isinstance(app.focused, DataTable)
        assert [row[1] for row in table_rows(app)] == ["Första", "Andra", "Tredje"]
        await pilot.press("down", "delete")
        assert [c.what for c in app.controller.session.commitments] == ["Första", "Tredje"]
        assert [row[1] for row in table_rows(app)] == ["Första", "Tredje"]
        hint = app.screen.query_one("#undo-hint")
        assert text_of(hint) == "Borttaget: ”Andra”. Ctrl+Z ångrar."
        await pilot.pause(1.2)
        assert [c[0] for c in listed_in_file(app)] == ["Första", "Tredje"]
        await pilot.press("ctrl+z")
        assert [c.what for c in app.controller.session.commitments] == ["Första", "Andra", "Tredje"]
        assert [row[1] for row in table_rows(app)] == ["Första", "Andra", "Tredje"]
        assert text_of(hint) == ""
        # Enter opens the selected commitment for editing.
        await pilot.press("home", "enter")
        assert isinstance(app.screen, CommitmentDialog)
        assert app.screen.query_one("#commitment-what", TextArea).text == "Första"
        await pilot.press("end", *"!", "escape")
        assert [c.what for c in app.controller.session.commitments] == [
            "Första!",
            "Andra",
            "Tredje",
        ]
        await pilot.press("ctrl+q")  # saves and closes
    assert [c[0] for c in listed_in_file(app)] == ["Första!", "Andra", "Tredje"]


async def test_who_suggests_the_participants_but_takes_any_name(make_app: MakeApp) -> None:
    def participants(session: Session) -> None:
        session.add_participant("Anna Andersson")
        session.add_participant("Bo Berg")

    app = make_app("sv", prepare=participants)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4", *"Policy", "tab", *"bo")
        who = app.screen.query_one("#commitment-who", Input)
        assert who.value == "bo"
        assert on_screen(app, "bo Berg")  # the rest of the name, greyed after the cursor
        await pilot.press("right")  # take the suggestion
        assert who.value == "Bo Berg"
        await pilot.press("escape", "f4")
        await paste(pilot, "Upphandling")
        await pilot.press("tab")
        await paste(pilot, "Extern konsult")
        await pilot.press("escape")
        assert [c.who for c in app.controller.session.commitments] == ["Bo Berg", "Extern konsult"]
        await pilot.press("ctrl+q")  # saves and closes
    assert [c[1] for c in listed_in_file(app)] == ["Bo Berg", "Extern konsult"]


async def test_a_long_table_lists_every_commitment_and_keeps_the_selected_one(
    make_app: MakeApp,
) -> None:
    """The first rows are drawn at once and the rest just after: all 150 are there, in order,
    and the commitment selected far down stays selected when the table is filled again."""

    def many(session: Session) -> None:
        for number in range(1, 151):
            session.add_commitment(f"Åtagande {number}", "Anna", "2027-01-15")
        session.current_section = "ataganden"

    app = make_app("sv", prepare=many)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [row[1] for row in table_rows(app)] == [f"Åtagande {n}" for n in range(1, 151)]
        table = session_screen(app).query_one("#commitment-table", DataTable)
        table.focus()
        table.move_cursor(row=119)
        await pilot.pause()
        await pilot.press("f4")  # a new commitment: the table is filled again
        await paste(pilot, "Det sista")
        await pilot.press("escape")
        await pilot.pause()
        rows = table_rows(app)
        assert len(rows) == 151 and rows[-1][1] == "Det sista"
        assert rows[table.cursor_row][1] == "Åtagande 120"


async def test_a_session_opened_at_its_commitments_shows_them_in_its_first_frame(
    make_app: MakeApp,
) -> None:
    """The table is filled for the width the page will get before the page is first laid
    out; filled at its first resize instead, the rows came a frame after the page."""
    from facilitator.tui.screens.session import SessionScreen

    def prepare(session: Session) -> None:
        for n in range(1, 31):
            session.add_commitment(f"Åtagande {n}", "Anna", "2026-12-01")
        session.go_to("ataganden")

    app = make_app("sv", prepare=prepare)
    rows_drawn: list[int] = []  # rows in the table at each frame of the session screen
    display = app._display

    def watched(screen: object, renderable: object) -> None:
        if isinstance(screen, SessionScreen) and renderable is not None:
            table = screen.query("#commitment-table")
            rows_drawn.append(table.first(DataTable).row_count if table else -1)
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = watched  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert table_rows(app)[0][:2] == ["1", "Åtagande 1"]
    assert rows_drawn and rows_drawn[0] == 30, rows_drawn


async def test_a_long_table_fits_its_page_beside_its_own_scrollbar(make_app: MakeApp) -> None:
    """Thirty commitments are more than the table shows: its scrollbar takes two columns, and
    the page keeps two for its own; every column must still be seen whole, without scrolling
    sideways."""

    def prepare(session: Session) -> None:
        for n in range(1, 31):
            session.add_commitment(f"Åtagande {n} " + "med många ord " * 6, "Anna", "2026-12-01")
        session.go_to("ataganden")

    for size in (SIZE, (80, 30), (160, 50)):
        app = make_app("sv", prepare=prepare)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            table = session_screen(app).query_one("#commitment-table", DataTable)
            assert table.max_scroll_y > 0, size  # its own scrollbar is there
            assert table.max_scroll_x == 0, size


async def test_a_commitment_of_several_lines_shows_them_all_in_its_row(make_app: MakeApp) -> None:
    def prepare(session: Session) -> None:
        session.add_commitment("Boka rummen\nföre mars", "Anna", "2026-12-01")
        session.go_to("ataganden")

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert table_rows(app)[0][:3] == ["1", "Boka rummen / före mars", "Anna"]


LONG_WHAT = (
    "Ta fram en mötespolicy för hela ledningsgruppen som gäller från mars, med regler för"
    " digitala möten\noch en mall för dagordningar\nsom alla kan använda"
)


def names_and_a_long_what(session: Session) -> None:
    """Three commitments as a group writes them: a long one of three lines, and names of
    one and of two parts."""
    linked = session.workshop.linkable()[2][0]
    session.add_commitment(LONG_WHAT, "Eva Nilsson", "2027-01-15", linked)
    session.add_commitment("Avsätt en halv tjänst", "Anna-Karin Lindqvist", "2027-03-01")
    session.add_commitment("Boka uppföljning", "Bo Berg", "2026-12-15")
    session.go_to("ataganden")


def column_widths(app: FacilitatorApp) -> dict[str, int]:
    table = session_screen(app).query_one("#commitment-table", DataTable)
    return {str(key.value): column.width for key, column in table.columns.items()}


def table_lines(app: FacilitatorApp) -> list[str]:
    """The table's heading and rows as they are on the screen."""
    table = session_screen(app).query_one("#commitment-table", DataTable)
    return within(app, table.region)


def within(app: FacilitatorApp, region: Region) -> list[str]:
    """The screen's text in `region`, line by line (`screen_lines` starts a column left)."""
    lines = screen_lines(app)[region.y : region.bottom]
    return [line[region.x - 1 : region.right - 1] for line in lines]


def assert_names_whole_and_what_widest(app: FacilitatorApp) -> None:
    heading, *rows = table_lines(app)
    for name in ("Nr", "Vad", "Vem", "Klart senast", "Status"):
        assert f" {name} " in f" {heading} ", heading
    assert "Eva Nilsson" in rows[0] and "Anna-Karin Lindqvist" in rows[1], rows
    widths = column_widths(app)
    assert max(widths, key=widths.__getitem__) == "what", widths
    table = session_screen(app).query_one("#commitment-table", DataTable)
    assert table.max_scroll_x == 0  # nothing to scroll sideways to


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_columns_share_the_page_by_what_they_hold(
    make_app: MakeApp, size: tuple[int, int]
) -> None:
    """Names are seen whole, "what" gets the most, and the selected commitment is under the
    table in full: every line of it, every field named, wrapped at the page's width."""
    app = make_app("sv", prepare=names_and_a_long_what)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert_names_whole_and_what_widest(app)
        question = app.controller.session.workshop.linkable()[2][1]
        detail = session_screen(app).query_one("#commitment-detail")
        assert text_of(detail) == (
            f"Nr 1 · Vad: {LONG_WHAT}\n"
            "Vem: Eva Nilsson · Klart senast: 2027-01-15 · Status: Öppen\n"
            f"Kopplat till: {question}"
        )
        # Wrapped, not cut: every word of it is drawn, and all of it is on the screen.
        drawn = [strip.text for strip in detail.render_lines(detail.size.region)]
        assert " ".join(drawn).replace("▌", " ").split() == text_of(detail).split()
        assert len(drawn) > len(text_of(detail).splitlines())  # some lines wrap
        assert max(cell_len(line.rstrip()) for line in drawn) <= detail.size.width
        assert detail.region.bottom <= size[1] - 1  # above the footer
        await pilot.press("down")
        assert text_of(detail) == (
            "Nr 2 · Vad: Avsätt en halv tjänst\n"
            "Vem: Anna-Karin Lindqvist · Klart senast: 2027-03-01 · Status: Öppen\n"
            "Kopplat till: –"
        )


async def test_the_columns_share_the_page_anew_after_a_resize(make_app: MakeApp) -> None:
    """Wide, the linked item has a column of its own; at 80 columns it gives its room to
    "what" and the names (it is under the table), and comes back when there is room."""
    app = make_app("sv", prepare=names_and_a_long_what)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        assert_names_whole_and_what_widest(app)
        wide = column_widths(app)
        assert "Kopplat till" in table_lines(app)[0]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert_names_whole_and_what_widest(app)
        assert "link" not in column_widths(app)
        assert column_widths(app)["what"] < wide["what"]
        await pilot.resize_terminal(160, 50)
        await pilot.pause()
        assert column_widths(app) == wide


async def test_the_columns_share_the_page_anew_after_an_edit(make_app: MakeApp) -> None:
    """A longer name typed in the dialog widens its column; shortened again, the column gives
    the room back to "what". The selected commitment under the table follows each edit."""

    def short_names(session: Session) -> None:
        session.add_commitment("Avsätt en halv tjänst för mötesutveckling", "Bo", "2027-03-01")
        session.add_commitment("Boka uppföljning", "Cilla", "2026-12-15")
        session.go_to("ataganden")

    app = make_app("sv", prepare=short_names)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = column_widths(app)
        assert before["who"] == len("Cilla")
        await pilot.press("enter", "tab")  # the first commitment's dialog, at "who"
        await paste(pilot, "Anna-Karin Lindqvist")
        await pilot.press("escape")
        await pilot.pause()
        assert column_widths(app)["who"] == len("Anna-Karin Lindqvist")
        assert "Anna-Karin Lindqvist" in table_lines(app)[1]
        detail = text_of(session_screen(app).query_one("#commitment-detail"))
        assert "\nVem: Anna-Karin Lindqvist · " in detail
        # Several people are no short name: "what" keeps its room, and under the table the
        # who, by when and status go on a line each rather than part a label from its value.
        await pilot.press("enter", "tab")
        await paste(pilot, "Anna-Karin Lindqvist och Sven-Erik Johansson")
        await pilot.press("escape")
        await pilot.pause()
        assert column_widths(app)["who"] <= column_widths(app)["what"]
        detail = text_of(session_screen(app).query_one("#commitment-detail"))
        assert detail.splitlines()[1:4] == [
            "Vem: Anna-Karin Lindqvist och Sven-Erik Johansson",
            "Klart senast: 2027-03-01",
            "Status: Öppen",
        ]
        await pilot.press("enter", "tab")
        await paste(pilot, "Bo")
        await pilot.press("escape")
        await pilot.pause()
        assert column_widths(app) == before


async def test_at_80x24_a_long_table_leaves_room_for_the_selected_commitment(
    make_app: MakeApp,
) -> None:
    """Thirty commitments scroll inside a table of a few rows, so that the one selected is
    on the screen in full under it, as the page opens."""

    def prepare(session: Session) -> None:
        linked = session.workshop.linkable()[0][0]
        for n in range(1, 31):
            what = LONG_WHAT if n == 3 else f"Åtagande {n}"
            session.add_commitment(what, "Anna-Karin Lindqvist", "2027-01-15", linked)
        session.go_to("ataganden")

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        table = screen.query_one("#commitment-table", DataTable)
        assert table.max_scroll_y > 0  # the rest scroll inside it
        detail = screen.query_one("#commitment-detail")
        assert text_of(detail).startswith("Nr 1 · Vad: Åtagande 1\n")
        page = screen.current_view
        assert page.region.contains_region(detail.region)  # whole, above the footer
        assert "Anna-Karin Lindqvist" in table_lines(app)[1]
        # A commitment of many lines: the page scrolls as little as it takes to show it.
        table.focus()
        await pilot.press("down", "down")
        await pilot.pause()
        assert text_of(detail).startswith(f"Nr 3 · Vad: {LONG_WHAT}\n")
        assert detail.region.height >= 6 and page.scroll_y > 0
        assert page.region.contains_region(detail.region)
        assert page.region.contains_region(table.region)
