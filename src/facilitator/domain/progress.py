"""Where a session stands: each section's state and what is still open.

The agenda, the wrap-up screen, the session list and the minutes all ask the same
questions; answering them here keeps the four in agreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from facilitator.domain.session import Agreement, Session, Status, commitment_number
from facilitator.domain.values import read_date, read_number
from facilitator.domain.workshop import Section, SectionKind


class SectionState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Reason(StrEnum):
    """Why something is still open."""

    NO_FIGURE = "no_figure"  # a key figure is not filled in
    INVALID_FIGURE = "invalid_figure"  # a key figure is typed but not valid ("150", at most 100)
    UNANSWERED = "unanswered"
    OPEN_ANSWER = "open_answer"  # answered with an "open" choice such as "Vet inte"
    NO_AGREEMENT = "no_agreement"  # the group said it did not agree ("Ingen samsyn")
    AGREEMENT_NOT_RECORDED = "agreement_not_recorded"  # nobody recorded how far it agrees
    NOT_ASSESSED = "not_assessed"
    OPEN_ASSESSMENT = "open_assessment"  # assessed as "Saknas" or "Ej bedömt"
    # an earlier meeting's commitment a follow-up has not yet given an outcome
    NOT_FOLLOWED_UP = "not_followed_up"


@dataclass(frozen=True)
class OpenMatter:
    section_id: str
    item_id: str
    text: str
    reason: Reason
    detail: str = ""  # the chosen option's label, or the invalid figure as typed


def section_state(session: Session, section: Section) -> SectionState:
    entry = session.sections[section.id]
    done, started = _completion(session, section)
    if done and (entry.visited or started):
        return SectionState.DONE
    if entry.visited or started or entry.notes or entry.seconds_spent:
        return SectionState.IN_PROGRESS
    return SectionState.NOT_STARTED


def _completion(session: Session, section: Section) -> tuple[bool, bool]:
    """(everything the section asks for is recorded, anything is recorded)."""
    marks: list[bool]
    if section.kind is SectionKind.TEXT:
        marks = [
            read_number(session.figures[f.id].value, f).value is not None for f in section.figures
        ]
        anything = any(
            session.figures[f.id].value or session.figures[f.id].source for f in section.figures
        )
        return all(marks), anything
    if section.kind is SectionKind.QUESTIONS:
        entries = [session.questions[q.id] for q in section.questions]
        marks = [bool(e.answer and e.agreement) for e in entries]
        anything = any(e.answer or e.agreement or e.motivation or e.reservations for e in entries)
        return all(marks), anything
    if section.kind is SectionKind.ASSESSMENT:
        assessed = [session.assessments[i.id] for i, _ in section.all_items()]
        return all(a.assessment for a in assessed), any(a.assessment or a.note for a in assessed)
    if section.kind is SectionKind.EXAMPLES:
        texts = [session.reflections[e.id].strip() for e in section.examples]
        return all(texts), any(texts)
    if section.kind is SectionKind.COMMITMENTS:
        listed = session.commitments
        # Commitments a follow-up carried from the last meeting are not this meeting's work:
        # until the group has been to this section or made one of its own, it has not begun.
        made_here = any(not c.origin for c in listed)
        return bool(listed) and all(c.what.strip() for c in listed), made_here
    if section.kind is SectionKind.FOLLOW_UP:
        outcomes = [c.outcome for c in session.carried]
        return all(outcomes), any(outcomes)
    return session.finished, session.finished


def done_sections(session: Session) -> int:
    return sum(section_state(session, s) is SectionState.DONE for s in session.workshop.sections)


def open_matters(session: Session) -> list[OpenMatter]:
    """Everything the group has not settled, in workshop order: in a follow-up, first the
    earlier meeting's commitments it has not yet given an outcome."""
    found: list[OpenMatter] = []
    workshop = session.workshop
    for section in workshop.sections:
        if section.kind is SectionKind.FOLLOW_UP:
            found.extend(
                OpenMatter(
                    section.id,
                    carried.id,
                    carried.what,
                    Reason.NOT_FOLLOWED_UP,
                    commitment_number(carried.id),
                )
                for carried in session.carried
                if not carried.outcome
            )
        for figure in section.figures:
            typed = session.figures[figure.id].value
            reading = read_number(typed, figure)
            if reading.problem is not None:
                found.append(
                    OpenMatter(
                        section.id, figure.id, figure.label, Reason.INVALID_FIGURE, typed.strip()
                    )
                )
            elif reading.value is None:
                found.append(OpenMatter(section.id, figure.id, figure.label, Reason.NO_FIGURE))
        if section.questions:
            scale = workshop.scale(section.scale)
            for question in section.questions:
                entry = session.questions[question.id]
                option = scale.option(entry.answer)
                if option is None:
                    found.append(
                        OpenMatter(section.id, question.id, question.text, Reason.UNANSWERED)
                    )
                    continue
                if option.open:
                    found.append(
                        OpenMatter(
                            section.id, question.id, question.text, Reason.OPEN_ANSWER, option.label
                        )
                    )
                if entry.agreement in ("", Agreement.NONE):
                    reason = (
                        Reason.NO_AGREEMENT if entry.agreement else Reason.AGREEMENT_NOT_RECORDED
                    )
                    found.append(OpenMatter(section.id, question.id, question.text, reason))
        if section.items:
            scale = workshop.scale(section.scale)
            for item, _ in section.all_items():
                option = scale.option(session.assessments[item.id].assessment)
                if option is None:
                    found.append(OpenMatter(section.id, item.id, item.text, Reason.NOT_ASSESSED))
                elif option.open:
                    found.append(
                        OpenMatter(
                            section.id, item.id, item.text, Reason.OPEN_ASSESSMENT, option.label
                        )
                    )
    return found


def open_matters_by_item(session: Session) -> list[list[OpenMatter]]:
    """The open matters grouped per question, item or figure (a question can be both
    answered "Vet inte" and without agreement), in workshop order."""
    grouped: dict[tuple[str, str], list[OpenMatter]] = {}
    for matter in open_matters(session):
        grouped.setdefault((matter.section_id, matter.item_id), []).append(matter)
    return list(grouped.values())


def open_commitments(session: Session) -> list[str]:
    """Ids of commitments still open, in the order they were made."""
    return [c.id for c in session.commitments if c.status is Status.OPEN]


@lru_cache(maxsize=4096)
def due_date(text: str) -> date | None:
    """The date a due date's text names, if it names one. Kept for texts asked again: the
    minutes, the CSV, the calendar and the commitments table each read every due date."""
    value = read_date(text).value
    return value if isinstance(value, date) else None
