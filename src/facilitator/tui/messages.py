"""Messages widgets post upward when people change something.

Widgets never touch the session or the disk: they say what happened, and the app applies it
to the session it owns and schedules a save (see `tui.edits`). Names are facts in the past.

They are written as Textual writes its own messages, with an `__init__`, not as dataclasses:
a dataclass is made as its module is imported (0.4 ms each, its methods compiled from text),
and this module is imported before the first frame of every command that opens the app.
"""

from __future__ import annotations

from textual.message import Message


class MeetingEdited(Message):
    def __init__(self, name: str, value: str) -> None:
        super().__init__()
        self.name = (
            name  # title, organisation, date, place, follow_up, start_time, end_time, others
        )
        self.value = value


class ParticipantAdded(Message):
    pass


class ParticipantEdited(Message):
    def __init__(
        self,
        index: int,
        name: str | None = None,
        role: str | None = None,
        attendance: str | None = None,
    ) -> None:
        super().__init__()
        self.index = index
        self.name = name
        self.role = role
        self.attendance = attendance


class ParticipantRemoved(Message):
    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class FigureEdited(Message):
    def __init__(self, figure_id: str, name: str, value: str) -> None:
        super().__init__()
        self.figure_id = figure_id
        self.name = name  # value or source
        self.value = value


class QuestionEdited(Message):
    def __init__(self, question_id: str, name: str, value: str) -> None:
        super().__init__()
        self.question_id = question_id
        self.name = name  # answer, agreement or motivation
        self.value = value


class ReservationAdded(Message):
    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id


class ReservationEdited(Message):
    def __init__(
        self, question_id: str, index: int, who: str | None = None, why: str | None = None
    ) -> None:
        super().__init__()
        self.question_id = question_id
        self.index = index
        self.who = who
        self.why = why


class ReservationRemoved(Message):
    def __init__(self, question_id: str, index: int) -> None:
        super().__init__()
        self.question_id = question_id
        self.index = index


class AssessmentEdited(Message):
    def __init__(self, item_id: str, name: str, value: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.name = name  # assessment or note
        self.value = value


class ReflectionEdited(Message):
    def __init__(self, example_id: str, text: str) -> None:
        super().__init__()
        self.example_id = example_id
        self.text = text


class NotesEdited(Message):
    def __init__(self, section_id: str, text: str) -> None:
        super().__init__()
        self.section_id = section_id
        self.text = text


class CommitmentEdited(Message):
    def __init__(self, commitment_id: str, name: str, value: str) -> None:
        super().__init__()
        self.commitment_id = commitment_id
        self.name = name  # what, who, due, status or link
        self.value = value


class CarriedEdited(Message):
    """What became of an earlier meeting's commitment, said in a follow-up."""

    def __init__(self, commitment_id: str, name: str, value: str) -> None:
        super().__init__()
        self.commitment_id = commitment_id
        self.name = name  # outcome, new_due, comment or replaced_by
        self.value = value


class SectionChosen(Message):
    """The agenda or the section picker asked to show a section."""

    def __init__(self, section_id: str) -> None:
        super().__init__()
        self.section_id = section_id
