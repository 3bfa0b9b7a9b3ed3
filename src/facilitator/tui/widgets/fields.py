"""Text fields that report each edit upward as one of the app's messages.

The multi-line field lives in `editarea`: TextArea is a large module that the meeting
details, the first thing `facilitator new` shows, do not need.

A field is given a function that turns its text into a message (`FigureEdited`,
`NotesEdited` …); it knows nothing of the session. Text typed here is content: fields show it
as typed, and nothing in it is read as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from rich.cells import cell_len
from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.visual import VisualType, visualize
from textual.widget import Widget
from textual.widgets import Input, Static

from facilitator.domain.text import clean_text

if TYPE_CHECKING:
    from textual.css.styles import RulesMap

    from facilitator.tui.widgets.editarea import EditArea

MakeMessage = Callable[[str], Message]


def hand_over(field: EditInput | EditArea, text: str) -> None:
    """As the app ends, a field may still be taking keys typed just before the end (a quit or
    an unexpected error is handled before keys queued for the field); its last text goes to
    the app directly, since the app's message queue is closing."""
    app = field.app
    if isinstance(app, TakesHandOver):
        app.hand_over(field.make_message(text))


@runtime_checkable
class TakesHandOver(Protocol):
    """An app that applies a field's last edit itself as it ends (the facilitator's App)."""

    def hand_over(self, message: Message) -> None: ...


def clean_paste(event: events.Paste) -> None:
    """Remove control characters from pasted text before the field inserts it (this handler
    runs before Input's and TextArea's own). Keys never insert them, but a paste does, and
    the field draws its text before the session cleans it: a C1 CSI (U+009B) or DEL in a
    paste reached the terminal as it was. Line ends become newlines: a terminal sends the
    lines of a paste separated by carriage returns."""
    event.text = clean_text(event.text.replace("\r\n", "\n").replace("\r", "\n"))


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
        # "-valid" from the start: Input marks itself valid as it takes its first value (it
        # has no validators), and adding the class to a field not yet on the screen restyled
        # it against every rule (0.4-0.7 ms a field, each time a page is built).
        super().__init__(
            value,
            placeholder=placeholder,
            id=id,
            classes=f"-valid {classes}" if classes else "-valid",
            disabled=disabled,
            select_on_focus=False,
        )
        self.make_message = make_message
        # A steady cursor: the screen is the room's, and a cursor that blinks twice a second
        # is a flashing spot in it (the field in use is marked by its bar and bold text).
        self.set_reactive(Input.cursor_blink, False)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self:
            self.post_message(self.make_message(event.value))

    def on_paste(self, event: events.Paste) -> None:
        clean_paste(event)

    def on_blur(self) -> None:
        # A long value, once left, shows its start, not the tail where typing ended.
        self.scroll_home(animate=False, immediate=True)

    def on_focus(self) -> None:
        # Back in the field, the cursor (where typing goes on) is in view again, as Input
        # itself scrolls when the cursor moves.
        offset = cell_len(self.value[: self.cursor_position])
        cursor = Region(offset, 0, width=1, height=1)
        self.scroll_to_region(cursor, force=True, animate=False, immediate=True)

    def on_unmount(self) -> None:
        hand_over(self, self.value)


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
        # Its class given, not added: a class added before the field is on the screen
        # restyled it against every rule.
        empty = None if problem else "-empty"
        super().__init__(self._line(problem), markup=False, id=id, classes=empty)

    @staticmethod
    def _line(problem: str) -> str:
        return f"⚠ {problem}" if problem else ""

    def show(self, problem: str) -> None:
        """Show `problem` ("" for none). Setting the same line again is left out: it would lay
        the screen out again, on every key typed in the field."""
        line = self._line(problem)
        if line != self.content:
            self.update(line)
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
        the session, and setting a text lays the page out anew even when nothing changed.

        A new text that takes the rows the shown one takes, at the width the widget has, is
        drawn without a layout: Textual lays out every widget of the screen for one that
        asks, which on a page of many widgets is the whole time of a key (the state in words
        of one of 333 carried commitments: about a second for its 3,700 widgets)."""
        if isinstance(content, str) and content == self.content:
            return
        if layout and isinstance(content, str) and self._keeps_its_rows(content):
            layout = False
        super().update(content, layout=layout)

    def _keeps_its_rows(self, text: str) -> bool:
        """Whether `text` fits the rows the widget has now, in a width its text does not set
        (no widget from it up to the screen is as wide as its content). False until it has
        been laid out, and while it is hidden."""
        width, height = self.size
        if not height or not self.display:
            return False
        for node in self.ancestors_with_self:
            width_rule = node.styles.width if isinstance(node, Widget) else None
            if width_rule is not None and width_rule.is_auto:
                return False
        gutter = self.styles.gutter
        rules = cast("RulesMap", self.styles)
        rows = visualize(self, text, markup=False).get_height(rules, width - gutter.width)
        return bool(rows == height - gutter.height)
