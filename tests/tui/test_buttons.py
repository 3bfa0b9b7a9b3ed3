"""The app's buttons look and behave as Textual's own Button in every variant and state the
app uses, though they carry only the part of Button's style sheet those need."""

from __future__ import annotations

import itertools

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.geometry import Region
from textual.widgets import Button

from facilitator.tui.theme import PROJECTOR_DARK, PROJECTOR_LIGHT, THEMES
from facilitator.tui.widgets.buttons import ActionButton, button

KINDS: list[tuple[str, bool, bool]] = list(
    itertools.product(("default", "primary"), (False, True), (False, True))
)


class Pairs(App[None]):
    """Each kind of button twice, side by side: ours, then Textual's."""

    AUTO_FOCUS = None  # focus is set by the test

    def __init__(self, theme: str) -> None:
        super().__init__()
        for candidate in THEMES:
            self.register_theme(candidate)
        self.theme = theme

    def compose(self) -> ComposeResult:
        for n, (variant, compact, disabled) in enumerate(KINDS):
            with Horizontal():
                options = {"variant": variant, "compact": compact, "disabled": disabled}
                yield button("Spara", id=f"ours-{n}", **options)  # type: ignore[arg-type]
                yield Button("Spara", id=f"theirs-{n}", **options)  # type: ignore[arg-type]


def drawn(widget: Button) -> list[list[tuple[str, str]]]:
    """The widget as drawn, border and all: each line's pieces of text with their style."""
    width, height = widget.outer_size
    return [
        [(segment.text, str(segment.style)) for segment in strip]
        for strip in widget.render_lines(Region(0, 0, width, height))
    ]


@pytest.mark.parametrize("theme", [PROJECTOR_LIGHT.name, PROJECTOR_DARK.name])
async def test_a_button_looks_as_textuals_own_in_every_state(theme: str) -> None:
    app = Pairs(theme)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        for n, kind in enumerate(KINDS):
            ours = app.query_one(f"#ours-{n}", Button)
            theirs = app.query_one(f"#theirs-{n}", Button)
            assert isinstance(ours, ActionButton) and not isinstance(theirs, ActionButton)
            assert (ours.variant, ours.compact, ours.disabled) == kind
            assert ours.classes == theirs.classes, kind
            assert ours.region.size == theirs.region.size, kind
            assert drawn(ours) == drawn(theirs), (kind, "at rest")
            if ours.disabled:
                continue
            for state in ("focused", "hovered", "pressed"):
                looks = []
                for widget in (ours, theirs):
                    if state == "focused":
                        widget.focus()
                    elif state == "hovered":
                        await pilot.hover(f"#{widget.id}")
                    else:
                        widget.add_class("-active")  # as Button shows a press
                    await pilot.pause()
                    looks.append(drawn(widget))
                    widget.remove_class("-active")
                    await pilot.hover(None, offset=(79, 39))
                    app.screen.set_focus(None)
                    await pilot.pause()
                assert looks[0] == looks[1], (kind, state)


async def test_a_compact_button_can_be_made_full_size_later() -> None:
    app = Pairs(PROJECTOR_LIGHT.name)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        compact = next(n for n, (_, is_compact, _) in enumerate(KINDS) if is_compact)
        ours = app.query_one(f"#ours-{compact}", Button)
        assert ours.region.height == 1
        ours.compact = False
        await pilot.pause()
        assert "-textual-compact" not in ours.classes
        assert ours.region.height == 3
