"""The commitments as rows of a sheet, shared by the CSV and the spreadsheet.

Each row says which meeting it comes from (date and title) and where in that meeting's
protokoll it stands (the § of the commitments and the commitment's number), so sheets from
several meetings can be put together, and what it answers by number ("§ 2.1") and by text.
Values keep their type: a valid due date is a `date`, so the spreadsheet can store a real
date; the CSV writes it as ISO text.

A follow-up's sheet has one column more, after the status: the outcome of each commitment
carried from the earlier meeting, in the words of the minutes ("Pågår", "Ersatt av nr 6",
"Ej uppföljt"), empty for the commitments made at this meeting. A first meeting's sheet
keeps the columns it always had.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator.domain.progress import due_date
from facilitator.domain.session import CarriedCommitment, Outcome, Session, commitment_number
from facilitator.export.escape import inline_text
from facilitator.export.minutes import minutes_title
from facilitator.export.numbering import commitments_section, item_numbers
from facilitator.i18n import Translator

COLUMNS = (
    "meeting_date",
    "meeting",
    "section",
    "number",
    "what",
    "who",
    "due",
    "status",
    "link",
    "link_text",
)
FOLLOW_UP_COLUMNS = (
    "meeting_date",
    "meeting",
    "section",
    "number",
    "what",
    "who",
    "due",
    "status",
    "outcome",
    "link",
    "link_text",
)


@dataclass(frozen=True)
class Row:
    meeting_date: date | str  # the meeting's date, or what was typed when it is no date
    meeting: str
    section: int
    number: int | str  # the commitment's own number (never reused), or a hand-made id
    what: str
    who: str
    due: date | str  # the due date, or what was typed when it is no date ("" when none)
    status: str
    # "§ 2.1", or "" when the commitment answers nothing numbered. The § keeps a spreadsheet
    # from reading "2.1" as a number or "3.2.2" as a date when the CSV is opened.
    link: str
    link_text: str
    outcome: str = ""  # a carried commitment's outcome, in a follow-up

    def cells(self, columns: tuple[str, ...] = COLUMNS) -> tuple[date | str | int, ...]:
        return tuple(getattr(self, column) for column in columns)


def sheet_columns(session: Session) -> tuple[str, ...]:
    """The columns of the session's sheet: with the outcome when it is a follow-up."""
    return FOLLOW_UP_COLUMNS if session.series is not None else COLUMNS


def headers(language: str, columns: tuple[str, ...] = COLUMNS) -> list[str]:
    tr = Translator(language)
    return [tr(f"minutes.csv.{column}") for column in FOLLOW_UP_COLUMNS if column in columns]


def _outcome(carried: CarriedCommitment | None, tr: Translator) -> str:
    if carried is None:
        return ""
    if not carried.outcome:
        return tr("minutes.outcome.unset")
    if carried.outcome == Outcome.REPLACED and carried.replaced_by.strip():
        number = carried.replaced_by.strip()
        number = number[1:] if number[:1] == "c" and number[1:].isdigit() else number
        return tr("minutes.outcome.replaced_by", number=inline_text(number))
    return tr(f"outcome.{carried.outcome}")


def commitment_rows(session: Session, language: str) -> list[Row]:
    """One row per commitment, in the order of the minutes."""
    tr = Translator(language)
    workshop = session.workshop
    numbers = item_numbers(workshop)
    section = commitments_section(workshop)
    meeting_date: date | str = session.meeting_date() or session.meeting.date.strip()
    title = inline_text(minutes_title(session))
    carried = {c.id: c for c in session.carried}
    rows = []
    for commitment in session.commitments:
        link = commitment.link
        shown = commitment_number(commitment.id)
        number: int | str = int(shown) if shown.isdigit() else shown
        rows.append(
            Row(
                meeting_date=meeting_date,
                meeting=title,
                section=section,
                number=number,
                what=commitment.what,
                who=commitment.who,
                due=due_date(commitment.due) or commitment.due,
                status=tr(f"status.{commitment.status.value}"),
                link=f"§ {numbers[link]}" if link in numbers else "",
                link_text=workshop.link_text(link) if link else "",
                outcome=_outcome(carried.get(commitment.id), tr),
            )
        )
    return rows
