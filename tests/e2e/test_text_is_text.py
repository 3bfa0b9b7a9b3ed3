"""What people type is shown as typed: markup and HTML are characters, not instructions."""

from __future__ import annotations

import re

import pytest

from .driver import Run, Terminal, notes_by_section, read_toml, wait_for_notes

pytestmark = pytest.mark.e2e

MARKUP = "[bold red]x[/]"
HTML = "<script>alert(1)</script>"
NOTE = f"{MARKUP} och {HTML}"
TITLE = f"Möte {MARKUP} <script>"
BORDERS = re.compile("[\u2500-\u259f]")


def shown_alone(run: Run, text: str) -> bool:
    """True when a screen line shows `text` with nothing but borders and blanks around it:
    the screen cuts the line at box-drawing and block characters, and one piece, stripped,
    is exactly `text`."""
    return any(
        piece.strip() == text for line in run.screen().splitlines() for piece in BORDERS.split(line)
    )


def test_markup_and_html_typed_are_shown_literally(terminal: Terminal) -> None:
    run = terminal.start("new")
    run.wait_for("Mötesuppgifter", "Mötets titel")
    run.type(TITLE)  # the meeting details open with the title field focused
    run.wait_for(TITLE)
    assert shown_alone(run, TITLE)
    run.press("Escape")
    run.wait_for_gone("Mötets titel")
    run.wait_for("Avsnitt 1 av 6")
    run.press("F3")
    run.type(MARKUP)
    run.type(" och ")
    run.type(HTML)
    run.wait_for(NOTE)
    assert shown_alone(run, NOTE)

    session = terminal.only_session()
    wait_for_notes(session, "underlag", NOTE)
    assert read_toml(session)["meeting"]["title"] == TITLE
    run.press("C-q")
    assert run.wait_exit() == 0

    # Read back from the file: the start screen lists the title, the notes come back as typed.
    start = terminal.start()
    start.wait_for("Resume a session", TITLE)  # the start screen speaks LANG: C.UTF-8
    start.press("Tab")
    start.press("Enter")
    start.wait_for("Avsnitt 1 av 6")
    start.press("F3")
    start.wait_for(NOTE)
    assert shown_alone(start, NOTE)
    assert notes_by_section(session)["underlag"] == NOTE
