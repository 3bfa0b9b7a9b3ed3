"""Starting the real command: a new session, the language, the start screen, `resume`."""

from __future__ import annotations

from datetime import datetime

import pytest

from .driver import STOCKHOLM, Terminal, notes_by_section, prepare_session, read_toml

pytestmark = pytest.mark.e2e


def test_new_opens_meeting_details_then_the_first_section(terminal: Terminal) -> None:
    run = terminal.start("new")
    run.wait_for("Mötesuppgifter", "Mötets titel", "Organisation", "Klar (Esc)")
    run.press("Escape")
    run.wait_for_gone("Mötets titel")
    # The status line, the section's text from the workshop, and the keys in the footer.
    run.wait_for("Avsnitt 1 av 6: Underlag", "Med underlag från Steg 1", "^n Nästa")
    session = terminal.only_session()
    assert read_toml(session)["current_section"] == "underlag"

    run.press("C-q")
    assert run.wait_exit() == 0
    assert f"Sparat i {session}" in run.screen()


def test_lang_en_shows_english(terminal: Terminal) -> None:
    run = terminal.start("--lang", "en", "new")
    run.wait_for("Meeting details", "Title of the meeting")
    run.press("Escape")
    run.wait_for_gone("Title of the meeting")
    # The whole screen, not its first line only: the footer may reach the terminal a frame
    # after the top line ("Finish" is in it at every width).
    screen = run.wait_for("Section 1 of 6", "Finish")
    assert "Avsnitt" not in screen
    assert read_toml(terminal.only_session())["workshop"]["language"] == "en"


def test_start_screen_lists_workshops_and_resumes_an_unfinished_session(
    terminal: Terminal,
) -> None:
    unfinished = prepare_session(
        terminal.workspace,
        title="Ledningsgruppen i november",
        changed=datetime(2026, 11, 20, 10, 0, tzinfo=STOCKHOLM),
        section="framgangsfaktorer",
        notes="Uppföljningen saknas",
    )
    prepare_session(
        terminal.workspace,
        title="Ett avslutat möte",
        changed=datetime(2026, 11, 25, 10, 0, tzinfo=STOCKHOLM),
        section="avslut",
        finished=True,
    )
    run = terminal.start()
    screen = run.wait_for(
        "New session",
        "Steg 2 – Ledningens stöd",
        "Step 2 – Leadership support",
        "Resume a session",
        "Ledningsgruppen i november",
    )
    # A finished session is not offered for resuming, only for a follow-up, under its heading.
    resumable = screen.split("Follow up a finished session")[0]
    assert "Ett avslutat möte" not in resumable

    run.press("Tab")  # from the workshops to the sessions
    run.press("Enter")
    run.wait_for("Avsnitt 3 av 6: Framgångsfaktorer")
    run.press("F3")
    run.wait_for("Uppföljningen saknas")
    run.press("C-q")
    assert run.wait_exit() == 0
    assert notes_by_section(unfinished)["framgangsfaktorer"] == "Uppföljningen saknas"


def test_resume_without_argument_opens_the_latest_unfinished_session(
    terminal: Terminal,
) -> None:
    sessions = {
        "older": ("checklista", datetime(2026, 11, 2, 9, 0, tzinfo=STOCKHOLM), False),
        "latest": ("exempel", datetime(2026, 11, 20, 9, 0, tzinfo=STOCKHOLM), False),
        "finished": ("avslut", datetime(2026, 11, 25, 9, 0, tzinfo=STOCKHOLM), True),
    }
    for name, (section, changed, finished) in sessions.items():
        prepare_session(
            terminal.workspace,
            title=f"Mötet {name}",
            changed=changed,
            section=section,
            notes=f"Anteckning i {name}",
            finished=finished,
        )
    run = terminal.start("resume")
    run.wait_for("Avsnitt 4 av 6: Exempel")
    run.press("F3")
    run.wait_for("Anteckning i latest")


def test_resume_finds_a_session_by_the_name_sessions_lists(terminal: Terminal) -> None:
    """`facilitator sessions` lists names; `resume NAME` opens the one in the workspace's
    sessions folder, as `export NAME` and `restore NAME` do (the bare name is no file here)."""
    session = prepare_session(
        terminal.workspace,
        title="Ledningsgruppen i december",
        changed=datetime(2026, 11, 20, 10, 0, tzinfo=STOCKHOLM),
        section="framgangsfaktorer",
    )
    run = terminal.start("resume", session.name)
    run.wait_for("Avsnitt 3 av 6: Framgångsfaktorer")
    run.press("C-q")
    assert run.wait_exit() == 0
