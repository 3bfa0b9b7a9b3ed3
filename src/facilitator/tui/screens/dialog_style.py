"""The look every dialog shares: a framed box in the middle of a dimmed screen.

A module of its own, so that a dialog imports the look without the other dialogs (the meeting
details open `facilitator new` and are drawn before anything else is needed).
"""

DIALOG_CSS = """
{name} {{
    align: center middle;
    background: $background 60%;
}}
{name} > Vertical {{
    width: 90%;
    max-width: 96;
    height: auto;
    max-height: 100%;
    overflow-y: auto;
    border: heavy $primary;
    background: $surface;
    padding: 0 2;
}}
{name} .dialog-title {{
    text-style: bold;
    color: $text-primary;
    margin: 1 0;
}}
{name} .dialog-buttons {{
    height: auto;
    margin: 1 0;
}}
{name} .dialog-buttons ActionButton {{
    margin: 0 1 0 0;
}}
"""


def dialog_css(name: str) -> str:
    return DIALOG_CSS.format(name=name)
