"""Themes made for a projector: strong contrast, few colours, nothing that washes out."""

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
    },
)

THEMES = (PROJECTOR_LIGHT, PROJECTOR_DARK)
DEFAULT_THEME = PROJECTOR_LIGHT.name
