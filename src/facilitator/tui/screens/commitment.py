"""Editing one commitment: what, who, by when, its status and what it answers."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Select, Static

from facilitator.domain.session import Status, commitment_number
from facilitator.domain.values import read_date
from facilitator.tui.controller import Change, SessionController, SessionEdited
from facilitator.tui.messages import CommitmentEdited
from facilitator.tui.screens.dialog_style import dialog_css
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.editarea import TextField
from facilitator.tui.widgets.fields import EditInput, FieldProblem

LINK_WIDTH = 70


class CommitmentDialog(StyledOnce, ModalScreen[None]):
    DEFAULT_CSS = (
        dialog_css("CommitmentDialog")
        + """
    CommitmentDialog .field-label {
        text-style: bold;
        margin: 1 0 0 0;
    }
    CommitmentDialog #commitment-due {
        width: 20;
    }
    """
    )
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, controller: SessionController, commitment_id: str) -> None:
        super().__init__()
        self.controller = controller
        self.commitment_id = commitment_id

    def compose(self) -> ComposeResult:
        tr, session = self.controller.tr, self.controller.session
        commitment = session.commitment(self.commitment_id)
        number = commitment_number(commitment.id)
        cid = self.commitment_id
        disabled = self.controller.frozen
        with Vertical():
            yield Static(
                tr("commitment.title", number=number), classes="dialog-title", markup=False
            )
            yield Static(tr("commitment.what"), classes="field-label")
            yield TextField(
                commitment.what,
                lambda v: CommitmentEdited(cid, "what", v),
                placeholder=tr("commitment.what.placeholder"),
                id="commitment-what",
                read_only=disabled,
            )
            yield Static(tr("commitment.who"), classes="field-label")
            who = EditInput(
                commitment.who,
                lambda v: CommitmentEdited(cid, "who", v),
                placeholder=tr("commitment.who.placeholder"),
                id="commitment-who",
                disabled=disabled,
            )
            names = [p.name for p in session.meeting.participants if p.name]
            if names:
                who.suggester = SuggestFromList(names, case_sensitive=False)
            yield who
            yield Static(tr("commitment.due"), classes="field-label")
            yield EditInput(
                commitment.due,
                lambda v: CommitmentEdited(cid, "due", v),
                placeholder=tr("wrapup.date_placeholder"),
                id="commitment-due",
                disabled=disabled,
            )
            yield FieldProblem(self._due_problem(commitment.due), id="due-problem")
            yield Static(tr("commitment.status"), classes="field-label")
            yield ChoiceRow(
                [(s.value, tr(f"status.{s.value}")) for s in Status],
                commitment.status.value,
                id="commitment-status",
                disabled=disabled,
            )
            yield Static(tr("commitment.link"), classes="field-label")
            # Workshop text is content, never markup: a Select reads a plain str as markup.
            options = [
                (Text(self._short(text)), item_id) for item_id, text in session.workshop.linkable()
            ]
            yield Select(
                options,
                value=commitment.link or Select.NULL,
                allow_blank=True,
                prompt=tr("commitment.no_link"),
                id="commitment-link",
                disabled=disabled,
            )
            with Horizontal(classes="dialog-buttons"):
                yield button(tr("dialog.close"), id="close", variant="primary")

    @staticmethod
    def _short(text: str) -> str:
        return text if len(text) <= LINK_WIDTH else text[: LINK_WIDTH - 1] + "…"

    def on_mount(self) -> None:
        self.controller.changes.subscribe(self, self._session_changed)
        self.query_one("#commitment-what").focus(scroll_visible=False)

    def _due_problem(self, text: str) -> str:
        commitment = self.controller.session.commitment(self.commitment_id)
        not_before = self.controller.today() if commitment.status is Status.OPEN else None
        problem = read_date(text, not_before=not_before).problem
        return self.controller.tr(f"problem.{problem.value}") if problem else ""

    @on(Input.Changed, "#commitment-due")
    def _due_typed(self, event: Input.Changed) -> None:
        self.query_one("#due-problem", FieldProblem).show(self._due_problem(event.value))

    @on(ChoiceRow.Changed, "#commitment-status")
    def _status(self, event: ChoiceRow.Changed) -> None:
        self.post_message(
            CommitmentEdited(self.commitment_id, "status", event.value or Status.OPEN.value)
        )

    @on(Select.Changed, "#commitment-link")
    def _link(self, event: Select.Changed) -> None:
        value = event.value if isinstance(event.value, str) else ""
        self.post_message(CommitmentEdited(self.commitment_id, "link", value))

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)

    def _session_changed(self, change: Change) -> None:
        if not isinstance(change, SessionEdited) or not self.is_current:
            return  # closed meanwhile, by the edit's own key (Escape) say
        due = self.controller.session.commitment(self.commitment_id).due
        self.query_one("#due-problem", FieldProblem).show(self._due_problem(due))
