"""The footer at 80 columns, the palette in the UI language, and finishing a session told
apart from quitting the program."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import Input

from facilitator.i18n import t

from .conftest import MakeApp
from .helpers import screen_lines

NARROW = (80, 24)
WIDE = (120, 40)
FOOTERS = {
    "sv": ("^n Nästa ^b Förra f3 Anteckna ^o Presentera f4 Åtagande f9 Slutför", "^p Kommandon"),
    "en": ("^n Next ^b Back f3 Notes ^o Present f4 To do f9 Finish", "^p Commands"),
}
# What the footer leaves out at 80 columns, found in the palette instead.
IN_THE_PALETTE = {
    "sv": {"Agenda", "Mötesuppgifter", "Starta/pausa tidtagning"},
    "en": {"Agenda", "Meeting details", "Toggle timer"},
}


def unspaced(line: str) -> str:
    """A line without its spaces: the screenshot's text runs are placed by column, and a
    space between two of them can be lost on the way."""
    return line.replace(" ", "")


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_at_80_columns_the_footer_shows_the_most_needed_keys_whole(
    make_app: MakeApp, language: str
) -> None:
    app = make_app(language)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        footer = unspaced(screen_lines(app)[-1])
        keys, palette = FOOTERS[language]
        assert footer == unspaced(keys + "▏" + palette)  # whole, and nothing else
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert IN_THE_PALETTE[language] <= offered


async def test_a_wide_screen_shows_every_key(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        footer = unspaced(screen_lines(app)[-1])
        assert footer == unspaced(
            "^n Nästa ^b Förra ^g Agenda f2 Möte f3 Anteckna ^o Presentera f4 Åtagande ^t Tid"
            " f9 Slutför ^l Dela▏^p Kommandon"
        )


@pytest.mark.parametrize(
    ("language", "placeholder"),
    [("sv", "Sök bland kommandona…"), ("en", "Search for commands…")],
)
async def test_the_palette_speaks_the_ui_language(
    make_app: MakeApp, language: str, placeholder: str
) -> None:
    app = make_app(language)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).placeholder == placeholder


async def test_finishing_and_quitting_have_different_swedish_words(make_app: MakeApp) -> None:
    """ "Avsluta" was both F9 (finish the session) and Ctrl+Q (quit the program)."""
    app = make_app("sv")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Slutför sessionen", "Avsluta programmet"} <= offered
        assert [title for title in offered if title.startswith("Avsluta")] == ["Avsluta programmet"]
        assert "f9Slutför" in unspaced(screen_lines(app)[-1])
        await pilot.press("f9")
        await pilot.pause()
        dialog = "\n".join(screen_lines(app))
        assert "Slutföra sessionen?" in dialog and "Slutför och exportera" in dialog
        assert "Avsluta" not in dialog


def test_one_open_commitment_is_one_open() -> None:
    assert t("commitments.count", "sv", total=1, open=1) == "Åtaganden: 1, varav 1 öppen"
    assert t("commitments.count", "sv", total=3, open=2) == "Åtaganden: 3, varav 2 öppna"
    assert t("commitments.count", "sv", total=3, open=0) == "Åtaganden: 3, varav 0 öppna"
    assert t("wrapup.commitments", "sv", total=2, open=1) == "Åtaganden: 2, varav 1 öppen"
