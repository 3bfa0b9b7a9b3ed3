"""The notes field keeps its wrapped height counted (see `CountedWrappedDocument`): after any
edit, reflow or new text the count is what Textual's own sum gives, so the field is as tall as
its text and its last line can be scrolled to."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets.text_area import WrappedDocument

from facilitator.tui.messages import NotesEdited
from facilitator.tui.widgets.editarea import CountedWrappedDocument, EditArea


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
