"""The notes field keeps its wrapped height counted (see `CountedWrappedDocument`): after any
edit, reflow or new text the count is what Textual's own sum gives, so the field is as tall as
its text and its last line can be scrolled to."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets.text_area import WrappedDocument

from facilitator.tui.messages import NotesEdited
from facilitator.tui.widgets.editarea import CountedWrappedDocument, EditArea, TextField


class OneField(App[None]):
    CSS = "EditArea { max-height: 12; }"

    def compose(self) -> ComposeResult:
        yield EditArea("first line", lambda text: NotesEdited("s", text), id="notes")


def summed(area: EditArea) -> int:
    """The height as Textual's WrappedDocument adds it up, line by line, every time."""
    height: int = WrappedDocument.height.fget(area.wrapped_document)  # type: ignore[attr-defined]
    return height


async def test_the_counted_height_follows_every_change() -> None:
    app = OneField()
    async with app.run_test(size=(40, 20)) as pilot:
        area = app.query_one(EditArea)
        assert isinstance(area.wrapped_document, CountedWrappedDocument)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("enter", "enter", *"abc")
        assert area.wrapped_document.height == summed(area) == 3
        area.insert(" word" * 30)  # one line wrapping over several rows
        await pilot.pause()
        assert area.wrapped_document.height == summed(area) > 3
        area.select_all()
        await pilot.press("backspace")
        assert area.wrapped_document.height == summed(area) == 1
        area.load_text("\n".join(f"line {n} " + "x" * n for n in range(60)))
        await pilot.pause()
        assert isinstance(area.wrapped_document, CountedWrappedDocument)
        assert area.wrapped_document.height == summed(area)
        tall = area.wrapped_document.height
        await pilot.resize_terminal(25, 20)  # narrower: more rows
        await pilot.pause()
        assert area.wrapped_document.height == summed(area) > tall
        area.move_cursor(area.document.end)
        area.scroll_cursor_visible()
        await pilot.pause()
        assert area.scroll_offset.y == area.wrapped_document.height - area.content_size.height


class Notes(App[None]):
    """A notes field as sections show it, holding text that wraps and scrolls."""

    def compose(self) -> ComposeResult:
        text = "\n".join(
            f"Punkt {n}: ledningen (och gruppen) beslutar om resurser för digitala möten"
            for n in range(30)
        )
        yield EditArea(text, lambda text: NotesEdited("s", text), id="notes", classes="-tall")


async def test_a_key_redraws_what_it_changed_and_the_screen_matches_a_full_redraw() -> None:
    """A key typed within a line redraws only that line's rows (see `EditArea.refresh`).
    After every key, in every case that could leave a row stale (typing mid-line, a word
    wrapping to a new row, a line joined or split, brackets, a selection typed over, undo, the
    field scrolled, emptied and filled), the screen is what a full redraw draws."""
    app = Notes()
    narrowed = 0
    async with app.run_test(size=(50, 30)) as pilot:
        area = app.query_one(EditArea)
        area.cursor_blink = False
        area.focus()
        original = area._rows_an_edit_changed

        def counted() -> object:
            nonlocal narrowed
            rows = original()
            narrowed += rows is not None
            return rows

        area._rows_an_edit_changed = counted  # type: ignore[method-assign]

        async def same_as_full_redraw(case: str) -> None:
            await pilot.pause()
            shown = app.export_screenshot()
            area.refresh()
            await pilot.pause()
            assert app.export_screenshot() == shown, case

        steps: list[tuple[str, list[str]]] = [
            ("typing at the end", list("och")),
            ("a word wrapping to a new row", list(" rad")),
            ("a closing bracket matched", list(" (se ovan)")),
            (
                "a bracket matched on the line above, then deleted",
                [*" (", "enter", ")", "left", "delete"],
            ),
            ("the next line joined by delete", ["end", "delete"]),
            ("backspace", ["backspace"] * 4),
            ("a new line", ["enter", *"ny"]),
            ("joining lines", ["home", "backspace", "backspace"]),
            ("typing mid-line", ["left"] * 6 + list("xyz")),
            ("up into an earlier line and typing", ["up", "up", *"abc"]),
            ("a selection typed over", ["shift+left", "shift+left", "q"]),
            ("a selection over two lines typed over", ["shift+up", "w"]),
            ("undo", ["ctrl+z"]),
            ("to the top, scrolled, typing", ["ctrl+home", *"top"]),
        ]
        area.move_cursor(area.document.end)
        area.insert(" mer text")
        while (
            area.wrapped_document.location_to_offset(area.cursor_location).x < area.wrap_width - 6
        ):
            area.insert(" ny")  # up to where a word typed below wraps to a row of its own
        await same_as_full_redraw("at the start")
        for case, keys in steps:
            rows = area.wrapped_document.height
            for key in keys:
                await pilot.press(key)
                await same_as_full_redraw(f"{case}: after {key!r}")
            if "wrapping" in case:
                assert area.wrapped_document.height == rows + 1, "no word wrapped"
        area.select_all()
        await pilot.press("backspace")
        await same_as_full_redraw("emptied: the placeholder")
        await pilot.press(*"ab")
        await same_as_full_redraw("filled again")
    assert narrowed > 20  # most keys took the narrow path; the checks above cover it


def wrap_widths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The widths every wrapped document is wrapped at from now on, in order."""
    wraps: list[int] = []
    wrap = WrappedDocument.wrap

    def counted(self: WrappedDocument, width: int, tab_width: int | None = None) -> None:
        if width:
            wraps.append(width)
        wrap(self, width, tab_width)

    monkeypatch.setattr(WrappedDocument, "wrap", counted)
    return wraps


async def test_long_notes_are_wrapped_once_for_a_width_and_again_for_a_new_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """TextArea wraps its whole text on every resize and when its scrollbar comes or goes,
    at the same width as often as not: 2-3 ms each time for 17,000 characters."""
    wraps = wrap_widths(monkeypatch)
    app = OneField()
    async with app.run_test(size=(60, 20)) as pilot:
        area = app.query_one(EditArea)
        await pilot.pause()
        wraps.clear()
        area.load_text("\n\n".join(f"Stycke {n}: " + "ord " * 40 for n in range(30)))
        await pilot.pause()
        await pilot.resize_terminal(40, 20)
        await pilot.pause()
        await pilot.resize_terminal(40, 20)
        await pilot.pause()
        assert sorted(set(wraps), reverse=True) == wraps, wraps  # each width once
        assert area.wrapped_document.height == summed(area) > 60
        width = area.wrap_width
        assert wraps[-1] == width
        assert area.wrapped_document.lines == WrappedDocument(area.document, width).lines


class WrappingField(App[None]):
    """A text field holding a sentence that wraps over three rows at this width; the field's
    height at each layout of the screen, from the first."""

    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def compose(self) -> ComposeResult:
        yield TextField("ett två tre fyra fem sex sju åtta nio tio elva tolv", lambda t: t, id="f")

    def on_mount(self) -> None:
        field = self.query_one(TextField)
        self.screen.screen_layout_refresh_signal.subscribe(
            self.screen, lambda _: self.heights.append(field.size.height), immediate=True
        )


async def test_a_field_whose_text_wraps_has_its_height_in_its_first_layout() -> None:
    """Laid out the first time as tall as its wrapped text: not one row a line, and the page
    laid out once more (a screen update later) when the text had wrapped."""
    app = WrappingField()
    async with app.run_test(size=(22, 12)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.query_one(TextField).wrapped_document.height == 3
        assert app.heights and set(app.heights) == {3}, app.heights


class LongNotes(App[None]):
    """A notes field shown with more lines than it has rows: it scrolls from the start."""

    def compose(self) -> ComposeResult:
        text = "\n".join(f"Rad {n}: " + "ord " * 20 for n in range(40))
        yield EditArea(text, lambda text: NotesEdited("s", text), id="notes", classes="-tall")


async def test_notes_that_scroll_are_wrapped_once_as_they_are_first_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Wrapped beside the scroll bar they will have, once: not first across the whole width
    as they are laid out and again, two columns narrower, when the bar comes (3-5 ms for the
    notes of the 1,000-item session, on every first showing of a section)."""
    wraps = wrap_widths(monkeypatch)
    app = LongNotes()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        area = app.query_one(EditArea)
        assert area.show_vertical_scrollbar
        assert wraps == [area.wrap_width]
        assert area.wrapped_document.height == summed(area) > 40
