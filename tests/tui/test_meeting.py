"""Meeting details (F2): title, organisation, date, place, and participants with roles."""

from __future__ import annotations

from textual.widgets import Button, Input

from facilitator.domain.session import Attendance, Role, Session
from facilitator.tui.screens.meeting import MeetingDialog
from facilitator.tui.widgets.choice import ChoiceRow

from .conftest import MakeApp
from .helpers import SIZE, paste, saved, text_of


async def test_meeting_details_and_participants_with_roles(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3", "f2")  # from inside the notes
        dialog = app.screen
        assert isinstance(dialog, MeetingDialog)
        assert app.focused is dialog.query_one("#meeting-title")
        await pilot.press(*"Workshop", "tab")
        await paste(pilot, "Formas")
        await pilot.press("tab")
        date = dialog.query_one("#meeting-date", Input)
        assert app.focused is date and date.value == "2026-11-30"  # today, from the clock
        date.value = "2026-12-01"
        await pilot.press("tab")
        await paste(pilot, "Rum 3")
        await pilot.press("tab")
        assert app.focused is dialog.query_one("#add-participant", Button)
        for index, name in enumerate(("Anna", "Bo", "Cilla")):
            dialog.query_one("#add-participant", Button).focus()  # the list is rebuilt
            await pilot.press("enter")
            assert app.focused is dialog.query_one(f"#participant-{index}-name")
            await pilot.press(*name)
        assert [p.name for p in app.controller.session.meeting.participants] == [
            "Anna",
            "Bo",
            "Cilla",
        ]
        assert {p.role for p in app.controller.session.meeting.participants} == {Role.PARTICIPANT}
        # Roles: Anna chairs (digit), Bo keeps the minutes (arrows and space).
        dialog.query_one("#participant-0-role", ChoiceRow).focus()
        await pilot.press("1")
        row = dialog.query_one("#participant-1-role", ChoiceRow)
        assert "(●) Deltagare" in text_of(row)
        row.focus()
        await pilot.press("left", "left", "space")
        assert "(●) Sekreterare" in text_of(row)
        # Remove Bo; Cilla moves up and keeps her role.
        dialog.query_one("#participant-2-role", ChoiceRow).focus()
        await pilot.press("3")
        dialog.query_one("#participant-1-remove", Button).focus()
        await pilot.press("enter")
        assert [(p.name, p.role) for p in app.controller.session.meeting.participants] == [
            ("Anna", Role.CHAIR),
            ("Cilla", Role.ADJUSTER),
        ]
        assert dialog.query_one("#participant-1-name", Input).value == "Cilla"
        assert "(●) Justerare" in text_of(dialog.query_one("#participant-1-role"))
        assert not dialog.query("#participant-2-name")
        # Clearing a role means an ordinary participant.
        dialog.query_one("#participant-1-role", ChoiceRow).focus()
        await pilot.press("delete")
        assert app.controller.session.meeting.participants[1].role is Role.PARTICIPANT
        await pilot.press("escape")
        assert not isinstance(app.screen, MeetingDialog)
        await pilot.press("ctrl+q")  # saves and closes
    meeting = saved(app)["meeting"]
    assert {k: meeting[k] for k in ("title", "organisation", "date", "place")} == {
        "title": "Workshop",
        "organisation": "Formas",
        "date": "2026-12-01",
        "place": "Rum 3",
    }
    assert meeting["participants"] == [
        {"name": "Anna", "role": "chair"},
        {"name": "Cilla", "role": "participant"},
    ]


async def test_a_bad_meeting_date_is_shown_at_the_field_and_kept(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2", "tab", "tab")
        problem = app.screen.query_one("#date-problem")
        assert not problem.display
        await pilot.press("end", "backspace", "backspace", *"32")
        assert problem.display and text_of(problem) == "⚠ Write the date as YYYY-MM-DD"
        await pilot.press("backspace", "backspace", *"01")
        assert not problem.display
        await pilot.press("backspace", "x", "escape")
        await pilot.press("ctrl+q")  # saves and closes
    assert saved(app)["meeting"]["date"] == "2026-11-0x"


async def test_tab_goes_through_a_participant_row_name_role_then_remove(
    make_app: MakeApp,
) -> None:
    app = make_app("sv", prepare=lambda s: s.add_participant("Anna", Role.PARTICIPANT))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        dialog = app.screen
        dialog.query_one("#participant-0-name").focus()
        await pilot.press("tab")
        assert app.focused is dialog.query_one("#participant-0-role")
        await pilot.press("tab")
        assert app.focused is dialog.query_one("#participant-0-remove")
        await pilot.press("tab")
        assert app.focused is dialog.query_one("#add-participant")
        for back in ("#participant-0-remove", "#participant-0-role", "#participant-0-name"):
            await pilot.press("shift+tab")
            assert app.focused is dialog.query_one(back)
        await pilot.press("shift+tab")
        assert app.focused is dialog.query_one("#meeting-place")


async def test_attendance_others_present_and_the_hours_are_kept(make_app: MakeApp) -> None:
    """Who sent apologies, a guest, and the meeting's hours: typed in the meeting details,
    a time that is no time shown at its field, and all of it saved."""

    def prepare(session: Session) -> None:
        session.add_participant("Anna", Role.CHAIR)
        session.add_participant("Bo")

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        dialog = app.screen
        assert isinstance(dialog, MeetingDialog)
        row = dialog.query_one("#participant-1-attendance", ChoiceRow)
        assert "(●) Närvarande" in text_of(row)
        row.focus()
        await pilot.press("2")  # Anmält förhinder
        assert "(●) Anmält förhinder" in text_of(row)
        assert app.controller.session.meeting.participants[1].attendance is Attendance.EXCUSED
        others = dialog.query_one("#meeting-others", Input)
        others.focus()
        await pilot.pause()
        await paste(pilot, "Karin Berg, ekonomichef")
        start = dialog.query_one("#meeting-start_time", Input)
        assert start.value == "" and "09.00 (sessionen)" in str(start.placeholder)
        start.focus()
        await pilot.pause()
        await pilot.press(*"25.00")
        problem = dialog.query_one("#start_time-problem")
        assert problem.display and "13.00" in text_of(problem)
        await pilot.press(*["backspace"] * 5, *"13.05")
        assert not problem.display
        await pilot.press("tab", *"14.45", "escape")
        await pilot.press("ctrl+q")  # saves and closes
    meeting = saved(app)["meeting"]
    assert meeting["participants"][1] == {
        "name": "Bo",
        "role": "participant",
        "attendance": "excused",
    }
    assert (meeting["others"], meeting["start_time"], meeting["end_time"]) == (
        "Karin Berg, ekonomichef",
        "13.05",
        "14.45",
    )
