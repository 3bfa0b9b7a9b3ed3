"""As a new user: `facilitator` run in the clone it was installed from (editable, as the
README says), and the Swedish intro read with a figure filled in."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .driver import Terminal

pytestmark = pytest.mark.e2e

REPOSITORY = Path(__file__).resolve().parents[2]


def test_facilitator_in_the_clone_shows_the_start_screen(terminal: Terminal) -> None:
    """The editable install's built-in workshops are the clone's `workshops/`, which is also
    the workspace's: each workshop was listed twice and the start screen crashed."""
    before = sorted(p.name for p in REPOSITORY.iterdir())
    run = terminal.start(workspace=REPOSITORY)
    screen = run.wait_for("New session", "Steg 2 – Ledningens stöd", "Step 2 – Leadership support")
    assert screen.count("Steg 2 – Ledningens stöd") == 1
    assert screen.count("· built-in") == 2
    run.press("Escape")  # quits from the start screen
    assert run.wait_exit() == 0
    assert sorted(p.name for p in REPOSITORY.iterdir()) == before  # nothing written there


def test_the_swedish_intro_reads_62_5_procent(terminal: Terminal) -> None:
    run = terminal.start("new")
    run.close_meeting_details()
    run.wait_for("Y-del")
    run.press("Tab")  # from the first figure to its source …
    run.press("Tab")  # … and on to Y
    run.type("62,5")
    run.wait_for("62,5")  # in the field; the paragraph follows a frame or more later
    sentence = "utgör X procent av arbetstiden, 62,5 procent av alla möten är helt digitala"
    deadline = time.monotonic() + 10
    while True:
        # The page beside the agenda's column, its paragraph as one line whatever its wrapping.
        lines = run.screen().splitlines()
        text = " ".join(" ".join(line.split("┃")[-1] for line in lines).split())
        if sentence in text or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert sentence in text, run.screen()
    assert "-del" not in text
    run.press("C-q")
    assert run.wait_exit() == 0
