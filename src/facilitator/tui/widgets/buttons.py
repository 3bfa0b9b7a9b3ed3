"""Buttons made with their style's classes already given.

Textual's Button adds the classes of its variant, style and size (`-primary`,
`-style-default`, `-textual-compact`) one by one as it is made, and each class added to a
widget that is not on the screen yet restyles it against every rule there is, only for it to
be styled again as it is mounted (about 0.6 ms a button). Given the same classes up front,
adding them changes nothing, so nothing is restyled.
"""

from __future__ import annotations

from textual.widgets import Button
from textual.widgets.button import ButtonVariant


def button(
    label: str,
    *,
    id: str | None = None,
    classes: str = "",
    variant: ButtonVariant = "default",
    compact: bool = False,
    disabled: bool = False,
    tooltip: str | None = None,
) -> Button:
    """A Button, as `Button(label, …)` makes it, with the classes Button gives itself."""
    own = ["-style-default"]  # not flat
    if variant != "default":  # Button gives the default variant no class
        own.append(f"-{variant}")
    made = Button(
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
