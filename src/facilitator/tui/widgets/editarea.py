"""The multi-line fields: the notes, and the text fields a group fills with sentences
(motivations, reservations, assessment notes, reflections, commitments), growing with their
text.

Apart from `fields` so that what does not show one (the meeting details, which `facilitator
new` opens with) does not import Textual's TextArea.
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events
from textual.css.scalar import Unit
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult, Location, Selection, WrappedDocument

from facilitator.tui.textual_compat import (
    ScrollbarShownInItsLayout,
    ScrollbarsRedrawnOnChange,
    retype_wrapped_document,
    wrap_settings,
)
from facilitator.tui.widgets.fields import MakeMessage, clean_paste, hand_over


class CountedWrappedDocument(WrappedDocument):
    """A wrapped document that adds up its height once per change, not once per call.

    TextArea asks for `height` for every line it draws, and Textual's WrappedDocument sums the
    wrapped height of every line of the text each time: with 100,000 characters of notes that
    was 24 sums over 1,400 lines for every key typed.
    """

    _height: int | None = None
    # The text, width and tab width of the last full wrap, while no edit has come since.
    _wrapped_for: tuple[str, int, int] | None = None

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        """Wrap every line, unless they are wrapped already as asked: TextArea wraps again on
        every resize and when its scrollbar comes or goes, at the same width as often as not
        (a resumed session wrapped its 17,000 characters of notes twice at one width)."""
        wanted = (self.document.text, width, tab_width or wrap_settings(self)[1])
        if wanted == self._wrapped_for:
            return
        self._height = None
        super().wrap(width, tab_width)
        self._wrapped_for = wanted

    def wrap_range(self, start: Location, old_end: Location, new_end: Location) -> None:
        self._height = None
        self._wrapped_for = None
        super().wrap_range(start, old_end, new_end)

    @property
    def height(self) -> int:
        if self._height is None:
            self._height = super().height
        return self._height


class BeforeEdit(NamedTuple):
    """What an edit may change that decides how much of the field must be drawn again."""

    selection: Selection
    line_count: int
    height: int
    scroll: Offset
    empty: bool
    bracket: Location | None


class EditArea(ScrollbarShownInItsLayout, ScrollbarsRedrawnOnChange, TextArea):
    """A multi-line field that grows with its text, up to a limit, then scrolls."""

    DEFAULT_CSS = """
    EditArea {
        height: auto;
        min-height: 3;
        max-height: 14;
        width: 1fr;
    }
    EditArea.-tall {
        min-height: 4;
        max-height: 24;
    }
    """

    # Set while an edit is in progress (TextArea refreshes during its own __init__).
    _before_edit: BeforeEdit | None = None
    # The rows of text the page was last laid out for.
    _rows_laid_out = 0

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
        # A steady cursor: the screen is the room's, and a cursor that blinks twice a second
        # is a flashing spot in it (the field in use is marked by its bar and bold text).
        self.set_reactive(TextArea.cursor_blink, False)

    def on_resize(self) -> None:
        # TextArea wraps the text at the new width after this handler (its own comes later).
        # A field shown again at the width it had (a section revisited) is wrapped already.
        width_before = wrap_settings(self.wrapped_document)[0]
        if width_before != self.wrap_width:
            self.call_after_refresh(self._fit_text, width_before)

    def _fit_text(self, width_before: int) -> None:
        """Fit the field to its text, wrapped anew at the field's new width. TextArea wraps
        as it is resized, after the page was laid out and the field drawn at its new size
        with the text wrapped as before: a field made wider kept a blank row under its text
        (made narrower, it lost sight of its last row), and one whose number of rows did not
        change went on showing its old line breaks, until the next edit."""
        if self.virtual_size.height != self._rows_laid_out:
            self.refresh(layout=True)
        elif width_before and wrap_settings(self.wrapped_document)[0] != width_before:
            self.refresh()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._wrap_for_layout(width)
        rows = super().get_content_height(container, viewport, width)
        self._rows_laid_out = rows
        return rows

    def _wrap_for_layout(self, width: int) -> None:
        """Wrap the text at the width the field is being laid out at, as TextArea will once it
        is resized to it: the field then gets the height of its text in that same layout.
        TextArea counts the rows of the text as last wrapped (a new field's: not wrapped at
        all, one row a line), so a field whose text wraps was laid out too short and the
        page laid out once more after it had wrapped (each first showing of the checklist
        and the examples, one more layout of the whole screen and a screen update's wait).
        The virtual size is set with it, quietly: TextArea sets the same one as it is
        resized, and the layout under way already has the height."""
        if not self.soft_wrap or width <= 0:
            return
        bar = self.styles.scrollbar_size_vertical if self._will_scroll() else 0
        wrap_width = max(0, width - bar - self.gutter_width - 1)  # 1: the cursor at a line's end
        wrapped = self.wrapped_document
        if wrap_settings(wrapped)[0] == wrap_width:
            return
        wrapped.wrap(wrap_width, self.indent_width)
        self.set_reactive(TextArea.virtual_size, Size(0, wrapped.height))

    def _will_scroll(self) -> bool:
        """Whether the field shows its scroll bar, or surely will once laid out: it has more
        lines than its greatest height has rows (long notes). The text is then wrapped once,
        beside the bar, not first across the whole width and again when the bar comes."""
        if self.show_vertical_scrollbar:
            return True
        most = self.styles.max_height
        if most is None or most.unit is not Unit.CELLS:
            return False
        return self.document.line_count > int(most.value) - self.styles.gutter.height

    # -- drawing only what an edit changed ------------------------------------------------

    def edit(self, edit: Edit) -> EditResult:
        self._before_edit = BeforeEdit(
            self.selection,
            self.document.line_count,
            self.wrapped_document.height,
            self.scroll_offset,
            self._is_empty(),
            self.matching_bracket_location,
        )
        try:
            return super().edit(edit)
        finally:
            self._before_edit = None

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> EditArea:
        # TextArea draws the whole field again for every edit (its cursor moved), which with
        # a full field is 24 lines a key. A key typed within one line changes that line's
        # rows only, as long as nothing moved: those are drawn, the rest stay as they were.
        if not regions and repaint and not layout and not recompose:
            rows = self._rows_an_edit_changed()
            if rows is not None:
                regions = (rows,)
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self

    def _is_empty(self) -> bool:
        document = self.document
        return document.line_count == 1 and not document[0]

    def _rows_an_edit_changed(self) -> Region | None:
        """The rows of the one line an edit in progress changed, or None when anything else
        may have changed too (other lines, the wrapping, the scroll, a selection, the
        placeholder, a matched bracket): then the whole field is drawn, as TextArea does."""
        before = self._before_edit
        if before is None:
            return None
        selection = self.selection
        line = selection.end[0]
        unchanged = (
            before.selection.is_empty
            and selection.is_empty
            and before.selection.end[0] == line
            and self.document.line_count == before.line_count
            and self.wrapped_document.height == before.height
            and self.scroll_offset == before.scroll
            and not before.empty
            and not self._is_empty()
            and before.bracket is None
            and self.matching_bracket_location is None
            and not self.suggestion
        )
        if not unchanged:
            return None
        wrapped = self.wrapped_document
        top = wrapped.location_to_offset((line, 0)).y
        rows = len(wrapped.get_offsets(line)) + 1
        width = max(self.virtual_size.width, self.size.width)
        return Region(0, top - self.scroll_offset.y, width, rows)

    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._counted

    @wrapped_document.setter
    def wrapped_document(self, wrapped: WrappedDocument) -> None:
        # TextArea makes a new WrappedDocument for each document it is given; this one is
        # made into the counting kind as it is stored (the same object, so nothing is
        # wrapped twice).
        if type(wrapped) is WrappedDocument:
            counted = retype_wrapped_document(wrapped, CountedWrappedDocument)
            # Made wrapped (at no width until the field is laid out): TextArea asks for the
            # same wrap again at once.
            counted._wrapped_for = (counted.document.text, *wrap_settings(counted))
            wrapped = counted
        self._counted = wrapped

    # -- reporting an edit, after its key is on the screen ---------------------------------

    def post_message(self, message: Message) -> bool:
        # TextArea reports every move of the cursor; nothing here listens, and each report
        # went up through four containers while the key's frame waited.
        if isinstance(message, TextArea.SelectionChanged):
            return False
        return super().post_message(message)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """The edit goes to the app, which keeps the session, once the key's frame is drawn:
        the session, the agenda, the top line and the autosave then follow one frame later,
        not ahead of the character typed. (TextArea's own message stops here: nothing above
        listens to it.)"""
        event.stop()
        if event.text_area is self:
            self.call_after_refresh(self.app.post_message, self.make_message(self.text))

    def on_paste(self, event: events.Paste) -> None:
        clean_paste(event)

    def on_unmount(self) -> None:
        hand_over(self, self.text)


class TextField(EditArea):
    """A field for a few sentences: one row per line of text as it wraps, growing with the
    text up to a cap and then scrolling inside, so nothing scrolls sideways. A one-line field
    took only the first line of a paste and, once left, showed the tail of a long text; this
    one keeps every line pasted and, when the cursor leaves it, shows the text from its start.

    Enter starts a new line (the field grows by a row, so the room sees it); Tab and
    Shift+Tab move on, and the session's keys (Ctrl+N …) work as in every field.
    """

    # Not scoped: the short terminal's rule is selected by the screen around the field.
    SCOPED_CSS = False
    DEFAULT_CSS = """
    TextField {
        height: auto;
        min-height: 1;
        max-height: 10;
    }
    Screen.-short TextField {
        max-height: 6;
    }
    """

    def on_blur(self) -> None:
        self.scroll_home(animate=False, immediate=True)

    def on_focus(self) -> None:
        self.scroll_cursor_visible(animate=False)
