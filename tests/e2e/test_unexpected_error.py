"""An unexpected error ends the app calmly: saved first, one line, the traceback in the log.

No realistic input provokes an unexpected error once the known ones are fixed (that is the
point), so the test plants one: a `sitecustomize` module on PYTHONPATH, which Python imports
at start-up, replaces the minutes preview (F5) with a function that raises, like a bug in a
handler would. It also turns the autosave off, so whatever reaches the file was saved by the
error path. Everything else is the real command.
"""

from __future__ import annotations

import time

import pytest

from .driver import PREVIEW_FAULT, Run, Terminal, notes_by_section

pytestmark = pytest.mark.e2e

TEXT = "Sparas innan felet"


def crash_with_planted_fault(terminal: Terminal) -> Run:
    terminal.plant(PREVIEW_FAULT)
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("F3")
    run.type(TEXT)
    run.wait_for(TEXT)
    time.sleep(0.3)  # the edit travels from the field to the session in messages
    assert notes_by_section(terminal.only_session())["underlag"] == ""  # no autosave
    run.press("F5")
    return run


def output_after_the_app(run: Run) -> list[str]:
    """The lines the app left on the shell's screen, between the marker and the status."""
    lines = run.screen().splitlines()
    start = lines.index("the shell before the app") + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("EXIT="))
    return [line.rstrip() for line in lines[start:end] if line.strip()]


def test_unexpected_error_saves_prints_one_line_and_logs_the_traceback(
    terminal: Terminal,
) -> None:
    run = crash_with_planted_fault(terminal)
    assert run.wait_exit() == 1

    log = terminal.workspace / "facilitator.log"
    # One line (the terminal may wrap it for the eye; -J joins that back), no traceback.
    assert output_after_the_app(run) == [
        f"facilitator: ett oväntat fel stoppade programmet. Allt var sparat. Detaljer: {log}"
    ]
    assert "Traceback" not in run.screen()

    logged = log.read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: planted fault in the minutes preview" in logged
    assert notes_by_section(terminal.only_session())["underlag"] == TEXT
