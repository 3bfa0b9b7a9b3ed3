"""Meeting details: what, where, when, and who takes part in which role."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from facilitator.domain.meeting_time import clock_problem, format_clock, session_hours
from facilitator.domain.session import Attendance, Role
from facilitator.domain.values import read_date
from facilitator.tui.controller import Change, SessionController, SessionEdited
from facilitator.tui.messages import (
    MeetingEdited,
    ParticipantAdded,
    ParticipantEdited,
    ParticipantRemoved,
)
from facilitator.tui.screens.dialog_style import dialog_css
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.fields import EditInput, FieldProblem

FIELDS = ("title", "organisation", "date", "place")
TIME_FIELDS = ("start_time", "end_time")


class ParticipantRow(Vertical):
    """One participant: the name with its ✕ beside it, the role under them."""

    def in_order(self) -> list[Widget]:
        """The row's fields in the order they are filled in: name, role, then ✕ (which
        stands before the role in the layout, so Textual's own order would visit it second)."""
        return [
            self.query_one(selector)
            for selector in (".participant-name", ".participant-role", ".remove-participant")
        ]


class Participants(Vertical):
    DEFAULT_CSS = """
    Participants {
        height: auto;
    }
    Participants .participant {
        height: auto;
        margin: 0 0 1 0;
    }
    Participants .participant Horizontal {
        height: auto;
    }
    Participants .participant-name {
        width: 1fr;
    }
    Participants ActionButton {
        min-width: 5;
    }
    """

    def __init__(self, controller: SessionController, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.controller = controller

    def step_focus(self, step: int) -> None:
        """Tab through the participants row by row, each row as it is filled in (see
        `tui.focus`)."""
        order = [w for row in self.query(ParticipantRow) for w in row.in_order() if w.focusable]
        order += [w for w in self.query("#add-participant") if w.focusable]
        focused = self.screen.focused
        index = order.index(focused) + step if focused in order else -1
        if 0 <= index < len(order):
            self.screen.set_focus(order[index])
        elif step > 0:  # past "+ Deltagare", the last in the layout too
            self.screen.focus_next()
        else:  # before the first name, the first in the layout too
            self.screen.focus_previous()

    def compose(self) -> ComposeResult:
        tr, session = self.controller.tr, self.controller.session
        roles = [(r.value, tr(f"role.{r.value}")) for r in Role]
        attendances = [(a.value, tr(f"attendance.{a.value}")) for a in Attendance]
        disabled = self.controller.frozen
        for index, participant in enumerate(session.meeting.participants):
            with ParticipantRow(classes="participant"):
                with Horizontal():
                    yield EditInput(
                        participant.name,
                        partial(ParticipantEdited, index),
                        placeholder=tr("meeting.participant_name"),
                        id=f"participant-{index}-name",
                        classes="participant-name",
                        disabled=disabled,
                    )
                    yield button(
                        "✕",
                        id=f"participant-{index}-remove",
                        classes="remove-participant",
                        disabled=disabled,
                        tooltip=tr("meeting.remove_participant"),
                    )
                yield ChoiceRow(
                    roles,
                    participant.role.value,
                    id=f"participant-{index}-role",
                    classes="participant-role",
                    disabled=disabled,
                )
                yield ChoiceRow(
                    attendances,
                    participant.attendance.value,
                    id=f"participant-{index}-attendance",
                    classes="participant-attendance",
                    disabled=disabled,
                )
        yield button(
            tr("meeting.add_participant"), id="add-participant", compact=True, disabled=disabled
        )

    async def sync(self, *, focus_last: bool = False) -> None:
        wanted = len(self.controller.session.meeting.participants)
        if len(self.query(".participant")) != wanted:
            await self.recompose()
            if focus_last and wanted:
                self.query_one(f"#participant-{wanted - 1}-name").focus()


class MeetingDialog(StyledOnce, ModalScreen[None]):
    DEFAULT_CSS = (
        dialog_css("MeetingDialog")
        + """
    MeetingDialog #meeting-fields {
        height: auto;
    }
    MeetingDialog .field-label {
        text-style: bold;
        margin: 1 0 0 0;
    }
    MeetingDialog #meeting-extra {
        height: auto;
    }
    MeetingDialog #meeting-extra .field-label {
        margin: 0;
    }
    MeetingDialog #others-column {
        width: 1fr;
        height: auto;
    }
    MeetingDialog .time-column {
        width: 21;
        height: auto;
        margin: 0 0 0 1;
    }
    /* Over nothing (a new session's first screen): the dimmed screen under it is the plain
       background, drawn as it is instead of dimming an empty screen drawn first. */
    MeetingDialog.-alone {
        background: $background;
    }
    """
    )
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, controller: SessionController, *, alone: bool = False) -> None:
        """`alone`: over no other screen (`facilitator new`), where a translucent background
        would make Textual draw the empty screen underneath, 120×40 cells, and dim it."""
        super().__init__(classes="-alone" if alone else None)
        self.controller = controller

    def compose(self) -> ComposeResult:
        tr, meeting = self.controller.tr, self.controller.session.meeting
        with Vertical():
            yield Static(tr("meeting.dialog_title"), classes="dialog-title")
            with Vertical(id="meeting-fields"):
                for name in FIELDS:
                    yield Static(tr(f"meeting.{name}"), classes="field-label")
                    yield EditInput(
                        getattr(meeting, name),
                        partial(MeetingEdited, name),
                        placeholder=tr(f"meeting.{name}.placeholder"),
                        id=f"meeting-{name}",
                        disabled=self.controller.frozen,
                    )
                    if name == "date":
                        yield FieldProblem(self._date_problem(meeting.date), id="date-problem")
                yield Static(tr("meeting.participants"), classes="field-label")
                yield Participants(self.controller, id="participants")
                # Filled in as the meeting goes, so after the people, on one row: others
                # present, and the hours (the session's own until something else is typed).
                with Horizontal(id="meeting-extra"):
                    with Vertical(id="others-column"):
                        yield Static(tr("meeting.others"), classes="field-label")
                        yield EditInput(
                            meeting.others,
                            partial(MeetingEdited, "others"),
                            placeholder=tr("meeting.others.placeholder"),
                            id="meeting-others",
                            disabled=self.controller.frozen,
                        )
                    yield from self._hours()
            with Horizontal(classes="dialog-buttons"):
                yield button(tr("dialog.close"), id="close", variant="primary")

    def _hours(self) -> ComposeResult:
        """When the meeting started and ended ("kl. 13.00–14.45" in the minutes); empty
        means when the session was started and finished, which the placeholder shows."""
        tr, session = self.controller.tr, self.controller.session
        hours = dict(zip(TIME_FIELDS, session_hours(session), strict=True))
        for name in TIME_FIELDS:
            moment = hours[name]
            placeholder = (
                tr("meeting.time.placeholder", time=format_clock(moment, tr.language))
                if moment
                else tr("meeting.time.unknown")
            )
            typed = getattr(session.meeting, name)
            with Vertical(classes="time-column"):
                yield Static(tr(f"meeting.{name}"), classes="field-label")
                yield EditInput(
                    typed,
                    partial(MeetingEdited, name),
                    placeholder=placeholder,
                    id=f"meeting-{name}",
                    disabled=self.controller.frozen,
                )
                yield FieldProblem(self._time_problem(typed), id=f"{name}-problem")

    def _time_problem(self, text: str) -> str:
        return self.controller.tr("problem.not_a_time") if clock_problem(text) else ""

    def _date_problem(self, text: str) -> str:
        problem = read_date(text).problem
        return self.controller.tr(f"problem.{problem.value}") if problem else ""

    def on_mount(self) -> None:
        self.controller.changes.subscribe(self, self._session_changed)
        self.query_one("#meeting-title").focus(scroll_visible=False)

    @on(Input.Changed, "#meeting-date")
    def _date_typed(self, event: Input.Changed) -> None:
        self.query_one("#date-problem", FieldProblem).show(self._date_problem(event.value))

    @on(Input.Changed, "#meeting-start_time")
    @on(Input.Changed, "#meeting-end_time")
    def _time_typed(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("meeting-")
        self.query_one(f"#{name}-problem", FieldProblem).show(self._time_problem(event.value))

    @on(ChoiceRow.Changed, ".participant-attendance")
    def _attendance(self, event: ChoiceRow.Changed) -> None:
        index = int((event.row.id or "").split("-")[1])
        value = event.value or Attendance.PRESENT.value
        self.post_message(ParticipantEdited(index, attendance=value))

    @on(ChoiceRow.Changed, ".participant-role")
    def _role(self, event: ChoiceRow.Changed) -> None:
        index = int((event.row.id or "").split("-")[1])
        self.post_message(ParticipantEdited(index, role=event.value or Role.PARTICIPANT.value))

    @on(Button.Pressed, "#add-participant")
    def _add(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(ParticipantAdded())

    @on(Button.Pressed, ".remove-participant")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(ParticipantRemoved(int((event.button.id or "").split("-")[1])))

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)

    async def _session_changed(self, change: Change) -> None:
        if not isinstance(change, SessionEdited) or not self.is_current:
            return  # closed meanwhile, by the edit's own key (Escape) say
        await self.query_one(Participants).sync(focus_last=True)
