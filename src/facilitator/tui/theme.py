"""Themes made for a projector: strong contrast, few colours, nothing that washes out.

Everything the room reads stands at least 7:1 against its background, placeholders and hints
at least 4.5:1 (WCAG 2.x); `tests/tui/test_contrast.py` measures it on every screen.
"""

from __future__ import annotations

from textual.theme import Theme

PROJECTOR_LIGHT = Theme(
    name="projector-light",
    primary="#003d80",
    secondary="#4a2a7a",
    accent="#7a2e00",
    warning="#8a5a00",
    error="#b00020",
    success="#1b5e20",
    foreground="#000000",
    background="#ffffff",
    surface="#f2f2f2",
    panel="#e0e6ef",
    dark=False,
    variables={
        "footer-key-foreground": "#003d80",
        "footer-description-foreground": "#000000",
        "input-selection-background": "#003d80 35%",
        "border": "#003d80",
        "border-blurred": "#6b7a8f",
        # Placeholders: quieter than what was typed, still 4.5:1 on a focused field.
        "text-disabled": "#595959",
        # The row under a list's cursor: dark enough that its dimmed second line (a
        # workshop's details) stays readable.
        "block-cursor-background": "#002b5c",
    },
)

PROJECTOR_DARK = Theme(
    name="projector-dark",
    primary="#7fb8ff",
    secondary="#c9a6ff",
    accent="#ffb86b",
    warning="#ffd166",
    error="#ff6b7a",
    success="#8be28b",
    foreground="#ffffff",
    background="#000000",
    surface="#121212",
    panel="#1d2633",
    dark=True,
    variables={
        "footer-key-foreground": "#7fb8ff",
        "footer-description-foreground": "#ffffff",
        "border": "#7fb8ff",
        "border-blurred": "#8a96a8",
        # Selected text stays 7:1: Textual's default selection is lighter.
        "input-selection-background": "#7fb8ff 35%",
        "text-disabled": "#9a9a9a",
        "block-cursor-background": "#a8d0ff",
    },
)

THEMES = (PROJECTOR_LIGHT, PROJECTOR_DARK)
DEFAULT_THEME = PROJECTOR_LIGHT.name
