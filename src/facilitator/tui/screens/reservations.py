"""Editing the reservations against one answer: who does not stand behind it, and why.

The checklist shows reservations as text and edits them here, so a question with many
reservations costs the checklist one line of text, not three fields a reservation.
"""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Static

from facilitator.tui.controller import Change, SessionController, SessionEdited
from facilitator.tui.messages import ReservationAdded, ReservationEdited, ReservationRemoved
from facilitator.tui.screens.dialog_style import dialog_css
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.editarea import TextField
from facilitator.tui.widgets.fields import EditInput, Literal


class ReservationRows(Vertical):
    """One row a reservation; rebuilt when one is added or removed, so each row's position
    always matches the session's list."""

    DEFAULT_CSS = """
    ReservationRows {
        height: auto;
    }
    ReservationRows .reservation {
        height: auto;
        margin: 0 0 1 0;
    }
    ReservationRows .reservation-who {
        width: 28;
    }
    ReservationRows .reservation-why {
        width: 1fr;
    }
    ReservationRows ActionButton {
        min-width: 5;
        margin: 0 0 0 1;
    }
    """

    def __init__(self, controller: SessionController, question_id: str) -> None:
        super().__init__(id="reservation-rows")
        self.controller = controller
        self.question_id = question_id

    def compose(self) -> ComposeResult:
        tr, qid = self.controller.tr, self.question_id
        session = self.controller.session
        names = [p.name for p in session.meeting.participants if p.name]
        disabled = self.controller.frozen
        for index, reservation in enumerate(session.questions[qid].reservations):
            with Horizontal(classes="reservation"):
                who = EditInput(
                    reservation.who,
                    partial(ReservationEdited, qid, index),
                    placeholder=tr("questions.reservation_who"),
                    id=f"res-{index}-who",
                    classes="reservation-who",
                    disabled=disabled,
                )
                if names:
                    who.suggester = SuggestFromList(names, case_sensitive=False)
                yield who
                yield TextField(
                    reservation.why,
                    partial(ReservationEdited, qid, index, None),
                    placeholder=tr("questions.reservation_why"),
                    id=f"res-{index}-why",
                    classes="reservation-why",
                    read_only=disabled,
                )
                yield button(
                    "✕",
                    id=f"res-{index}-remove",
                    classes="remove-reservation",
                    tooltip=tr("questions.remove_reservation"),
                    disabled=disabled,
                )

    async def sync(self, *, focus_last: bool = False) -> None:
        wanted = len(self.controller.session.questions[self.question_id].reservations)
        if len(self.query(".reservation")) != wanted:
            await self.recompose()
            if focus_last and wanted:
                self.query_one(f"#res-{wanted - 1}-who").focus()


class ReservationsDialog(StyledOnce, ModalScreen[None]):
    DEFAULT_CSS = dialog_css("ReservationsDialog")
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(
        self, controller: SessionController, question_id: str, *, add: bool = False
    ) -> None:
        super().__init__()
        self.controller = controller
        self.question_id = question_id
        self.add = add

    def compose(self) -> ComposeResult:
        tr = self.controller.tr
        question = next(
            q for q in self.controller.session.workshop.questions() if q.id == self.question_id
        )
        with Vertical():
            yield Static(tr("reservations.title"), classes="dialog-title")
            yield Literal(question.text, classes="hint")
            yield ReservationRows(self.controller, self.question_id)
            with Horizontal(classes="dialog-buttons"):
                yield button(
                    tr("questions.add_reservation"),
                    id="add-reservation",
                    disabled=self.controller.frozen,
                )
                yield button(tr("dialog.close"), id="close", variant="primary")

    def on_mount(self) -> None:
        self.controller.changes.subscribe(self, self._session_changed)
        if self.add and not self.controller.frozen:
            self.post_message(ReservationAdded(self.question_id))
        elif self.query(".reservation-who"):
            self.query(".reservation-who").first().focus(scroll_visible=False)
        else:
            self.query_one("#close").focus()

    @on(Button.Pressed, "#add-reservation")
    def _add(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(ReservationAdded(self.question_id))

    @on(Button.Pressed, ".remove-reservation")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        index = int((event.button.id or "").split("-")[1])
        self.post_message(ReservationRemoved(self.question_id, index))

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)

    async def _session_changed(self, change: Change) -> None:
        if not isinstance(change, SessionEdited) or not self.is_current:
            return  # closed meanwhile, by the edit's own key (Escape) say
        added = isinstance(change.source, ReservationAdded)
        await self.query_one(ReservationRows).sync(focus_last=added)
