"""A follow-up shows what the group answered last time beside each question, success factor
and key figure; Ctrl+S ("Som förra gången") takes it over and it is saved; nothing is taken
over without the key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from textual.widgets import Input

from facilitator.domain.session import Session
from facilitator.domain.workshop import SectionKind
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.present import PresentScreen

from .conftest import MakeApp
from .follow_up_apps import MakeFollowUp, follow_up_app, section_of
from .helpers import on_screen, saved, screen_lines, session_screen, text_of
from .snapshot_apps import saved_or_failed

__all__ = ["follow_up_app"]  # the fixture, used by name

NARROW = (80, 24)


def written(app: FacilitatorApp, item_id: str) -> dict[str, Any]:
    """A question, item or figure as the session file holds it, read as plain TOML."""

    def walk(node: object) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if node.get("id") == item_id and "kind" not in node:
                yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    document = saved(app)
    return next(walk(document["sections"]))


def first_question(app_session: Session, number: int = 1) -> str:
    return list(app_session.workshop.questions())[number - 1].id


async def test_each_question_factor_and_figure_says_what_the_group_answered_last_time(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert on_screen(app, "Förra gången, 2026-11-30: Ja · Enighet")
        screen = session_screen(app)
        session = app.controller.session
        await screen.show_section(section_of(session, SectionKind.ASSESSMENT))
        await pilot.pause()
        assert on_screen(app, "Förra gången, 2026-11-30: På plats")
        await screen.show_section(section_of(session, SectionKind.TEXT))
        await pilot.pause()
        figure = next(session.workshop.figures())
        field = screen.query_one(f"#value-{figure.id}", Input)
        field.focus()
        await pilot.pause()
        assert on_screen(app, "Förra gången: 42,5 %")  # the workshop's decimal comma
        field.value = "50"
        await pilot.pause()
        assert on_screen(app, "Förra gången: 42,5 % · +7,5")


async def test_in_english_the_words_and_numbers_are_english(follow_up_app: MakeFollowUp) -> None:
    app = follow_up_app("en")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert on_screen(app, "Last time, 2026-11-30: Yes · Consensus")
        await session_screen(app).show_section(section_of(app.controller.session, SectionKind.TEXT))
        await pilot.pause()
        figure = next(app.controller.session.workshop.figures())
        field = app.screen.query_one(f"#value-{figure.id}", Input)
        field.focus()
        field.value = "50"
        await pilot.pause()
        assert any("Last time: 42.5% · +7.5" in line for line in screen_lines(app))


async def test_an_item_left_unanswered_last_time_says_so(follow_up_app: MakeFollowUp) -> None:
    def unanswered(session: Session) -> None:
        question = first_question(session)
        session.set_question(question, "answer", "")
        session.set_question(question, "agreement", "")

    app = follow_up_app("sv", prepare=unanswered)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert on_screen(app, "Förra gången, 2026-11-30: inget svar")


async def test_last_times_answer_is_shown_but_not_taken_without_the_key(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("tab", "right", "space")  # question 1's agreement: Majoritet
        await saved_or_failed(pilot)
        assert on_screen(app, "Förra gången, 2026-11-30: Ja · Enighet")
        assert on_screen(app, "Inget svar än · Samsyn: Majoritet")
        question = written(app, first_question(app.controller.session))
        assert question.get("answer", "") == ""
        assert question["agreement"] == "majority"
        for entry in app.controller.session.questions.values():
            assert entry.answer == ""


async def test_the_key_takes_last_times_answer_and_it_is_saved(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        session = app.controller.session
        second = first_question(session, 2)
        app.screen.query_one(f"#answer-{second}").focus()
        await pilot.press("ctrl+s")
        await saved_or_failed(pilot)
        assert (session.questions[second].answer, session.questions[second].agreement) == (
            "delvis",
            "majority",
        )
        assert on_screen(app, "Svar: Delvis · Samsyn: Majoritet")
        entry = written(app, second)
        assert (entry["answer"], entry["agreement"]) == ("delvis", "majority")
        assert session.questions[first_question(session)].answer == ""  # only that question


async def test_the_key_takes_a_factors_assessment(follow_up_app: MakeFollowUp) -> None:
    app = follow_up_app("sv", at=SectionKind.ASSESSMENT)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        item = next(app.controller.session.workshop.items())[0]
        app.screen.query_one(f"#note-{item.id}").focus()  # the cursor in its note
        await pilot.press("ctrl+s")
        await saved_or_failed(pilot)
        assert app.controller.session.assessments[item.id].assessment == "pa-plats"
        assert written(app, item.id)["assessment"] == "pa-plats"


async def test_the_key_fills_an_empty_figure_but_never_replaces_a_typed_one(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv", at=SectionKind.TEXT)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        figures = list(app.controller.session.workshop.figures())
        first = app.screen.query_one(f"#value-{figures[0].id}", Input)
        first.focus()
        await pilot.press("ctrl+s")
        await saved_or_failed(pilot)
        assert text_of(first) == "42,5"
        assert app.controller.session.figures[figures[0].id].value == "42,5"
        second = app.screen.query_one(f"#value-{figures[1].id}", Input)
        second.focus()
        await pilot.press("4", "1", "ctrl+s")
        await saved_or_failed(pilot)
        assert text_of(second) == "41"
        assert app.controller.session.figures[figures[1].id].value == "41"
        assert on_screen(app, "Nyckeltalet har redan ett värde.")
        assert written(app, figures[0].id)["value"] == "42,5"
        assert written(app, figures[1].id)["value"] == "41"


async def test_the_key_never_replaces_an_answer_chosen_this_time(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("right", "right", "space", "ctrl+s")  # question 1: Nej, then the key
        await saved_or_failed(pilot)
        question = first_question(app.controller.session)
        assert app.controller.session.questions[question].answer == "nej"
        assert on_screen(app, "Här finns redan ett annat svar den här gången.")
        assert written(app, question)["answer"] == "nej"


async def test_with_nothing_to_take_the_key_says_so_in_one_line(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        revision = app.controller.session.revision
        await pilot.press("f3", "ctrl+s")  # the cursor in the notes: no item
        await pilot.pause()
        assert on_screen(app, "Ställ markören i en fråga, en punkt eller ett nyckeltal")
        assert app.controller.session.revision == revision


@pytest.mark.parametrize(
    ("language", "keys"),
    [
        ("sv", "^n Nästa ^b Förra ^s Som förra gången ^o Presentera f9 Slutför"),
        ("en", "^n Next ^b Back ^s As last time ^o Present f9 Finish"),
    ],
)
async def test_the_key_is_in_the_footer_and_the_palette_of_a_follow_up_only(
    follow_up_app: MakeFollowUp, make_app: MakeApp, language: str, keys: str
) -> None:
    app = follow_up_app(language)
    title = {"sv": "Som förra gången", "en": "As last time"}[language]
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        footer = screen_lines(app)[-1].replace(" ", "")
        assert footer.startswith(keys.replace(" ", ""))
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert title in offered
    plain = make_app(language)
    async with plain.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert title.replace(" ", "") not in screen_lines(plain)[-1].replace(" ", "")
        offered = {command.title for command in plain.get_system_commands(plain.screen)}
        assert title not in offered


async def test_present_mode_shows_last_time_and_the_key_works_there(
    follow_up_app: MakeFollowUp,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        assert on_screen(app, "Förra gången, 2026-11-30: Ja · Enighet")
        await pilot.press("ctrl+s")
        await saved_or_failed(pilot)
        question = first_question(app.controller.session)
        assert app.controller.session.questions[question].answer == "ja"
        assert on_screen(app, "Svar: Ja · Samsyn: Enighet")
        assert written(app, question)["answer"] == "ja"
