"""The footer, drawn again only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the bindings might have changed, which is on
every move of the focus: six times for one section switch, 15 ms each. The keys this app
shows are the session's commands, the same in every field, so nearly all of those rebuilds
drew the same footer again.

It also marks the keys to leave out on a narrow screen (`-wide-only`): Textual's footer cuts
whatever does not fit, mid-word (`^t Tid f▏`), so at 80 columns the screen's style sheet hides
the keys that are least needed and the rest stand whole. Between that and a screen wide enough
for every key (a follow-up's footer has one more; Swedish words are long), the keys marked so
give way one by one from the right until the rest fit whole beside the palette's key
(`-gives-way`). That is decided as the keys are made, from their text, never by restyling keys
already shown: restyling them just after they were made, as F3 moved to the notes and the page
scrolled, left the scrolled page undrawn in a real terminal
(tests/reliability/test_signals_and_hangup.py waits for the notes' title).
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

# A key of the compact footer: its key, a space, its words, and a column of margin.
KEY_EXTRA = 2
# The palette's key, docked right, has a line before it too.
PALETTE_EXTRA = 3


class QuietFooter(Footer):
    _shown: tuple[Any, ...] | None = None

    def __init__(self, *, wide_only: frozenset[str] = frozenset(), compact: bool = False) -> None:
        super().__init__(compact=compact)
        self.wide_only = wide_only
        self._fitted_width = 0

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        # A key (FooterKey, a private name of Textual's) is the footer's child with an action.
        keys = [w for w in widgets if getattr(w, "action", None) is not None]
        self._fitted_width = self.size.width
        giving_way = self.giving_way(keys, self.size.width)
        for widget in widgets:
            if getattr(widget, "action", None) in self.wide_only:
                widget.add_class("-wide-only")
            if widget in giving_way:
                widget.add_class("-gives-way")
            yield widget

    def giving_way(self, keys: list[Widget], width: int) -> set[Widget]:
        """The keys that give way at `width` columns: those marked wide-only, from the right,
        until the others and the palette's key fit whole. None before the footer has a width."""
        if width <= 0:
            return set()
        palette = [k for k in keys if k.has_class("-command-palette")]
        shown = [k for k in keys if not k.has_class("-command-palette")]
        needed = sum(_width(k) for k in shown) + sum(
            _width(k) + PALETTE_EXTRA - KEY_EXTRA for k in palette
        )
        giving_way: set[Widget] = set()
        for key in reversed([k for k in shown if getattr(k, "action", None) in self.wide_only]):
            if needed <= width:
                break
            giving_way.add(key)
            needed -= _width(key)
        return giving_way

    def on_resize(self, event: events.Resize) -> None:
        """A new width: the keys are made again if other keys should now give way."""
        width = event.size.width
        if width == self._fitted_width:
            return
        keys = [k for k in self.children if getattr(k, "action", None) is not None]
        now = {k for k in keys if k.has_class("-gives-way")}
        if self.giving_way(keys, width) == now:
            self._fitted_width = width
        else:
            self.call_after_refresh(self.recompose)

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


def _width(key: Widget) -> int:
    """A key's width in the compact footer, counted from its text."""
    words = cell_len(str(getattr(key, "key_display", ""))) + cell_len(
        str(getattr(key, "description", ""))
    )
    return words + KEY_EXTRA
