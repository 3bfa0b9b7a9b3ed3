"""Item 22 (part): a workspace that takes no file, a read-only file system, and Ctrl+C.

`facilitator resume` in a folder it cannot write used to end on the lock file's "Permission
denied" instead of offering the read-only view it offers when another program holds the
session; a read-only file system was reported as "Permission denied"; Ctrl+C showed
Textual's English "Do you want to quit?" in the Swedish interface.

The tests run as root, which neither a folder's mode nor os.access stops, so the refusals
are injected here: the lock file cannot be made (EACCES, EROFS), and the file system says
it is mounted read-only. docs/reliability.md tells how a real read-only mount was tried by hand.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from textual.widgets import OptionList

from facilitator import cli
from facilitator.storage import lock as lock_module, sessions as sessions_module
from facilitator.storage.sessions import open_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.dialogs import ConfirmDialog
from tui.helpers import SIZE, status

from .test_changed_on_disk import until
from .test_save_failures_shown import resumable_session

REFUSALS = {
    errno.EACCES: "behörighet saknas",
    errno.EROFS: "disken är skrivskyddad",
}


async def resume_where_no_lock_can_be_made(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> str:
    path = resumable_session(workspace)

    def refuse(self: Any) -> None:
        raise OSError(code, os.strerror(code), str(lock_module.lock_path(self.session_path)))

    monkeypatch.setattr(lock_module.SessionLock, "acquire", refuse)
    store = open_session(path, lock_later=True)
    app = FacilitatorApp(sessions_module.Workspace(workspace), store=store)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        said = " ".join(str(w.render()) for w in app.screen.query("Literal"))
        assert "Sessionen kan inte sparas här" in said, said
        assert REFUSALS[code] in said, said
        assert str(path.parent) in said, said
        await pilot.press("enter")  # Öppna skrivskyddad
        await until(pilot, lambda: app.screen.id == "session-screen")
        await until(pilot, lambda: "SKRIVSKYDDAD" in status(app))
        assert app.controller.read_only and app.is_running
    return said


@pytest.mark.slow
async def test_resume_where_no_lock_file_can_be_made_offers_the_read_only_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figure: Callable[[str], None]
) -> None:
    for number, code in enumerate(REFUSALS):
        with monkeypatch.context() as patch:
            await resume_where_no_lock_can_be_made(tmp_path / f"ws{number}", patch, code)
    figure(
        f"{len(REFUSALS)} of {len(REFUSALS)} refusals of the lock file (EACCES, EROFS): a "
        "dialog saying why in words, then the read-only view (it used to end the program "
        "on 'Permission denied')"
    )


def test_a_new_session_on_a_read_only_file_system_says_read_only(
    workspace: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace.root / "sessions").mkdir()
    real_statvfs = os.statvfs

    def read_only_mount(folder: Any) -> Any:
        found = real_statvfs(folder)
        return SimpleNamespace(f_flag=found.f_flag | os.ST_RDONLY)

    monkeypatch.setattr(os, "statvfs", read_only_mount)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    with pytest.raises(SystemExit) as ended:
        cli.main(["--workspace", str(workspace.root), "new"])
    said = capsys.readouterr().err
    assert ended.value.code == 1
    assert said.count("\n") == 1, said
    assert "Read-only file system" in said and "Permission denied" not in said, said


async def test_ctrl_c_says_how_to_quit_in_the_ui_language(make_app: Any) -> None:
    for language, expected, title in (
        ("sv", "Ctrl+Q sparar och avslutar", "Vill du avsluta?"),
        ("en", "Ctrl+Q saves and quits", "Do you want to quit?"),
    ):
        app = make_app(language)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+c")
            await pilot.pause()
            shown = [(n.title, n.message) for n in app._notifications]
            assert any(t == title and expected in m for t, m in shown), shown
            assert app.is_running


async def test_the_start_screen_offers_the_read_only_view_where_no_lock_file_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    resumable_session(workspace)

    def refuse(self: Any) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), "lock")

    monkeypatch.setattr(lock_module.SessionLock, "acquire", refuse)
    app = FacilitatorApp(sessions_module.Workspace(workspace))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.screen.query_one("#sessions", OptionList).option_count > 0)
        app.screen.query_one("#sessions").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        said = " ".join(str(w.render()) for w in app.screen.query("Literal"))
        assert "the disk is read-only" in said, said  # the start screen speaks English here
        await pilot.press("enter")
        await until(pilot, lambda: app.screen.id == "session-screen")
        assert app.controller.read_only and "SKRIVSKYDDAD" in status(app)  # the session's language
