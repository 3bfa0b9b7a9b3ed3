"""Key figures: what is typed fills X, Y and Z in the text; a problem is shown at the field,
and the value is kept as typed whatever it is."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from .conftest import MakeApp
from .helpers import SIZE, saved, saved_section, text_of


async def test_a_decimal_comma_fills_x_in_the_text(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        filled = app.screen.query_one("#filled-text")
        assert "utgör X procent av arbetstiden" in text_of(filled)
        await pilot.press(*"42,5")
        assert "utgör 42,5 procent av arbetstiden" in text_of(filled)
        assert text_of(app.screen.query_one("#problem-motestid")) == ""
        assert "en Y-del av alla möten" in text_of(filled)
        await pilot.press("tab", *"HR", "tab", *"62,5")
        # Filled in, the source's "en Y-del" reads as Swedish: a share in per cent.
        assert "utgör 42,5 procent av arbetstiden, 62,5 procent av alla möten är helt" in (
            text_of(filled)
        )
        assert "-del" not in text_of(filled)
        assert app.controller.session.figures["motestid"].value == "42,5"
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        assert "exempelvis kan vara att möten utgör 42,5 procent av arbetstiden, en Y-del av" in (
            text_of(filled)
        )
        await pilot.press(*"30")
        await pilot.press("ctrl+q")  # saves and closes
    figures = saved_section(saved(app), "underlag")["figures"]
    assert [(f["value"], f["source"]) for f in figures] == [("42,5", "HR"), ("30", ""), ("", "")]


async def test_in_english_a_figure_reads_with_a_point(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"42,5", "tab", "tab", *"62,5")
        assert (
            "meetings take up 42.5 percent of working time, that 62.5 percent of all meetings"
            in text_of(app.screen.query_one("#filled-text"))
        )


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_a_figure_is_named_by_what_it_is_not_by_its_letter(
    make_app: MakeApp, language: str
) -> None:
    app = make_app(language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        labels = [text_of(label) for label in app.screen.query(".figure-label")]
        figures = app.controller.session.workshop.sections[0].figures
        # "Andel av arbetstiden som går till möten", not "X: Andel …" or "Z:e: Tjänsteresandets …"
        assert labels == [figure.label for figure in figures]


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("120", "⚠ Högst 100"),
        ("-1", "⚠ Minst 0"),
        ("fyrtio", "⚠ Inte ett tal"),
        ("4x", "⚠ Inte ett tal"),
    ],
)
async def test_a_bad_figure_shows_the_problem_and_is_kept_as_typed(
    make_app: MakeApp, typed: str, problem: str
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*typed)
        line = app.screen.query_one("#problem-motestid")
        assert line.display and text_of(line) == problem
        # The text keeps its placeholder: nothing invalid is put into it.
        assert "utgör X procent" in text_of(app.screen.query_one("#filled-text"))
        assert app.controller.session.figures["motestid"].value == typed
        # Put right, the problem goes away; put wrong again, it is back.
        field = app.screen.query_one("#value-motestid", Input)
        field.value = "40"
        await pilot.pause()
        assert not line.display
        field.value = typed
        await pilot.pause()
        assert text_of(line) == problem
        await pilot.press("ctrl+q")  # saves and closes
    assert saved_section(saved(app), "underlag")["figures"][0]["value"] == typed


async def test_the_rank_reads_as_an_ordinal(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        filled = app.screen.query_one("#filled-text")
        assert "tjänsteresandet är den Z:e största källan" in text_of(filled)
        app.screen.query_one("#value-tjansteresor").focus()
        await pilot.press("2")
        assert "tjänsteresandet är den 2:a största källan" in text_of(filled)
        await pilot.press("backspace", "3")
        assert "tjänsteresandet är den 3:e största källan" in text_of(filled)
        await pilot.press("backspace", *"2,5")
        assert text_of(app.screen.query_one("#problem-tjansteresor")) == "⚠ Ange ett heltal"
        assert "den Z:e största" in text_of(filled)


async def test_the_rank_reads_as_an_english_ordinal(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        filled = app.screen.query_one("#filled-text")
        app.screen.query_one("#value-business-travel").focus()
        await pilot.press("2")
        assert "business travel is the 2nd largest source" in text_of(filled)
        await pilot.press("backspace", "3")
        assert "business travel is the 3rd largest source" in text_of(filled)
