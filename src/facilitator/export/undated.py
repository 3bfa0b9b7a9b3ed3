"""The commitments a calendar file cannot hold, named where people will see it.

A calendar entry needs a day, so a commitment with no due date, or with one that is not a
date, is left out of the `.ics`. Leaving it out silently would let a facilitator believe every
commitment is in everyone's calendar: the minutes, `facilitator export` and the screen's export
message each say how many were left out, and which (by the number the minutes give them).
"""

from __future__ import annotations

from facilitator.domain.progress import due_date
from facilitator.domain.session import Session, commitment_number
from facilitator.i18n import t


def undated_commitments(session: Session) -> list[str]:
    """The numbers of the commitments the calendar leaves out, in the order they were made."""
    return [commitment_number(c.id) for c in session.commitments if due_date(c.due) is None]


def left_out_line(session: Session, language: str) -> str:
    """One line saying which commitments the calendar file leaves out; "" when it leaves out
    none. When every commitment is left out there is no calendar file at all, and the line
    says that instead."""
    numbers = undated_commitments(session)
    if not numbers:
        return ""
    if len(numbers) == len(session.commitments) and due_date(session.meeting.follow_up) is None:
        return t("minutes.no_calendar", language)  # nothing dated: no calendar file at all
    key = "minutes.left_out.one" if len(numbers) == 1 else "minutes.left_out.many"
    return t(key, language, count=len(numbers), numbers=", ".join(numbers))
