"""Item 16: no date a field accepts can break an export; dates are written in ASCII digits.

A commitment due 9999-12-31 ended F6, F9 and `facilitator export` with an OverflowError: the
calendar's all-day event ends the day after, and there is no day after it. Dates typed in
other scripts' digits (`१२३४-०१-०१`, fullwidth `２０２６`) were taken as dates, because `\\d`
and `int()` read every script's digits; a date or a number is now ASCII digits only.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from facilitator.domain.progress import due_date
from facilitator.domain.session import Session
from facilitator.domain.values import Problem, read_date, read_number
from facilitator.domain.workshop import Figure, NumberKind
from facilitator.export import render_exports
from facilitator.export.commitments import dated_commitments
from facilitator.paths import Workspace
from facilitator.storage.sessions import save_session
from tui.conftest import MakeApp
from unit.helpers import example_session, facilitator

EDGES = ("0001-01-01", "9999-12-31", "9999-12-30", "2024-02-29", "9999-1-1")
OTHER_DIGITS = (
    "१२३४-०१-०१",  # Devanagari
    "٢٠٢٦-١٢-٠١",  # Arabic-Indic
    "۲۰۲۶-۱۲-۰۱",  # Extended Arabic-Indic (Persian)
    "２０２６-１２-０１",  # fullwidth
    "২০২৬-১২-০১",  # Bengali
    "๒๐๒๖-๑๒-๐๑",  # Thai
    "𝟐𝟎𝟐𝟔-𝟏𝟐-𝟎𝟏",  # mathematical bold
    "2026-１2-01",  # one fullwidth digit among ASCII ones
)


def every_day(year: int) -> list[str]:
    first = date(year, 1, 1)
    return [(first + timedelta(days=n)).isoformat() for n in range(365)]


def at_the_edges(session: Session, due: list[str]) -> Session:
    session.meeting.date = "9999-12-31"
    session.meeting.follow_up = "9999-12-31"
    session.commitments.clear()
    for text in due:
        session.add_commitment(f"Due {text}", "Anna", text)
    return session


@pytest.mark.slow
def test_every_day_of_the_first_and_last_year_exports(
    workspace: Workspace, figure: Callable[[str], None]
) -> None:
    days = every_day(1) + every_day(9999) + list(EDGES)
    session = at_the_edges(example_session(), days)
    files = render_exports(session)
    assert sorted(files) == ["csv", "html", "ics", "md", "xlsx"]
    events = Calendar.from_ical(files["ics"]).walk("VEVENT")
    follow_up = [e for e in events if str(e["UID"]).startswith("follow-up.")]
    assert len(events) == len(days) + len(follow_up) and len(follow_up) == 1
    sheet = load_workbook(io.BytesIO(files["xlsx"]), read_only=True).active
    due = [row[6] for row in sheet.iter_rows(min_row=2, values_only=True)]
    shown = [d.date().isoformat() if isinstance(d, datetime) else d for d in due]
    typed = [due_date(day) for day in days]
    assert shown == [d.isoformat() for d in typed if d]  # a date, or before 1900 its text
    last = next(e for e in events if e.get("SUMMARY") == "Due 9999-12-31")
    for on_the_last_day in (last, follow_up[0]):
        assert on_the_last_day.decoded("DTSTART") == date.max
        assert on_the_last_day.decoded("DURATION") == timedelta(days=1)

    path = workspace.ensure(workspace.sessions) / "edges.toml"
    save_session(path, at_the_edges(example_session(), ["9999-12-31"]))
    result = facilitator("export", "edges", cwd=workspace.root)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 5
    figure(
        f"{len(days)} due dates (every day of years 1 and 9999 and {len(EDGES)} edges), meeting"
        " and follow-up on 9999-12-31: md, html, csv, xlsx and ics written, "
        f"{len(events)} calendar entries; `facilitator export` exit 0"
    )


async def test_f6_and_f9_export_a_session_due_on_the_last_day(
    make_app: MakeApp, workspace: Workspace
) -> None:
    app = make_app("en", prepare=lambda s: at_the_edges(s, ["9999-12-31"]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert app.is_running
        first = sorted(p.name for p in workspace.exports.iterdir())
        assert sorted(Path(name).suffix for name in first) == [
            ".csv",
            ".html",
            ".ics",
            ".md",
            ".xlsx",
        ]
        for written in workspace.exports.iterdir():  # so F9's files are its own
            written.unlink()
        await pilot.press("f9", "enter")
        await pilot.pause()
        assert app.is_running and app.controller.session.finished
        after = {p.suffix for p in workspace.exports.iterdir() if p.stat().st_size > 0}
        assert after == {".csv", ".html", ".ics", ".md", ".xlsx"}


def test_dates_and_numbers_in_other_scripts_digits_are_refused(
    figure: Callable[[str], None],
) -> None:
    figure_field = Figure("x", "X", "{x}", NumberKind.DECIMAL, minimum=0, maximum=10**9)
    for text in OTHER_DIGITS:
        assert read_date(text).problem is Problem.NOT_A_DATE, text
        number = text.replace("-", "")
        assert read_number(number, figure_field).problem is Problem.NOT_A_NUMBER, number
    session = at_the_edges(example_session(), list(OTHER_DIGITS))
    assert dated_commitments(session) == []
    assert read_date("2026-12-01").value == date(2026, 12, 1)
    figure(
        f"{len(OTHER_DIGITS)} dates in 7 other scripts' digits: {len(OTHER_DIGITS)} refused as"
        " dates and as numbers, 0 in the calendar"
    )
