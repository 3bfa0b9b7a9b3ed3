"""The checklist: a row of choices worked from the keyboard, how far the group agrees, why,
and reservations added, edited and removed."""

from __future__ import annotations

from textual.widgets import Button, Input, TextArea

from facilitator.tui.widgets.choice import ChoiceRow

from .conftest import MakeApp
from .helpers import SIZE, paste, saved, saved_section, text_of


async def test_the_answer_row_follows_the_keys(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        row = app.focused
        assert isinstance(row, ChoiceRow) and row.id == "answer-underlag-finns"
        entry = app.controller.session.questions["underlag-finns"]
        assert "( ) Ja  ( ) Delvis  ( ) Nej  ( ) Vet inte" in text_of(row)
        await pilot.press("right", "space")
        assert entry.answer == "delvis"
        assert "( ) Ja  (●) Delvis  ( ) Nej" in text_of(row)
        await pilot.press("right", "right", "enter")
        assert entry.answer == "vet-inte"
        await pilot.press("right", "space")  # wraps round to the first
        assert entry.answer == "ja"
        await pilot.press("left", "enter")
        assert entry.answer == "vet-inte"
        await pilot.press("3")
        assert entry.answer == "nej"
        await pilot.press("9", "0")  # no such choice: nothing happens
        assert entry.answer == "nej"
        await pilot.press("delete")
        assert entry.answer == ""
        assert "(●)" not in text_of(row)
        await pilot.press("2", "backspace")
        assert entry.answer == ""
        await pilot.press("1")
        assert entry.answer == "ja"
        await pilot.press("ctrl+q")  # saves and closes
    question = saved_section(saved(app), "checklista")["questions"][0]
    assert question["answer"] == "ja"


async def test_agreement_and_motivation_are_recorded(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "2", "tab")
        row = app.focused
        assert isinstance(row, ChoiceRow) and row.id == "agreement-basis-exists"
        assert "( ) Consensus  ( ) Majority  ( ) No agreement" in text_of(row)
        await pilot.press("2", "tab", *"Most of us")
        entry = app.controller.session.questions["basis-exists"]
        assert (entry.answer, entry.agreement, entry.motivation) == (
            "partly",
            "majority",
            "Most of us",
        )
        await pilot.press("ctrl+q")  # saves and closes
    question = saved_section(saved(app), "checklist")["questions"][0]
    assert (question["answer"], question["agreement"], question["motivation"]) == (
        "partly",
        "majority",
        "Most of us",
    )


async def test_reservations_are_added_edited_and_removed(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        view = app.screen.query_one("#view-checklista")
        lines = view.query_one("#reservations-forankring .reservation-lines")
        assert text_of(lines) == "Inga reservationer."
        add = view.query_one("#edit-res-forankring", Button)
        assert str(add.label) == "+ Reservation"
        add.focus()
        await pilot.press("enter")  # opens the dialog with a first, empty reservation
        await pilot.pause()
        dialog = app.screen
        assert app.focused is dialog.query_one("#res-0-who")
        await pilot.press(*"Bo", "tab")
        await paste(pilot, "Inte enig")
        dialog.query_one("#add-reservation", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is dialog.query_one("#res-1-who")
        await paste(pilot, "Cilla")
        await pilot.press("tab")
        await paste(pilot, "För tidigt")
        reservations = app.controller.session.questions["forankring"].reservations
        assert [(r.who, r.why) for r in reservations] == [
            ("Bo", "Inte enig"),
            ("Cilla", "För tidigt"),
        ]
        # Edit the first one.
        dialog.query_one("#res-0-why", TextArea).focus()
        await pilot.press("end", *" alls")
        assert reservations[0].why == "Inte enig alls"
        # Remove the first: the second stays, shown in the first row.
        dialog.query_one("#res-0-remove", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert [(r.who, r.why) for r in reservations] == [("Cilla", "För tidigt")]
        assert dialog.query_one("#res-0-who", Input).value == "Cilla"
        assert dialog.query_one("#res-0-why", TextArea).text == "För tidigt"
        assert not dialog.query("#res-1-who")
        # An empty one added and left empty is gone when the dialog closes.
        dialog.query_one("#add-reservation", Button).focus()
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert [(r.who, r.why) for r in reservations] == [("Cilla", "För tidigt")]
        assert text_of(lines) == "• Cilla – För tidigt"
        assert str(view.query_one("#edit-res-forankring", Button).label) == "Reservationer (1)…"
        # The other questions have none.
        assert all(
            not app.controller.session.questions[q].reservations
            for q in ("resurser", "moteskultur")
        )
        await pilot.press("ctrl+q")  # saves and closes
    saved_question = saved_section(saved(app), "checklista")["questions"][1]
    assert saved_question["reservations"] == [{"who": "Cilla", "why": "För tidigt"}]
