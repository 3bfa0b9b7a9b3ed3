"""Text fields that report each edit upward as one of the app's messages.

A field is given a function that turns its text into a message (`FigureEdited`,
`NotesEdited` …); it knows nothing of the session. Text typed here is content: fields show it
as typed, and nothing in it is read as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.message import Message
from textual.visual import VisualType
from textual.widgets import Input, Static, TextArea
from textual.widgets.text_area import Location, WrappedDocument

from facilitator.domain.text import clean_text

MakeMessage = Callable[[str], Message]


def hand_over(field: EditInput | EditArea, text: str) -> None:
    """As the app ends, a field may still be taking keys typed just before the end (a quit or
    an unexpected error is handled before keys queued for the field); its last text goes to
    the app directly, since the app's message queue is closing."""
    take = getattr(field.app, "hand_over", None)
    if take is not None:
        take(field.make_message(text))


def clean_paste(event: events.Paste) -> None:
    """Remove control characters from pasted text before the field inserts it (this handler
    runs before Input's and TextArea's own). Keys never insert them, but a paste does, and
    the field draws its text before the session cleans it: a C1 CSI (U+009B) or DEL in a
    paste reached the terminal as it was."""
    event.text = clean_text(event.text)


class EditInput(Input):
    """A one-line field. Input also posts Changed on mount; the session ignores an edit that
    changes nothing, so restoring a value never counts as a change."""

    DEFAULT_CSS = """
    EditInput {
        width: 1fr;
    }
    """

    def __init__(
        self,
        value: str,
        make_message: MakeMessage,
        *,
        placeholder: str = "",
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            value,
            placeholder=placeholder,
            id=id,
            classes=classes,
            disabled=disabled,
            select_on_focus=False,
        )
        self.make_message = make_message

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self:
            self.post_message(self.make_message(event.value))

    def on_paste(self, event: events.Paste) -> None:
        clean_paste(event)

    def on_unmount(self) -> None:
        hand_over(self, self.value)


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


class FieldProblem(Static):
    """The one-line problem under a field ("Högst 100"), blank when the value is fine."""

    DEFAULT_CSS = """
    FieldProblem {
        height: auto;
        color: $text-error;
        text-style: bold;
        padding: 0 1;
    }
    FieldProblem.-empty {
        display: none;
    }
    """

    def __init__(self, problem: str = "", *, id: str | None = None) -> None:
        super().__init__("", markup=False, id=id)
        self.show(problem)

    def show(self, problem: str) -> None:
        self.update(f"⚠ {problem}" if problem else "")
        self.set_class(not problem, "-empty")


class Literal(Static):
    """Text from a person or a workshop file, shown exactly as written (never as markup)."""

    DEFAULT_CSS = """
    Literal {
        height: auto;
    }
    """

    def __init__(
        self, text: str = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(text, markup=False, id=id, classes=classes)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Set the text, unless it is the text already shown: every edit refreshes what shows
        the session, and setting a text lays the page out anew even when nothing changed."""
        if isinstance(content, str) and content == self.content:
            return
        super().update(content, layout=layout)
