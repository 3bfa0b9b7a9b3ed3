"""Contrast as WCAG 2.x defines it, measured on what the app draws.

Every visible widget of a screen is drawn line by line as Textual draws it (its own style, its
component classes, the styles of text made with markup or Content); each piece of text is then
a foreground on a background, both resolved to the colours that reach the terminal. Reverse
swaps the two, as the terminal does.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color as RichColor
from rich.style import Style
from rich.text import Text
from textual.color import Color
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList, TextArea

# What the room must read, and what may be quieter (placeholders, hints): WCAG's AAA and AA
# levels for normal text.
TEXT, SECONDARY = 7.0, 4.5
# Lines and blocks (borders, bars, scroll bars, the clock's digits drawn with box lines) are
# graphics, not letters: they are left out.
GRAPHICS = range(0x2500, 0x25A0)


def luminance(color: Color) -> float:
    """Relative luminance of an sRGB colour, WCAG 2.x."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)


def contrast_ratio(first: Color, second: Color) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance over the darker's."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Shown:
    """One piece of text as drawn: where, what, in which colours, and the ratio it needs."""

    where: str
    text: str
    foreground: Color
    background: Color
    needed: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)

    @property
    def too_faint(self) -> bool:
        return self.ratio < self.needed

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.text!r} {self.foreground.hex} on {self.background.hex} "
            f"{self.ratio:.2f}:1, needs {self.needed}:1"
        )


def _colour(color: RichColor | None, default: Color) -> Color:
    if color is None or color.is_default:
        return default
    return Color.from_rich_color(color)


def colours_of(style: Style, default_fg: Color, default_bg: Color) -> tuple[Color, Color]:
    """The foreground and background a style puts on the screen."""
    foreground = _colour(style.color, default_fg)
    background = _colour(style.bgcolor, default_bg)
    if style.reverse:
        foreground, background = background, foreground
    return foreground, background


def is_letters(text: str) -> bool:
    return any(not ch.isspace() and ord(ch) not in GRAPHICS for ch in text)


def describe(widget: Widget) -> str:
    name = type(widget).__name__
    if widget.id:
        name += f"#{widget.id}"
    classes = [c for c in widget.classes if not c.startswith("-")]
    if classes:
        name += "." + ".".join(sorted(classes))
    return name


def _dim_parts(prompt: object) -> list[str]:
    """The parts of a list's option drawn dim on purpose (a workshop's details under its
    title, a command's help under its name, a select's "nothing chosen")."""
    if isinstance(prompt, Text):
        return [prompt.plain] if "dim" in str(prompt.style).split() else []
    if not isinstance(prompt, Content):
        return []
    parts = []
    for span in prompt.spans:
        style = span.style
        dim = "dim" in style.split() if isinstance(style, str) else bool(getattr(style, "dim", 0))
        if dim:
            parts.append(prompt.plain[span.start : span.end])
    return parts


def _secondary_texts(widget: Widget) -> tuple[str, ...]:
    """Texts a widget may draw quieter: its placeholder while it is empty, the dim details
    of a list's options."""
    if isinstance(widget, Input) and not widget.value:
        return (str(widget.placeholder),)
    if isinstance(widget, TextArea) and not widget.text:
        return (str(widget.placeholder),)
    if isinstance(widget, OptionList):
        return tuple(part for option in widget.options for part in _dim_parts(option.prompt))
    return ()


def shown_by(widget: Widget, *, secondary: bool = False) -> list[Shown]:
    """Every piece of text `widget` draws itself (not its children's)."""
    width, height = widget.outer_size
    if not width or not height:
        return []
    default_bg = widget.background_colors[1]
    default_fg = widget.styles.color
    quiet = _secondary_texts(widget)
    found = []
    for strip in widget.render_lines(Region(0, 0, width, height)):
        for segment in strip:
            text, style = segment.text, segment.style
            if style is None or not is_letters(text):
                continue
            foreground, background = colours_of(style, default_fg, default_bg)
            placeholder = any(text.strip() and text.strip() in q for q in quiet)
            needed = SECONDARY if secondary or placeholder else TEXT
            found.append(Shown(describe(widget), text, foreground, background, needed))
    return found


def visible_widgets(screen: Screen) -> list[Widget]:
    """The widgets of `screen` that are displayed (also those scrolled out of sight)."""
    return [
        widget
        for widget in screen.walk_children(with_self=False)
        if isinstance(widget, Widget)
        and widget.visible
        and all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))
    ]
