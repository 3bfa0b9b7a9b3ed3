"""Item 7: the session file changed on disk by another program while the app has it open.

Five ways another program (an editor, a sync tool, a script) can change it: rewrite it
through a new file and a rename, rewrite it in place longer or shorter, rewrite it in place
at the same size, touch it, or delete it. Each time, what the other program left stays
exactly as it left it; the app saves from then on to a conflict copy beside it, says so in
the status bar, and the copy holds everything typed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from facilitator.storage.sessions import read_session
from tui.helpers import SIZE, session_path, status

from .conftest import MakeApp


def by_rename(path: Path) -> bytes | None:
    data = path.read_bytes().replace(b'title = ""', b'title = "Their title"', 1)
    temp = path.with_name("editor.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)
    return data


def in_place_longer(path: Path) -> bytes | None:
    data = path.read_bytes() + b"# a comment the other program added\n"
    path.write_bytes(data)
    return data


def in_place_same_size(path: Path) -> bytes | None:
    data = path.read_bytes().replace(b"Ledningens", b"LEDNINGENS", 1)
    with path.open("r+b") as handle:  # same inode, same size
        handle.write(data)
    return data


def touched(path: Path) -> bytes | None:
    os.utime(path)
    return path.read_bytes()


def deleted(path: Path) -> bytes | None:
    path.unlink()
    return None


CHANGES: dict[str, Callable[[Path], bytes | None]] = {
    "rewritten through a rename": by_rename,
    "rewritten in place, longer": in_place_longer,
    "rewritten in place, same size": in_place_same_size,
    "touched": touched,
    "deleted": deleted,
}


async def until(pilot: Pilot[None], check: Callable[[], bool], seconds: float = 10) -> None:
    """Let the app run until `check()` holds (an autosave lands within a second on an idle
    machine; these tests also run beside others)."""
    for _ in range(int(seconds * 10)):
        if check():
            return
        await pilot.pause(0.1)
    assert check()


async def change_while_open(make_app: MakeApp, change: Callable[[Path], bytes | None]) -> Path:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        path = session_path(app)
        await pilot.press("f3", *"Vårt")
        await until(pilot, lambda: read_session(path).sections["underlag"].notes == "Vårt")
        time.sleep(0.05)  # past the file system's timestamp granularity
        theirs = change(path)
        await pilot.press(*" och mer")
        await until(pilot, lambda: "FILEN ÄNDRADES AV ETT ANNAT PROGRAM" in status(app))
        assert app.controller.saver is not None and app.controller.saver.moved_to is not None
        copy = app.controller.saver.moved_to
        await pilot.press(*" sist")
    # The app has ended (and saved once more on the way out).
    if theirs is None:
        assert not path.exists()
    else:
        assert path.read_bytes() == theirs
    assert read_session(copy).sections["underlag"].notes == "Vårt och mer sist"
    return copy


@pytest.mark.slow
async def test_a_file_changed_by_another_program_is_never_overwritten(
    make_app: MakeApp, figure: Callable[[str], None]
) -> None:
    copies = [await change_while_open(make_app, change) for change in CHANGES.values()]
    assert all("-conflict-" in copy.name for copy in copies)
    figure(
        f"{len(CHANGES)} of {len(CHANGES)} kinds of change ({', '.join(CHANGES)}): "
        "0 overwritten, each shown in the status bar, everything typed saved in a "
        "conflict copy beside the file"
    )
