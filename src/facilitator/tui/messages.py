"""Messages widgets post upward when people change something.

Widgets never touch the session or the disk: they say what happened, and the app applies it
to the session it owns and schedules a save (see `tui.edits`). Names are facts in the past.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class MeetingEdited(Message):
    name: str  # title, organisation, date, place, follow_up, start_time, end_time, others
    value: str


@dataclass
class ParticipantAdded(Message):
    pass


@dataclass
class ParticipantEdited(Message):
    index: int
    name: str | None = None
    role: str | None = None
    attendance: str | None = None


@dataclass
class ParticipantRemoved(Message):
    index: int


@dataclass
class FigureEdited(Message):
    figure_id: str
    name: str  # value or source
    value: str


@dataclass
class QuestionEdited(Message):
    question_id: str
    name: str  # answer, agreement or motivation
    value: str


@dataclass
class ReservationAdded(Message):
    question_id: str


@dataclass
class ReservationEdited(Message):
    question_id: str
    index: int
    who: str | None = None
    why: str | None = None


@dataclass
class ReservationRemoved(Message):
    question_id: str
    index: int


@dataclass
class AssessmentEdited(Message):
    item_id: str
    name: str  # assessment or note
    value: str


@dataclass
class ReflectionEdited(Message):
    example_id: str
    text: str


@dataclass
class NotesEdited(Message):
    section_id: str
    text: str


@dataclass
class CommitmentEdited(Message):
    commitment_id: str
    name: str  # what, who, due, status or link
    value: str


@dataclass
class CarriedEdited(Message):
    """What became of an earlier meeting's commitment, said in a follow-up."""

    commitment_id: str
    name: str  # outcome, new_due, comment or replaced_by
    value: str


@dataclass
class SectionChosen(Message):
    """The agenda or the section picker asked to show a section."""

    section_id: str
