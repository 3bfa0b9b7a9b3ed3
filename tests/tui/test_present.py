"""Present mode: one key shows the current item alone for the room, with the decision in words,
the position and the time box; the room's answers made there are saved and shown on the page;
the same key goes back, the cursor where it was."""

from __future__ import annotations

import pytest
from textual.widgets import Digits, TextArea

from facilitator.domain.session import Agreement, Session
from facilitator.tui.screens import session as session_screen_module
from facilitator.tui.screens.present import PresentScreen
from facilitator.tui.screens.session import SessionScreen
from facilitator.tui.widgets.choice import ChoiceRow

from .conftest import MakeApp
from .helpers import on_screen, saved, saved_section, screen_lines, session_screen, text_of

NARROW = (80, 24)
WIDE = (120, 40)
MOTIVATION = (
    "Underlaget finns men är spritt över flera system\n"
    "och ingen har ansvar för att hålla det aktuellt,\n"
    "så vi svarar delvis tills ett ansvar är utsett."
)


def decided_first_question(session: Session) -> None:
    """Question 1 as a group leaves it: partly, by a majority, why in three lines, and one
    who dissents."""
    question = next(session.workshop.questions()).id
    session.set_question(question, "answer", "delvis")
    session.set_question(question, "agreement", Agreement.MAJORITY.value)
    session.set_question(question, "motivation", MOTIVATION)
    session.add_reservation(question, "Eva Nilsson", "Vill vänta på revisionen")


async def test_the_present_key_shows_the_question_alone_with_its_decision(
    make_app: MakeApp,
) -> None:
    app = make_app("sv", prepare=decided_first_question)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "tab")  # into question 1's motivation
        assert app.focused is not None and app.focused.id == "motivation-underlag-finns"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        lines = screen_lines(app)
        assert lines[0].startswith("Fråga 1 av 4 · Avsnitt 2 av 6")
        assert on_screen(app, "Finns det ett bra besluts- och uppföljningsunderlag?")
        assert on_screen(app, "Svar: Delvis · Samsyn: Majoritet · 1 reservation")
        for line in MOTIVATION.splitlines():  # the motivation whole, every line of it
            assert on_screen(app, line)
        assert on_screen(app, "• Eva Nilsson – Vill vänta på revisionen")
        assert on_screen(app, "Tidsram 25 min")  # the time box
        assert app.screen.query_one(Digits).value == "25:00"
        assert "^o Tillbaka" in lines[-1]
        # Alone: nothing of the next question, nor the agenda or the notes.
        assert not on_screen(app, "Är arbetet förankrat")
        assert not on_screen(app, "Diskussionsanteckningar")


async def test_answering_in_present_mode_is_saved_and_shown_on_the_page(
    make_app: MakeApp,
) -> None:
    app = make_app("en")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        page = session_screen(app)
        page.query_one("#agreement-anchored", ChoiceRow).focus()  # question 2's agreement
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        assert screen_lines(app)[0].startswith("Question 2 of 4 · Section 2 of 6")
        assert on_screen(app, "No answer yet")
        # The row that had the cursor on the page has it here too.
        assert app.focused is app.screen.query_one("#agreement-anchored")
        await pilot.press("2", "shift+tab", "3")  # Majority, then No
        await pilot.pause()
        assert on_screen(app, "Answer: No · Agreement: Majority")
        await pilot.pause(1.2)  # saved within a second
        question = saved_section(saved(app), "checklist")["questions"][1]
        assert (question["answer"], question["agreement"]) == ("no", "majority")
        await pilot.press("ctrl+o")  # the same key goes back
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.focused is page.query_one("#agreement-anchored")
        assert "(●) Majority" in text_of(page.query_one("#agreement-anchored"))
        assert "(●) No" in text_of(page.query_one("#answer-anchored"))
        assert text_of(page.query_one("#decision-anchored")) == "Answer: No · Agreement: Majority"


async def test_back_from_present_mode_the_cursor_is_where_it_was(make_app: MakeApp) -> None:
    app = make_app("sv", prepare=decided_first_question)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "tab", "down", "end")  # line 2, at its end
        field = app.focused
        assert isinstance(field, TextArea)
        assert field.selection.end == (1, 48)
        scroll = session_screen(app).current_view.scroll_y  # type: ignore[union-attr]
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press("escape")  # Escape goes back as well
        await pilot.pause()
        assert app.focused is field and field.selection.end == (1, 48)
        assert session_screen(app).current_view.scroll_y == scroll  # type: ignore[union-attr]
        await pilot.press("x")  # typing goes on where it was
        assert app.controller.session.questions["underlag-finns"].motivation.splitlines()[1] == (
            "och ingen har ansvar för att hålla det aktuellt,x"
        )


@pytest.mark.parametrize(
    ("steps", "position", "shown"),
    [
        (0, "Avsnitt 1 av 6", "Med underlag från Steg 1 – Lägesbeskrivning"),  # the text
        (2, "Faktor 1 av ", "Att ledningen ser vikten av att kontinuerligt utveckla"),
        (3, "Exempel 1 av 3", "Reflektion – vad kan vi göra också?"),
        (4, "Avsnitt 5 av 6", "Inga åtaganden än"),
        (5, "Avsnitt 6 av 6", "Avslut"),
    ],
)
async def test_every_section_kind_presents_its_current_item(
    make_app: MakeApp, steps: int, position: str, shown: str
) -> None:
    app = make_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press(*["ctrl+n"] * steps, "ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        assert position in screen_lines(app)[0]
        assert on_screen(app, shown)


async def test_a_success_factor_is_assessed_in_present_mode(make_app: MakeApp) -> None:
    app = make_app("en")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+o")
        await pilot.pause()
        row = app.focused
        assert isinstance(row, ChoiceRow) and row.id is not None
        await pilot.press("1")
        await pilot.press("ctrl+o")
        await pilot.pause()
        item_id = row.id.removeprefix("assessment-")
        assert app.controller.session.assessments[item_id].assessment == "in-place"
        page_row = session_screen(app).query_one(f"#{row.id}", ChoiceRow)
        assert app.focused is page_row and "(●) In place" in text_of(page_row)


async def test_present_mode_is_in_the_palette_and_runs_the_clock(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert "Presentera" in offered
        await pilot.press("ctrl+n", "ctrl+o")
        await pilot.pause()
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert "Tillbaka till sidan" in offered
        await pilot.press("ctrl+t")  # the time box runs from present mode too
        session_screen_module.time.now += 65  # type: ignore[attr-defined]
        session_screen(app)._tick()
        await pilot.pause(1.1)
        assert app.screen.query_one(Digits).value == "23:55"
        assert on_screen(app, "▶ Tiden går")


async def test_a_long_motivation_is_shown_whole_and_wrapped(make_app: MakeApp) -> None:
    long = (
        "Underlaget från steg 1 finns, men det är spritt över tidrapporter, bokningssystemet "
        "och klimatbokslutet, och ingen i ledningsgruppen har i dag ansvar för att hålla det "
        "aktuellt inför varje uppföljning."
    )

    def prepare(session: Session) -> None:
        session.set_question(next(session.workshop.questions()).id, "motivation", long)

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+o")
        await pilot.pause()
        lines = screen_lines(app)
        start = next(i for i, line in enumerate(lines) if "Underlaget från steg 1" in line)
        shown = " ".join(line.strip() for line in lines[start : start + 4])
        assert long in shown  # every word, over several rows, none cut at the edge
        assert all(len(line) <= NARROW[0] for line in lines)


async def test_from_the_notes_the_first_question_not_settled_is_shown(make_app: MakeApp) -> None:
    app = make_app("sv", prepare=decided_first_question)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "f3", "ctrl+o")
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Fråga 2 av 4")
        assert on_screen(app, "Är arbetet förankrat i ledningsgruppen?")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "notes"


async def test_text_in_present_mode_is_shown_as_typed(make_app: MakeApp) -> None:
    """What people typed is content, never markup, on this screen too."""
    typed = "[bold red]x[/] [@click=app.quit]y[/] a [/] b <script>"

    def prepare(session: Session) -> None:
        question = next(session.workshop.questions()).id
        session.set_question(question, "motivation", typed)
        session.add_reservation(question, typed, typed)
        session.add_commitment()
        session.set_commitment(session.commitments[0].id, "what", typed)

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+o")
        await pilot.pause()
        assert on_screen(app, typed)
        assert on_screen(app, f"• {typed} –")
        await pilot.press("ctrl+o", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+o")
        await pilot.pause()
        assert on_screen(app, f"1. {typed}")
        assert app.is_running


async def test_an_item_gone_from_the_session_closes_present_mode(make_app: MakeApp) -> None:
    """The session read again without the commitment shown (another program changed the
    file): present mode goes back to the page rather than end the app."""
    from facilitator.tui.controller import Part

    def prepare(session: Session) -> None:
        session.add_commitment()
        session.set_commitment(session.commitments[0].id, "what", "Ta fram en policy")

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press(*["ctrl+n"] * 4, "ctrl+o")
        await pilot.pause()
        assert on_screen(app, "1. Ta fram en policy")
        app.controller.session.commitments.clear()
        app.controller.said(Part.COMMITMENT)
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen) and app.is_running


async def test_a_read_only_session_is_presented_but_not_changed(
    make_app: MakeApp, reopen_app: MakeApp
) -> None:
    first = make_app("sv", prepare=decided_first_question)
    async with first.run_test(size=NARROW) as pilot:
        await pilot.press("ctrl+q")
    app = reopen_app(first.controller.store.path, read_only=True)  # type: ignore[union-attr]
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+o")
        await pilot.pause()
        assert screen_lines(app)[0].startswith("SKRIVSKYDDAD · Fråga 1 av 4")
        assert on_screen(app, "Svar: Delvis · Samsyn: Majoritet · 1 reservation")
        await pilot.press("1")
        assert app.controller.session.questions["underlag-finns"].answer == "delvis"
        assert all(row.disabled for row in app.screen.query(ChoiceRow))


async def test_present_mode_moves_on_and_the_page_follows(make_app: MakeApp) -> None:
    """Ctrl+N and Ctrl+B step through the section's questions in present mode, the cursor in
    the same row; back on the page, the cursor is in the question shown last."""
    app = make_app("en")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "tab", "ctrl+o")  # question 1's agreement row
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Question 1 of 4")
        await pilot.press("ctrl+b")  # there is none before the first
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Question 1 of 4")
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Question 3 of 4 · Section 2 of 6")
        assert on_screen(app, "Have resources been set aside for working with digital meetings?")
        assert app.focused is app.screen.query_one("#agreement-resources")
        await pilot.press("1", "shift+tab", "2")
        await pilot.pause()
        assert on_screen(app, "Answer: Partly · Agreement: Consensus")
        await pilot.press("ctrl+n", "ctrl+n")  # the last, and no further
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Question 4 of 4")
        await pilot.press("ctrl+b", "ctrl+o")
        await pilot.pause()
        page = session_screen(app)
        assert app.screen is page
        assert app.focused is page.query_one("#answer-resources")
        decision = page.query_one("#decision-resources")
        assert text_of(decision) == "Answer: Partly · Agreement: Consensus"
        view = page.current_view
        assert view is not None and view.scroll_y > 0  # the page went down to question 3
        entry = app.controller.session.questions["resources"]
        assert (entry.answer, entry.agreement) == ("partly", "consensus")


async def test_commitments_are_stepped_through_and_the_table_follows(make_app: MakeApp) -> None:
    def prepare(session: Session) -> None:
        for what in ("Ta fram en policy", "Boka uppföljning"):
            session.set_commitment(session.add_commitment().id, "what", what)

    app = make_app("sv", prepare=prepare)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press(*["ctrl+n"] * 4, "ctrl+o")
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Åtagande 1 av 2")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen_lines(app)[0].startswith("Åtagande 2 av 2")
        assert on_screen(app, "2. Boka uppföljning")
        await pilot.press("ctrl+o")
        await pilot.pause()
        table = session_screen(app).query_one("#commitment-table")
        assert app.focused is table and table.cursor_row == 1  # type: ignore[attr-defined]
        assert on_screen(app, "Nr 2 · Vad: Boka uppföljning")  # the selected one, in full
