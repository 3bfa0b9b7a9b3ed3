"""A right-to-left override typed into a value ends with the value: the program's own words
after it keep their order in the Markdown, the HTML, the CSV and the calendar."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from facilitator.domain.session import Role, Session
from facilitator.domain.text import close_direction
from facilitator.export import commitments_csv, commitments_ics, minutes_html, minutes_markdown

from .test_export_sessions import SV_FILE, Clock, builtin

RLO, PDF, RLI, PDI, LRE = "\u202e", "\u202c", "\u2067", "\u2069", "\u202a"


@pytest.mark.parametrize(
    ("typed", "closed"),
    [
        ("Anna", "Anna"),
        (f"{RLO}Anna", f"{RLO}Anna{PDF}"),
        (f"{RLO}Anna{PDF}", f"{RLO}Anna{PDF}"),  # already closed: nothing added
        (f"{RLI}x{LRE}y", f"{RLI}x{LRE}y{PDF}{PDI}"),  # innermost first
        (f"{RLI}x{LRE}y{PDI}z", f"{RLI}x{LRE}y{PDI}z"),  # the PDI closed both
        (f"{LRE}x{RLI}y{PDF}", f"{LRE}x{RLI}y{PDF}{PDI}{PDF}"),  # a PDF cannot close an isolate
        (f"{PDF}{PDI}x", f"{PDF}{PDI}x"),  # closers with nothing open change nothing
        (f"{RLO}a\nb", f"{RLO}a{PDF}\nb"),  # each line ends what it opened
        (f"{RLO}a\r\nb{RLI}", f"{RLO}a{PDF}\r\nb{RLI}{PDI}"),
    ],
)
def test_every_explicit_direction_a_value_opens_is_closed(typed: str, closed: str) -> None:
    assert close_direction(typed) == closed


def session_with_override() -> Session:
    session = Session(builtin(SV_FILE), clock=Clock())
    session.add_participant(f"{RLO}Anna", Role.CHAIR)
    session.add_commitment(f"Boka {RLO}rum", f"{RLO}Anna", "2027-03-05")
    return session


def test_the_markdown_ends_the_override_before_its_own_words() -> None:
    text = minutes_markdown(session_with_override())
    # Before: "- Nr 1: Boka ‮rum – ‮Anna, 2027-03-05", which shows as "50-30-7202 ,annA".
    assert f"- Nr 1: Boka {RLO}rum{PDF} – {RLO}Anna{PDF}, 2027-03-05" in text
    assert f"- {RLO}Anna{PDF}, ordförande" in text
    assert "\ufdd0" not in text and "\ufdd1" not in text  # the HTML's marks stay out


def test_the_html_puts_every_typed_value_in_bdi() -> None:
    page = minutes_html(session_with_override())
    assert (
        f"<li>Nr 1: <bdi>Boka {RLO}rum{PDF}</bdi> – <bdi>{RLO}Anna{PDF}</bdi>, "
        '<span class="date">2027-03-05</span></li>' in (page)
    )
    assert f"<li><bdi>{RLO}Anna{PDF}</bdi>, ordförande</li>" in page
    assert "\ufdd0" not in page and "\ufdd1" not in page


def test_typed_marks_cannot_pose_as_the_pages_own() -> None:
    session = Session(builtin(SV_FILE), clock=Clock())
    session.add_participant("\ufdd1<b>\ufdd0x")
    page = minutes_html(session)
    assert "<li><bdi>&lt;b&gt;x</bdi></li>" in page
    assert "- \\<b\\>x\n" in minutes_markdown(session)


def test_the_csv_and_the_calendar_end_the_override_in_each_value() -> None:
    session = session_with_override()
    rows = commitments_csv(session).decode("utf-8-sig").splitlines()
    what_who_due = rows[1].split(";")[4:7]  # after the meeting's date and title, § and number
    assert what_who_due == [f"Boka {RLO}rum{PDF}", f"{RLO}Anna{PDF}", "2027-03-05"]
    (event,) = Calendar.from_ical(commitments_ics(session)).walk("VEVENT")
    assert str(event["summary"]) == f"Boka {RLO}rum{PDF}"
    assert f"Ansvarig: {RLO}Anna{PDF}\n" in str(event["description"])
