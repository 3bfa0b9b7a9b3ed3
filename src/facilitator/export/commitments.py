"""The commitments on their own: a CSV sheet for Excel and calendar entries for Outlook.

CSV: UTF-8 with a byte order mark, which is what makes Excel read å ä ö right when the file
is opened with a double click. The separator follows the language of the minutes: a
semicolon in Swedish (Excel with Swedish settings splits on ";", since "," is the decimal
comma) and a comma in English. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return gets a leading apostrophe, so Excel shows it as text instead of running it as a
formula (OWASP's advice against CSV injection); so does a cell that starts with an apostrophe,
which Excel would otherwise hide. That apostrophe is the only change made to what people
typed.

Calendar: one all-day VEVENT on the due date of each commitment that has a valid one. Outlook
and Google Calendar import events from a file but pass over to-dos (VTODO), so an event is
what reaches people's calendars. Each event's UID is made from the session's own random id
and the commitment's id, neither ever given to another session or commitment, so importing the
file again updates the entries instead of adding copies, and never overwrites the entries of
another meeting or of a deleted commitment; the time stamps come from the session, not the
clock, so the same session gives the same bytes. A commitment without a valid due date has no
day to go on: it is left out, and `undated_commitments` names it so that the minutes and the
export can say so.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from facilitator.domain.progress import due_date
from facilitator.domain.session import Commitment, Session, Status, commitment_number
from facilitator.domain.text import close_direction
from facilitator.export.commitment_rows import commitment_rows, headers, sheet_columns
from facilitator.export.escape import inline_text
from facilitator.export.folding import calendar_lines, fold_lines
from facilitator.export.minutes import minutes_language, minutes_title
from facilitator.i18n import Translator

if TYPE_CHECKING:
    from icalendar import Event

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_delimiter(language: str) -> str:
    return ";" if language == "sv" else ","


def _text_cell(text: str) -> str:
    """A typed value as a cell: kept from being a formula, and ending any direction it
    opened (see `close_direction`), so a right-to-left override stays in its own cell."""
    text = close_direction(text)
    return "'" + text if text.startswith((*FORMULA_START, "'")) else text


def commitments_csv(session: Session, language: str | None = None) -> bytes:
    """Every commitment as one CSV row under a header row, as UTF-8 with a byte order mark:
    the meeting's date and title, the § and number, the commitment, and what it answers by
    number ("2.1") and by text (see export/commitment_rows.py)."""
    lang = minutes_language(session, language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    columns = sheet_columns(session)
    writer.writerow(headers(lang, columns))
    for row in commitment_rows(session, lang):
        writer.writerow([_csv_cell(cell) for cell in row.cells(columns)])
    return (BOM + buffer.getvalue()).encode("utf-8")


def _csv_cell(value: date | str | int) -> str:
    """A date as ISO text, a number as digits, text guarded against becoming a formula."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return _text_cell(value)


def all_day_end(day: date) -> tuple[str, date | timedelta]:
    """How an all-day event on `day` ends: DTEND the next day (it is exclusive). The last
    day a date field accepts, 9999-12-31, has no next day (adding one raised OverflowError
    and ended every export); it gets DURATION:P1D instead, the same event in any calendar."""
    if day == date.max:
        return "DURATION", timedelta(days=1)
    return "DTEND", day + timedelta(days=1)


def dated_commitments(session: Session) -> list[tuple[str, Commitment, date]]:
    """(number, commitment, due date) of every commitment with a valid due date."""
    found = []
    for commitment in session.commitments:
        due = due_date(commitment.due)
        if due is not None:
            found.append((commitment_number(commitment.id), commitment, due))
    return found


def follow_up_date(session: Session) -> date | None:
    """The follow-up date agreed in the wrap-up, when it is a valid date."""
    return due_date(session.meeting.follow_up)


def has_calendar(session: Session) -> bool:
    """Whether a calendar file has anything to hold: a dated commitment or the follow-up."""
    return bool(dated_commitments(session)) or follow_up_date(session) is not None


def _utc(moment: datetime) -> datetime:
    """A session time in UTC; a time without a zone is taken as UTC so that the result never
    depends on the machine that exports."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _follow_up_event(
    session: Session, day: date, key: str, shared: dict[str, Any], tr: Translator, meeting: str
) -> Event:
    """The follow-up meeting agreed in the wrap-up, as an all-day event with a UID of its own
    (so importing again moves it instead of adding a second one)."""
    from icalendar import vText

    title = inline_text(minutes_title(session))
    next_step = inline_text(session.workshop.next_step)
    details = [
        tr("minutes.ics.follow_up_of", meeting=meeting),
        tr("minutes.ics.next_step", step=next_step) if next_step else "",
    ]
    return _all_day_event(
        tr("minutes.ics.follow_up", title=title),
        day,
        f"follow-up.{key}@facilitator",
        details,
        vText("CONFIRMED"),
        shared,
    )


def _all_day_event(
    summary: str, day: date, uid: str, details: list[str], status: Any, shared: dict[str, Any]
) -> Event:
    """One all-day event. Each value already has its iCalendar type, so it is stored as it
    is (what `add` does with encode=False, without looking for a value to append to)."""
    from icalendar import Event, vDDDTypes, vText

    event = Event()
    event["SUMMARY"] = vText(summary)
    event["DTSTART"] = vDDDTypes(day)
    end_key, end = all_day_end(day)
    event[end_key] = vDDDTypes(end)
    event["DTSTAMP"] = shared["dtstamp"]
    event["UID"] = vText(uid)
    event["SEQUENCE"] = shared["sequence"]
    event["DESCRIPTION"] = vText("\n".join(d for d in details if d))
    event["STATUS"] = status
    event["TRANSP"] = shared["transp"]
    return event


# A follow-up counts its calendar's SEQUENCE in seconds from this moment, so it is higher than
# that of any earlier meeting of the series (which counts from its own creation, after it).
_SERIES_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def _sequence(session: Session, stamp: datetime) -> int:
    """The events' SEQUENCE: it rises with every change, so a calendar that imports the
    file again takes the newer entry. A first meeting counts seconds since it was made; a
    follow-up, whose carried commitments keep the UIDs of the meeting that made them, counts
    from a fixed moment long before, and so always above the meetings it follows."""
    start = _SERIES_EPOCH if session.series is not None else _utc(session.created)
    return max(0, int((stamp - start).total_seconds()))


def commitments_ics(session: Session, language: str | None = None) -> bytes:
    """An iCalendar file with one all-day event per commitment with a valid due date, and
    one for the follow-up date when it is valid."""
    from icalendar import Calendar, vDDDTypes, vInt, vText

    lang = minutes_language(session, language)
    tr = Translator(lang)
    title = inline_text(minutes_title(session))
    meeting = ", ".join(part for part in (title, inline_text(session.meeting.date)) if part)
    stamp = _utc(session.updated)
    sequence = _sequence(session, stamp)
    key = session.id

    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//facilitator//minutes//{lang.upper()}")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", tr("minutes.ics.calendar", title=title))
    # What every event shares is encoded once and what differs is typed directly: letting
    # `add` guess the type of nine values per event took half the time of the whole file.
    shared = {
        "dtstamp": vDDDTypes(stamp),
        "sequence": vInt(sequence),
        "transp": vText("TRANSPARENT"),
    }
    state = {True: vText("CANCELLED"), False: vText("CONFIRMED")}
    came_from = tr("minutes.ics.from", meeting=meeting)
    for number, commitment, due in dated_commitments(session):
        summary = inline_text(commitment.what) or tr("minutes.ics.untitled", number=number)
        details = [
            tr("minutes.ics.who", who=inline_text(commitment.who))
            if commitment.who.strip()
            else "",
            tr("minutes.ics.status", status=tr(f"status.{commitment.status.value}")),
            tr("minutes.ics.link", link=inline_text(session.workshop.link_text(commitment.link)))
            if commitment.link
            else "",
            came_from,
        ]
        uid = f"{commitment.id}.{commitment.origin or key}@facilitator"
        status = state[commitment.status is Status.DROPPED]
        calendar.add_component(_all_day_event(summary, due, uid, details, status, shared))
    follow_up = follow_up_date(session)
    if follow_up is not None:
        calendar.add_component(_follow_up_event(session, follow_up, key, shared, tr, meeting))
    # icalendar's own `to_ical` folds long lines a character at a time; fold_lines writes
    # the same bytes from the same content lines (see export/folding.py).
    return fold_lines(calendar_lines(calendar))
