"""Small modal dialogs: pick a section, confirm, a session in use, a folder that takes no
file, the minutes preview."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.errors import SessionInUse
from facilitator.i18n import Translator
from facilitator.storage.sessions import OpenSession
from facilitator.tui.controller import SessionController
from facilitator.tui.saving import error_reason
from facilitator.tui.screens.dialog_style import dialog_css
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.sizing import sized
from facilitator.tui.widgets.agenda import agenda_line
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.fields import Literal


class SectionPicker(StyledOnce, ModalScreen[str | None]):
    """Ctrl+G: every section with its state; Enter goes there, and so does its number (the
    list shows "3. Framgångsfaktorer": pressing 3 is the quickest way to it)."""

    DEFAULT_CSS = (
        dialog_css("SectionPicker")
        + """
    SectionPicker OptionList {
        height: auto;
        max-height: 20;
        width: 60;
    }
    """
    )
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        *[Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self.controller = controller

    def compose(self) -> ComposeResult:
        session, tr = self.controller.session, self.controller.tr
        with Vertical():
            yield Static(tr("picker.title"), classes="dialog-title")
            options = [
                Option(Content(agenda_line(session, i, tr)), id=s.id)
                for i, s in enumerate(session.workshop.sections)
            ]
            picker = OptionList(*options, id="section-picker")
            picker.highlighted = session.workshop.section_index(session.current_section)
            yield picker
            yield Static(tr("agenda.legend"), classes="hint")
            yield Static(tr("picker.keys"), classes="hint")

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_pick(self, number: int) -> None:
        sections = self.controller.session.workshop.sections
        if 1 <= number <= len(sections):
            self.dismiss(sections[number - 1].id)


class ConfirmDialog(StyledOnce, ModalScreen[bool]):
    DEFAULT_CSS = dialog_css("ConfirmDialog")
    BINDINGS = [Binding("escape", "dismiss(False)", "Cancel")]

    def __init__(self, title: str, text: str, yes: str, no: str) -> None:
        super().__init__()
        self.title_text, self.text, self.yes, self.no = title, text, yes, no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Literal(self.title_text, classes="dialog-title")
            yield Literal(self.text)
            with Horizontal(classes="dialog-buttons"):
                yield button(self.yes, id="yes", variant="primary")
                yield button(self.no, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes").focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class PreviewScreen(StyledOnce, ModalScreen[None]):
    """The Markdown minutes as they will read, before they are sent."""

    DEFAULT_CSS = """
    PreviewScreen {
        align: center middle;
        background: $background 60%;
    }
    PreviewScreen > Vertical {
        width: 96%;
        height: 94%;
        border: heavy $primary;
        background: $surface;
    }
    PreviewScreen .dialog-title {
        text-style: bold;
        color: $text-primary;
        padding: 0 1;
    }
    PreviewScreen VerticalScroll {
        height: 1fr;
        padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, tr: Translator, markdown: str) -> None:
        super().__init__()
        self.tr, self.markdown = tr, markdown

    def compose(self) -> ComposeResult:
        # Imported here: the Markdown widget brings markdown-it and Pygments (60 ms at start).
        from textual.widgets import Markdown

        with Vertical():
            yield Static(self.tr("preview.title"), classes="dialog-title")
            with VerticalScroll():
                yield Markdown(self.markdown, open_links=False)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()


class InUseDialog(ConfirmDialog):
    """Another facilitator holds the session: say who and since when; offer to look only.
    Yes (the default) opens it read-only; No or Escape quits."""

    DEFAULT_CSS = dialog_css("InUseDialog")
    BINDINGS = [Binding("escape", "dismiss(False)", "Quit")]

    def __init__(self, tr: Translator, error: SessionInUse) -> None:
        who = f"PID {error.pid} @ {error.host}" if error.pid else tr("in_use.someone")
        text = tr("in_use.text", path=error.path, who=who, since=error.since or "?")
        super().__init__(tr("in_use.title"), text, tr("in_use.read_only"), tr("in_use.quit"))


def offer_read_only(
    app: App[Any],
    controller: SessionController,
    store: OpenSession,
    error: OSError,
    show: Callable[[OpenSession], Awaitable[None] | None],
) -> None:
    """The session's folder takes no file (a read-only disk, no permission): say so, in
    words, and offer to look at the session read-only (`show` shows `store`), or quit."""
    tr = controller.tr
    why = error_reason(tr, error)
    text = tr("cannot_write.text", folder=str(store.path.parent), reason=why)
    dialog = ConfirmDialog(
        tr("cannot_write.title"), text, tr("in_use.read_only"), tr("in_use.quit")
    )

    def answered(read: bool | None) -> None:
        if read:
            app.call_later(show, store)
        else:
            app.exit()

    app.push_screen(sized(app, dialog), answered)
