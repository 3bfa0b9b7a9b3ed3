"""On the screen: a commitment keeps its number when another is deleted, the export says
which commitments the calendar left out, and a typed right-to-left override ends with its
value in the table and the wrap-up."""

from __future__ import annotations

from textual.widgets import DataTable

from facilitator.domain.session import Session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.notice import Notice

from .conftest import MakeApp
from .helpers import SIZE, session_screen, text_of

RLO, PDF = "\u202e", "\u202c"


def table_rows(app: FacilitatorApp) -> list[list[str]]:
    table = session_screen(app).query_one("#commitment-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def three(session: Session) -> None:
    session.add_commitment("Första", "Anna", "2027-01-15")
    session.add_commitment(f"{RLO}Andra", "Bo")
    session.add_commitment("Tredje", f"{RLO}Cecilia", "2027-03-05")


async def test_deleting_a_commitment_keeps_the_numbers_of_the_others(make_app: MakeApp) -> None:
    app = make_app("sv", prepare=three)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g", "end", "up", "enter")
        await pilot.pause()
        await pilot.press("down", "delete")
        assert [row[:2] for row in table_rows(app)] == [["1", "Första"], ["3", "Tredje"]]
        hint = text_of(session_screen(app).query_one("#undo-hint"))
        assert hint == f"Borttaget: ”{RLO}Andra{PDF}”. Ctrl+Z ångrar."
        await pilot.press("down")
        detail = text_of(session_screen(app).query_one("#commitment-detail"))
        assert detail.startswith("Nr 3 · Vad: Tredje\n")


async def test_the_export_message_names_the_commitments_left_out_of_the_calendar(
    make_app: MakeApp,
) -> None:
    app = make_app("sv", prepare=three)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        said = session_screen(app).query_one(Notice)
        assert said.display  # the line above the footer that says where the minutes went
        assert said.text.endswith(
            "\n1 åtagande utan giltigt datum kom inte med i kalenderfilen: nr 2."
        )


async def test_a_typed_override_ends_with_its_value_on_the_screen(make_app: MakeApp) -> None:
    app = make_app("sv", prepare=three)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g", "end", "up", "enter")
        await pilot.pause()
        assert table_rows(app)[2][2] == f"{RLO}Cecilia{PDF}"
        await pilot.press("ctrl+n")
        await pilot.pause()
        summary = session_screen(app).query_one("#view-avslut #summary")
        lines = [line for block in summary.children for line in text_of(block).splitlines()]
        assert f"• Tredje — {RLO}Cecilia{PDF}, 2027-03-05" in lines
