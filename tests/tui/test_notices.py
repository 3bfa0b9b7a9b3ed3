"""What just happened, told on a line above the footer: where the minutes went (file names
whole, the status line uncovered, until Esc), and a commitment added on another page."""

from __future__ import annotations

import pytest

from facilitator.tui.app import FacilitatorApp
from facilitator.tui.launch import saved_hint
from facilitator.tui.widgets.notice import Notice, wrap_at_separators

from .conftest import MakeApp
from .helpers import SIZE, paste, screen_lines, session_screen, text_of

NARROW = (80, 24)


def notice(app: FacilitatorApp) -> Notice:
    return session_screen(app).query_one(Notice)


def test_a_path_is_broken_only_after_a_separator() -> None:
    text = "The minutes are in /home/anna/meetings/2026/exports: a-long-name.md · b.html"
    lines = wrap_at_separators(text, 30)
    assert lines == [
        "The minutes are in /home/anna/",
        "meetings/2026/exports:",
        "a-long-name.md · b.html",
    ]
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_only_a_name_wider_than_the_line_is_cut() -> None:
    assert wrap_at_separators("see /" + "x" * 12, 8) == ["see /", "xxxxxxxx", "xxxx"]
    assert all(len(line) <= 8 for line in wrap_at_separators("a " * 30, 8))


@pytest.mark.parametrize("key", ["f6", "f9"])
async def test_where_the_minutes_went_covers_nothing_and_cuts_no_name(
    make_app: MakeApp, key: str
) -> None:
    app = make_app("sv")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press(key)
        if key == "f9":
            await pilot.press("enter")  # "Slutför och exportera"
        await pilot.pause(0.5)
        lines = screen_lines(app)
        finished = "SLUTFÖRD · " if key == "f9" else ""  # a finished session says so first
        assert lines[0].startswith(f"{finished}Avsnitt 1 av 6: Underlag · Pågår")  # whole
        assert "Sparat" in lines[0]
        assert notice(app).display
        files = sorted(p.name for p in app.controller.workspace.exports.iterdir())
        assert len(files) >= 3
        for name in files:  # each on one line, never cut
            assert any(name in line for line in lines), name
        assert "(Esc döljer)" in "".join(lines)
        await pilot.pause(1.0)
        assert notice(app).display  # stays to be read
        await pilot.press("escape")
        await pilot.pause()
        assert not notice(app).display


async def test_a_commitment_added_on_another_page_says_where_it_went(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await paste(pilot, "Ta fram en mötespolicy")
        await pilot.press("escape")
        await pilot.pause()
        assert app.controller.session.current_section == "underlag"
        assert text_of(notice(app)) == (
            "✓ Åtagande 1 tillagt: ”Ta fram en mötespolicy”. Det finns under Åtaganden "
            "(avsnitt 5). (Esc döljer)"
        )
        await pilot.press("ctrl+n")  # moving on leaves it behind
        await pilot.pause()
        assert not notice(app).display
        # On the commitments page itself its table shows it: nothing more is said.
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n", "f4")
        await paste(pilot, "Budget")
        await pilot.press("escape")
        await pilot.pause()
        assert app.controller.session.current_section == "ataganden"
        assert not notice(app).display
        # An empty one, dropped, is not announced either.
        await pilot.press("ctrl+b", "f4", "escape")
        await pilot.pause()
        assert not notice(app).display


@pytest.mark.parametrize("finished", [False, True])
async def test_the_line_left_after_quitting_names_what_works(
    make_app: MakeApp, finished: bool
) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        if finished:
            app.controller.apply(lambda s: s.finish())
        assert app.controller.store is not None
        path = app.controller.store.path
        hint = saved_hint(app.controller, path)
        await pilot.press("ctrl+q")
    if finished:
        # `facilitator resume` alone looks for unfinished sessions only: it would find nothing.
        assert "Fortsätt med: facilitator resume" not in hint
        assert f"protokollet finns i {app.controller.workspace.exports}" in hint
        assert f"facilitator export {path}" in hint
        assert f"facilitator resume {path}" in hint
    else:
        assert hint == f"Sparat i {path}. Fortsätt med: facilitator resume"
