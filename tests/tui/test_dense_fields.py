"""Fields on a projector: one row per line of their text at every size (no border rows), the
field in use marked by more than a colour, and nothing that scrolls sideways once left."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import Input, TextArea

from facilitator.tui.widgets.editarea import TextField

from .conftest import MakeApp
from .helpers import paste, screen_lines, session_screen

SIZES = [(80, 24), (120, 40)]
SECTIONS = 6
FOCUSED, LEFT = "▌", "▏"  # the bar at a field's left edge: in use, and not
MOTIVATION = (
    "Underlaget finns för ekonomin men inte för mötestiden, så ledningen ser bara halva "
    "bilden av vad mötena kostar och vad de ger.\nVi tar fram siffror till nästa möte."
)

SOURCE = "Tidsstudie hösten 2025, enkät till alla medarbetare, svarsfrekvens 61 %"


def text_rows(field: Widget) -> int:
    """The rows a field's text takes as it wraps: what the field should be tall."""
    if isinstance(field, TextArea):
        return max(1, field.wrapped_document.height)
    return 1


def field_lines(app, field: Widget) -> list[str]:
    """What the screen shows where a field stands, line by line."""
    region = field.region
    lines = screen_lines(app)[region.y : region.bottom]
    # `screen_lines` starts its lines at the screen's second column.
    return [line[region.x - 1 : region.right - 1] for line in lines]


def fields_of(root: Widget) -> list[Widget]:
    """The one-line inputs and the sentence fields (the notes keep a few rows to write in)."""
    return [w for w in root.query("Input, TextField") if w.display]


@pytest.mark.parametrize("size", SIZES)
async def test_every_field_takes_one_row_per_line_of_its_text(
    make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app("sv")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        seen = 0
        for number in range(1, SECTIONS + 1):
            screen = session_screen(app)
            view = screen.query_one(
                f"#view-{app.controller.session.workshop.sections[number - 1].id}"
            )
            for field in fields_of(view):
                assert field.outer_size.height == text_rows(field), (number, field.id)
                seen += 1
            await pilot.press("ctrl+n")
            await pilot.pause()
        # The dialogs' fields too: the meeting details and a commitment.
        for key in ("f2", "f4"):
            await pilot.press(key)
            await pilot.pause()
            dialog_fields = fields_of(app.screen)
            assert dialog_fields
            for field in dialog_fields:
                assert field.outer_size.height == text_rows(field), (key, field.id)
            seen += len(dialog_fields)
            await pilot.press("escape")
            await pilot.pause()
        assert seen > 10


@pytest.mark.parametrize("size", SIZES)
async def test_the_field_in_use_is_marked_in_plain_text_and_bold(
    make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app("sv")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        screen = session_screen(app)
        answer = screen.query_one("#answer-underlag-finns")
        motivation = screen.query_one("#motivation-underlag-finns", TextField)
        other = screen.query_one("#motivation-forankring", TextField)

        motivation.focus()
        await pilot.pause()
        (line,) = field_lines(app, motivation)
        assert line.startswith(FOCUSED + " Varför svarar gruppen så?")
        assert motivation.rich_style.bold
        (line,) = field_lines(app, answer)
        assert FOCUSED not in line
        # The next question's field, brought into view (at 80×24 it is below the first).
        view = screen.current_view
        assert view is not None
        view.scroll_to_widget(other, animate=False, immediate=True)
        await pilot.pause()
        (line,) = field_lines(app, other)
        assert line.startswith(LEFT + " Varför svarar gruppen så?")
        assert not other.rich_style.bold

        # A row of choices in use has the same bar at its left edge.
        answer.focus()
        await pilot.pause()
        (line,) = field_lines(app, answer)
        assert line.startswith(FOCUSED + "Svar")
        (line,) = field_lines(app, motivation)
        assert FOCUSED not in line and LEFT in line

        # And a one-line field: a key figure.
        await pilot.press("ctrl+b")
        await pilot.pause()
        value = session_screen(app).query_one("#value-motestid", Input)
        source = session_screen(app).query_one("#source-motestid", Input)
        value.focus()
        await pilot.pause()
        (line,) = field_lines(app, value)
        assert FOCUSED in line and value.rich_style.bold
        (line,) = field_lines(app, source)
        assert FOCUSED not in line and LEFT in line


# Wrapped at 80 columns and at 120, the first takes another number of rows, the second the
# same number with other line breaks.
RESIZED = [
    MOTIVATION,
    "Underlaget finns för ekonomin men inte för mötestiden.\nVi tar\nLedningen ser bara "
    "halva bilden av vad mötena kostar och vad de ger oss i arbetet.",
]


@pytest.mark.parametrize("text", RESIZED)
async def test_a_field_fits_its_text_again_when_the_terminal_is_resized(
    make_app: MakeApp, text: str
) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "tab")
        field = app.focused
        assert isinstance(field, TextField)
        await paste(pilot, text)
        field.move_cursor(field.document.end)
        await pilot.press("!", "tab")  # typed into, then left
        await pilot.pause()
        for size in [(120, 40), (80, 24), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            # As many rows as the text wraps to at this width, each showing its part of the
            # text: no blank row under the last line, no line of it out of sight, no line
            # broken where it broke at the former width.
            wrapped = [part.rstrip() for line in field.wrapped_document.lines for part in line]
            shown = [line.removeprefix(LEFT + " ").rstrip() for line in field_lines(app, field)]
            assert shown == wrapped, size
            assert wrapped[-1].endswith("!") and len(wrapped) > 1


async def test_a_long_value_in_a_one_line_field_shows_its_start_once_left(
    make_app: MakeApp,
) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        source = session_screen(app).query_one("#source-motestid", Input)
        source.focus()
        await pilot.pause()
        await paste(pilot, SOURCE)
        await pilot.press("end", "tab")
        await pilot.pause()
        assert app.focused is not source
        (line,) = field_lines(app, source)
        assert line.startswith(LEFT + " Tidsstudie hösten")
        # Back in the field, the cursor is where typing left off, in sight.
        source.focus()
        await pilot.pause()
        (line,) = field_lines(app, source)
        assert "61 %" in line


async def test_a_click_on_a_choice_chooses_it_beside_the_bar(make_app: MakeApp) -> None:
    """The bar at a row of choices' left edge takes the column its padding took: a click on
    an option's words still chooses that option."""
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        row = session_screen(app).query_one("#answer-underlag-finns")
        (line,) = field_lines(app, row)
        for option_id, word in [("delvis", "Delvis"), ("nej", "Nej"), ("ja", "Ja")]:
            column = line.index(word)
            await pilot.click(row, offset=(column, 0))
            await pilot.pause()
            assert app.controller.session.questions["underlag-finns"].answer == option_id, word


async def test_the_cursor_in_a_field_does_not_blink(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A calm screen: the cursor of the field in use stands still. (The other tests turn
    Textual's blinking off for every field; here it is left as Textual has it. Whether it
    blinks is asked of the fields, not timed: a loaded machine delays the blink.)"""
    for widget in (Input, TextArea):
        monkeypatch.setattr(widget.__dict__["cursor_blink"], "_default", True)
    app = make_app("sv")
    async with app.run_test(size=SIZES[1]) as pilot:
        await pilot.pause()
        fields: list[Input | TextArea] = []
        for _ in range(SECTIONS):
            fields += session_screen(app).query(Input).results()
            fields += session_screen(app).query(TextArea).results()
            await pilot.press("ctrl+n")
        await pilot.press("f2")
        await pilot.pause()
        fields += app.screen.query(Input).results()
        assert len(fields) > 20
        blinking = [field.id for field in fields if field.cursor_blink]
        assert blinking == []
