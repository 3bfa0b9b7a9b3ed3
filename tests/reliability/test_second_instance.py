"""Item 9: a second instance on an open session writes nothing; a lock left by a killed
instance is free again at once.

The real command runs twice in two ptys. The second is told the session is in use; it either
quits or looks read-only while someone types into it, presses the editing keys and waits past
the autosave. Every file of the workspace is compared before and after (bytes, modification
time, mode, dot files included). Then the first is killed with SIGKILL and the session is
opened for writing straight away, and once more by the real command, which saves.

tests/e2e/test_in_use.py shows the dialog and the read-only view on screen in tmux.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.driver import folder_state, notes_by_section
from facilitator.storage.sessions import open_session

from .pty_run import PtyRun

FIRST = "Skrivet i det första fönstret"


def second_instance(path: Path, workspace: Path, *, read_only: bool) -> int:
    run = PtyRun.command("resume", str(path), workspace=workspace)
    try:
        run.wait_for("Sessionen används redan")
        if not read_only:
            run.press("escape")  # Avsluta
            return run.wait()
        run.press("enter")  # Öppna skrivskyddad
        run.wait_for("SKRIVSKYDDAD")
        run.press("f3")
        run.type("får inte sparas")
        run.press("f4", "ctrl+t", "ctrl+n", "f9")
        run.pump(1.5)  # past the autosave's longest delay
        run.press("escape", "ctrl+q")
        return run.wait()
    finally:
        run.close()


@pytest.mark.slow
def test_a_second_instance_writes_nothing_and_a_killed_ones_lock_is_free_at_once(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    first = PtyRun.command("new", workspace=tmp_path)
    try:
        first.wait_for("Mötets titel")
        first.press("escape")
        first.wait_for("Avsnitt 1 av 6")
        first.focus_notes()
        first.type(FIRST)
        (path,) = tmp_path.glob("sessions/*.toml")
        deadline = time.monotonic() + 10
        while notes_by_section(path)["underlag"] != FIRST:
            assert time.monotonic() < deadline, "the first instance never saved"
            first.pump(0.1)
        first.pump(0.5)
        before = folder_state(tmp_path)
        statuses = [second_instance(path, tmp_path, read_only=ro) for ro in (False, True)]
        assert statuses == [0, 0]
        assert folder_state(tmp_path) == before

        first.signal(signal.SIGKILL)
        killed = time.monotonic()
        assert first.wait() == 128 + signal.SIGKILL
    finally:
        first.close()
    reopened = open_session(path)  # raises SessionInUse if the lock were still held
    free_after = time.monotonic() - killed
    assert not reopened.read_only
    reopened.close()

    third = PtyRun.command("resume", str(path), workspace=tmp_path)
    try:
        third.wait_for("Avsnitt 1 av 6")  # no in-use dialog this time
        third.focus_notes()
        third.type("Tredje ")
        third.pump(1.2)
        third.press("ctrl+q")
        assert third.wait() == 0
    finally:
        third.close()
    # Resumed with the cursor where the first instance left it, at the end of its text.
    assert notes_by_section(path)["underlag"] == f"{FIRST}Tredje "
    figure(
        "second instance (quit at the in-use dialog; and read-only with typing, F4, Ctrl+T, "
        "Ctrl+N, F9 and 1.5 s for an autosave): 0 bytes written, 0 files changed (bytes, "
        f"mtime and mode of every file); after SIGKILL of the holder the lock was taken "
        f"{free_after * 1000:.0f} ms later (waiting for the process to be reaped "
        "included), and the real command reopened the session for writing and saved"
    )
    assert free_after < 1.0
