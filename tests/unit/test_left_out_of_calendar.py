"""Commitments the calendar file cannot hold (no due date, or one that is not a date) are
named in the minutes and by `facilitator export`, never left out silently."""

from __future__ import annotations

from facilitator.domain.session import Session
from facilitator.export import minutes_markdown, render_exports
from facilitator.export.undated import left_out_line

from .test_export_sessions import EN_FILE, SV_FILE, Clock, builtin


def session_with(*dues: str, language: str = "sv") -> Session:
    session = Session(builtin(SV_FILE if language == "sv" else EN_FILE), clock=Clock())
    for number, due in enumerate(dues, start=1):
        session.add_commitment(f"Åtagande {number}", "Anna", due)
    return session


def test_the_minutes_name_the_commitments_left_out_of_the_calendar() -> None:
    session = session_with("2027-01-15", "", "snart", "2027-02-30", "2027-03-01")
    assert "ics" in render_exports(session, ["ics"])
    text = minutes_markdown(session)
    table_end = text.index("| 5 | Åtagande 5 |")
    line = "3 åtaganden utan giltigt datum kom inte med i kalenderfilen: nr 2, 3, 4."
    assert text.index(line) > table_end
    english = minutes_markdown(session, "en")
    assert (
        "3 commitments without a valid due date were left out of the calendar file: "
        "nos. 2, 3, 4." in english
    )


def test_one_left_out_is_said_in_the_singular() -> None:
    session = session_with("2027-01-15", "")
    assert left_out_line(session, "sv") == (
        "1 åtagande utan giltigt datum kom inte med i kalenderfilen: nr 2."
    )
    assert left_out_line(session, "en") == (
        "1 commitment without a valid due date was left out of the calendar file: no. 2."
    )


def test_nothing_is_said_when_every_commitment_has_a_date() -> None:
    session = session_with("2027-01-15", "2027-2-3")
    assert left_out_line(session, "sv") == ""
    assert "kalenderfil" not in minutes_markdown(session)


def test_when_no_commitment_has_a_date_the_minutes_say_there_is_no_calendar() -> None:
    session = session_with("", "nästa vecka")
    assert "ics" not in render_exports(session)
    assert "Varken ett åtagande eller uppföljningen har ett giltigt datum;" in (
        minutes_markdown(session)
    )
