"""The footer, drawn again only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the bindings might have changed, which is on
every move of the focus: six times for one section switch, 15 ms each. The keys this app
shows are the session's commands, the same in every field, so nearly all of those rebuilds
drew the same footer again.

It also marks the keys to leave out on a narrow screen (`-wide-only`): Textual's footer cuts
whatever does not fit, mid-word (`^t Tid f▏`), so at 80 columns the screen's style sheet hides
the keys that are least needed and the rest stand whole.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
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
