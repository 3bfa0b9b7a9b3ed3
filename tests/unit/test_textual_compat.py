"""Canaries for `facilitator.tui.textual_compat`, the one module that uses Textual's private
names: each test exercises one of its functions on real Textual objects, so that an upgrade
of Textual that removes, renames or changes what it relies on fails here, with a message
naming the function to revisit, before the app misbehaves."""

from __future__ import annotations

import inspect
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import BindingsMap
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.errors import NoWidget
from textual.geometry import Region
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.text_area import Document, WrappedDocument

from facilitator.i18n import Translator
from facilitator.tui import textual_compat
from facilitator.tui.commands import name_palette_key
from facilitator.tui.textual_compat import (
    FatalErrorHooks,
    FocusDrawsNoScreen,
    ScrollbarShownInItsLayout,
    ScrollbarsRedrawnOnChange,
    bindings_of,
    decode_terminal_input_with,
    lay_out_once_for_new_sizes,
    lay_scroll_bars_out_once,
    redraw_option,
    retype_wrapped_document,
    wrap_settings,
)


@contextmanager
def canary(function: str, what: str) -> Iterator[None]:
    """Any failure inside, an assertion or an error (a private name gone), names the
    function of textual_compat to revisit."""
    try:
        yield
    except Exception as error:  # AssertionError included
        pytest.fail(
            f"revisit textual_compat.{function} for this version of Textual ({what}): "
            f"{type(error).__name__}: {error}"
        )


# -- bindings_of ----------------------------------------------------------------------------


class Keyed(Screen[None]):
    BINDINGS = [("f11", "app.bell", "Bell")]

    def compose(self) -> ComposeResult:
        yield Static("x")


class KeyedApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(Keyed())

    def action_twelve(self) -> None:
        self.pressed.append("f12")


def test_bindings_of_is_each_nodes_own_map_taken_from_its_class() -> None:
    with canary("bindings_of", "a node's own map of bindings"):
        first, second = Keyed(), Keyed()
        bindings = bindings_of(first)
        assert isinstance(bindings, BindingsMap)
        assert "f11" in bindings.key_to_bindings  # the class's BINDINGS are in it
        bindings.bind("f12", "app.twelve", "Tolv", priority=True)
        assert "f12" not in bindings_of(second).key_to_bindings  # this node's only
        assert "f12" not in bindings_of(Keyed()).key_to_bindings  # not the class's


async def test_a_binding_added_through_bindings_of_works_and_shows_its_description() -> None:
    with canary("bindings_of", "a binding added to a screen's map as the app runs"):
        app = KeyedApp()
        async with app.run_test() as pilot:
            await pilot.pause()
            bindings_of(app.screen).bind("f12", "app.twelve", "Tolv", priority=True)
            app.screen.refresh_bindings()
            await pilot.press("f12")
            await pilot.pause()
            assert app.pressed == ["f12"]
            assert app.screen.active_bindings["f12"].binding.description == "Tolv"


async def test_the_palette_key_is_in_the_apps_map_and_takes_the_ui_language() -> None:
    """`commands.name_palette_key` rewrites Textual's own Ctrl+P binding in the App's map."""
    with canary("bindings_of", "Textual's Ctrl+P binding in the App's own map"):
        app = KeyedApp()
        async with app.run_test() as pilot:
            tr = Translator("sv")
            name_palette_key(app, tr)
            app.screen.refresh_bindings()
            await pilot.pause()
            active = app.screen.active_bindings[app.COMMAND_PALETTE_BINDING].binding
            assert active.action in ("command_palette", "app.command_palette")
            assert active.description == tr("cmd.palette.short") != "palette"


# -- wrap_settings, retype_wrapped_document ---------------------------------------------------


def test_wrap_settings_are_the_width_and_tab_width_last_wrapped_at() -> None:
    with canary("wrap_settings", "WrappedDocument's width and tab width"):
        wrapped = WrappedDocument(Document("a\tb " * 20), width=30, tab_width=8)
        assert wrap_settings(wrapped) == (30, 8)
        wrapped.wrap(50, 2)
        assert wrap_settings(wrapped) == (50, 2)
        wrapped.wrap(40)  # no tab width: the last one stays
        assert wrap_settings(wrapped) == (40, 2)


class Counting(WrappedDocument):
    wraps = 0

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        self.wraps += 1
        super().wrap(width, tab_width)


def test_retype_wrapped_document_keeps_the_same_wrapped_object() -> None:
    text = "Ett möte om\tbudgeten, med många ord som radbryts " * 10
    with canary("retype_wrapped_document", "changing a WrappedDocument's class in place"):
        wrapped = WrappedDocument(Document(text), width=30, tab_width=4)
        expected = WrappedDocument(Document(text), width=30, tab_width=4)
        retyped = retype_wrapped_document(wrapped, Counting)
        assert retyped is wrapped and type(retyped) is Counting
        assert (retyped.height, retyped.lines) == (expected.height, expected.lines)
        assert retyped.wraps == 0  # not wrapped again
        retyped.wrap(20)
        expected.wrap(20)
        assert retyped.wraps == 1
        assert (retyped.height, retyped.lines) == (expected.height, expected.lines)


class Retyping(TextArea):
    """What EditArea does: its `wrapped_document` property makes each WrappedDocument
    TextArea assigns into the counting kind."""

    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._kept

    @wrapped_document.setter
    def wrapped_document(self, wrapped: WrappedDocument) -> None:
        self._kept: WrappedDocument = retype_wrapped_document(wrapped, Counting)


def test_text_area_assigns_each_new_wrapped_document_where_it_can_be_retyped() -> None:
    with canary("retype_wrapped_document", "TextArea assigns `wrapped_document` per document"):
        area = Retyping("eins")
        first = area.wrapped_document
        area.load_text("zwei")
        assert type(first) is Counting and type(area.wrapped_document) is Counting
        assert area.wrapped_document is not first


# -- decode_terminal_input_with -----------------------------------------------------------


class Lenient:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding

    def decode(self, data: bytes, final: bool = False) -> str:
        return data.decode(self.encoding, errors="replace")


def test_decode_terminal_input_with_hands_the_linux_driver_our_decoder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with canary("decode_terminal_input_with", "the Linux driver's decoder of the input"):
        from textual.drivers import linux_driver

        # Put back as it was once the test is over.
        original = linux_driver.getincrementaldecoder
        monkeypatch.setattr(linux_driver, "getincrementaldecoder", original)
        assert decode_terminal_input_with(Lenient) is True
        decoder = linux_driver.getincrementaldecoder("utf-8")()
        assert isinstance(decoder, Lenient) and decoder.encoding == "utf-8"
        assert decoder.decode(b"m\xf6te") == "m\ufffdte"
        # And the driver's input thread still makes its decoder through that name.
        source = inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
        assert 'getincrementaldecoder("utf-8")()' in source


# -- FatalErrorHooks ----------------------------------------------------------------------


class Failing(FatalErrorHooks, App[None]):
    def __init__(self, line: str | None) -> None:
        super().__init__()
        self.line = line
        self.seen: list[Exception] = []
        self.stderr = io.StringIO()
        self.error_console = Console(file=self.stderr, width=40)

    def on_key(self) -> None:
        raise RuntimeError("boom")

    def before_fatal_exit(self, error: Exception) -> None:
        self.seen.append(error)

    def fatal_exit_message(self) -> Any:
        return None if self.line is None else Text(self.line)


async def test_fatal_error_hooks_call_the_app_first_and_print_its_one_line() -> None:
    with canary("FatalErrorHooks", "App._handle_exception and App._fatal_error"):
        line = "facilitator: ett oväntat fel; sessionen är sparad och felet står i loggen"
        app = Failing(line)
        with pytest.raises(RuntimeError):
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("x")
        assert [str(e) for e in app.seen] == ["boom"]
        assert app.return_code == 1
        # All of it, wrapped at the (narrower) stderr's width, not cut off there.
        printed = app.stderr.getvalue()
        assert printed.startswith("facilitator: ett oväntat fel;")
        assert " ".join(printed.split()) == line


async def test_fatal_error_hooks_leave_textuals_traceback_when_the_app_gives_no_line() -> None:
    with canary("FatalErrorHooks", "App._fatal_error's traceback"):
        app = Failing(None)
        with pytest.raises(RuntimeError):
            async with app.run_test() as pilot:
                await pilot.press("x")
        assert [str(e) for e in app.seen] == ["boom"]
        assert "RuntimeError" in app.stderr.getvalue() and "boom" in app.stderr.getvalue()


def test_the_fatal_error_hooks_names_are_not_textuals() -> None:
    """A method Textual added with one of these names would be overridden by the App's."""
    with canary("FatalErrorHooks", "App now has a method of the same name"):
        assert not hasattr(App, "before_fatal_exit")
        assert not hasattr(App, "fatal_exit_message")


def test_every_function_of_textual_compat_has_a_canary() -> None:
    here = Path(__file__).read_text(encoding="utf-8")
    public = [
        name
        for name, value in vars(textual_compat).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == textual_compat.__name__
        and name != "Decoder"  # a Protocol: the type of what decode_terminal_input_with takes
    ]
    without = [n for n in public if not re.search(rf'canary\(\s*"{n}"', here)]
    assert public and without == [], f"no canary here for textual_compat's {without}"


# -- ScrollbarsRedrawnOnChange --------------------------------------------------------------


class SteadyArea(ScrollbarsRedrawnOnChange, TextArea):
    DEFAULT_CSS = "SteadyArea { height: 6; }"


class SteadyApp(App[None]):
    def compose(self) -> ComposeResult:
        yield SteadyArea("\n".join(f"line {n}" for n in range(30)))


def test_scrollbars_redrawn_on_change_copies_textuals_scroll_update() -> None:
    """The mixin is Textual's `_scroll_update` less its two `refresh()` calls: Textual's is
    still these statements, in this order."""
    with canary("ScrollbarsRedrawnOnChange", "Widget._scroll_update changed"):
        from textual.widget import Widget

        source = inspect.getsource(Widget._scroll_update).split('"""')[2]
        statements = [line.strip() for line in source.splitlines() if line.strip()]
        assert statements == [
            "self._refresh_scrollbars()",
            "width, height = self.container_size",
            "if self.show_vertical_scrollbar and self.styles.scrollbar_size_vertical:",
            "self.vertical_scrollbar.window_virtual_size = virtual_size.height",
            "self.vertical_scrollbar.window_size = (",
            "height - self.scrollbar_size_horizontal",
            ")",
            "self.vertical_scrollbar.refresh()",
            "if self.show_horizontal_scrollbar and self.styles.scrollbar_size_horizontal:",
            "self.horizontal_scrollbar.window_virtual_size = virtual_size.width",
            "self.horizontal_scrollbar.window_size = width - self.scrollbar_size_vertical",
            "self.horizontal_scrollbar.refresh()",
            "self.scroll_x = self.validate_scroll_x(self.scroll_x)",
            "self.scroll_y = self.validate_scroll_y(self.scroll_y)",
        ]


async def test_scrollbars_redrawn_on_change_still_follow_the_text_and_the_scroll() -> None:
    with canary("ScrollbarsRedrawnOnChange", "the scroll bar no longer follows"):
        app = SteadyApp()
        async with app.run_test(size=(40, 12)) as pilot:
            await pilot.pause()
            area = app.query_one(SteadyArea)
            bar = area.vertical_scrollbar
            assert area.show_vertical_scrollbar and bar.window_virtual_size == 30
            area.scroll_to(y=10, animate=False, immediate=True)
            await pilot.pause()
            assert bar.position == 10
            area.load_text("\n".join(f"line {n}" for n in range(50)))
            await pilot.pause()
            assert bar.window_virtual_size == 50
            assert area.scroll_y <= 50 - bar.window_size


# -- FocusDrawsNoScreen ---------------------------------------------------------------------


class QuietFocusScreen(FocusDrawsNoScreen, Screen[None]):
    def compose(self) -> ComposeResult:
        yield TextArea("one", id="one")
        yield TextArea("two", id="two")


class QuietFocusApp(App[None]):
    def on_mount(self) -> None:
        self.push_screen(QuietFocusScreen())


def test_focus_draws_no_screen_declares_screens_own_focused_reactive() -> None:
    with canary("FocusDrawsNoScreen", "Screen.focused is no longer the reactive it was"):
        theirs = Screen.__dict__["focused"]
        ours = FocusDrawsNoScreen.__dict__["focused"]
        assert isinstance(theirs, Reactive) and isinstance(ours, Reactive)
        assert (theirs._default, theirs._layout, theirs._repaint) == (None, False, True)
        assert (ours._default, ours._layout, ours._repaint) == (None, False, False)


async def test_focus_draws_no_screen_still_moves_the_focus_and_tells_the_footer() -> None:
    with canary("FocusDrawsNoScreen", "focus or its watcher broke"):
        app = QuietFocusApp()
        async with app.run_test(size=(40, 12)) as pilot:
            await pilot.pause()
            screen = app.screen
            told: list[object] = []
            screen.bindings_updated_signal.subscribe(screen, told.append)
            two = screen.query_one("#two", TextArea)
            two.focus()
            await pilot.pause()
            assert screen.focused is two and two.has_focus
            assert told


# -- ScrollbarShownInItsLayout -------------------------------------------------------------


class GutteredPage(ScrollbarShownInItsLayout, VerticalScroll):
    DEFAULT_CSS = "GutteredPage { scrollbar-gutter: stable; width: 1fr; }"


class LongField(ScrollbarShownInItsLayout, TextArea):
    DEFAULT_CSS = "LongField { height: 5; width: 1fr; }"


class PlainPage(VerticalScroll):
    DEFAULT_CSS = "PlainPage { scrollbar-gutter: stable; width: 1fr; }"


def bar_placed(widget: Widget) -> bool:
    try:
        widget.screen.find_widget(widget.vertical_scrollbar)
    except NoWidget:
        return False
    return True


def test_scrollbar_shown_in_its_layout_is_asked_before_the_bars_are_placed() -> None:
    """The compositor arranges a container's children (`arrange`) and asks a widget's
    scrollable region (`_get_scrollable_region`) before it looks at `show_vertical_scrollbar`
    to place the bars."""
    with canary("ScrollbarShownInItsLayout", "the compositor places the bars differently"):
        from textual._compositor import Compositor

        source = inspect.getsource(Compositor._arrange_root)
        region = source.index("widget._get_scrollable_region(container_region)")
        arranged = source.index("widget.arrange(child_region.size)")
        placed = source.index("widget.show_vertical_scrollbar")
        assert region < arranged < placed
        assert "_arrange_scrollbars(" in source[placed:]
        assert Widget.__dict__["show_vertical_scrollbar"]._layout is True  # what it spares


async def test_scrollbar_shown_in_its_layout_places_the_bar_in_the_first_layout() -> None:
    """A page and a field taller than their region, first laid out: their bars are placed
    in that layout, where a plain page's comes one layout later."""
    with canary("ScrollbarShownInItsLayout", "the bar is not placed with its layout"):
        app = App[None]()
        async with app.run_test(size=(60, 10)) as pilot:
            screen = app.screen
            placed: list[tuple[bool, bool, bool]] = []

            def laid_out(_: object) -> None:
                if page.is_mounted and page.size:
                    placed.append((bar_placed(page), bar_placed(field), bar_placed(plain)))

            screen.screen_layout_refresh_signal.subscribe(screen, laid_out, immediate=True)
            page = GutteredPage(*(Static(f"rad {n}") for n in range(30)))
            plain = PlainPage(*(Static(f"rad {n}") for n in range(30)))
            field = LongField("\n".join(f"rad {n}" for n in range(30)))
            await screen.mount(Horizontal(page, field, plain))
            await pilot.pause()
            await pilot.pause()
            assert placed[0] == (True, True, False)
            for widget in (page, field, plain):  # Textual's own decision after, the same
                assert widget.show_vertical_scrollbar and widget.vertical_scrollbar.display
                assert bar_placed(widget)
            page.scroll_end(animate=False, immediate=True)
            await pilot.pause()
            assert page.vertical_scrollbar.position == page.scroll_y > 0


# -- lay_scroll_bars_out_once ---------------------------------------------------------------


class TallPage(App[None]):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            for n in range(40):
                yield Static(f"rad {n}")


async def test_lay_scroll_bars_out_once_makes_every_new_bar_quiet_and_working() -> None:
    with canary("lay_scroll_bars_out_once", "Widget no longer makes its bar from the module"):
        from textual import scrollbar
        from textual.widget import Widget

        lay_scroll_bars_out_once()
        for made_by in (Widget.vertical_scrollbar, Widget.horizontal_scrollbar):
            source = inspect.getsource(made_by.fget)  # type: ignore[attr-defined]
            assert "from textual.scrollbar import ScrollBar" in source
            assert "= scroll_bar = ScrollBar(" in source
        assert scrollbar.ScrollBar.__dict__["virtual_size"]._layout is False
        assert Widget.__dict__["virtual_size"]._layout is True  # what it spares
        app = TallPage()
        async with app.run_test(size=(30, 10)) as pilot:
            await pilot.pause()
            page = app.query_one(VerticalScroll)
            bar = page.vertical_scrollbar
            assert isinstance(bar, scrollbar.ScrollBar) and bar.display
            assert bar.size.height == 10 and bar.window_virtual_size == 40
            page.scroll_end(animate=False, immediate=True)
            await pilot.pause()
            assert bar.position == page.scroll_y == 30


# -- lay_out_once_for_new_sizes -------------------------------------------------------------


def test_lay_out_once_for_new_sizes_relies_on_widgets_own_size_update() -> None:
    """Widget's `_size_updated` takes `layout` and, without it, sets the virtual size
    quietly; ScrollView has its own, left alone."""
    with canary("lay_out_once_for_new_sizes", "Widget._size_updated changed"):
        from textual.scroll_view import ScrollView

        lay_out_once_for_new_sizes()
        wrapped = Widget._size_updated.__wrapped__  # type: ignore[attr-defined]
        source = inspect.getsource(wrapped)
        assert "layout: bool = True" in source
        assert "self.set_reactive(Widget.virtual_size, virtual_size)" in source
        assert "_size_updated" in ScrollView.__dict__
        assert Widget.__dict__["virtual_size"]._layout is True  # what it spares


async def test_lay_out_once_for_new_sizes_lays_a_new_page_out_once() -> None:
    with canary("lay_out_once_for_new_sizes", "a new page is laid out more than once"):
        lay_out_once_for_new_sizes()
        app = App[None]()
        async with app.run_test(size=(60, 10)) as pilot:
            screen = app.screen
            layouts: list[object] = []
            screen.screen_layout_refresh_signal.subscribe(screen, layouts.append, immediate=True)
            page = VerticalScroll(*(Static(f"rad {n}") for n in range(5)))
            await screen.mount(page)
            for _ in range(3):
                await pilot.pause(0.05)
            assert len(layouts) == 1
            assert page.size.height == 10 and page.virtual_size == page.size


# -- redraw_option --------------------------------------------------------------------------


class Listed(App[None]):
    CSS = "OptionList { border: none; padding: 0; width: 20; height: 6; }"

    def compose(self) -> ComposeResult:
        yield OptionList("första", "andra", "tredje")


def drawn(options: OptionList) -> list[str]:
    """The list's lines as the screen takes them (from its cache of drawn lines)."""
    strips = options.render_lines(Region(0, 0, options.size.width, options.size.height))
    return [strip.text.strip() for strip in strips]


async def test_redraw_option_draws_the_new_text_and_keeps_the_others_rendering() -> None:
    with canary("redraw_option", "one option's new text is not drawn, or all are redrawn"):
        app = Listed()
        async with app.run_test(size=(30, 8)) as pilot:
            await pilot.pause()
            options = app.query_one(OptionList)
            assert drawn(options)[:3] == ["första", "andra", "tredje"]
            first, third = options.get_option_at_index(0), options.get_option_at_index(2)
            cache = options._option_render_cache
            kept = [key for key in cache.keys() if key[0] in (first, third)]  # noqa: SIM118
            assert kept
            redraw_option(options, 1, Content("andra, ny"))
            await pilot.pause()
            assert drawn(options)[:3] == ["första", "andra, ny", "tredje"]
            assert all(key in cache for key in kept)


async def test_redraw_option_moves_the_lines_below_a_prompt_that_grows() -> None:
    with canary("redraw_option", "a prompt of two lines is not laid out"):
        app = Listed()
        async with app.run_test(size=(30, 8)) as pilot:
            await pilot.pause()
            options = app.query_one(OptionList)
            redraw_option(options, 1, Content("andra raden är nu för lång"))
            await pilot.pause()
            lines = drawn(options)
            assert lines[0] == "första" and lines[3] == "tredje"
            assert " ".join(lines[1:3]) == "andra raden är nu för lång"


async def test_redraw_option_draws_a_highlight_set_without_its_repaint() -> None:
    with canary("redraw_option", "a highlight moved quietly is not drawn"):
        app = Listed()
        async with app.run_test(size=(30, 8)) as pilot:
            await pilot.pause()
            options = app.query_one(OptionList)
            options.highlighted = 0
            await pilot.pause()
            lit = options.get_visual_style("option-list--option-highlighted").rich_style
            drawn(options)
            options.set_reactive(OptionList.highlighted, 2)
            redraw_option(options, 0)
            redraw_option(options, 2)
            await pilot.pause()
            strips = options.render_lines(Region(0, 0, options.size.width, 3))
            backgrounds = [next(iter(strip)).style.bgcolor for strip in strips]
            assert backgrounds[2] == lit.bgcolor
            assert backgrounds[0] != lit.bgcolor
