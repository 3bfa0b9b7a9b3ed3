"""Screens styled once when they are first shown, not twice.

Textual styles every widget as it is mounted, and styles the whole screen again each time
it is pushed or switched to: a screen coming back may have changed while it was hidden. A
screen shown the moment it was made has just been styled, widget by widget, and the second
pass only costs time (about 5 ms for the meeting details, which `facilitator new` draws
first). Every screen of the app is shown as it is made, so its first showing skips that
pass; later showings are left as Textual does them.
"""

from __future__ import annotations

from textual import events


class StyledOnce:
    """Mixed into a Screen class, before Screen: its first ScreenResume does not restyle."""

    _shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler, which reads `refresh_styles`.
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False
