"""Under each question's choices the group's decision reads in words, as the room sees it
("Svar: Delvis · Samsyn: Majoritet · 1 reservation"), and follows the group as it answers."""

from __future__ import annotations

from textual.widgets import Button

from .conftest import MakeApp
from .helpers import SIZE, on_screen, paste, text_of


async def test_the_decision_line_follows_the_answers_in_swedish(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        line = app.screen.query_one("#decision-underlag-finns")
        assert text_of(line) == "Inget svar än"
        await pilot.press("2")  # Delvis
        await pilot.pause()
        assert text_of(line) == "Svar: Delvis · Samsyn inte angiven än"
        await pilot.press("tab", "2")  # Majoritet
        await pilot.pause()
        assert text_of(line) == "Svar: Delvis · Samsyn: Majoritet"
        assert on_screen(app, "Svar: Delvis · Samsyn: Majoritet")
        # One reservation, then two, through the reservations dialog.
        app.screen.query_one("#edit-res-underlag-finns", Button).press()
        await pilot.pause()
        await paste(pilot, "Bo")
        await pilot.press("escape")
        await pilot.pause()
        assert text_of(line) == "Svar: Delvis · Samsyn: Majoritet · 1 reservation"
        app.screen.query_one("#edit-res-underlag-finns", Button).press()
        await pilot.pause()
        app.screen.query_one("#add-reservation", Button).press()
        await pilot.pause()
        await paste(pilot, "Cilla")
        await pilot.press("escape")
        await pilot.pause()
        assert text_of(line) == "Svar: Delvis · Samsyn: Majoritet · 2 reservationer"
        assert on_screen(app, "Svar: Delvis · Samsyn: Majoritet · 2 reservationer")
        # The other questions are still open, and say so.
        assert text_of(app.screen.query_one("#decision-resurser")) == "Inget svar än"


async def test_the_decision_line_in_english(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        line = app.screen.query_one("#decision-basis-exists")
        assert text_of(line) == "No answer yet"
        await pilot.press("1", "tab", "1")
        await pilot.pause()
        assert text_of(line) == "Answer: Yes · Agreement: Consensus"
        app.screen.query_one("#edit-res-basis-exists", Button).press()
        await pilot.pause()
        await paste(pilot, "Eva")
        await pilot.press("escape")
        await pilot.pause()
        assert text_of(line) == "Answer: Yes · Agreement: Consensus · 1 reservation"
        await pilot.press("shift+tab", "delete")  # the answer taken back
        await pilot.pause()
        assert text_of(line) == "No answer yet · Agreement: Consensus · 1 reservation"
        assert on_screen(app, "No answer yet · Agreement: Consensus · 1 reservation")
