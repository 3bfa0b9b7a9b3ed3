"""What is typed is on disk: after `kill -9`, a closed terminal (SIGHUP) and SIGTERM; and
`facilitator resume` brings it back in the same section."""

from __future__ import annotations

import signal
import time

import pytest

from .driver import NO_AUTOSAVE, Run, Terminal, eventually, notes_by_section, read_toml

pytestmark = pytest.mark.e2e

CHECKLIST = "Avsnitt 2 av 6: Checklista steg 2"


def open_checklist_notes(run: Run) -> None:
    """From a new session: close the meeting details, go to section 2, into its notes."""
    run.close_meeting_details()
    run.press("C-n")
    run.wait_for(CHECKLIST)
    run.press("F3")
    run.wait_for("Diskussionsanteckningar")


def assert_resumed_in_checklist(run: Run, text: str) -> None:
    run.wait_for(CHECKLIST)
    run.press("F3")  # the notes are at the bottom of a long section
    run.wait_for(text)


def test_kill_9_after_one_and_a_half_seconds_keeps_the_notes(terminal: Terminal) -> None:
    run = terminal.start("new")
    open_checklist_notes(run)
    text = "Beslut: ledningen avsätter tid, åäö"
    run.type(text)
    typed = time.monotonic()
    run.wait_for(text)
    time.sleep(max(0.0, typed + 1.5 - time.monotonic()))
    run.kill(signal.SIGKILL)
    assert run.wait_exit() == 128 + signal.SIGKILL

    session = terminal.only_session()
    assert notes_by_section(session)["checklista"] == text
    assert read_toml(session)["current_section"] == "checklista"

    resumed = terminal.start("resume")
    assert_resumed_in_checklist(resumed, text)


def test_closing_the_terminal_right_after_typing_keeps_the_notes(terminal: Terminal) -> None:
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("C-g")  # this time through the agenda
    run.wait_for("Gå till avsnitt")
    run.press("Down")
    run.press("Enter")
    run.wait_for(CHECKLIST)
    run.press("F3")
    text = "Sista orden innan fönstret stängdes"
    run.type(text)
    # The moment the text is on the screen, close the terminal (SIGHUP), well before the
    # autosave's quiet time. (Not sooner: tmux drops keys it has not yet written to the
    # pane when the pane goes, and that loss would be tmux's, not the app's.)
    run.wait_for(text, poll=0.02)
    run.close_terminal()
    run.wait_process_gone()

    session = terminal.only_session()
    assert notes_by_section(session)["checklista"] == text

    resumed = terminal.start("resume", str(session))
    assert_resumed_in_checklist(resumed, text)


def test_sigterm_saves_restores_the_terminal_and_exits_143(terminal: Terminal) -> None:
    terminal.plant(NO_AUTOSAVE)  # what reaches the file is saved on SIGTERM
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("C-t")  # the time box runs …
    run.wait_for("Tiden går")
    time.sleep(1.5)
    run.press("F3")
    text = "Sparas vid SIGTERM"
    run.type(text)
    run.wait_for(text)
    session = terminal.only_session()
    assert notes_by_section(session)["underlag"] == ""
    run.kill(signal.SIGTERM)

    assert run.wait_exit() == 128 + signal.SIGTERM
    assert notes_by_section(session)["underlag"] == text
    underlag = next(s for s in read_toml(session)["sections"] if s["id"] == "underlag")
    assert underlag["timer_seconds"] >= 1  # … and the time spent is kept
    # The terminal is as the app found it: the shell's own screen, no mouse reporting,
    # a visible cursor.
    screen = run.screen()
    assert screen.splitlines()[0] == "the shell before the app"
    assert "Avsnitt" not in screen and "Agenda" not in screen
    assert run.flag("alternate_on") == "0"
    assert run.flag("mouse_any_flag") == "0"
    assert run.flag("mouse_sgr_flag") == "0"
    assert run.flag("cursor_flag") == "1"


def test_text_typed_right_before_ctrl_q_is_saved(terminal: Terminal) -> None:
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("F3")
    text = "Skrivet precis innan Ctrl+Q"
    # One burst, as keys arrive over a slow SSH link: the text, then Ctrl+Q (0x11).
    run.send_bytes(*[f"{byte:02x}" for byte in text.encode()], "11")
    assert run.wait_exit() == 0
    assert notes_by_section(terminal.only_session())["underlag"] == text


def test_an_invalid_byte_from_the_terminal_does_not_end_the_app(terminal: Terminal) -> None:
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("F3")
    run.type("före")
    run.wait_for("före")
    run.send_bytes("ff")  # not UTF-8: seen on tmux reattach and SSH reconnects
    run.type("efter")
    run.wait_for("efter")
    session = terminal.only_session()
    eventually(
        lambda: notes_by_section(session)["underlag"].endswith("efter"),
        "the notes typed after the bad byte to be saved",
    )
    notes = notes_by_section(session)["underlag"]
    assert notes.startswith("före") and notes.endswith("efter")
    assert "EXIT=" not in run.screen()
