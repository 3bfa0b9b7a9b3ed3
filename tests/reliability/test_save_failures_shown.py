"""Item 19: a failed save is never hidden, and the text always has somewhere to go.

Once saving had moved to a conflict copy (the file was touched, deleted, or its folder moved
away), the status bar showed "changed by another program – now saving to …" before it looked
for an error, so every later failure was invisible: the workspace moved away while typing,
the status looked calm, and two Ctrl+Q ended the app with the text lost. A failure now
outranks every other save state and names the key that saves elsewhere (F7); F7 saves the
session to the home folder (or a typed path) and saving goes on there; and a quit while saves
fail leaves an emergency copy of everything, named on stderr.

The real command runs in a pty for the workspace moved away and deleted; the pilot drives the
App for a touched file on a full disk (the disk full for the workspace only, injected) and F7.
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import create_session, read_session
from facilitator.tui import saver as saver_module
from facilitator.tui.screens.save_elsewhere import SaveElsewhereDialog
from tui.helpers import SIZE, session_path, session_screen, status

from .conftest import MakeApp
from .pty_run import PtyRun

BEFORE = "Före flytten"
AFTER = ", och allt efter den: åäö"
FAILED = "KUNDE INTE SPARA"


async def until(pilot: Pilot[None], check: Callable[[], bool], seconds: float = 10) -> None:
    for _ in range(int(seconds * 10)):
        if check():
            return
        await pilot.pause(0.1)
    assert check()


@pytest.mark.slow
async def test_a_touched_file_on_a_full_disk_says_so_and_f7_saves_in_the_home_folder(
    make_app: MakeApp,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    figure: Callable[[str], None],
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        path = session_path(app)
        workspace = path.parent.parent
        await pilot.press("f3", *BEFORE)
        await until(pilot, lambda: read_session(path).sections["underlag"].notes == BEFORE)

        real_write = saver_module.write_atomic

        def full_in_workspace(target: Path, data: bytes) -> None:
            if workspace in target.parents:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real_write(target, data)

        monkeypatch.setattr(saver_module, "write_atomic", full_in_workspace)
        time.sleep(0.05)  # past the file system's timestamp granularity
        os.utime(path)  # touched: saving moves to a conflict copy, which the full disk refuses
        await pilot.press(*AFTER)
        await until(pilot, lambda: FAILED in status(app))
        shown = status(app)
        assert "⚠ KUNDE INTE SPARA: disken är full" in shown and "F7" in shown, shown
        assert "ÄNDRADES" not in shown
        assert session_screen(app).query_one("#status-bar").has_class("-save-failed")

        await pilot.press("f7")
        await until(pilot, lambda: isinstance(app.screen, SaveElsewhereDialog))
        offered = Path(app.screen.query_one(Input).value)
        assert offered.parent == home, offered
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, SaveElsewhereDialog))
        assert read_session(offered).sections["underlag"].notes == BEFORE + AFTER
        assert f"i ~/{offered.name}" in status(app), status(app)
        await pilot.press(*" sist")
        await until(
            pilot,
            lambda: read_session(offered).sections["underlag"].notes == BEFORE + AFTER + " sist",
        )
    figure(
        "a touched file on a full disk: the status said KUNDE INTE SPARA: disken är full with "
        "F7 beside it (it used to say only that the file was changed); F7 offered the home "
        f"folder, saved all {len(BEFORE + AFTER)} characters there and kept saving there"
    )


def resumable_session(workspace: Path) -> Path:
    place = Workspace(workspace)
    store = create_session(place, Session(resolve_workshop(None, place, "sv")))
    store.close()
    return store.path


def move_away(workspace: Path) -> None:
    shutil.move(workspace, workspace.with_name(workspace.name + "-moved"))


def delete(workspace: Path) -> None:
    shutil.rmtree(workspace)


@pytest.mark.slow
def test_a_workspace_moved_away_or_deleted_while_typing_is_said_and_nothing_is_lost(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    """`facilitator resume`, F3, typing; the workspace is moved away (or deleted); typing goes
    on. The status says the save failed; Ctrl+Q says so; a second Ctrl+Q quits with one line
    naming the emergency copy in the home folder, which holds every character typed."""
    results = []
    for number, (how, change) in enumerate((("moved away", move_away), ("deleted", delete))):
        workspace = tmp_path / f"ws{number}"
        workspace.mkdir()
        home = tmp_path / f"home{number}"
        home.mkdir()
        path = resumable_session(workspace)
        run = PtyRun.command("resume", str(path), workspace=workspace, env={"HOME": str(home)})
        try:
            run.wait_for("Avsnitt 1 av 6")
            run.focus_notes()
            run.type(BEFORE)
            run.pump(1.2)
            assert read_session(path).sections["underlag"].notes == BEFORE
            change(workspace)
            mark = len(run.output)
            run.type(AFTER)
            run.wait_for(FAILED, start=mark)
            run.wait_for("F7 spara annanstans", start=mark)
            run.press("ctrl+q", pause=0.8)
            assert not run.ended(), f"{how}: quit although nothing could be saved"
            run.wait_for("Ctrl+Q igen", start=mark)
            run.press("ctrl+q")
            exit_status = run.wait()
        finally:
            run.close()
        (copy,) = home.glob("*-emergency-*.toml")
        kept = read_session(copy).sections["underlag"].notes
        assert kept == BEFORE + AFTER, f"{how}: {kept!r}"
        said = run.text().replace("\r\n", "")
        assert f"En nödkopia av allt finns i {copy}" in said, said[-600:]
        assert exit_status == 1, how
        lost = len(BEFORE + AFTER) - len(kept)
        results.append(f"{how}: {len(AFTER)} characters typed after it, {lost} lost, exit 1")
    figure(
        f"{len(results)} of 2 ({'; '.join(results)}): the failure shown with F7 on the status "
        "line, Ctrl+Q said it could not save, the second Ctrl+Q left an emergency copy in the "
        "home folder with everything typed and named it on stderr"
    )
