"""As a facilitator and a participant would: the real command in tmux, Ctrl+L for the address,
a question put to the devices, a phone (headless Chromium at 390 pixels) opening the address
and answering, and the shared screen counting it; closing keeps the tally in the session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser.chromium import driven_chromium

from .driver import Terminal, eventually, read_toml

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_a_phone_answers_and_the_shared_screen_counts_it(
    terminal: Terminal, tmp_path: Path
) -> None:
    run = terminal.start("new")
    run.close_meeting_details()
    run.press("C-n")
    run.wait_for("Avsnitt 2 av 6")
    run.press("C-l")
    screen = run.wait_for("Dela mötet på deltagarnas enheter", "http://127.0.0.1:", timeout=30)
    found = re.search(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{32}/", screen)
    assert found, screen
    run.press("Enter")  # the first question, to the devices
    run.wait_for("Öppen för svar: Ja 0 · Delvis 0 · Nej 0 · Vet inte 0 (0 svar)")
    with driven_chromium(tmp_path / "phone") as phone:
        phone.get(found.group(0))
        assert (
            "Finns det ett bra besluts- och uppföljningsunderlag?"
            in phone.find_element(By.ID, "poll").text
        )
        phone.find_element(By.CSS_SELECTOR, '#poll button[value="delvis"]').click()
        WebDriverWait(phone, 10).until(lambda d: "Ditt sparade svar: Delvis" in d.page_source)
        run.wait_for("Öppen för svar: Ja 0 · Delvis 1 · Nej 0 · Vet inte 0 (1 svar)")
    run.press("Enter")  # closed: the tally is kept with the question
    run.wait_for("Stängd: Ja 0 · Delvis 1 · Nej 0 · Vet inte 0 (1 svar)")
    run.press("Escape")
    assert len(servers_of(terminal.only_session())) == 1  # sharing goes on behind the page
    run.press("C-q")
    assert run.wait_exit() == 0
    session = read_toml(terminal.only_session())
    question = next(q for q in session["sections"][1]["questions"] if q["id"] == "underlag-finns")
    assert question["poll"] == [{"choice": "delvis", "count": 1}]
    # The server ended with the app.
    eventually(lambda: not servers_of(terminal.only_session()), "the server to end")


def servers_of(session_file: Path) -> list[int]:
    """The processes serving the live page of `session_file`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"share" in command and str(session_file).encode() in command:
            found.append(int(entry.name))
    return found
