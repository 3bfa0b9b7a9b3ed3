"""A session: one group's run through a workshop, and everything it recorded.

The session is owned by whoever runs it (the app, a test, the exporter) and changed only
through its methods. Each change bumps `revision`, which is how the app knows there is
something new to save without comparing documents.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.record import kept, text_fields
from facilitator.domain.text import clean_text
from facilitator.domain.values import read_date

# Every name of the vocabulary is given here too: most of the program takes them from here.
from facilitator.domain.vocabulary import (
    FORMAT_VERSION as FORMAT_VERSION,
    OUTCOME_STATUS as OUTCOME_STATUS,
    Agreement as Agreement,
    Attendance as Attendance,
    Outcome as Outcome,
    Role as Role,
    SeriesLink as SeriesLink,
    Status as Status,
    commitment_counter as commitment_counter,
    commitment_number as commitment_number,
    legacy_session_id as legacy_session_id,
    new_session_id as new_session_id,
)
from facilitator.domain.workshop import SectionKind, Workshop


class SessionFinished(FacilitatorError):
    """A change to a finished session: finishing freezes it until it is reopened."""


def now_local() -> datetime:
    """The wall clock in the local time zone, to the second (minutes are read by people)."""
    return datetime.now().astimezone().replace(microsecond=0)


# The records below are written to the session file field by field, in this order, and read
# back the same way (storage/records.py): a new field here is a new key there. `kept(...)` says
# what a field needs beyond its type and default (see domain/record.py).


@dataclass
class Participant:
    """Someone at the meeting: a name, a role and whether they were there or remote."""

    name: str = ""
    role: Role = Role.PARTICIPANT
    attendance: Attendance = field(default=Attendance.PRESENT, metadata=kept(optional=True))


@dataclass
class Meeting:
    """The meeting details the minutes open with: title, organisation, date, place, people."""

    title: str = ""
    organisation: str = ""
    date: str = ""
    place: str = ""
    follow_up: str = ""
    participants: list[Participant] = field(default_factory=list)
    # The meeting's hours as typed ("13.00"); empty means the session's own start and finish.
    start_time: str = field(default="", metadata=kept(optional=True))
    end_time: str = field(default="", metadata=kept(optional=True))
    # Others present who are not participants (a guest presenting one item), as typed.
    others: str = field(default="", metadata=kept(optional=True))


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
class PollCount:
    """How many devices chose one option when the question was put to the participants'
    devices (`facilitator share`): the group's own answer stays `answer`."""

    choice: str = ""
    count: int = 0


@dataclass
class QuestionEntry:
    """The group's answer to one question, how far it agreed, why, and any reservations."""

    answer: str = field(default="", metadata=kept(choices="scale"))
    agreement: str = field(default="", metadata=kept(choices=Agreement))
    motivation: str = ""
    reservations: list[Reservation] = field(default_factory=list)
    # The tally of the anonymous answers, saved when the question was closed; optional, so
    # the file of a session that never asked the devices is written as before.
    poll: list[PollCount] = field(default_factory=list, metadata=kept(optional=True))


@dataclass
class AssessmentEntry:
    """The group's assessment of one success factor and its note."""

    assessment: str = field(default="", metadata=kept(choices="scale"))
    note: str = ""


@dataclass
class SectionEntry:
    """Per-section record: discussion notes and time. `seconds_on_screen` is all the time the
    section was shown while the session was open, whether or not its time box ran: it is the
    time the minutes give. `seconds_spent` is all the time the section's time box ran;
    `timer_seconds` is the run of the current time box (reset sets it to 0)."""

    notes: str = ""
    seconds_spent: int = field(default=0, metadata=kept(unit="seconds"))
    timer_seconds: int = field(default=0, metadata=kept(unit="seconds"))
    visited: bool = False
    # A file from before time on screen was kept knows only the time box's time.
    seconds_on_screen: int = field(
        default=0, metadata=kept(unit="seconds", missing_from="seconds_spent")
    )


@dataclass
class Commitment:
    """One thing someone takes on: what, who, by when, and what it answers."""

    id: str
    what: str = ""
    who: str = ""
    due: str = ""
    status: Status = Status.OPEN
    link: str = ""
    # The id of the session that first made it, when an earlier meeting of the series did:
    # its calendar entry keeps that meeting's UID, so importing again updates it.
    origin: str = field(default="", metadata=kept(optional=True))


class AnswerKind(StrEnum):
    """What an earlier answer answered."""

    QUESTION = "question"
    ITEM = "item"  # a success factor's or other item's assessment
    FIGURE = "figure"


@dataclass
class EarlierAnswer:
    """What the earlier meeting recorded for one question, item or key figure, with the text
    it had then, so an item the workshop no longer has can still be named."""

    id: str = ""
    kind: str = field(default="", metadata=kept(choices=AnswerKind))
    text: str = ""
    value: str = ""  # the answer's or assessment's option id, or the figure as typed
    # The option's label then ("Delvis"); none for a figure or an item not answered.
    label: str = field(default="", metadata=kept(optional=True))
    agreement: str = field(default="", metadata=kept(choices=Agreement, optional=True))


@dataclass
class Earlier:
    """The meeting a follow-up follows, as far as the follow-up shows it beside its own:
    copied when the follow-up is made, so the follow-up reads and exports on its own even if
    the earlier file is later moved or lost."""

    session: str = ""
    title: str = ""
    date: str = ""
    answers: list[EarlierAnswer] = field(default_factory=list)

    def answer(self, kind: str, item_id: str) -> EarlierAnswer | None:
        return next((a for a in self.answers if a.kind == kind and a.id == item_id), None)


@dataclass
class CarriedCommitment:
    """An earlier meeting's commitment that was still open, as the follow-up found it (what,
    who, due and what it answered, as they were) and what the group says became of it: its
    outcome, a new due date, a comment, and for one replaced, the new commitment's number."""

    id: str
    what: str = ""
    who: str = ""
    due: str = ""
    link: str = ""
    link_text: str = ""
    origin: str = ""
    outcome: str = field(default="", metadata=kept(choices=Outcome))
    new_due: str = ""
    comment: str = ""
    replaced_by: str = ""


# The fields a setter may change as text: every text field (a commitment's id is its own).
_TEXT_FIELDS = {
    "meeting": text_fields(Meeting),
    "figure": text_fields(FigureEntry),
    "question": text_fields(QuestionEntry),
    "assessment": text_fields(AssessmentEntry),
    "commitment": text_fields(Commitment) - {"id", "origin"},
    "carried": {"new_due", "comment", "replaced_by"},
}


@dataclass(frozen=True)
class ViewPosition:
    """Where the person was on the session screen when the session was last saved: the
    section, the field that had the cursor (its screen id), the cursor's line and column in
    it, and how far the page was scrolled. Not part of the group's record; kept so that a
    resumed session puts the cursor back where the next key belongs."""

    section: str
    field: str = ""
    line: int = 0
    column: int = 0
    scroll: int = 0


class Session:
    """The group's record. Every setter cleans text of control characters and counts a revision."""

    def __init__(
        self,
        workshop: Workshop,
        *,
        clock: Callable[[], datetime] = now_local,
        created: datetime | None = None,
        session_id: str | None = None,
    ) -> None:
        self.workshop = workshop
        self.clock = clock
        self.created = created or clock()
        self.id = session_id or new_session_id()
        self.updated = self.created
        self.finished_at: datetime | None = None
        # Reopening a finished session is recorded: the minutes then say they are revised.
        self.reopened_at: datetime | None = None
        self.reopen_count = 0
        self.current_section = workshop.sections[0].id
        self.meeting = Meeting(date=self.created.date().isoformat())
        self.sections = {s.id: SectionEntry() for s in workshop.sections}
        self.figures = {f.id: FigureEntry() for f in workshop.figures()}
        self.questions = {q.id: QuestionEntry() for q in workshop.questions()}
        self.assessments = {i.id: AssessmentEntry() for i, _ in workshop.items()}
        self.reflections = {e.id: "" for e in workshop.examples()}
        self.commitments: list[Commitment] = []
        # The number of the next commitment's id (`c7`): it only grows, so the id of a deleted
        # commitment is never given to another (its calendar entry or number would be taken).
        self.next_commitment = 1
        self.view: ViewPosition | None = None
        # A follow-up's series, the earlier meeting's answers, and its open commitments as
        # the follow-up found them (see domain/follow_up.py); a first meeting has none.
        self.series: SeriesLink | None = None
        self.earlier: Earlier | None = None
        self.carried: list[CarriedCommitment] = []
        self.revision = 0

    # -- bookkeeping -------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def _changed(self) -> None:
        if self.finished_at is not None:
            raise SessionFinished("the session is finished; reopen it to change it")
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
        """Show `section_id`. In a finished session this is only looking: nothing is recorded."""
        self.workshop.section(section_id)  # raises KeyError for an unknown section
        entry = self.sections[section_id]
        if self.finished:
            self.current_section = section_id
            return
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

    def add_time(self, section_id: str, seconds: int, *, timebox: bool = True) -> None:
        """Count `seconds` the section was on screen; with `timebox`, its time box ran for
        them too, and they count into the box's run and its total as well."""
        if seconds <= 0:
            return
        entry = self.sections[section_id]
        entry.seconds_on_screen += seconds
        if timebox:
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

    def set_poll(self, question_id: str, counts: Mapping[str, int]) -> None:
        """Keep the tally of the devices' answers to a question (options in the scale's
        order, those nobody chose left out)."""
        entry = self.questions[question_id]
        section = next(
            s for s in self.workshop.sections if any(q.id == question_id for q in s.questions)
        )
        order = [o.id for o in self.workshop.scale(section.scale).options] if section.scale else []
        ranked = sorted(counts, key=lambda c: order.index(c) if c in order else len(order))
        poll = [PollCount(clean_text(c), counts[c]) for c in ranked if counts[c] > 0]
        if poll != entry.poll:
            entry.poll = poll
            self._changed()

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
        self.next_commitment = max(
            self.next_commitment, *(commitment_counter(i) + 1 for i in taken), 1
        )
        while f"c{self.next_commitment}" in taken:  # an id in a hand-edited file
            self.next_commitment += 1
        number = self.next_commitment
        self.next_commitment += 1
        return f"c{number}"

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
        """Put back a removed commitment (undo), at its old place and with its own id, which
        no other commitment can have taken meanwhile."""
        if any(c.id == commitment.id for c in self.commitments):
            commitment.id = self._next_commitment_id()
        self.commitments.insert(min(index, len(self.commitments)), commitment)
        self._changed()

    # -- a follow-up's review of the earlier commitments ------------------------------------

    def carried_commitment(self, commitment_id: str) -> CarriedCommitment:
        for carried in self.carried:
            if carried.id == commitment_id:
                return carried
        raise KeyError(commitment_id)

    def set_outcome(self, commitment_id: str, outcome: str) -> None:
        """Record what became of an earlier commitment; the commitment carried into this
        meeting's list follows: done, still open, or dropped on the record."""
        carried = self.carried_commitment(commitment_id)
        value = Outcome(outcome).value if outcome else ""
        changed = carried.outcome != value
        carried.outcome = value
        for commitment in self.commitments:
            if commitment.id == commitment_id:
                status = Status(OUTCOME_STATUS[value])
                changed = changed or commitment.status != status
                commitment.status = status
        if changed:
            self._changed()

    def set_carried(self, commitment_id: str, name: str, value: str) -> None:
        """Set a carried commitment's new due date, comment or replacement. A new due date
        is the carried commitment's due date from now on; cleared, it has its old one."""
        carried = self.carried_commitment(commitment_id)
        if not self._set(carried, "carried", name, value):
            return
        if name == "new_due":
            for commitment in self.commitments:
                if commitment.id == commitment_id:
                    commitment.due = carried.new_due or carried.due
        self._changed()

    @property
    def series_id(self) -> str:
        """The id of the series this session belongs to: a first meeting starts its own."""
        return self.series.id if self.series is not None else self.id

    @property
    def series_number(self) -> int:
        return self.series.number if self.series is not None else 1

    # -- finishing ---------------------------------------------------------------------

    def finish(self) -> None:
        """Finish, and so freeze, the session: its last change is the finishing itself."""
        if self.finished_at is None:
            self._changed()
            self.finished_at = self.updated

    def unfinish(self, updated: datetime) -> None:
        """Take back a `finish` whose minutes could not be written, as if it never happened
        (`updated` is the session's time of change before it)."""
        if self.finished_at is not None:
            self.finished_at = None
            self.revision += 1
            self.updated = updated

    def reopen(self) -> None:
        """Open a finished session for changes again, on the record: the minutes written
        after it say they are revised."""
        if self.finished_at is not None:
            self.finished_at = None
            self._changed()
            self.reopened_at = self.updated
            self.reopen_count += 1

    # -- where the person was ---------------------------------------------------------------

    def set_view(self, view: ViewPosition | None) -> None:
        """Remember where the person is on the screen. A revision, so that the next save
        (or the one on quit) writes it, but not a change to the record: `updated` stays."""
        if view != self.view:
            self.view = view
            self.revision += 1

    # -- reading -----------------------------------------------------------------------

    def state(self) -> tuple[object, ...]:
        """Everything the session records, for comparing two sessions (revision and clock aside)."""
        return (
            self.id,
            self.workshop,
            self.meeting,
            self.sections,
            self.figures,
            self.questions,
            self.assessments,
            self.reflections,
            self.commitments,
            self.next_commitment,
            self.current_section,
            self.created,
            self.updated,
            self.finished_at,
            self.reopened_at,
            self.reopen_count,
            self.view,
            self.series,
            self.earlier,
            self.carried,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Session):
            return NotImplemented
        return self.state() == other.state()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def total_seconds(self) -> int:
        """All the time the sections were on screen."""
        return sum(entry.seconds_on_screen for entry in self.sections.values())

    def sections_of(self, kind: SectionKind) -> list[str]:
        return [s.id for s in self.workshop.sections if s.kind == kind]

    def meeting_date(self) -> date | None:
        """The meeting's day, read as the meeting details field reads it (2026-12-1 is the
        first of December there, so it is here too); None when it is empty or no date."""
        day = read_date(self.meeting.date).value
        return day if isinstance(day, date) else None


# Every change a person makes, refused before it touches anything while the session is
# finished. (`_changed` refuses too, as a last guard, but only after its caller changed.)
EDITS = (
    "set_meeting",
    "add_participant",
    "update_participant",
    "remove_participant",
    "set_notes",
    "add_time",
    "reset_timer",
    "set_figure",
    "set_question",
    "add_reservation",
    "set_reservation",
    "remove_reservation",
    "set_poll",
    "set_assessment",
    "set_reflection",
    "add_commitment",
    "set_commitment",
    "remove_commitment",
    "restore_commitment",
    "set_outcome",
    "set_carried",
)


def _refused_when_finished(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def edit(self: Session, *args: Any, **kwargs: Any) -> Any:
        if self.finished_at is not None:
            raise SessionFinished("the session is finished; reopen it to change it")
        return method(self, *args, **kwargs)

    return edit


for _name in EDITS:
    setattr(Session, _name, _refused_when_finished(getattr(Session, _name)))
