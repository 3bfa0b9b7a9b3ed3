"""The floor for start-up: a bare Textual app showing a form like the meeting details.

`facilitator new` opens on the meeting details: a framed dialog of eight labels, seven text
fields (three of them side by side), three lines for problems, a button to add a participant
and one to close. The bare app of the start benchmark shows one Static; this one shows that
form, made of Textual's own widgets (Static, Input, Button) in Textual's containers, as a
modal screen pushed once the app has mounted, as the facilitator pushes its dialog. What it
takes is what Textual itself needs to put such a form on the screen, with none of the
facilitator's code: the session, its file, the translations, the app's style sheets.

`python bench/baselines/bare_form.py MARKER` shows MARKER as the form's title and runs until
it is ended.
"""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

# The meeting details' fields, with their placeholders (as many, as long).
FIELDS = [
    ("Mötets titel", "Till exempel: Ledningsgruppens workshop om digitala möten"),
    ("Organisation", "Myndighet, lärosäte eller avdelning"),
    ("Datum (ÅÅÅÅ-MM-DD)", "2026-12-05"),
    ("Plats eller länk", "Rum, adress eller möteslänk"),
]
COLUMNS = [
    ("Övriga närvarande", "Gäster, t.ex. Karin Berg (§ 5)"),
    ("Mötet började kl.", "13.01 (sessionen)"),
    ("Mötet slutade kl.", "vid avslut"),
]


class Form(ModalScreen[None]):
    DEFAULT_CSS = """
    Form {
        align: center middle;
    }
    Form > Vertical {
        width: 90%;
        max-width: 96;
        height: auto;
        max-height: 100%;
        overflow-y: auto;
        border: heavy $primary;
        background: $surface;
        padding: 0 2;
    }
    Form Vertical, Form Horizontal {
        height: auto;
    }
    Form .label {
        text-style: bold;
        margin: 1 0 0 0;
    }
    Form .column {
        width: 1fr;
    }
    """

    def __init__(self, title: str) -> None:
        super().__init__()
        self.form_title = title

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.form_title, markup=False)
            with Vertical():
                for label, placeholder in FIELDS:
                    yield Static(label, classes="label")
                    yield Input(placeholder=placeholder, compact=True)
                yield Static("", classes="problem")
                yield Static("Deltagare och roller", classes="label")
                yield Button("+ Deltagare", compact=True)
                with Horizontal():
                    for label, placeholder in COLUMNS:
                        with Vertical(classes="column"):
                            yield Static(label, classes="label")
                            yield Input(placeholder=placeholder, compact=True)
                            yield Static("", classes="problem")
            with Horizontal():
                yield Button("Klar (Esc)", variant="primary", compact=True)


class BareForm(App[None]):
    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker = marker

    def on_mount(self) -> None:
        self.push_screen(Form(self.marker))


if __name__ == "__main__":
    BareForm(sys.argv[1] if len(sys.argv) > 1 else "bare form").run()
