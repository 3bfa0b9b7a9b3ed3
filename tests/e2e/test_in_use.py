"""A second instance on an open session is told so and changes nothing on disk."""

from __future__ import annotations

import time

import pytest

from .driver import Run, Terminal, folder_state, notes_by_section, wait_for_notes

pytestmark = pytest.mark.e2e

FIRST_TEXT = "Skrivet i det första fönstret"


def start_first(terminal: Terminal) -> Run:
    """The first instance: a new session with a saved note, idle."""
    first = terminal.start("new")
    first.close_meeting_details()
    first.press("F3")
    first.type(FIRST_TEXT)
    wait_for_notes(terminal.only_session(), "underlag", FIRST_TEXT)
    first.wait_for("Sparat ")
    return first


def test_second_instance_says_in_use_and_changes_nothing(terminal: Terminal) -> None:
    first = start_first(terminal)
    session = terminal.only_session()
    before = folder_state(terminal.workspace)

    second = terminal.start("resume", str(session))
    second.wait_for("Sessionen används redan", f"PID {first.pid}", "Öppna skrivskyddad")
    assert folder_state(terminal.workspace) == before
    second.press("Escape")  # Avsluta
    assert second.wait_exit() == 0
    assert folder_state(terminal.workspace) == before

    # The first instance still owns the session and goes on saving.
    first.type(", och mer")
    wait_for_notes(session, "underlag", f"{FIRST_TEXT}, och mer")
    first.press("C-q")
    assert first.wait_exit() == 0
    assert notes_by_section(session)["underlag"] == f"{FIRST_TEXT}, och mer"


def test_second_instance_can_look_read_only_without_writing(terminal: Terminal) -> None:
    start_first(terminal)
    session = terminal.only_session()
    before = folder_state(terminal.workspace)

    second = terminal.start("resume", str(session))
    second.wait_for("Sessionen används redan")
    second.press("Enter")  # Öppna skrivskyddad
    second.wait_for("SKRIVSKYDDAD · Avsnitt 1 av 6")
    second.press("F3")  # the page opens at its top; the notes are further down
    second.wait_for(FIRST_TEXT)
    second.type("får inte sparas")
    time.sleep(1.5)  # longer than the autosave's longest delay
    assert "får inte sparas" not in second.screen()
    second.press("C-q")
    assert second.wait_exit() == 0
    assert folder_state(terminal.workspace) == before
