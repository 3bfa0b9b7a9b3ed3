"""Our buttons are Textual's, made without the restyles Button sets off as it is made."""

from __future__ import annotations

import itertools

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button
from textual.widgets.button import ButtonVariant

from facilitator.tui.widgets.buttons import button

KINDS: list[tuple[ButtonVariant, bool, bool]] = list(
    itertools.product(("default", "primary"), (False, True), (False, True))
)


class Pairs(App[None]):
    """Each kind of button twice, side by side: made by `button` and by Button."""

    AUTO_FOCUS = None  # a focused button is drawn otherwise

    def compose(self) -> ComposeResult:
        for n, (variant, compact, disabled) in enumerate(KINDS):
            with Horizontal():
                options = {"variant": variant, "compact": compact, "disabled": disabled}
                yield button("Spara", id=f"ours-{n}", classes="extra", **options)
                yield Button("Spara", id=f"theirs-{n}", classes="extra", **options)


async def test_a_button_is_styled_and_drawn_as_textuals_own() -> None:
    app = Pairs()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        for n, kind in enumerate(KINDS):
            ours, theirs = app.query_one(f"#ours-{n}", Button), app.query_one(f"#theirs-{n}")
            assert ours.classes == theirs.classes, kind
            assert ours.region.size == theirs.region.size, kind
            assert (ours.variant, ours.compact, ours.disabled) == kind
            assert ours.styles.background == theirs.styles.background, kind
            assert ours.styles.border == theirs.styles.border, kind
            width = ours.region.width
            for line in range(ours.region.height):
                assert app.screen.get_style_at(ours.region.x + 1, ours.region.y + line) == (
                    app.screen.get_style_at(ours.region.x + width + 1, ours.region.y + line)
                ), (kind, line)


async def test_a_compact_button_can_be_made_full_size_later() -> None:
    app = Pairs()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        compact = next(n for n, (_, is_compact, _) in enumerate(KINDS) if is_compact)
        ours = app.query_one(f"#ours-{compact}", Button)
        assert ours.region.height == 1
        ours.compact = False
        await pilot.pause()
        assert "-textual-compact" not in ours.classes
        assert ours.region.height == 3
