"""Every use of a private Textual name, in one place.

Textual is pinned exactly (8.2.8), and where its public API does not reach, the app leans on
a few of its internals. Each such use is one small function (or, for the App's private
methods, one mixin) here, saying why it is needed and which public API was checked and found
missing. No other module under `facilitator/` names a private Textual attribute, function or
module (tests/unit/test_private_textual_names.py checks), and each function here has a
canary in tests/unit/test_textual_compat.py that fails, naming the function, when an upgrade
removes or changes what it relies on.

Importing this module imports nothing of Textual but its reactive attributes, which every
Textual app has imported already (start-up is kept lean: the Linux driver is imported when
it is patched, the rest is named for the type checker only).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from textual.reactive import Reactive

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.app import App
    from textual.binding import BindingsMap
    from textual.dom import DOMNode
    from textual.geometry import Region, Size
    from textual.layout import DockArrangeResult
    from textual.screen import Screen
    from textual.scroll_view import ScrollView
    from textual.scrollbar import ScrollBar
    from textual.visual import VisualType
    from textual.widget import Widget
    from textual.widgets import OptionList
    from textual.widgets.text_area import WrappedDocument

    # The mixins are typed as what they are mixed into (FacilitatorApp returns no result).
    _AppBase = App[None]
    _ScrollViewBase = ScrollView
    _ScreenBase = Screen[object]
    _WidgetBase = Widget
else:
    _AppBase = object
    _ScrollViewBase = object
    _ScreenBase = object
    _WidgetBase = object


# -- key bindings ---------------------------------------------------------------------------


def bindings_of(node: DOMNode) -> BindingsMap:
    """The key bindings of this one node (screen, widget or app), to add bindings to or
    change them while the app runs: the session screen's commands are described in the UI
    language, chosen at run time, and Textual's own Ctrl+P is renamed in it.

    Textual copies the class's bindings into each node's private `_bindings` as the node is
    made; changing that copy changes this node only. Public API checked (8.2.8): `BINDINGS`
    is read once, when the class is made; `App.bind` exists on the App only, cannot make a
    priority binding nor change one, and its docstring says it may become private;
    `active_bindings` is a view rebuilt from these maps, so changing it changes nothing.
    """
    return node._bindings


# -- the text area's wrapped document -------------------------------------------------------

Wrapped = TypeVar("Wrapped", bound="WrappedDocument")


def wrap_settings(wrapped: WrappedDocument) -> tuple[int, int]:
    """The width and tab width `wrapped` was last wrapped at: a wrap asked with the same
    text, width and tab width can then be skipped (the notes field wraps again on every
    resize, at the same width as often as not).

    Read from WrappedDocument's private `_width` and `_tab_width`. Public API checked (8.2.8):
    WrappedDocument has `wrapped`, `lines` and `height` only; TextArea's `wrap_width` is the
    width it asks for, not the one last wrapped at, and says nothing of the tab width.
    """
    return wrapped._width, wrapped._tab_width


def retype_wrapped_document(wrapped: WrappedDocument, cls: type[Wrapped]) -> Wrapped:
    """`wrapped`, made an instance of `cls` (a subclass of WrappedDocument that needs no
    state of its own at construction) in place: the same object, already wrapped, so
    nothing is wrapped twice.

    TextArea makes its WrappedDocument itself, in `__init__` and for each new document, and
    takes no class for it. Public API checked (8.2.8): no parameter, class attribute or
    factory method chooses it. Swapping `__class__` relies on WrappedDocument having no
    `__slots__` and no state set up only by its own `__init__` that `cls` lacks.
    """
    wrapped.__class__ = cls
    assert isinstance(wrapped, cls)
    return wrapped


# -- scroll bars drawn again only when they change -----------------------------------------


class ScrollbarsRedrawnOnChange(_ScrollViewBase):
    """For a widget that scrolls its own content (a text field, a table; Textual's
    ScrollView): its scroll bars are drawn again when what they show changes, not on every
    layout of the screen.

    Such a widget's virtual size is its content's (the notes' wrapped lines), while the
    screen's layout hands it the size of its region as the virtual size; ScrollView sees the
    two differ on every layout and updates its scroll bars, and Textual's `_scroll_update`
    then asks each bar to be drawn again even when nothing of it changed. That drawing
    comes a frame after the layout, which Textual only draws at its next screen update:
    coming back to a page whose notes scroll took one more frame, 17-33 ms later, to draw
    the same scroll bar. The bar's size, window and position are reactive and draw the bar
    again themselves when they change, and a layout draws every bar it places.

    This is Textual 8.2.8's `Widget._scroll_update` without the two `refresh()` calls (it
    calls the private `_refresh_scrollbars`, which decides which bars show). Public API
    checked (8.2.8): ScrollView has no setting for it; `scrollbar-visibility: hidden` hides
    the bars; ScrollBar takes no part in choosing when it is refreshed.
    """

    def _scroll_update(self, virtual_size: Size) -> None:
        self._refresh_scrollbars()
        width, height = self.container_size
        if self.show_vertical_scrollbar and self.styles.scrollbar_size_vertical:
            bar = self.vertical_scrollbar
            bar.window_virtual_size = virtual_size.height
            bar.window_size = height - self.scrollbar_size_horizontal
        if self.show_horizontal_scrollbar and self.styles.scrollbar_size_horizontal:
            bar = self.horizontal_scrollbar
            bar.window_virtual_size = virtual_size.width
            bar.window_size = width - self.scrollbar_size_vertical
        self.scroll_x = self.validate_scroll_x(self.scroll_x)
        self.scroll_y = self.validate_scroll_y(self.scroll_y)


# -- a scroll bar shown in the layout that finds it needed ----------------------------------


class ScrollbarShownInItsLayout(_WidgetBase):
    """For a widget that scrolls vertically only (a section's page, a text field, a table):
    the layout that finds its content taller than its region places its scroll bar too.

    Textual decides whether a widget shows its vertical scroll bar after a layout, from the
    sizes that layout gave (`_refresh_scrollbars`, called as the widget hears its new size),
    and `show_vertical_scrollbar` is a reactive with `layout=True`: a page first shown
    taller than the screen, or a field with long notes, was laid out once without its bar,
    and the whole screen once more, a screen update later, to place it (each first showing
    of a section whose page scrolls, 30-40 ms). The compositor places a widget's bars after
    it has arranged the widget's children, which gives the content's height: here, the bar
    is decided at that point, by Textual's own rule for `overflow-y: auto` (content taller
    than the region), so the same layout places it, and the decision Textual makes after
    the layout finds nothing changed.

    A container decides in `arrange` (public; the compositor calls it just before placing
    the bars); a widget that scrolls its own content (ScrollView) in `_get_scrollable_region`
    (private; the compositor calls it just before too), from its virtual size, which the
    text field and the table set before their first layout. Only when nothing else can
    change: the horizontal bar hidden and staying hidden (`overflow-x: hidden`, or its
    content no wider than the region), so the region the content is arranged in does not
    depend on the vertical bar (a page keeps its bar's column free: `scrollbar-gutter:
    stable`; a field's text is wrapped beside the bar it will have). Public API checked
    (8.2.8): no setting shows a bar only when needed in the layout that finds it so.
    """

    def arrange(self, size: Size, optimal: bool = False) -> DockArrangeResult:
        arrangement = super().arrange(size, optimal)
        if not optimal:
            content = arrangement.total_region
            self._decide_vertical_bar(content.bottom > size.height, content.right > size.width)
        return arrangement

    def _get_scrollable_region(self, region: Region) -> Region:
        if not self.is_container:
            content = self.virtual_size
            self._decide_vertical_bar(content.height > region.height, content.width > region.width)
        return super()._get_scrollable_region(region)

    def _decide_vertical_bar(self, taller: bool, wider: bool) -> None:
        from textual.widget import Widget

        styles = self.styles
        if styles.overflow_y != "auto" or self.show_horizontal_scrollbar:
            return
        if styles.overflow_x != "hidden" and wider:
            return
        if taller == self.show_vertical_scrollbar or not styles.scrollbar_size_vertical:
            return
        self.set_reactive(Widget.show_vertical_scrollbar, taller)
        if self._vertical_scrollbar is not None or taller:
            self.vertical_scrollbar.display = taller


# -- a scroll bar shown lays the screen out once ---------------------------------------------


def lay_scroll_bars_out_once() -> None:
    """Have every scroll bar made from now on ask for no layout of the screen when its
    virtual size is first set: a scroll bar has no content of its own, and nothing of it
    depends on that size.

    A scroll bar appears when a page is first laid out and found taller than the screen
    (the notes, a section's page): the next layout places it, gives it its size and with it
    its virtual size, and Textual's Widget asks for one more layout of the whole screen for
    that (its `virtual_size` is a reactive with `layout=True`), a screen update later: each
    first showing of a section was three layouts where two show it all.

    Widget's `vertical_scrollbar` and `horizontal_scrollbar` make their bar with
    `textual.scrollbar.ScrollBar`, imported when the bar is made; that module global is
    replaced with a subclass whose `virtual_size` asks for no layout. Public API checked
    (8.2.8): a widget's scroll bars are made by Widget itself, and no setting, class
    attribute or factory chooses their class (`App.SCROLLBAR` does not exist).
    """
    from textual import scrollbar

    scrollbar.ScrollBar = _quiet_scroll_bar()  # type: ignore[misc]


@functools.cache
def _quiet_scroll_bar() -> type[ScrollBar]:
    from textual.geometry import Size
    from textual.scrollbar import ScrollBar

    class QuietScrollBar(ScrollBar):
        """A scroll bar whose virtual size, which it does not use, lays nothing out."""

        virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    return QuietScrollBar


# -- new sizes handed out by a layout ask for no other -------------------------------------


@functools.cache
def lay_out_once_for_new_sizes() -> None:
    """Have a layout of the screen hand each widget its new size without asking for another
    layout of the whole screen.

    Textual's full layout ends by telling every widget its region's size and its virtual
    size (`Widget._size_updated`), and sets the virtual size through its reactive, which has
    `layout=True`: every widget whose size changed, so every widget of a page shown for the
    first time, asked for one more layout of the whole screen, which Textual ran a screen
    update later, with nothing to change: a widget's virtual size takes no part in laying
    out (the compositor reads it only for a widget anchored to its end, which this app has
    none of, and Textual's own partial layout already hands sizes out quietly). That layout
    was 22-61 ms of each first showing of a section (traced, the checklist's 55 widgets the
    longest), and drew a second frame of it.

    Widgets whose content sets their virtual size themselves (a text field, a table: Textual's
    ScrollView) have their own `_size_updated` and are not touched; a scroll bar that comes
    or goes still asks for its layout (`show_vertical_scrollbar`). Public API checked
    (8.2.8): nothing chooses how the sizes are handed out.
    """
    from textual.widget import Widget

    handed_out = Widget._size_updated

    @functools.wraps(handed_out)
    def _size_updated(
        self: Widget, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return handed_out(self, size, virtual_size, container_size, layout=False)

    Widget._size_updated = _size_updated  # type: ignore[method-assign]


# -- one option of a list redrawn, not the list ----------------------------------------------


def redraw_option(option_list: OptionList, index: int, prompt: VisualType | None = None) -> None:
    """Redraw the lines of one option of `option_list`, with `prompt` as its new text when
    one is given, and leave every other option's rendering in the list's cache.

    The agenda changes one or two of its lines on each move between sections (the ▶ moves, a
    state mark changes), and both public ways to do that redraw the whole list:
    `OptionList.replace_option_prompt_at_index` throws away the rendering of every option,
    and setting `highlighted` (a reactive that repaints) redraws every line. Together they
    were about 2 ms of each move between sections (measured per widget), for two lines.
    Public API checked (8.2.8): nothing renders or refreshes one option.

    A new prompt that takes another number of lines than the old goes the public way, since
    the lines below it move; so does a list that has not been laid out yet.
    """
    heights = option_list._heights
    if index not in heights:
        if prompt is not None:
            option_list.replace_option_prompt_at_index(index, prompt)
        return
    height = heights[index]
    if prompt is not None:
        option = option_list.get_option_at_index(index)
        option._set_prompt(prompt)
        cache = option_list._option_render_cache
        # An LRUCache is not iterable; its keys are.
        for key in [key for key in cache.keys() if key[0] is option]:  # noqa: SIM118
            cache.discard(key)
        style = option_list.get_visual_style("option-list--option")
        if len(option_list._get_option_render(option, style)) != height:
            option_list.replace_option_prompt_at_index(index, prompt)
            return
    option_list.refresh_lines(option_list._index_to_line[index], height)


# -- a move of the focus draws the fields, not the screen -----------------------------------


class FocusDrawsNoScreen(_ScreenBase):
    """For a screen: moving the focus draws the field left and the field entered (each
    draws itself as its look changes with the focus), not every widget on the screen.

    Screen's `focused` is a reactive that asks for the whole screen to be drawn again when it
    changes; Textual then draws, in the frame after the layout of a page switch (or on Tab),
    a second frame of every widget on the screen, 4-8 ms, showing the same. Here `focused`
    is the same reactive without that: its watcher (the footer's keys) runs as before.
    Declaring it anew puts Reactive's private `_default_focused` in the class.

    Public API checked (8.2.8): a reactive's repaint is fixed where it is declared; Screen
    has no setting for it, and `set_focus` sets `focused` itself.
    """

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)


# -- decoding the terminal's input ----------------------------------------------------------


class Decoder(Protocol):
    def decode(self, data: bytes, final: bool = False) -> str: ...


def decode_terminal_input_with(decoder_class: Callable[[str], Decoder]) -> bool:
    """Have Textual's Linux driver decode what the terminal sends with
    `decoder_class(encoding)` instead of a strict `codecs` incremental decoder, with which
    one invalid UTF-8 byte (tmux reattach, SSH reconnects) kills the input thread and ends
    the app (textual issues 6456, 6668). False where there is no Linux driver (Windows: a
    different driver, which decodes on its own).

    Textual 8.2.8's `run_input_thread` calls `getincrementaldecoder("utf-8")()`, imported into
    `textual.drivers.linux_driver` from `codecs`; that module global is replaced. Public API
    checked (8.2.8): `App` takes a `driver_class`, but the decoder is made inside
    `LinuxDriver.run_input_thread`, which a subclass would have to copy whole.
    """
    try:
        from textual.drivers import linux_driver
    except ImportError:
        return False

    def getincrementaldecoder(encoding: str) -> Callable[[], Decoder]:
        return functools.partial(decoder_class, encoding)

    linux_driver.getincrementaldecoder = getincrementaldecoder  # type: ignore[attr-defined,assignment]
    return True


# -- an unexpected error ---------------------------------------------------------------------


class FatalErrorHooks(_AppBase):
    """For the App: what happens when a handler raises an unexpected error, through two
    public-named hooks the App defines (`before_fatal_exit`, `fatal_exit_message`).

    Textual then calls the App's private `_handle_exception`, which always ends the app, and
    `_fatal_error`, which prints a traceback with the locals as it ends. These overrides run
    `before_fatal_exit` first (to save and log) and print `fatal_exit_message()` in place of
    the traceback (when it gives one), with Textual's own steps otherwise: the bell, the
    exit renderables, the message queue closed at once.

    Public API checked (8.2.8): no event, signal or hook is sent for an unhandled error;
    `App.panic` (public) prints renderables rendered beforehand at the screen's width, which
    a narrower stderr then crops, and `App.exit(message=...)` waits in the message queue
    behind what made the error.
    """

    def before_fatal_exit(self, error: Exception) -> None:
        """Called first when a handler raised `error`; the app ends after it."""

    def fatal_exit_message(self) -> RenderableType | None:
        """What is printed as the app ends after an unexpected error; None: Textual's
        traceback."""
        return None

    def _handle_exception(self, error: Exception) -> None:
        self.before_fatal_exit(error)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        message = self.fatal_exit_message()
        if message is None:
            super()._fatal_error()
            return
        self.bell()
        self._exit_renderables.append(message)
        self._close_messages_no_wait()
