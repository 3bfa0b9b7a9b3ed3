"""Wrap-up: what is settled and what is still open, kept up to date while people edit, the
follow-up date checked at the field, and finishing and reopening the session."""

from __future__ import annotations

from textual.widgets import Button

from facilitator.domain.session import Session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.screens.dialogs import ConfirmDialog

from .conftest import MakeApp
from .helpers import SIZE, agenda_lines, paste, saved, session_screen, text_of


def some_answers(session: Session) -> None:
    session.set_figure("motestid", "value", "40")
    session.set_question("underlag-finns", "answer", "vet-inte")
    session.set_question("underlag-finns", "agreement", "consensus")
    for item, _ in session.workshop.items():
        session.set_assessment(item.id, "assessment", "pa-plats")
    session.set_assessment("foljs-upp", "assessment", "saknas")


def summary(app: FacilitatorApp) -> list[str]:
    screen = session_screen(app)
    blocks = screen.query_one("#view-avslut #summary").children
    return [line for block in blocks if block.display for line in text_of(block).splitlines()]


async def test_the_wrap_up_says_what_is_settled_and_open_as_people_edit(
    make_app: MakeApp,
) -> None:
    app = make_app("sv", prepare=some_answers)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g", "end", "enter")
        lines = summary(app)
        assert lines[:6] == [
            "Sammanfattning",
            "• Nyckeltal: 1 av 3 ifyllda",
            "• Frågor: 1 av 4 besvarade, 1 med enighet",
            "• Framgångsfaktorer: 6 av 6 bedömda",
            "• Exempel: 0 av 3 med reflektion",
            "• Åtaganden: 0, varav 0 öppna",
        ]
        assert "Fortfarande öppet (7)" in lines
        assert (
            "• Checklista steg 2: Finns det ett bra besluts- och uppföljningsunderlag?"
            " — Svar: Vet inte"
        ) in lines
        assert "• Framgångsfaktorer: Följs upp. — Bedömning: Saknas" in lines
        assert lines[-1] == "Öppna åtaganden (0)"
        # A commitment typed in its dialog shows at once in the wrap-up behind it.
        await pilot.press("f4")
        assert isinstance(app.screen, CommitmentDialog)
        await paste(pilot, "Policy")
        assert summary(app)[-2:] == [
            "Öppna åtaganden (1)",
            "• Policy — ingen ansvarig, inget datum",
        ]
        await pilot.press("tab", *"Bo")
        assert summary(app)[-1] == "• Policy — Bo, inget datum"
        await pilot.press("escape")
        assert "• Åtaganden: 1, varav 1 öppen" in summary(app)


async def test_the_follow_up_date_is_checked_at_the_field(make_app: MakeApp) -> None:
    app = make_app("sv")  # the frozen clock says 2026-11-30
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g", "end", "enter")
        problem = session_screen(app).query_one("#follow-up-problem")
        assert not problem.display
        await pilot.press(*"2026-13")
        assert text_of(problem) == "⚠ Skriv datumet som ÅÅÅÅ-MM-DD"
        await paste(pilot, "2026-11-29")
        assert text_of(problem) == "⚠ Datumet har redan passerat"
        await paste(pilot, "2027-05-04")
        assert not problem.display
        await pilot.press("ctrl+q")  # saves and closes
    assert saved(app)["meeting"]["follow_up"] == "2027-05-04"


async def test_finishing_and_reopening_the_session(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g", "end", "enter")
        view = session_screen(app).query_one("#view-wrap-up")
        finish = view.query_one("#finish", Button)
        assert str(finish.label) == "Finish (F9)"
        finish.focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # not yet
        assert not app.controller.session.finished
        await pilot.press("f9", "enter")
        await pilot.pause()
        assert app.controller.session.finished
        view = session_screen(app).query_one("#view-wrap-up")
        assert text_of(view.query_one("#finished-line")) == (
            "✓ The session was finished at 2026-11-30 09:00."
        )
        finish = view.query_one("#finish", Button)
        assert str(finish.label) == "Reopen (F8)"
        assert view.query_one("#follow-up").disabled  # frozen until it is reopened
        assert agenda_lines(app)[-1] == "▶✓ 6. Wrap-up"
        await pilot.press("f9")  # finishing again changes nothing
        assert app.controller.session.finished
        await pilot.press("f8")  # reopening is asked for
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert app.controller.session.finished
        await pilot.press("f8", "enter")
        await pilot.pause()
        assert not app.controller.session.finished
        view = session_screen(app).query_one("#view-wrap-up")
        assert text_of(view.query_one("#finished-line")) == (
            "The session was reopened at 2026-11-30 09:00; the minutes become revised (version 2)."
        )
        assert str(view.query_one("#finish", Button).label) == "Finish (F9)"
        assert not view.query_one("#follow-up").disabled
        await pilot.press("ctrl+q")  # saves and closes
    assert "finished_at" not in saved(app)
    assert saved(app)["reopen_count"] == 1
    assert saved(app)["reopened_at"] == app.controller.session.reopened_at
