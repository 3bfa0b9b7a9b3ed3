"""Item 8: a session written by a newer facilitator opens read-only, with a message.

The file has format_version 2 and keys this version does not know at every level (top, meeting,
workshop, section, question, scale option, commitment, a whole new table). `facilitator
resume` must show it, say why it is read-only, accept no edit, and write nothing: the folder
is byte for byte the same afterwards (no lock file, no good copy, no conflict copy).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.storage.session_toml import dumps_session
from unit.helpers import example_session

from .pty_run import PtyRun

NEW_KEYS = [  # (pattern in the file, what a newer version writes instead)
    (r"^format_version = 2$", "format_version = 3"),
    (r"^kind = ", 'future = "yes"\nkind = '),
    (r"^organisation = ", "budget = 0\norganisation = "),
    (r"^\[workshop\]$", '[workshop]\ntheme = "dark"'),
    (r'^kind = "text"$', 'kind = "text"\ncolour = "red"'),
    (r'^text = "Do our meeting rooms', 'weight = 3\ntext = "Do our meeting rooms'),
    (r'label = "Partly"', 'label = "Partly", colour = "amber"'),
    (r'^link = "rooms"$', 'link = "rooms"\npriority = 3'),
]


SESSION = "from-the-future.toml"


def newer_file() -> str:
    text = dumps_session(example_session())
    for pattern, new in NEW_KEYS:
        text, count = re.subn(pattern, new, text, count=1, flags=re.MULTILINE)
        assert count == 1, pattern
    return text + "\n[extras]\nvotes = [1, 2]\n"


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the lock file's: trying the lock creates it empty (as every
    session's first open does), and it is checked to stay empty."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    assert files.pop(f".{SESSION}.lock", b"") == b""
    return files


@pytest.mark.slow
def test_a_newer_session_opens_read_only_with_a_message_and_writes_nothing(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    path = sessions / SESSION
    path.write_text(newer_file(), encoding="utf-8")
    before = folder_bytes(sessions)

    run = PtyRun.command("resume", str(path), workspace=tmp_path)
    try:
        run.wait_for("READ-ONLY")  # the status bar (the workshop is in English)
        run.wait_for("newer")  # the notice says why (wrapped: one word is never split)
        run.wait_for("Only by e-mail")  # the session is shown, where it was left
        run.press("f3")
        run.type("ska inte sparas")
        run.press("f4", "ctrl+t", "ctrl+n")
        run.type("inte heller")
        run.pump(1.5)  # an autosave would have happened by now
        run.press("ctrl+q")
        status = run.wait()
    finally:
        run.close()
    assert status == 0
    assert folder_bytes(sessions) == before
    figure(
        f"format 2 with {len(NEW_KEYS) - 1} unknown keys and a new table: opened read-only "
        "with the reason shown; typing, a new commitment and the timer were refused; "
        "0 bytes written (every file in the sessions folder byte for byte the same; the "
        "lock file, which trying the lock creates, empty), exit 0"
    )
