"""Running Debian's headless Chromium as a person's browser would: print to PDF, load a page.

CI installs `chromium` (see .ci/run), so a missing browser fails the tests instead of
skipping them. Every run has its own profile folder and a time limit, and the flags keep it
from reaching out to the network (this machine has none to reach).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

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
