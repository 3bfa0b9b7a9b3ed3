"""The group's decision on a question in words the room can read from the back.

"Svar: Delvis · Samsyn: Majoritet · 1 reservation": the session screen shows it under each
question's choices, present mode shows it large, and the minutes or a live page can use the
same words. The words themselves live in the i18n catalogues; this module only chooses them,
so it takes the translator as an argument and imports no language of its own.
"""

from __future__ import annotations

from typing import Protocol

from facilitator.domain.session import Session

SEPARATOR = " · "


class Translate(Protocol):
    """`facilitator.i18n.Translator`, or anything called the same way."""

    def __call__(self, key: str, /, **fields: object) -> str: ...


def decision_words(session: Session, question_id: str, tr: Translate) -> str:
    """The answer (the workshop scale's own label), how far the group agrees and how many
    reservations there are; what is not decided yet is said calmly ("Inget svar än")."""
    workshop = session.workshop
    section = next(s for s in workshop.sections if any(q.id == question_id for q in s.questions))
    entry = session.questions[question_id]
    option = workshop.scale(section.scale).option(entry.answer)
    parts = [
        tr("decision.answer", answer=option.label) if option else tr("decision.no_answer"),
    ]
    if entry.agreement:
        parts.append(tr("decision.agreement", agreement=tr(f"agreement.{entry.agreement}")))
    elif option is not None:
        parts.append(tr("decision.no_agreement"))
    count = len(entry.reservations)
    if count:
        parts.append(tr("decision.reservations", count=count))
    return SEPARATOR.join(parts)
