"""The app's buttons: Textual's Button, with only the styles the app uses, made without
restyles.

Button's own style sheet (7,000 characters, 57 rules: ANSI colours, the flat style, five
variants) is the largest Textual parses as the app starts, about 6 ms before the first
frame. The app uses Button's default style in two variants (default, primary), full size or
compact, so `ActionButton` carries those rules alone, as Button writes them, and does not
inherit Button's sheet. It is styled as `ActionButton` in CSS (a selector `Button` does not
reach it) and is a Button in code (`isinstance`, `query_one(…, Button)`, `Button.Pressed`).

Textual's Button also adds the classes of its variant, style and size (`-primary`,
`-style-default`, `-textual-compact`) one by one as it is made, and each class added to a
widget that is not on the screen yet restyles it against every rule there is, only for it to
be styled again as it is mounted (about 0.6 ms a button). `button()` gives the same classes
up front, so adding them changes nothing and nothing is restyled.
"""

from __future__ import annotations

from typing import Literal

from textual.widgets import Button


class ActionButton(Button, inherit_css=False):
    """A Button in its default style, as Textual draws it, in the variants the app uses."""

    # Button.DEFAULT_CSS (Textual 8.2.8), the rules for the default style, the default and
    # primary variants, and the compact size; nothing else.
    DEFAULT_CSS = """
    ActionButton {
        width: auto;
        min-width: 16;
        height: auto;
        line-pad: 1;
        text-align: center;
        content-align: center middle;
        pointer: pointer;

        &.-style-default {
            text-style: bold;
            color: $button-foreground;
            background: $surface;
            border: none;
            border-top: tall $surface-lighten-1;
            border-bottom: tall $surface-darken-1;

            &.-textual-compact {
                border: none !important;
            }
            &:disabled {
                text-opacity: 0.6;
                pointer: not-allowed;
            }
            &:focus {
                text-style: $button-focus-text-style;
                background-tint: $foreground 5%;
            }
            &:hover {
                border-top: tall $surface;
                background: $surface-darken-1;
            }
            &.-active {
                background: $surface;
                border-bottom: tall $surface-lighten-1;
                border-top: tall $surface-darken-1;
                tint: $background 30%;
            }
            &.-primary {
                color: $button-color-foreground;
                background: $primary;
                border-top: tall $primary-lighten-3;
                border-bottom: tall $primary-darken-3;

                &:hover {
                    background: $primary-darken-2;
                    border-top: tall $primary;
                }
                &.-active {
                    background: $primary;
                    border-bottom: tall $primary-lighten-3;
                    border-top: tall $primary-darken-3;
                }
            }
        }
    }
    """


def button(
    label: str,
    *,
    id: str | None = None,
    classes: str = "",
    variant: Literal["default", "primary"] = "default",
    compact: bool = False,
    disabled: bool = False,
    tooltip: str | None = None,
) -> ActionButton:
    """An ActionButton, as `Button(label, …)` makes one, with the classes Button gives
    itself already given."""
    own = ["-style-default"]  # not flat
    if variant != "default":  # Button gives the default variant no class
        own.append(f"-{variant}")
    made = ActionButton(
        label,
        id=id,
        classes=" ".join([*own, classes]).strip(),
        variant=variant,
        disabled=disabled,
        tooltip=tooltip,
    )
    if compact:  # set as Button's own reactive would, without restyling
        made.set_reactive(Button.compact, True)
        made.add_class("-textual-compact", update=False)
    return made
