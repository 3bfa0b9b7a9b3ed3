"""A follow-up: the next meeting of a series, started from the last one.

The earlier session is only read, never changed. The follow-up gets the earlier meeting's
details (organisation, place, participants and their roles), today's date, a title saying
which follow-up it is, a first section for the earlier open commitments, a copy of the
earlier answers to show beside the new ones, and the open commitments themselves, carried
on under the same ids (so their calendar entries are updated, not doubled).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from facilitator.domain.session import (
    AnswerKind,
    CarriedCommitment,
    Commitment,
    Earlier,
    EarlierAnswer,
    Participant,
    SeriesLink,
    Session,
    Status,
    now_local,
)
from facilitator.domain.workshop import Section, SectionKind, Workshop
from facilitator.i18n import t

FOLLOW_UP_SECTION = "follow-up"
# A title that already says which follow-up it is ("… – uppföljning 2") loses that part
# before the new number is put on.
_NUMBERED = re.compile(r"\s+[–-]\s+(uppföljning|follow-up)\s+[0-9]+\s*$", re.IGNORECASE)


def follow_up_title(earlier_title: str, number: int, language: str) -> str:
    """The follow-up's title: the earlier title, without an earlier number, and the new one
    (the series' second meeting is its first follow-up)."""
    base = _NUMBERED.sub("", earlier_title).strip()
    if not base:
        return t("follow_up.title", language, title="", number=number - 1).lstrip(" –")
    return t("follow_up.title", language, title=base, number=number - 1)


def with_follow_up_section(workshop: Workshop, earlier_date: str) -> Workshop:
    """The workshop with the follow-up section first (once: a workshop that has one keeps
    it, as the follow-up of a follow-up is made from the follow-up's own copy)."""
    sections = tuple(s for s in workshop.sections if s.kind is not SectionKind.FOLLOW_UP)
    language = workshop.language
    section = Section(
        id=_free_id(FOLLOW_UP_SECTION, _ids(workshop)),
        kind=SectionKind.FOLLOW_UP,
        title=t("follow_up.section_title", language),
        timebox_minutes=10,
        text=t("follow_up.section_text", language, date=earlier_date or "–"),
    )
    return replace(workshop, sections=(section, *sections))


def _ids(workshop: Workshop) -> set[str]:
    """Every id the workshop gives: a session file refuses a section id that an item, a
    question, an example or a figure already has (an example workshop's item "follow-up")."""
    taken = {s.id for s in workshop.sections}
    taken |= {q.id for q in workshop.questions()}
    taken |= {item.id for item, _ in workshop.items()}
    taken |= {e.id for e in workshop.examples()}
    taken |= {f.id for f in workshop.figures()}
    return taken


def _free_id(wanted: str, taken: set[str]) -> str:
    found, number = wanted, 2
    while found in taken:
        found, number = f"{wanted}-{number}", number + 1
    return found


def earlier_answers(session: Session) -> Earlier:
    """What the earlier session answered, with each item's text and option label then."""
    workshop = session.workshop
    answers: list[EarlierAnswer] = []
    for section in workshop.sections:
        scale = workshop.scale(section.scale) if section.scale else None
        for question in section.questions:
            entry = session.questions[question.id]
            label = scale.label(entry.answer) if scale and entry.answer else ""
            answers.append(
                EarlierAnswer(
                    question.id,
                    AnswerKind.QUESTION.value,
                    question.text,
                    entry.answer,
                    label,
                    entry.agreement,
                )
            )
        for item, _ in section.all_items():
            found = session.assessments[item.id]
            label = scale.label(found.assessment) if scale and found.assessment else ""
            answers.append(
                EarlierAnswer(item.id, AnswerKind.ITEM.value, item.text, found.assessment, label)
            )
        for figure in section.figures:
            answers.append(
                EarlierAnswer(
                    figure.id,
                    AnswerKind.FIGURE.value,
                    figure.label,
                    session.figures[figure.id].value,
                )
            )
    return Earlier(session.id, session.meeting.title, session.meeting.date, answers)


def start_follow_up(
    earlier: Session,
    *,
    follows: str,
    workshop: Workshop | None = None,
    clock: Callable[[], datetime] = now_local,
) -> Session:
    """A new session following `earlier` (whose file is `follows`, relative to the folder
    the follow-up will be written in). `workshop` is the workshop as it is now (a newer
    version matches the earlier answers by id); by default the earlier session's own copy."""
    base = workshop or earlier.workshop
    earlier_date = earlier.meeting.date
    follow_up = Session(with_follow_up_section(base, earlier_date), clock=clock)
    number = earlier.series_number + 1
    follow_up.series = SeriesLink(earlier.series_id, number, follows, earlier.id)
    meeting = follow_up.meeting
    meeting.title = follow_up_title(earlier.meeting.title, number, base.language)
    meeting.organisation = earlier.meeting.organisation
    meeting.place = earlier.meeting.place
    meeting.participants = [Participant(p.name, p.role) for p in earlier.meeting.participants]
    follow_up.earlier = earlier_answers(earlier)
    follow_up.next_commitment = earlier.next_commitment
    for commitment in earlier.commitments:
        if commitment.status is not Status.OPEN:
            continue
        origin = commitment.origin or earlier.id
        follow_up.carried.append(
            CarriedCommitment(
                commitment.id,
                commitment.what,
                commitment.who,
                commitment.due,
                commitment.link,
                earlier.workshop.link_text(commitment.link) if commitment.link else "",
                origin,
            )
        )
        follow_up.commitments.append(
            Commitment(
                commitment.id,
                commitment.what,
                commitment.who,
                commitment.due,
                Status.OPEN,
                commitment.link if commitment.link in base.link_texts else "",
                origin,
            )
        )
    follow_up.current_section = follow_up.workshop.sections[0].id
    return follow_up
