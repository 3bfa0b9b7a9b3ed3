"""The footer, drawn again only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the bindings might have changed, which is on
every move of the focus: six times for one section switch, 15 ms each. The keys this app
shows are the session's commands, the same in every field, so nearly all of those rebuilds
drew the same footer again.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class QuietFooter(Footer):
    _shown: tuple[Any, ...] | None = None

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
