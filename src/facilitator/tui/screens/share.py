"""Ctrl+L, *Dela*: the live page for the participants' own devices, from the session screen.

The dialog starts the server (`tui/sharing.py`) the first time, and shows its address and a
QR code of it for the room; the questions of the current section, one of which Enter puts to
the devices (and Enter again closes, saving the tally with the question); the live tally,
counts per choice and never who chose what. `h` moves it between this computer only
(the default) and the network; Esc closes the dialog and sharing goes on; `s` stops it.
The server stops when the app ends.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import weakref
from collections import Counter
from typing import Any

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.workshop import Scale
from facilitator.i18n import Translator
from facilitator.tui.controller import Part, SessionController
from facilitator.tui.screens.dialog_style import dialog_css
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.sharing import Sharing, SharingFailed
from facilitator.tui.widgets.fields import Literal
from facilitator.web.qr import qr_rows
from facilitator.web.serve import is_loopback

_SHARING: weakref.WeakKeyDictionary[SessionController, Sharing] = weakref.WeakKeyDictionary()
_PIDS: set[int] = set()


@atexit.register
def _stop_servers() -> None:
    """The app is ending: its servers end with it (a crash or SIGKILL leaves them running,
    so the page and the answers outlive a screen that is restarted)."""
    for pid in tuple(_PIDS):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)


def sharing_for(controller: SessionController) -> Sharing:
    found = _SHARING.get(controller)
    if found is None:
        assert controller.store is not None
        found = _SHARING[controller] = Sharing(controller.store.path)
    return found


def open_share(app: App[Any], controller: SessionController) -> None:
    app.push_screen(ShareScreen(controller, sharing_for(controller)))


def tally_line(scale: Scale, counts: Counter[str], tr: Translator) -> str:
    """ "Ja 2 · Delvis 5 · Nej 1 · Vet inte 0 (8 svar)": every choice, counted."""
    shown = " · ".join(f"{o.label} {counts.get(o.id, 0)}" for o in scale.options)
    return tr("share.tally", counts=shown, total=sum(counts.values()))


class ShareScreen(StyledOnce, ModalScreen[None]):
    DEFAULT_CSS = (
        dialog_css("ShareScreen")
        + """
    /* All of it on a projector's 80×24: the whole width, no blank lines around the title. */
    ShareScreen > Vertical {
        width: 100%;
        max-width: 120;
        padding: 0 1;
    }
    ShareScreen .dialog-title {
        margin: 0;
    }
    ShareScreen #share-body {
        height: auto;
    }
    ShareScreen #share-qr {
        width: auto;
        color: black;
        background: white;
        margin: 0 2 0 0;
    }
    ShareScreen #share-side {
        width: 1fr;
        height: auto;
    }
    ShareScreen #share-questions {
        height: auto;
        max-height: 6;
    }
    ShareScreen #share-tally {
        text-style: bold;
    }
    ShareScreen .hint {
        color: $text-muted;
    }
    """
    )
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("n", "toggle_notes", show=False),
        Binding("s", "stop", show=False),
        Binding("h", "toggle_host", show=False),
    ]

    def __init__(self, controller: SessionController, sharing: Sharing) -> None:
        super().__init__()
        self.controller = controller
        self.sharing = sharing

    @property
    def tr(self) -> Translator:
        return self.controller.tr

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.tr("share.title"), classes="dialog-title")
            yield Literal(self.tr("share.starting"), id="share-address")
            # The code beside the rest: on a projector at 80×24 it takes most of the height.
            with Horizontal(id="share-body"):
                yield Static("", id="share-qr")
                with Vertical(id="share-side"):
                    yield Static("", id="share-reach", classes="hint")
                    yield OptionList(id="share-questions")
                    yield Literal("", id="share-tally")
                    yield Static(self.tr("share.keys"), classes="hint")

    def on_mount(self) -> None:
        self.show_questions()
        self.show_tally()
        self.set_interval(0.5, self.show_tally)
        if self.sharing.running:
            self.show_address()
        else:
            self.start()

    @work(exclusive=True, group="share-start")
    async def start(self) -> None:
        try:
            await self.sharing.start()
        except (SharingFailed, OSError) as error:
            self.query_one("#share-address", Literal).update(
                self.tr("share.failed", reason=str(error))
            )
            return
        if self.sharing.pid is not None:
            _PIDS.add(self.sharing.pid)
        self.show_address()

    def show_address(self) -> None:
        url = self.sharing.url
        self.query_one("#share-address", Literal).update(url)
        self.query_one("#share-qr", Static).update(Content("\n".join(qr_rows(url, border=2))))
        reach = "share.loopback_screen" if is_loopback(self.sharing.host) else "share.reachable"
        notes = "share.notes_on" if self.sharing.state.show_notes else "share.notes_off"
        self.query_one("#share-reach", Static).update(f"{self.tr(reach)} {self.tr(notes)}")

    # -- the questions ------------------------------------------------------------------

    def _questions(self) -> list[tuple[str, str, Scale]]:
        session = self.controller.session
        section = session.workshop.section(session.current_section)
        if not section.scale:
            return []
        scale = session.workshop.scale(section.scale)
        return [(q.id, q.text, scale) for q in section.questions]

    def show_questions(self) -> None:
        listed = self.query_one("#share-questions", OptionList)
        highlighted = listed.highlighted
        listed.clear_options()
        poll = self.sharing.state.poll
        for question_id, text, _ in self._questions():
            mark = "● " if poll is not None and poll.open and poll.question == question_id else ""
            listed.add_option(Option(Content(mark + text), id=question_id))
        listed.display = bool(listed.option_count)
        if listed.option_count:
            listed.highlighted = min(highlighted or 0, listed.option_count - 1)
        if not listed.option_count:
            self.query_one("#share-tally", Literal).update(self.tr("share.no_questions"))

    def show_tally(self) -> None:
        poll = self.sharing.state.poll
        if poll is None:
            return
        scale = self._scale_of(poll.question)
        if scale is None:
            return
        line = tally_line(scale, self.sharing.tally(), self.tr)
        state = "share.open" if poll.open else "share.closed"
        self.query_one("#share-tally", Literal).update(f"{self.tr(state)} {line}")

    def _scale_of(self, question_id: str) -> Scale | None:
        workshop = self.controller.session.workshop
        for section in workshop.sections:
            if section.scale and any(q.id == question_id for q in section.questions):
                return workshop.scale(section.scale)
        return None

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter: put the question to the devices, or close it if it is the open one."""
        question_id = event.option.id or ""
        poll = self.sharing.state.poll
        if poll is not None and poll.open:
            self.close_poll()
            if poll.question == question_id:
                self.show_questions()
                return
        self.sharing.open_poll(question_id)
        self.show_questions()
        self.show_tally()

    def close_poll(self) -> None:
        """Close the open question and keep its tally with the question in the session."""
        poll = self.sharing.state.poll
        counts = self.sharing.close_poll()
        if poll is not None and not self.controller.read_only and not self.controller.frozen:
            self.controller.edit(lambda s: s.set_poll(poll.question, counts), Part.QUESTION)
        self.show_tally()

    def action_toggle_notes(self) -> None:
        self.sharing.toggle_notes()
        if self.sharing.running:
            self.show_address()

    async def action_toggle_host(self) -> None:
        """h: on the network (every address of this computer) or on this computer only; the
        server starts again, with a new address and token."""
        if self.sharing.pid is not None:
            _PIDS.discard(self.sharing.pid)
        await self.sharing.stop()
        self.sharing.host = "0.0.0.0" if is_loopback(self.sharing.host) else "127.0.0.1"
        self.query_one("#share-address", Literal).update(self.tr("share.starting"))
        self.start()

    async def action_stop(self) -> None:
        poll = self.sharing.state.poll
        if poll is not None and poll.open:
            self.close_poll()
        if self.sharing.pid is not None:
            _PIDS.discard(self.sharing.pid)
        await self.sharing.stop()
        self.dismiss(None)
