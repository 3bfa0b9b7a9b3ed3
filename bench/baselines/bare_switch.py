"""The floor for nav: a bare Textual app that moves between pages as the facilitator moves
between sections, with nothing of the facilitator's own.

A list of six pages down the side and a ContentSwitcher. Ctrl+N and Ctrl+B go to
the next and previous page; a page is built the first time it is shown (30 Statics of a
short paragraph each and a text field, mounted hidden and then shown, as the app builds a
section's view), and the text field is focused, as the app focuses a section's first field.
What this takes is what Textual needs for a page switch of that size; the facilitator's
pages hold 12-51 widgets. There is no footer: Textual's own Footer builds its keys again on
every move of the focus, which more than doubles a revisit (80 ms against 19 here); the
facilitator's footer draws them again only when they change.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import ContentSwitcher, OptionList, Static, TextArea

PAGES = 6
STATICS = 30
PARAGRAPH = (
    "Med underlag från Steg 1 kan ledningen ta beslut om att avsätta tillräckliga resurser "
    "för utveckling av möteskulturen i allmänhet och digitala möten i synnerhet."
)


class BareSwitch(App[None]):
    CSS = """
    OptionList { dock: left; width: 30; }
    ContentSwitcher { height: 1fr; }
    VerticalScroll { padding: 0 1; }
    TextArea { height: 8; }
    """
    BINDINGS = [
        Binding("ctrl+n", "step(1)", "Next", priority=True),
        Binding("ctrl+b", "step(-1)", "Previous", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.page = 0

    def compose(self) -> ComposeResult:
        yield OptionList(*(f"{n}. Page {n}" for n in range(1, PAGES + 1)))
        yield ContentSwitcher()

    async def on_mount(self) -> None:
        await self.show(0)

    @staticmethod
    def page_id(index: int) -> str:
        return f"page-{index}"

    async def show(self, index: int) -> None:
        switcher = self.query_one(ContentSwitcher)
        page_id = self.page_id(index)
        if not any(child.id == page_id for child in switcher.children):
            page = VerticalScroll(
                *(Static(f"{n}. {PARAGRAPH}") for n in range(1, STATICS + 1)),
                TextArea(),
                id=page_id,
            )
            page.display = False
            with self.batch_update():
                await switcher.mount(page)
        self.page = index
        switcher.current = page_id
        self.query_one(OptionList).highlighted = index
        self.query_one(f"#{page_id} TextArea", TextArea).focus(scroll_visible=False)

    async def action_step(self, step: int) -> None:
        index = self.page + step
        if 0 <= index < PAGES:
            await self.show(index)
