"""Item 2: a save that fails at each step of the atomic write.

The disk fills during the write, fsync of the new file fails with EIO, the rename over the
old file is refused, or fsync of the folder fails with EIO after the rename. Each time the
file on disk is the old version or the new one (never torn), no temporary file is left, the
status bar says the save failed while the field keeps the text, and once the fault has
passed the app saves again by itself, to the session file (not to a conflict copy).

tests/tui/test_saving.py shows the same for a failure of the write as a whole; this goes
through each system call of storage/atomic.py.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import TextArea

from facilitator.storage import atomic
from facilitator.storage.sessions import read_session
from tui.helpers import SIZE, session_path, session_screen, status

from .conftest import MakeApp
from .pty_run import PtyRun

BEFORE = "före"
AFTER = "före och efter"


class FaultyOs:
    """The `os` module as storage/atomic.py sees it, one call of it failing while `on`.

    `fail(real, *args)` returns the error to raise, or None to make the real call."""

    def __init__(self, name: str, fail: Callable[..., BaseException | None]) -> None:
        self._name, self._fail, self.on, self.failures = name, fail, True, 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name != self._name:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            error = self._fail(real, *args, **kwargs) if self.on else None
            if error is not None:
                self.failures += 1
                raise error
            return real(*args, **kwargs)

        return call


class DiskFullOs(FaultyOs):
    """`os.fdopen` hands back a file that fills the disk halfway through the write."""

    def __init__(self) -> None:
        super().__init__("fdopen", lambda real, *args: None)

    def __getattr__(self, name: str) -> Any:
        if name != "fdopen":
            return getattr(os, name)

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = os.fdopen(fd, *args, **kwargs)
            if not self.on:
                return handle
            self.failures += 1
            return HalfWriter(handle)

        return fdopen


class HalfWriter:
    """A file whose write stores half the bytes, then finds the disk full."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __enter__(self) -> HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def is_folder(fd: int) -> bool:
    return stat.S_ISDIR(os.fstat(fd).st_mode)


def eio() -> OSError:
    return OSError(errno.EIO, os.strerror(errno.EIO))


FAULTS: dict[str, Callable[[], FaultyOs]] = {
    "disk full during the write": DiskFullOs,
    "EIO on fsync of the new file": lambda: FaultyOs(
        "fsync", lambda real, fd: None if is_folder(fd) else eio()
    ),
    "permission denied on the rename": lambda: FaultyOs(
        "replace", lambda real, *args: PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    ),
    "EIO on fsync of the folder": lambda: FaultyOs(
        "fsync", lambda real, fd: eio() if is_folder(fd) else None
    ),
}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def conflict_copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "-conflict-" in p.name)


async def fail_one_save(make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, fault: str) -> str:
    """Run the scenario; return which version the file held while the fault lasted."""
    faulty = FAULTS[fault]()
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        path = session_path(app)
        folder = path.parent
        await pilot.press("f3", *BEFORE)
        for _ in range(100):
            await pilot.pause(0.1)
            if read_session(path).sections["underlag"].notes == BEFORE:
                break
        assert read_session(path).sections["underlag"].notes == BEFORE

        monkeypatch.setattr(atomic, "os", faulty)
        await pilot.press(*AFTER[len(BEFORE) :])
        for _ in range(100):
            await pilot.pause(0.1)
            if faulty.failures and "KUNDE INTE SPARA" in status(app):
                break
        assert faulty.failures >= 1, f"{fault}: the fault never happened"
        shown = status(app)
        assert "⚠ KUNDE INTE SPARA" in shown, f"{fault}: {shown}"
        assert session_screen(app).query_one("#status-bar").has_class("-save-failed")
        assert isinstance(app.focused, TextArea) and app.focused.text == AFTER
        assert app.controller.session.sections["underlag"].notes == AFTER
        # It loads: the old version or a new one (an autosave may have caught the typing
        # half way), never a torn file.
        on_disk = read_session(path).sections["underlag"].notes
        assert on_disk.startswith(BEFORE) and AFTER.startswith(on_disk), f"{fault}: {on_disk!r}"
        # A save of the last keys may be under way (its temporary file exists until it ends);
        # one left behind never goes away.
        for _ in range(40):
            if not leftovers(folder):
                break
            await pilot.pause(0.05)
        assert leftovers(folder) == [], f"{fault}: temporary files left"

        faulty.on = False  # the fault passes; the app tries again by itself
        for _ in range(100):
            await pilot.pause(0.1)
            if "Sparat" in status(app):
                break
        assert "Sparat" in status(app), f"{fault}: {status(app)}"
        assert not session_screen(app).query_one("#status-bar").has_class("-save-failed")
        assert read_session(path).sections["underlag"].notes == AFTER
        assert app.controller.saver is not None and app.controller.saver.moved_to is None
        assert conflict_copies(folder) == [], f"{fault}: saved beside the file, not in it"
        for _ in range(40):  # as above: a save under way has its temporary file until it ends
            if not leftovers(folder):
                break
            await pilot.pause(0.05)
        assert leftovers(folder) == [], f"{fault}: temporary files left after the retry"
    return "the old version" if on_disk == BEFORE else "a new version"


@pytest.mark.slow
async def test_a_save_failing_at_each_step_keeps_a_whole_file_and_recovers(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, figure: Callable[[str], None]
) -> None:
    kept = {}
    for fault in FAULTS:
        with monkeypatch.context() as patch:
            kept[fault] = await fail_one_save(make_app, patch, fault)
    figure(
        f"{len(kept)} of {len(FAULTS)} failing steps: a whole file on disk "
        f"({', '.join(f'{fault} → {which}' for fault, which in kept.items())}), "
        "0 temporary files left, the failure shown and the text kept, "
        "the next save succeeded in the session file"
    )


PLANT_DISK_FULL = """\
# Planted by the reliability tests: the disk is full while the flag file exists.
import errno
import os

import facilitator.tui.saver as saver

_write_atomic = saver.write_atomic


def write_atomic(path, data):
    if os.path.exists(os.environ["DISK_FULL_FLAG"]):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return _write_atomic(path, data)


saver.write_atomic = write_atomic
"""


def start_with_a_full_disk(tmp_path: Path) -> tuple[PtyRun, Path]:
    plant = tmp_path / "plant"
    plant.mkdir(parents=True)
    (plant / "sitecustomize.py").write_text(PLANT_DISK_FULL)
    flag = tmp_path / "disk-full"
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    env = {"PYTHONPATH": str(plant), "DISK_FULL_FLAG": str(flag)}
    run = PtyRun.command("new", workspace=workspace, env=env)
    run.wait_for("Mötets titel")
    run.press("escape")
    run.wait_for("Avsnitt 1 av 6")
    run.focus_notes()
    run.type(BEFORE)
    run.pump(1.2)
    flag.write_text("full")
    run.type(AFTER[len(BEFORE) :])
    run.pump(1.2)
    run.wait_for("KUNDE INTE SPARA")
    return run, flag


@pytest.mark.slow
def test_quitting_while_saves_fail_keeps_the_text_and_never_claims_it_saved(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    """Ctrl+Q while the disk is full: the app stays, with the text, and says so. Once the
    fault has passed, Ctrl+Q saves and quits; pressed again while it lasts, it quits with
    status 1 and one line saying what was not saved (it used to say 'Sparat i …')."""
    outcomes = []
    for fault_passes in (True, False):
        run, flag = start_with_a_full_disk(tmp_path / f"case{int(fault_passes)}")
        try:
            run.press("ctrl+q", pause=0.8)
            assert not run.ended(), "quit although the text could not be saved"
            run.wait_for("Ctrl+Q igen")
            if fault_passes:
                flag.unlink()
            run.press("ctrl+q")
            status = run.wait()
        finally:
            run.close()
        sessions = tmp_path / f"case{int(fault_passes)}" / "workspace" / "sessions"
        (path,) = [p for p in sessions.glob("*.toml") if "-emergency-" not in p.name]
        copies = sorted(sessions.glob("*-emergency-*.toml"))
        notes = read_session(path).sections["underlag"].notes
        if fault_passes:
            assert (status, notes, copies) == (0, AFTER, [])
            assert "Sparat i" in run.text()
        else:
            assert (status, notes) == (1, BEFORE)
            assert "KUNDE INTE SPARA de senaste ändringarna i" in run.text()
            assert "Sparat i" not in run.text()
            # Everything typed is in the emergency copy beside the session, which the line
            # names (the planted fault fails the autosave only).
            (copy,) = copies
            assert read_session(copy).sections["underlag"].notes == AFTER
            assert f"En nödkopia av allt finns i {copy}" in run.text().replace("\r\n", "")
        outcomes.append(status)
    figure(
        "Ctrl+Q while the disk is full: the app stayed open with the text and said so, 2 of 2; "
        f"once the fault passed, Ctrl+Q saved everything and quit (exit {outcomes[0]}); "
        f"pressed again while it lasted, it quit with exit {outcomes[1]} saying what was not "
        "saved and naming the emergency copy beside the session that holds all of it, "
        "never 'Sparat'"
    )
