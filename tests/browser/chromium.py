"""Running Debian's headless Chromium as a person's browser would: print to PDF, load a page.

CI installs `chromium` (see .ci/run), so a missing browser fails the tests instead of
skipping them. Every run has its own profile folder and a time limit, and the flags keep it
from reaching out to the network (this machine has none to reach).
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TIMEOUT = 90
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
    return found


def _run(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def print_to_pdf(page: Path, pdf: Path) -> Path:
    """Print `page` as Chromium's "Save as PDF" does, without its own header and footer."""
    done = _run(
        ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()], pdf.parent / "profile"
    )
    assert pdf.exists(), done.stderr[-2000:]
    return pdf


def dump_dom(page: Path, width: int, height: int) -> str:
    """The page's DOM after it loaded (and ran its scripts) in a window of this size."""
    done = _run(
        [f"--window-size={width},{height}", "--dump-dom", page.as_uri()],
        page.parent / "profile-dom",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def screenshot(page: Path, png: Path, width: int, height: int) -> Path:
    _run(
        [f"--window-size={width},{height}", f"--screenshot={png}", page.as_uri()],
        page.parent / "profile-shot",
    )
    assert png.exists()
    return png


def chromedriver() -> str:
    found = shutil.which("chromedriver")
    if found is None:
        pytest.fail("chromedriver is not installed (.ci/run installs Debian's chromium-driver)")
    return found


@contextlib.contextmanager
def driven_chromium(profile: Path, *, script: bool = True) -> Iterator[Any]:
    """Chromium driven by Selenium through Debian's chromedriver, as a phone 390 pixels wide
    (a desktop window cannot be made narrower than 500), its console kept for the test."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    if not script:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    options.binary_location = chromium()
    for flag in [*FLAGS, f"--user-data-dir={profile}", "--window-size=390,844"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver()))
    try:
        driver.set_page_load_timeout(30)
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True},
        )
        yield driver
    finally:
        driver.quit()
