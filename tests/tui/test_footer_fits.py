"""The footer shows only whole keys, at any width: Textual's footer cuts what does not fit
mid-word (`f9 Sl▏`), so the keys that may give way do, from the right, until the rest fit
beside the palette's key. Between 100 and 120 columns a Swedish footer, and a follow-up's
(one key more) even at 120, did not fit."""

from __future__ import annotations

import pytest
from tests.tui.conftest import MakeApp
from textual.app import App
from textual.widgets import Footer

from .follow_up_apps import MakeFollowUp, follow_up_app  # noqa: F401 (a fixture)

WIDTHS = [100, 110, 120, 140]


def footer_keys(app: App[object]) -> tuple[list[tuple[str, int, int]], int]:
    """The keys the footer shows, as (action, first column, last column + 1), and the column
    where the palette's key begins."""
    footer = app.screen.query_one(Footer)
    shown, palette = [], footer.region.right
    for key in footer.children:
        action = getattr(key, "action", None)
        if action is None or not key.display:
            continue
        if key.has_class("-command-palette"):
            palette = key.region.x
        else:
            shown.append((action, key.region.x, key.region.right))
    return shown, palette


def assert_whole(app: App[object], width: int) -> list[str]:
    shown, palette = footer_keys(app)
    cut = [action for action, start, end in shown if end > palette or end - start < 3]
    assert not cut, f"at {width} columns cut: {cut}"
    assert [a for a, _, _ in shown][:2] == ["next_section", "previous_section"]
    return [a for a, _, _ in shown]


@pytest.mark.parametrize("width", WIDTHS)
async def test_a_swedish_footer_shows_whole_keys(make_app: MakeApp, width: int) -> None:
    app = make_app("sv")
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        actions = assert_whole(app, width)
    if width >= 120:  # room for every key
        assert {"share", "toggle_timer", "finish_session"} <= set(actions)


@pytest.mark.parametrize("width", WIDTHS)
async def test_a_follow_ups_footer_shows_whole_keys(
    follow_up_app: MakeFollowUp,  # noqa: F811
    width: int,
) -> None:
    app = follow_up_app("sv")
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        actions = assert_whole(app, width)
    assert "as_last_time" in actions


async def test_keys_that_gave_way_come_back_when_the_screen_widens(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        narrow = assert_whole(app, 100)
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        await pilot.pause()
        wide = assert_whole(app, 140)
    assert set(narrow) < set(wide) and "share" in wide
