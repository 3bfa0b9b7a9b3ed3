"""Applying what widgets report to the session the app owns.

Each handler is one line: the message says what happened, the session method changes the
record (cleaning the text and counting a revision), and the controller's `edit` schedules the
save and says what changed. Handlers live on the App so messages from dialogs arrive here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.message import Message

from facilitator.domain.session import Attendance, Role, Session
from facilitator.tui import messages as m
from facilitator.tui.controller import Part


class EditHandlers:
    """Mixed into the App; `edit(change, part, message)` is provided by the App."""

    edit: Callable[[Callable[[Session], Any], Part, Message], None]

    def on_meeting_edited(self, msg: m.MeetingEdited) -> None:
        self.edit(lambda s: s.set_meeting(msg.name, msg.value), Part.MEETING, msg)

    def on_participant_added(self, msg: m.ParticipantAdded) -> None:
        self.edit(lambda s: s.add_participant(), Part.MEETING, msg)

    def on_participant_edited(self, msg: m.ParticipantEdited) -> None:
        role = Role(msg.role) if msg.role else None
        attendance = Attendance(msg.attendance) if msg.attendance else None
        self.edit(
            lambda s: s.update_participant(
                msg.index, name=msg.name, role=role, attendance=attendance
            ),
            Part.MEETING,
            msg,
        )

    def on_participant_removed(self, msg: m.ParticipantRemoved) -> None:
        self.edit(lambda s: s.remove_participant(msg.index), Part.MEETING, msg)

    def on_figure_edited(self, msg: m.FigureEdited) -> None:
        self.edit(lambda s: s.set_figure(msg.figure_id, msg.name, msg.value), Part.FIGURE, msg)

    def on_question_edited(self, msg: m.QuestionEdited) -> None:
        self.edit(
            lambda s: s.set_question(msg.question_id, msg.name, msg.value), Part.QUESTION, msg
        )

    def on_reservation_added(self, msg: m.ReservationAdded) -> None:
        self.edit(lambda s: s.add_reservation(msg.question_id), Part.RESERVATION, msg)

    def on_reservation_edited(self, msg: m.ReservationEdited) -> None:
        self.edit(
            lambda s: s.set_reservation(msg.question_id, msg.index, who=msg.who, why=msg.why),
            Part.RESERVATION,
            msg,
        )

    def on_reservation_removed(self, msg: m.ReservationRemoved) -> None:
        self.edit(lambda s: s.remove_reservation(msg.question_id, msg.index), Part.RESERVATION, msg)

    def on_assessment_edited(self, msg: m.AssessmentEdited) -> None:
        self.edit(
            lambda s: s.set_assessment(msg.item_id, msg.name, msg.value), Part.ASSESSMENT, msg
        )

    def on_reflection_edited(self, msg: m.ReflectionEdited) -> None:
        self.edit(lambda s: s.set_reflection(msg.example_id, msg.text), Part.REFLECTION, msg)

    def on_notes_edited(self, msg: m.NotesEdited) -> None:
        self.edit(lambda s: s.set_notes(msg.section_id, msg.text), Part.NOTES, msg)

    def on_commitment_edited(self, msg: m.CommitmentEdited) -> None:
        self.edit(
            lambda s: s.set_commitment(msg.commitment_id, msg.name, msg.value), Part.COMMITMENT, msg
        )

    def on_carried_edited(self, msg: m.CarriedEdited) -> None:
        # The outcome also sets the status of the commitment carried on: both lists change.
        if msg.name == "outcome":
            self.edit(lambda s: s.set_outcome(msg.commitment_id, msg.value), Part.COMMITMENT, msg)
        else:
            self.edit(
                lambda s: s.set_carried(msg.commitment_id, msg.name, msg.value),
                Part.COMMITMENT,
                msg,
            )

    def apply_edit(self, message: Message) -> bool:
        """Apply an edit message directly, not through the message queue (see the App's
        `hand_over`); false for a message that is no edit."""
        handler = EDIT_HANDLERS.get(type(message))
        if handler is None:
            return False
        handler(self, message)
        return True


# Each edit message and the handler that applies it.
EDIT_HANDLERS: dict[type[Message], Callable[[EditHandlers, Any], None]] = {
    m.MeetingEdited: EditHandlers.on_meeting_edited,
    m.ParticipantAdded: EditHandlers.on_participant_added,
    m.ParticipantEdited: EditHandlers.on_participant_edited,
    m.ParticipantRemoved: EditHandlers.on_participant_removed,
    m.FigureEdited: EditHandlers.on_figure_edited,
    m.QuestionEdited: EditHandlers.on_question_edited,
    m.ReservationAdded: EditHandlers.on_reservation_added,
    m.ReservationEdited: EditHandlers.on_reservation_edited,
    m.ReservationRemoved: EditHandlers.on_reservation_removed,
    m.AssessmentEdited: EditHandlers.on_assessment_edited,
    m.ReflectionEdited: EditHandlers.on_reflection_edited,
    m.NotesEdited: EditHandlers.on_notes_edited,
    m.CommitmentEdited: EditHandlers.on_commitment_edited,
    m.CarriedEdited: EditHandlers.on_carried_edited,
}
