"""A carried commitment in words: what it was, and what the group says became of it.

"Utfall: Pågår · Nytt datum 2027-04-30" is the follow-up's line under each commitment, as
the checklist has its decision line; present mode shows the same words. The words live in the
i18n catalogues; this module chooses them and takes the translator as an argument.
"""

from __future__ import annotations

from facilitator.domain.decision import SEPARATOR, Translate
from facilitator.domain.session import CarriedCommitment, Session, commitment_number
from facilitator.domain.text import close_direction
from facilitator.domain.values import read_date

NOTHING = "–"


def outcome_words(carried: CarriedCommitment, tr: Translate) -> str:
    """The outcome, then a new due date and the commitment that replaces it when there are
    any; a commitment not followed up yet is said calmly ("Inget utfall än")."""
    if carried.outcome:
        parts = [tr("follow_up.outcome_words", outcome=tr(f"outcome.{carried.outcome}"))]
    else:
        parts = [tr("follow_up.no_outcome")]
    new_due = carried.new_due.strip()
    if new_due:
        # A date that is none is flagged, as the commitments' table flags it: the room must
        # not read "Nytt datum 2027-04-31" as settled.
        flag = "⚠ " if read_date(new_due).problem else ""
        parts.append(tr("follow_up.new_due_words", date=flag + close_direction(new_due)))
    if carried.replaced_by.strip():
        parts.append(tr("follow_up.replaced_words", number=carried.replaced_by.strip()))
    return SEPARATOR.join(parts)


def carried_facts(carried: CarriedCommitment, tr: Translate) -> str:
    """Who and by when, as the earlier meeting said it."""
    who = close_direction(carried.who) or NOTHING
    due = close_direction(carried.due) or NOTHING
    return SEPARATOR.join(
        [f"{tr('commitments.col.who')}: {who}", f"{tr('commitments.col.due')}: {due}"]
    )


def carried_heading(carried: CarriedCommitment, tr: Translate) -> str:
    """ "Nr 3 · Ta fram en mall …": its number, the same through the series, and what."""
    what = close_direction(carried.what.strip()) or NOTHING
    number = tr("follow_up.number", number=commitment_number(carried.id))
    return f"{number} · {what}"


def replaced_by_problem(session: Session, commitment_id: str, text: str) -> str:
    """The catalogue key of what is wrong with `text` as the number of the commitment that
    replaces this one ("" when nothing is): it must be a commitment of this meeting, and not
    this one."""
    number = text.strip()
    if not number:
        return ""
    if number == commitment_number(commitment_id):
        return "follow_up.replaces_itself"
    if any(commitment_number(c.id) == number for c in session.commitments):
        return ""
    return "follow_up.no_such_commitment"
