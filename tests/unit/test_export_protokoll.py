"""What makes the minutes a protokoll: the meeting's hours, attendance as a protokoll lists
it, a summary on the first page with § numbers, numbered items, and the justering."""

from __future__ import annotations

import re

import pytest

from facilitator.domain.meeting_time import meeting_hours, read_clock
from facilitator.domain.session import Attendance, Role, Session
from facilitator.export import minutes_html, minutes_markdown
from facilitator.storage.session_toml import dumps_session, loads_session

from .test_export_sessions import SV_FILE, Clock, builtin, full_session


def test_the_meeting_time_is_when_the_session_started_and_finished() -> None:
    text = minutes_markdown(full_session("sv"))
    assert "**Tid:** kl. 13.00–14.45\\\n" in text
    assert "**Time:** 13:00–14:45\\\n" in minutes_markdown(full_session("en"))


def test_typed_hours_win_and_a_time_that_is_no_time_is_flagged() -> None:
    session = full_session("sv", finished=False)  # to be changed
    session.set_meeting("start_time", "9.05")
    session.set_meeting("end_time", "11:30")
    assert "**Tid:** kl. 09.05–11.30\\\n" in minutes_markdown(session)
    session.set_meeting("end_time", "25.00")
    assert "**Tid:** kl. 09.05–25\\.00 (ogiltig tid)\\\n" in minutes_markdown(session)
    session.set_meeting("start_time", "nio")  # both flagged, neither hidden
    text = minutes_markdown(session)
    assert "**Tid:** kl. nio (ogiltig tid)–25\\.00 (ogiltig tid)\\\n" in text


def test_an_unfinished_session_gives_the_start_only() -> None:
    session = full_session("sv")
    session.reopen()
    assert "**Tid:** från kl. 13.00\\\n" in minutes_markdown(session)


@pytest.mark.parametrize(
    ("typed", "read"),
    [("13.00", (13, 0)), ("13:05", (13, 5)), (" 9.30 ", (9, 30)), ("8", (8, 0))],
)
def test_a_time_reads_the_swedish_and_the_english_way(typed: str, read: tuple[int, int]) -> None:
    found = read_clock(typed)
    assert found is not None and (found.hour, found.minute) == read


@pytest.mark.parametrize("typed", ["24.00", "13.60", "13.5", "kl 13", "١٣.٠٠", "13-00"])
def test_what_is_no_time_reads_as_none(typed: str) -> None:
    assert read_clock(typed) is None


def test_attendance_lists_the_present_apologies_absent_and_others() -> None:
    session = full_session("sv", finished=False)  # to be changed
    session.update_participant(3, attendance=Attendance.ABSENT)
    text = minutes_markdown(session)
    attendance = text.split("## Närvaro\n\n")[1].split("\n\n## ")[0]
    assert attendance == (
        "**Närvarande**\n\n"
        "- Anna Lindqvist, ordförande\n"
        "- Björn Åkesson, sekreterare\n"
        "- Cecilia Öberg, justerare\n"
        "- Eva Järvinen\n\n"
        "**Anmält förhinder:** Fredrik Håkansson\\\n"
        "**Frånvarande:** David Nilsson\\\n"
        "**Övriga närvarande:** Karin Berg, ekonomichef (§ 5)"
    )


def test_the_summary_gives_decisions_commitments_and_open_matters_with_their_paragraph() -> None:
    text = minutes_markdown(full_session("sv"))
    summary = text.split("## Sammanfattning\n\n")[1].split("\n\n## ")[0]
    assert text.index("## Sammanfattning") < text.index("## § 1 Underlag")
    assert "- § 2.1 Finns det ett bra besluts- och uppföljningsunderlag? – Delvis (majoritet)" in (
        summary.replace("\u00a0", " ")
    )
    lines = summary.replace("\u00a0", " ").splitlines()
    budget = "Avsätt 20 % av en tjänst för mötesutveckling i budgeten för 2027"
    assert f"- § 5 nr 2: {budget} – Anna Lindqvist, 2026-12-15" in lines
    assert (
        "- § 5 nr 4: Skicka protokollet till alla chefer – Cecilia Öberg, 2026-12-04, klar" in lines
    )
    assert "- § 3.2.2 Tilldelas tillräckliga resurser. – Bedömning: Saknas" in lines


def test_items_carry_the_numbers_the_commitments_point_to() -> None:
    text = minutes_markdown(full_session("sv")).replace("\u00a0", " ")
    assert "  - 3.2.2 Tilldelas tillräckliga resurser.\\\n" in text
    assert "### 4.3 Trafikverket\n" in text
    assert "| 2027-01-31 | Öppen | § 2.1 |" in text


def test_the_justering_names_the_protokoll_its_paragraphs_and_a_place_and_date() -> None:
    text = minutes_markdown(full_session("sv"))
    signatures = text.split("## Underskrifter\n\n")[1]
    assert signatures.startswith(
        "Protokoll – Ledningens stöd, Exempelverket, ledningsgruppen, 2026-11-30\\\n"
        "**Paragrafer 1–6**\\\n"
        "**Ort och datum för justering:** \\_"
    )
    assert "Cecilia Öberg, justerare" in signatures


def test_someone_who_was_not_there_signs_nothing() -> None:
    session = Session(builtin(SV_FILE), clock=Clock())
    session.add_participant("Ann", Role.CHAIR)
    session.add_participant("Bo", Role.ADJUSTER)
    session.update_participant(1, attendance=Attendance.EXCUSED)
    signatures = minutes_markdown(session).split("## Underskrifter")[1]
    assert "Ann, ordförande" in signatures and "Bo" not in signatures


def test_the_printed_page_has_its_furniture_and_a_draft_says_so() -> None:
    session = full_session("sv")
    page = minutes_html(session)
    assert '@top-left { content: "Exempelverket, ledningsgruppen";' in page
    assert '"Sida " counter(page) " (" counter(pages) ")"' in page
    assert 'content: "Justerandes signatur";' in page
    assert '@bottom-left { content: "";' in page
    session.reopen()
    assert '@bottom-left { content: "UTKAST";' in minutes_html(session)


def test_a_typed_organisation_cannot_break_out_of_the_page_header() -> None:
    typed = 'x"; } body { display: none } </style><script>'
    session = full_session("sv", finished=False)  # to be changed
    session.set_meeting("organisation", typed)
    page = minutes_html(session)
    assert "<script>" not in page and page.count("</style>") == 1
    found = re.search(r'@top-left \{ content: "([^"]*)";', page)
    assert found is not None
    value = found[1]
    assert not set(value) & set('{}<>"')
    assert re.sub(r"\\([0-9a-f]+) ", lambda m: chr(int(m[1], 16)), value) == typed


def test_dates_do_not_break_and_table_cells_name_their_column() -> None:
    page = minutes_html(full_session("sv"))
    assert '<td data-label="Klart senast"><span class="date">2027-01-31</span></td>' in page


def test_the_new_meeting_keys_round_trip_and_stay_out_of_files_that_do_not_use_them() -> None:
    session = full_session("sv", finished=False)  # to be changed
    plain = Session(builtin(SV_FILE), clock=Clock())
    plain.add_participant("Ann")
    assert "attendance" not in dumps_session(plain) and "start_time" not in dumps_session(plain)
    session.set_meeting("start_time", "13.05")
    session.set_meeting("end_time", "14.40")
    again = loads_session(dumps_session(session))
    assert again == session
    assert again.meeting.participants[-1].attendance is Attendance.EXCUSED
    assert meeting_hours(again)[0] == read_clock("13.05")


def test_a_sections_notes_are_a_block_of_their_own_not_part_of_its_last_question() -> None:
    """Print keeps a question whole with its heading; the notes after it may run on to the
    next page, so they must not sit inside the question's block."""
    page = minutes_html(full_session("sv"))
    checklist = page.split("<h2>§ 2 <bdi>Checklista steg 2</bdi></h2>")[1].split("<h2>")[0]
    last_question = checklist.split('<div class="part">')[-1].split("</div>")[0]
    assert "Anteckningar" not in last_question
    assert '<div class="block">\n<p class="label"><strong>Anteckningar</strong></p>' in checklist


def test_swedish_words_in_english_minutes_are_marked_swedish() -> None:
    """The page's `lang` decides how a browser hyphenates: the English minutes of a Swedish
    session hold Swedish text (the workshop's and what people typed), marked as such."""
    session = full_session("sv")
    english = minutes_html(session, "en")
    assert '<html lang="en">' in english
    assert '<li><bdi lang="sv">Anna Lindqvist</bdi>, chair</li>' in english
    swedish = minutes_html(session)
    assert '<html lang="sv">' in swedish and 'lang="sv">Anna' not in swedish
    assert "<li><bdi>Anna Lindqvist</bdi>, ordförande</li>" in swedish
