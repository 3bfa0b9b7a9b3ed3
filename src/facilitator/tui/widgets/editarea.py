"""The multi-line field: notes, motivations and reflections, growing with their text.

Apart from `fields` so that what does not show one (the meeting details, which `facilitator
new` opens with) does not import Textual's TextArea.
"""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea
from textual.widgets.text_area import Location, WrappedDocument

from facilitator.tui.widgets.fields import MakeMessage, clean_paste, hand_over


class CountedWrappedDocument(WrappedDocument):
    """A wrapped document that adds up its height once per change, not once per call.

    TextArea asks for `height` for every line it draws, and Textual's WrappedDocument sums the
    wrapped height of every line of the text each time: with 100,000 characters of notes that
    was 24 sums over 1,400 lines for every key typed.
    """

    _height: int | None = None

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        self._height = None
        super().wrap(width, tab_width)

    def wrap_range(self, start: Location, old_end: Location, new_end: Location) -> None:
        self._height = None
        super().wrap_range(start, old_end, new_end)

    @property
    def height(self) -> int:
        if self._height is None:
            self._height = super().height
        return self._height


class EditArea(TextArea):
    """A multi-line field that grows with its text, up to a limit, then scrolls."""

    DEFAULT_CSS = """
    EditArea {
        height: auto;
        min-height: 4;
        max-height: 14;
        width: 1fr;
    }
    EditArea.-tall {
        min-height: 6;
        max-height: 24;
    }
    """

    def __init__(
        self,
        text: str,
        make_message: MakeMessage,
        *,
        placeholder: str = "",
        id: str | None = None,
        classes: str | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(
            text,
            soft_wrap=True,
            tab_behavior="focus",
            read_only=read_only,
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
            id=id,
            classes=classes,
        )
        self.make_message = make_message

    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._counted

    @wrapped_document.setter
    def wrapped_document(self, wrapped: WrappedDocument) -> None:
        # TextArea makes a new WrappedDocument for each document it is given; this one is
        # made into the counting kind as it is stored (the same object, so nothing is
        # wrapped twice).
        if type(wrapped) is WrappedDocument:
            wrapped.__class__ = CountedWrappedDocument
        self._counted = wrapped

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area is self:
            self.post_message(self.make_message(self.text))

    def on_paste(self, event: events.Paste) -> None:
        clean_paste(event)

    def on_unmount(self) -> None:
        hand_over(self, self.text)
