"""Filling figures into a section's text, with and without a figure's `filled:` words."""

from __future__ import annotations

from facilitator.domain.placeholders import fill
from facilitator.domain.session import FigureEntry
from facilitator.domain.workshop import Figure, NumberKind, Rewording

SHARE = Figure(
    id="share",
    label="Share of meetings that are digital",
    placeholder="Y",
    kind=NumberKind.DECIMAL,
    minimum=0,
    maximum=100,
    filled=Rewording(span="en Y-del", text="Y procent"),
)
RANK = Figure(
    id="rank",
    label="Rank",
    placeholder="Z:e",
    kind=NumberKind.INTEGER,
    minimum=1,
    maximum=50,
    ordinal=True,
)
TEXT = "att en Y-del av alla möten är digitala och resandet den Z:e största källan; en Y-del."


def filled(share: str, rank: str = "") -> str:
    entries = {"share": FigureEntry(value=share), "rank": FigureEntry(value=rank)}
    return "".join(s.text for s in fill(TEXT, (SHARE, RANK), entries, "sv"))


def test_unfilled_the_text_is_the_source_word_for_word() -> None:
    assert filled("") == TEXT
    assert filled("abc") == TEXT  # not a number: nothing put in, nothing reworded


def test_filled_the_span_reads_as_the_figure_says() -> None:
    assert filled("62,5", "3") == (
        "att 62,5 procent av alla möten är digitala och resandet den 3:e största källan; "
        "62,5 procent."
    )


def test_the_value_alone_is_marked_as_filled() -> None:
    entries = {"share": FigureEntry(value="62.5"), "rank": FigureEntry(value="")}
    segments = fill(TEXT, (SHARE, RANK), entries, "sv")
    assert [s.text for s in segments if s.filled] == ["62,5", "62,5"]
    assert [s.text for s in segments if s.figure_id and not s.filled] == ["Z:e"]


def test_a_span_counts_only_as_whole_words() -> None:
    entries = {"share": FigureEntry(value="10"), "rank": FigureEntry(value="")}
    text = "hen Y-delar och en Y-del"
    assert "".join(s.text for s in fill(text, (SHARE,), entries, "sv")) == (
        "hen 10-delar och 10 procent"
    )
