"""The live page in a real browser: Debian's Chromium, headless, driven by Selenium through
Debian's chromedriver (both installed by .ci/run, so a missing one fails instead of skipping).

The page shows the current section with no console errors (a script or style blocked by the
Content-Security-Policy would be one); a change saved to the session reaches it within a
second; at 390 pixels it does not scroll sideways; a tap on an answer reaches the answers
file and marks the choice.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from facilitator.storage.sessions import read_session, save_session
from facilitator.storage.sharing import (
    Poll,
    ShareState,
    answers_path,
    read_answers,
    share_path,
    write_share_state,
)
from unit.helpers import example_session

from .chromium import driven_chromium

pytestmark = pytest.mark.browser


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "sessions" / "live.toml"
    path.parent.mkdir()
    session = example_session()
    # A word too long for a phone's width, which must wrap instead of widening the page.
    session.add_commitment("Ett" + "jättelångtord" * 20, "Anna Åberg", "2027-01-31")
    save_session(path, session)
    write_share_state(share_path(path), ShareState(poll=Poll("b1", "rooms")))
    return path


@pytest.fixture
def address(session_file: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "share", str(session_file), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert process.stdout is not None
    found = re.search(r"(http://\S+/)", process.stdout.readline())
    try:
        assert found, process.stderr.read() if process.stderr else ""
        yield found.group(1)
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    with driven_chromium(tmp_path / "profile", script=True) as driver:
        yield driver


@pytest.fixture
def browser_without_script(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    with driven_chromium(tmp_path / "profile", script=False) as driver:
        yield driver


# Read in one step in the page: an element found first and read after may have been replaced.
SHOWN = "const e = document.querySelector(arguments[0]); return e && e.textContent;"
PRESSED = "const e = document.querySelector(arguments[0]); return e && e.ariaPressed;"


def errors(driver: webdriver.Chrome) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_the_page_shows_the_section_and_follows_the_session_within_a_second(
    browser: webdriver.Chrome, address: str, session_file: Path
) -> None:
    browser.get(address)
    assert browser.find_element(By.ID, "now-title").text == "What is in place"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    # The script runs (the page says it keeps itself up to date) and the style applies.
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "live-note").is_displayed())
    assert browser.execute_script("return getComputedStyle(document.body).maxWidth") not in (
        "",
        "none",
    )
    time.sleep(0.5)  # the stream is open
    session = read_session(session_file)
    session.go_to("others")
    save_session(session_file, session)
    saved = time.monotonic()
    WebDriverWait(browser, 1.0, poll_frequency=0.02).until(
        lambda d: d.execute_script(SHOWN, "#now-title") == "What others do"
    )
    assert time.monotonic() - saved <= 1.0
    assert errors(browser) == []


def test_a_phone_wide_page_does_not_scroll_sideways(
    browser: webdriver.Chrome, address: str
) -> None:
    browser.get(address)
    assert browser.execute_script("return window.innerWidth") == 390
    widths = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths
    assert errors(browser) == []


def test_a_tap_on_an_answer_reaches_the_answers_file(
    browser: webdriver.Chrome, address: str, session_file: Path
) -> None:
    browser.get(address)
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "live-note").is_displayed())
    button = browser.find_element(By.CSS_SELECTOR, '#poll button[value="partly"]')
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    WebDriverWait(browser, 5).until(
        lambda d: d.execute_script(PRESSED, '#poll button[value="partly"]') == "true"
    )
    assert browser.current_url == address  # answered without leaving the page
    [answer] = read_answers(answers_path(session_file))
    assert (answer.poll, answer.choice) == ("b1", "partly")
    shown = browser.find_element(By.ID, "poll").text
    assert "Your answer is saved." in shown and "Your saved answer: Partly" in shown
    browser.find_element(By.CSS_SELECTOR, '#poll button[value="no"]').click()
    WebDriverWait(browser, 5).until(lambda d: len(read_answers(answers_path(session_file))) == 2)
    assert errors(browser) == []


def test_without_script_the_page_is_a_plain_page_and_a_form(
    browser_without_script: webdriver.Chrome, address: str, session_file: Path
) -> None:
    browser = browser_without_script
    browser.get(address)
    assert not browser.find_element(By.ID, "live-note").is_displayed()
    assert "Reload the page to see the latest." in browser.page_source
    browser.find_element(By.CSS_SELECTOR, '#poll button[value="no"]').click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith("?said=saved"))
    shown = browser.find_element(By.ID, "poll").text
    assert shown.startswith("Answer anonymously\nYour answer is saved.\n")  # above the question
    assert "Your saved answer: No" in shown
    [answer] = read_answers(answers_path(session_file))
    assert answer.choice == "no"
    assert errors(browser) == []
