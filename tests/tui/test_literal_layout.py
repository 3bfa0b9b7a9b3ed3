"""A line of text that changes (a question's decision in words, a commitment's outcome, a
problem under a field) is drawn again without laying the screen out when it takes the rows
it took: Textual lays out every widget of the screen for one that asks, which on a page of
many widgets is the whole time of a key. Counted through Textual's public signal that a
screen's layout was refreshed, not timed; and a text that needs more rows still gets them."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.pilot import Pilot

from facilitator.tui.widgets.fields import FieldProblem, Literal

from .helpers import layouts_seen


class Lines(App[None]):
    CSS = """
    #fixed { width: 20; }
    #auto { width: auto; }
    Horizontal { height: auto; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Literal("Inget svar än", id="fixed")
            with Horizontal():
                yield Literal("kort", id="auto")
            yield FieldProblem("", id="problem")


async def layouts(pilot: Pilot[None], change: Callable[[], object]) -> int:
    with layouts_seen(pilot.app.screen) as seen:
        change()
        await pilot.pause()
        await pilot.pause()
    return len(seen)


async def test_a_new_text_of_the_same_rows_is_drawn_without_a_layout() -> None:
    app = Lines()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        line = app.query_one("#fixed", Literal)
        assert await layouts(pilot, lambda: line.update("Svar: Ja")) == 0
        assert line.render_line(0).text.rstrip() == "Svar: Ja"
        assert line.size.height == 1


async def test_a_new_text_of_more_rows_is_laid_out_and_gets_them() -> None:
    app = Lines()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        line = app.query_one("#fixed", Literal)
        longer = "Svar: Delvis · Samsyn: Majoritet · 1 reservation"  # three rows of 20
        assert await layouts(pilot, lambda: line.update(longer)) >= 1
        assert line.size.height == 3
        assert await layouts(pilot, lambda: line.update("Svar: Nej")) >= 1
        assert line.size.height == 1


async def test_a_text_as_wide_as_its_content_is_laid_out_anew() -> None:
    app = Lines()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        line = app.query_one("#auto", Literal)
        assert await layouts(pilot, lambda: line.update("en längre rad")) >= 1
        assert line.size.width == len("en längre rad")


async def test_the_same_problem_shown_again_lays_nothing_out() -> None:
    app = Lines()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        problem = app.query_one(FieldProblem)
        assert await layouts(pilot, lambda: problem.show("Skriv datumet som ÅÅÅÅ-MM-DD")) >= 1
        assert problem.display
        assert await layouts(pilot, lambda: problem.show("Skriv datumet som ÅÅÅÅ-MM-DD")) == 0
        assert await layouts(pilot, lambda: problem.show("")) >= 1
        assert not problem.display
