"""As a new user at a real terminal: a motivation pasted from an e-mail keeps all its lines,
and after resuming the next key goes where the cursor was."""

from __future__ import annotations

import pytest

from .driver import Terminal, eventually, read_toml

pytestmark = pytest.mark.e2e

PASTED = "Underlaget finns\nmen siffrorna för resorna saknas\noch kommer i mars"


def motivation(terminal: Terminal) -> str | None:
    files = terminal.session_files()
    if not files:
        return None
    checklist = next(s for s in read_toml(files[0])["sections"] if s["id"] == "checklista")
    text: str = checklist["questions"][0]["motivation"]
    return text


def test_a_pasted_motivation_is_kept_whole_and_resume_types_where_the_cursor_was(
    terminal: Terminal,
) -> None:
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("C-n")
    run.wait_for("Avsnitt 2 av 6", "Motivering")
    run.press("Tab", "Tab")  # past the answer and the agreement, to the motivation
    run.paste(PASTED)
    eventually(lambda: motivation(terminal) == PASTED, "the whole paste in the session file")
    screen = run.screen()
    assert all(line in screen for line in PASTED.splitlines()), screen
    run.press("Up", "Home")  # the cursor to the start of the second line
    run.press("C-q")
    assert run.wait_exit() == 0

    again = terminal.start("resume")
    again.wait_for("Avsnitt 2 av 6", "och kommer i mars")
    again.type("X")
    expected = PASTED.replace("\nmen", "\nXmen")
    eventually(lambda: motivation(terminal) == expected, "the X where the cursor was")
    again.press("C-q")
    assert again.wait_exit() == 0
