"""Item 5: invalid UTF-8 and stray mouse reports on the terminal's input.

Bytes that are not UTF-8 (seen on a tmux reattach or an SSH reconnect) used to end the app
(textual issues 6456, 6668); lifecycle.tolerate_invalid_input reads them as U+FFFD, which
shows in the focused field and can be deleted. Mouse reports in every encoding a terminal
sends are parsed as mouse events, never typed; a report cut short (its ESC lost) types its
printable rest, visibly. Whatever arrives, the app keeps running and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.driver import notes_by_section
from facilitator.storage.sessions import read_session

from .pty_run import PtyRun

INVALID = {  # name: (bytes, how many U+FFFD they become)
    "lone 0xff": (b"\xff", 1),
    "a cut-off å": (b"\xc3", 1),
    "an encoded surrogate": (b"\xed\xa0\x80", 3),
    "an overlong slash": (b"\xc0\xaf", 2),
    "a raw C1 byte": (b"\x9b", 1),
}
MOUSE = {  # name: (bytes, what lands in the notes)
    "SGR click on the status bar": (b"\x1b[<0;60;1M\x1b[<0;60;1m", ""),
    "SGR wheel": (b"\x1b[<64;80;20M\x1b[<65;80;20M", ""),
    "SGR motion": (b"\x1b[<35;70;15M", ""),
    "X10 click": (b"\x1b[M !!", ""),
    "urxvt click": (b"\x1b[32;10;5M", ""),
    "SGR report cut short": (b"\x1b[<0;10", "[<0;10"),
}


@pytest.mark.slow
def test_invalid_bytes_and_stray_mouse_reports_are_survived_and_saved(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    run = PtyRun.command("new", workspace=tmp_path)
    expected = "före"
    try:
        run.wait_for("Mötets titel")
        run.press("escape")
        run.wait_for("Avsnitt 1 av 6")
        run.focus_notes()
        run.type("före")
        for number, (data, replaced) in enumerate(INVALID.values()):
            run.write(data)
            run.pump(0.2)
            run.type(f"<{number}>")
            expected += "\ufffd" * replaced + f"<{number}>"
        for number, (data, typed) in enumerate(MOUSE.values()):
            run.write(data)
            run.pump(0.2)  # longer than Textual's escape delay: a cut-off report ends
            run.type(f"[{number}]")
            expected += f"{typed}[{number}]"
        run.pump(1.5)  # autosave
        assert not run.ended(), "the app ended"
        (path,) = tmp_path.glob("sessions/*.toml")
        assert notes_by_section(path)["underlag"] == expected
        run.press("ctrl+q")
        status = run.wait()
    finally:
        run.close()
    assert status == 0
    assert read_session(path).sections["underlag"].notes == expected
    figure(
        f"{len(INVALID)} invalid UTF-8 sequences became {expected.count(chr(0xFFFD))} U+FFFD "
        f"in the focused field; {len(MOUSE) - 1} of {len(MOUSE)} mouse reports (SGR click, "
        "wheel and motion, X10, urxvt) typed nothing and moved no focus; a report cut short "
        "typed its printable rest; the app kept running, the notes were saved, exit 0"
    )
