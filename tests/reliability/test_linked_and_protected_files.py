"""Item 21: a session file that is a symbolic link, and one set read-only (mode 0444).

The first autosave used to rename a new file over the link: the link became a plain file,
the target never got the edits, and the status said saved. Now the link is saved through:
its target is replaced atomically, in the target's folder, and the link stays a link. A
file whose mode gives nobody write permission used to be overwritten without a word (the
tests run as root, which the mode does not stop); it now opens read-only and says why.

The real command runs in a pty, as `facilitator resume FILE`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.storage.atomic import write_atomic
from facilitator.storage.sessions import read_session
from tui.helpers import SIZE, session_path, status

from .conftest import MakeApp
from .pty_run import PtyRun
from .test_save_failures_shown import resumable_session, until

TEXT = "Skrivet genom länken, åäö"


def test_an_atomic_write_through_a_link_replaces_its_target_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "real.toml"
    target.write_bytes(b"old")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["real.toml"]  # no temp file left


@pytest.mark.slow
def test_a_linked_session_is_saved_through_the_link(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    real = resumable_session(tmp_path / "shared")
    link = workspace / "sessions" / "linked.toml"
    link.parent.mkdir()
    link.symlink_to(real)
    run = PtyRun.command("resume", str(link), workspace=workspace)
    try:
        run.wait_for("Avsnitt 1 av 6")
        run.focus_notes()
        run.type(TEXT)
        run.pump(1.5)
        assert link.is_symlink(), "the link was replaced by a file"
        assert read_session(real).sections["underlag"].notes == TEXT
        run.press("ctrl+q")
        status = run.wait()
    finally:
        run.close()
    assert status == 0
    assert link.is_symlink() and read_session(link).sections["underlag"].notes == TEXT
    said = run.text().replace("\r\n", "")
    assert f"Sparat i {real}" in said
    assert "länk;" in said  # the notice on opening (one word of it: it wraps)
    figure(
        f"a linked session file: the link still a link after the autosave and the quit, all "
        f"{len(TEXT)} characters in its target (it used to become a plain file, the target "
        "left without the edits)"
    )


@pytest.mark.slow
def test_a_write_protected_session_opens_read_only_and_says_why(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    path = resumable_session(workspace)
    path.chmod(0o444)
    before = path.read_bytes()
    run = PtyRun.command("resume", str(path), workspace=workspace)
    try:
        run.wait_for("SKRIVSKYDDAD")
        # The notice, word by word: it wraps where the path's length puts it.
        run.wait_for("skrivbar")
        run.wait_for("chmod")
        run.press("f3")
        run.type("får inte sparas")
        run.pump(1.5)  # past the autosave's longest delay
        run.press("ctrl+q")
        status = run.wait()
    finally:
        run.close()
    assert status == 0
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    figure(
        "a session file of mode 0444 (as root, whom the mode does not stop): opened read-only "
        "with the reason and the chmod that lifts it on screen, 0 bytes written"
    )


@pytest.mark.slow
async def test_a_session_file_made_write_protected_while_open_is_not_written(
    make_app: MakeApp,
) -> None:
    """chmod 0444 while the app has the file open: the next save fails, visibly, the file
    keeps its bytes; chmod u+w and the retry saves."""
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        path = session_path(app)
        await pilot.press("f3", *"Före")
        await until(pilot, lambda: read_session(path).sections["underlag"].notes == "Före")
        path.chmod(0o444)
        before = path.read_bytes()
        await pilot.press(*" och efter")
        await until(pilot, lambda: "KUNDE INTE SPARA" in status(app))
        assert "filen är skrivskyddad" in status(app), status(app)
        assert path.read_bytes() == before
        path.chmod(0o644)
        await until(
            pilot, lambda: read_session(path).sections["underlag"].notes == "Före och efter"
        )
        assert "Sparat" in status(app)
