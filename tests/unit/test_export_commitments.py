"""The commitments as CSV (read back with the csv module) and as iCalendar (parsed back with
the icalendar library)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date

from hypothesis import example, given, settings, strategies as st
from icalendar import Calendar, Event

from facilitator.domain.session import Session, Status
from facilitator.domain.text import close_direction
from facilitator.export import commitments_csv, commitments_ics, dated_commitments, render_exports
from facilitator.export.commitments import FORMULA_START
from facilitator.export.folding import calendar_lines

from .test_export_sessions import EN_FILE, SV_FILE, Clock, builtin, full_session


def read_csv(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def typed(cell: str) -> str:
    """A cell as typed: without the apostrophe that keeps Excel from running a formula, or
    from hiding an apostrophe that was typed."""
    guarded = cell.startswith("'") and cell[1:].startswith((*FORMULA_START, "'"))
    return cell[1:] if guarded else cell


SV_HEADER = [
    "Mötesdatum",
    "Möte",
    "§",
    "Nr",
    "Åtagande",
    "Ansvarig",
    "Klart senast",
    "Status",
    "Kopplat till",
    "Fråga eller punkt",
]
EN_HEADER = [
    "Meeting date",
    "Meeting",
    "Section",
    "No.",
    "Commitment",
    "Responsible",
    "Due",
    "Status",
    "Linked to",
    "Question or item",
]
LINK_NUMBERS = {
    "underlag-finns": "§ 2.1",
    "resurser-tilldelas": "§ 3.2.2",
    "moteskultur": "§ 2.4",
    "trafikverket": "§ 4.3",
    "": "",
}


def test_the_csv_reads_back_to_the_same_commitments() -> None:
    """Each row says which meeting and which § it comes from, so sheets of several meetings
    can be put together, and what it answers by number and by text."""
    session = full_session("sv")
    rows = read_csv(commitments_csv(session), ";")
    assert rows[0] == SV_HEADER
    links = dict(session.workshop.linkable())
    status = {"Öppen": Status.OPEN, "Klar": Status.DONE, "Struken": Status.DROPPED}
    assert len(rows) == len(session.commitments) + 1
    for number, (row, commitment) in enumerate(
        zip(rows[1:], session.commitments, strict=True), start=1
    ):
        assert row == [
            "2026-11-30",
            "Ledningens stöd",
            "5",
            str(number),
            commitment.what,
            commitment.who,
            commitment.due,
            row[7],
            LINK_NUMBERS[commitment.link],
            links.get(commitment.link, ""),
        ]
        assert status[row[7]] is commitment.status


def test_english_csv_uses_commas_and_every_line_ends_in_crlf() -> None:
    data = commitments_csv(full_session("en"))
    rows = read_csv(data, ",")
    assert rows[0] == EN_HEADER
    assert data.count(b"\r\n") == len(rows)
    assert len(read_csv(commitments_csv(full_session("sv"), "en"), ",")[1]) == 10


commitment_texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30) | (
    st.sampled_from(
        ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "a;b", 'a"b', "a,b", "rad 1\r\nrad 2", "'=1", "'x"]
    )
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(commitment_texts, commitment_texts, commitment_texts), max_size=5))
@example([("\u202egör det", "Anna", "\u2066")])  # directions left open by the text
def test_any_commitment_text_comes_back_from_the_csv(
    commitments: list[tuple[str, str, str]],
) -> None:
    session = Session(builtin(SV_FILE), clock=Clock())
    for what, who, due in commitments:
        session.add_commitment(what, who, due)
    rows = read_csv(commitments_csv(session), ";")
    assert len(rows) == len(session.commitments) + 1
    for row, commitment in zip(rows[1:], session.commitments, strict=True):
        # As typed, with any direction the text opened closed at its end (see `_text_cell`).
        assert [typed(cell) for cell in row[4:7]] == [
            close_direction(commitment.what),
            close_direction(commitment.who),
            close_direction(commitment.due),
        ]
        for cell in row:
            assert not cell.startswith(FORMULA_START), "Excel would run this as a formula"


def commitment_events(calendar: Calendar) -> list[Event]:
    return [e for e in calendar.walk("VEVENT") if not str(e["uid"]).startswith("follow-up.")]


def test_the_calendar_has_one_entry_per_dated_commitment() -> None:
    session = full_session("sv")
    calendar = Calendar.from_ical(commitments_ics(session))
    events = commitment_events(calendar)
    dated = [c for c in session.commitments if c.due]
    assert len(events) == len(dated) == 4
    for event, commitment in zip(events, dated, strict=True):
        due = date.fromisoformat(commitment.due)
        assert event.decoded("dtstart") == due
        assert (event.decoded("dtend") - due).days == 1
        assert str(event["summary"]) == commitment.what
        assert commitment.who in str(event["description"])
        assert event.decoded("dtstamp") == session.updated.astimezone(UTC)
    assert [str(e["status"]) for e in events] == ["CONFIRMED"] * 3 + ["CANCELLED"]
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"])


def test_calendar_uids_are_stable_per_session_and_commitment() -> None:
    first = Calendar.from_ical(commitments_ics(full_session("sv"))).walk("VEVENT")
    again = Calendar.from_ical(commitments_ics(full_session("sv"))).walk("VEVENT")
    uids = [str(e["uid"]) for e in first]
    assert uids == [str(e["uid"]) for e in again]
    assert len(set(uids)) == len(uids)
    other = Calendar.from_ical(commitments_ics(full_session("en"))).walk("VEVENT")
    assert not set(uids) & {str(e["uid"]) for e in other}


def test_commitments_without_a_valid_date_get_no_calendar_entry() -> None:
    session = Session(builtin(EN_FILE), clock=Clock())
    session.add_commitment("no date")
    session.add_commitment("a bad date", due="30 November")
    session.add_commitment("no such day", due="2027-02-30")
    assert dated_commitments(session) == []
    assert "ics" not in render_exports(session)
    session.add_commitment("dated", due="2027-2-3")
    events = commitment_events(Calendar.from_ical(commitments_ics(session)))
    assert [e.decoded("dtstart") for e in events] == [date(2027, 2, 3)]


def test_the_follow_up_date_is_an_event_of_its_own() -> None:
    """The date agreed in the wrap-up reaches the calendar, and importing the file again
    moves that event instead of adding a second one."""
    session = full_session("sv", finished=False)  # its follow-up date is changed below
    events = Calendar.from_ical(commitments_ics(session)).walk("VEVENT")
    follow_ups = [e for e in events if e.decoded("dtstart") == date(2027, 2, 15)]
    assert len(follow_ups) == 1
    event = follow_ups[0]
    assert str(event["summary"]) == "Uppföljning: Ledningens stöd"
    assert "Steg 3 – Ansvar och roller" in str(event["description"])
    assert (event.decoded("dtend") - event.decoded("dtstart")).days == 1
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    session.set_meeting("follow_up", "2027-03-01")
    moved = Calendar.from_ical(commitments_ics(session)).walk("VEVENT")
    assert str(event["uid"]) in [
        str(e["uid"]) for e in moved if e.decoded("dtstart") == date(2027, 3, 1)
    ]


def test_a_follow_up_date_alone_makes_a_calendar_and_an_invalid_one_none() -> None:
    session = Session(builtin(EN_FILE), clock=Clock())
    session.add_commitment("no date")
    session.set_meeting("follow_up", "2027-02-30")
    assert "ics" not in render_exports(session)
    session.set_meeting("follow_up", "2027-2-15")
    events = Calendar.from_ical(render_exports(session)["ics"]).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [date(2027, 2, 15)]
    assert str(events[0]["summary"]) == "Follow-up: Step 2 – Leadership support"


fold_texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"))
    | st.sampled_from(["\\", "^", ";", ",", "\n", "å", "€", "😀", "\u200b"]),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(fold_texts, fold_texts), min_size=1, max_size=4), fold_texts)
def test_the_calendar_is_folded_byte_for_byte_as_icalendar_folds_it(
    commitments: list[tuple[str, str]], title: str
) -> None:
    """The lines are folded here, not by icalendar's `to_ical`: the bytes must be the ones
    icalendar writes for the same calendar, for any text, and no line may pass 75 octets."""
    session = Session(builtin(SV_FILE), clock=Clock())
    session.meeting.title = title
    for what, who in commitments:
        session.add_commitment(what, who, "2027-01-15")
    ours = commitments_ics(session)
    theirs = Calendar.from_ical(ours).to_ical()
    assert ours == theirs
    assert all(len(line) <= 75 for line in ours.split(b"\r\n"))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(fold_texts, fold_texts), min_size=1, max_size=3), fold_texts)
def test_the_calendars_content_lines_are_icalendars_own(
    commitments: list[tuple[str, str]], title: str
) -> None:
    """The lines put together here for properties without parameters are the ones icalendar
    makes, for any text; the dates' lines, with parameters, are made by icalendar."""
    from icalendar import vDDDTypes, vText

    calendar = Calendar()
    calendar.add("prodid", title)
    for what, who in commitments:
        event = Event()
        event["SUMMARY"] = vText(what)
        event["DESCRIPTION"] = vText(who)
        event["DTSTART"] = vDDDTypes(date(2027, 1, 15))
        calendar.add_component(event)
    assert calendar_lines(calendar) == [line for line in calendar.content_lines() if line]
