"""The footer, drawn again only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the bindings might have changed, which is on
every move of the focus: six times for one section switch, 15 ms each. The keys this app
shows are the session's commands, the same in every field, so nearly all of those rebuilds
drew the same footer again.

It also marks the keys to leave out on a narrow screen (`-wide-only`): Textual's footer cuts
whatever does not fit, mid-word (`^t Tid f▏`), so at 80 columns the screen's style sheet hides
the keys that are least needed and the rest stand whole. Between that and a screen wide enough
for every key (a follow-up's footer has one more; Swedish words are long), the keys marked so
give way one by one from the right until the rest fit whole beside the palette's key.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer


class QuietFooter(Footer):
    _shown: tuple[Any, ...] | None = None

    def __init__(self, *, wide_only: frozenset[str] = frozenset(), compact: bool = False) -> None:
        super().__init__(compact=compact)
        self.wide_only = wide_only

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            # A key (FooterKey, a private name of Textual's) is the footer's child with an action.
            if getattr(widget, "action", None) in self.wide_only:
                widget.add_class("-wide-only")
            yield widget
        self.call_after_refresh(self.fit_keys)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self) -> None:
        """Show the keys that fit whole: those that may give way do, from the right, until
        the others and the palette's key fit in the footer's width."""
        if not self.is_attached or self.size.width == 0:
            return
        keys = [k for k in self.children if getattr(k, "action", None) is not None]
        palette = [k for k in keys if k.has_class("-command-palette")]
        shown = [k for k in keys if not k.has_class("-command-palette")]
        widths = {k: _width(k, self.size) for k in keys}
        room = self.size.width - sum(widths[k] for k in palette)
        needed = sum(widths[k] for k in shown)
        giving_way: set[Widget] = set()
        for key in reversed([k for k in shown if k.has_class("-wide-only")]):
            if needed <= room:
                break
            giving_way.add(key)
            needed -= widths[key]
        for key in shown:
            key.set_class(key in giving_way, "-gives-way")

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if self.is_attached and screen is self.screen:
            shown = tuple(
                (binding.key, binding.action, binding.description, enabled, tooltip)
                for (_, binding, enabled, tooltip) in screen.active_bindings.values()
                if binding.show
            )
            if shown == self._shown:
                return
            self._shown = shown
        super().bindings_changed(screen)


def _width(key: Widget, container: Size) -> int:
    """A key's width in cells: its text, padding, border and margin."""
    styles = key.styles
    return key.get_content_width(container, container) + styles.gutter.width + styles.margin.width
