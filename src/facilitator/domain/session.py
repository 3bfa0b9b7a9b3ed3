"""A session: one group's run through a workshop, and everything it recorded.

The session is owned by whoever runs it (the app, a test, the exporter) and changed only
through its methods. Each change bumps `revision`, which is how the app knows there is
something new to save without comparing documents.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from facilitator.domain.text import clean_text
from facilitator.domain.values import read_date
from facilitator.domain.workshop import SectionKind, Workshop

FORMAT_VERSION = 1


class Role(StrEnum):
    """A participant's role, as Swedish minutes name them."""

    CHAIR = "chair"  # ordförande / facilitator
    SECRETARY = "secretary"  # sekreterare
    ADJUSTER = "adjuster"  # justerare
    PARTICIPANT = "participant"  # deltagare


class Attendance(StrEnum):
    """Whether a participant took part, as Swedish minutes record it: present, absent, or
    absent having sent word beforehand (anmält förhinder)."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Agreement(StrEnum):
    """How far the group agrees on an answer."""

    CONSENSUS = "consensus"
    MAJORITY = "majority"
    NONE = "none"


class Status(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


def now_local() -> datetime:
    """The wall clock in the local time zone, to the second (minutes are read by people)."""
    return datetime.now().astimezone().replace(microsecond=0)


@dataclass
class Participant:
    name: str = ""
    role: Role = Role.PARTICIPANT
    attendance: Attendance = Attendance.PRESENT


@dataclass
class Meeting:
    title: str = ""
    organisation: str = ""
    date: str = ""
    place: str = ""
    follow_up: str = ""
    participants: list[Participant] = field(default_factory=list)
    # The meeting's hours as typed ("13.00"); empty means the session's own start and finish.
    start_time: str = ""
    end_time: str = ""
    # Others present who are not participants (a guest presenting one item), as typed.
    others: str = ""


@dataclass
class FigureEntry:
    """A key figure as typed (kept as text, so a half-typed or invalid value is never lost)."""

    value: str = ""
    source: str = ""


@dataclass
class Reservation:
    """A dissent entered in the minutes: who does not stand behind the answer, and why."""

    who: str = ""
    why: str = ""


@dataclass
class QuestionEntry:
    answer: str = ""
    agreement: str = ""
    motivation: str = ""
    reservations: list[Reservation] = field(default_factory=list)


@dataclass
class AssessmentEntry:
    assessment: str = ""
    note: str = ""


@dataclass
class SectionEntry:
    """Per-section record: discussion notes and time. `seconds_spent` is all the time the
    section's clock ran; `timer_seconds` is the run of the current time box (reset sets it to 0)."""

    notes: str = ""
    seconds_spent: int = 0
    timer_seconds: int = 0
    visited: bool = False


@dataclass
class Commitment:
    id: str
    what: str = ""
    who: str = ""
    due: str = ""
    status: Status = Status.OPEN
    link: str = ""


_TEXT_FIELDS = {
    "meeting": {
        "title",
        "organisation",
        "date",
        "place",
        "follow_up",
        "start_time",
        "end_time",
        "others",
    },
    "figure": {"value", "source"},
    "question": {"answer", "agreement", "motivation"},
    "assessment": {"assessment", "note"},
    "commitment": {"what", "who", "due", "link"},
}


class Session:
    """The group's record. Every setter cleans text of control characters and counts a revision."""

    def __init__(
        self,
        workshop: Workshop,
        *,
        clock: Callable[[], datetime] = now_local,
        created: datetime | None = None,
    ) -> None:
        self.workshop = workshop
        self.clock = clock
        self.created = created or clock()
        self.updated = self.created
        self.finished_at: datetime | None = None
        self.current_section = workshop.sections[0].id
        self.meeting = Meeting(date=self.created.date().isoformat())
        self.sections = {s.id: SectionEntry() for s in workshop.sections}
        self.figures = {f.id: FigureEntry() for f in workshop.figures()}
        self.questions = {q.id: QuestionEntry() for q in workshop.questions()}
        self.assessments = {i.id: AssessmentEntry() for i, _ in workshop.items()}
        self.reflections = {e.id: "" for e in workshop.examples()}
        self.commitments: list[Commitment] = []
        self.revision = 0

    # -- bookkeeping -------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def _changed(self) -> None:
        self.revision += 1
        self.updated = self.clock()

    @staticmethod
    def _set(target: object, group: str, name: str, value: str) -> bool:
        if name not in _TEXT_FIELDS[group]:
            raise AttributeError(f"{group} has no text field {name!r}")
        value = clean_text(value)
        if getattr(target, name) == value:
            return False
        setattr(target, name, value)
        return True

    # -- meeting -----------------------------------------------------------------------

    def set_meeting(self, name: str, value: str) -> None:
        if self._set(self.meeting, "meeting", name, value):
            self._changed()

    def add_participant(self, name: str = "", role: Role = Role.PARTICIPANT) -> Participant:
        participant = Participant(clean_text(name), role)
        self.meeting.participants.append(participant)
        self._changed()
        return participant

    def update_participant(
        self,
        index: int,
        *,
        name: str | None = None,
        role: Role | None = None,
        attendance: Attendance | None = None,
    ) -> None:
        participant = self.meeting.participants[index]
        before = (participant.name, participant.role, participant.attendance)
        if name is not None:
            participant.name = clean_text(name)
        if role is not None:
            participant.role = Role(role)
        if attendance is not None:
            participant.attendance = Attendance(attendance)
        if (participant.name, participant.role, participant.attendance) != before:
            self._changed()

    def remove_participant(self, index: int) -> Participant:
        removed = self.meeting.participants.pop(index)
        self._changed()
        return removed

    # -- sections ----------------------------------------------------------------------

    def go_to(self, section_id: str) -> None:
        self.workshop.section(section_id)  # raises KeyError for an unknown section
        entry = self.sections[section_id]
        if section_id != self.current_section or not entry.visited:
            self.current_section = section_id
            entry.visited = True
            self._changed()

    def set_notes(self, section_id: str, text: str) -> None:
        entry = self.sections[section_id]
        text = clean_text(text)
        if entry.notes != text:
            entry.notes = text
            self._changed()

    def add_time(self, section_id: str, seconds: int) -> None:
        """Count `seconds` of the section's clock into both its time box and its total."""
        if seconds <= 0:
            return
        entry = self.sections[section_id]
        entry.seconds_spent += seconds
        entry.timer_seconds += seconds
        self._changed()

    def reset_timer(self, section_id: str) -> None:
        entry = self.sections[section_id]
        if entry.timer_seconds:
            entry.timer_seconds = 0
            self._changed()

    # -- answers -----------------------------------------------------------------------

    def set_figure(self, figure_id: str, name: str, value: str) -> None:
        if self._set(self.figures[figure_id], "figure", name, value):
            self._changed()

    def set_question(self, question_id: str, name: str, value: str) -> None:
        if self._set(self.questions[question_id], "question", name, value):
            self._changed()

    def add_reservation(self, question_id: str, who: str = "", why: str = "") -> int:
        reservations = self.questions[question_id].reservations
        reservations.append(Reservation(clean_text(who), clean_text(why)))
        self._changed()
        return len(reservations) - 1

    def set_reservation(
        self, question_id: str, index: int, *, who: str | None = None, why: str | None = None
    ) -> None:
        reservation = self.questions[question_id].reservations[index]
        before = (reservation.who, reservation.why)
        if who is not None:
            reservation.who = clean_text(who)
        if why is not None:
            reservation.why = clean_text(why)
        if (reservation.who, reservation.why) != before:
            self._changed()

    def remove_reservation(self, question_id: str, index: int) -> Reservation:
        removed = self.questions[question_id].reservations.pop(index)
        self._changed()
        return removed

    def set_assessment(self, item_id: str, name: str, value: str) -> None:
        if self._set(self.assessments[item_id], "assessment", name, value):
            self._changed()

    def set_reflection(self, example_id: str, text: str) -> None:
        text = clean_text(text)
        if self.reflections[example_id] != text:
            self.reflections[example_id] = text
            self._changed()

    # -- commitments -------------------------------------------------------------------

    def _next_commitment_id(self) -> str:
        taken = {c.id for c in self.commitments}
        return next(f"c{n}" for n in itertools.count(1) if f"c{n}" not in taken)

    def add_commitment(
        self, what: str = "", who: str = "", due: str = "", link: str = ""
    ) -> Commitment:
        commitment = Commitment(
            self._next_commitment_id(),
            clean_text(what),
            clean_text(who),
            clean_text(due),
            Status.OPEN,
            clean_text(link),
        )
        self.commitments.append(commitment)
        self._changed()
        return commitment

    def commitment(self, commitment_id: str) -> Commitment:
        for commitment in self.commitments:
            if commitment.id == commitment_id:
                return commitment
        raise KeyError(commitment_id)

    def set_commitment(self, commitment_id: str, name: str, value: str) -> None:
        commitment = self.commitment(commitment_id)
        if name == "status":
            status = Status(value)
            if commitment.status != status:
                commitment.status = status
                self._changed()
        elif self._set(commitment, "commitment", name, value):
            self._changed()

    def remove_commitment(self, commitment_id: str) -> tuple[int, Commitment]:
        commitment = self.commitment(commitment_id)
        index = self.commitments.index(commitment)
        del self.commitments[index]
        self._changed()
        return index, commitment

    def restore_commitment(self, index: int, commitment: Commitment) -> None:
        """Put back a removed commitment (undo), at its old place."""
        if any(c.id == commitment.id for c in self.commitments):
            commitment.id = self._next_commitment_id()
        self.commitments.insert(min(index, len(self.commitments)), commitment)
        self._changed()

    # -- finishing ---------------------------------------------------------------------

    def finish(self) -> None:
        if self.finished_at is None:
            self.finished_at = self.clock()
            self._changed()

    def reopen(self) -> None:
        if self.finished_at is not None:
            self.finished_at = None
            self._changed()

    # -- reading -----------------------------------------------------------------------

    def state(self) -> tuple[object, ...]:
        """Everything the session records, for comparing two sessions (revision and clock aside)."""
        return (
            self.workshop,
            self.meeting,
            self.sections,
            self.figures,
            self.questions,
            self.assessments,
            self.reflections,
            self.commitments,
            self.current_section,
            self.created,
            self.updated,
            self.finished_at,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Session):
            return NotImplemented
        return self.state() == other.state()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def total_seconds(self) -> int:
        return sum(entry.seconds_spent for entry in self.sections.values())

    def sections_of(self, kind: SectionKind) -> list[str]:
        return [s.id for s in self.workshop.sections if s.kind == kind]

    def meeting_date(self) -> date | None:
        """The meeting's day, read as the meeting details field reads it (2026-12-1 is the
        first of December there, so it is here too); None when it is empty or no date."""
        day = read_date(self.meeting.date).value
        return day if isinstance(day, date) else None
