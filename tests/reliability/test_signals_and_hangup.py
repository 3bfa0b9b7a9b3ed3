"""Item 3: SIGTERM, SIGHUP and a closed terminal each save what was typed, put the terminal
back as it was (where a terminal remains) and end with a non-zero status. Item 22 (part):
SIGQUIT, SIGUSR1, SIGUSR2 and SIGALRM are handled the same way.

The real command runs in a pty with the autosave turned off (a planted `sitecustomize`, as in
tests/e2e), so whatever reaches the file was saved by the signal path. tests/e2e/
test_never_lose_a_word.py shows SIGTERM and a closed tmux window on screen; this checks the
bytes: the modes the app turned on are turned off again, and the pty's settings are back.
"""

from __future__ import annotations

import signal
import termios
from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.driver import NO_AUTOSAVE, notes_by_section

from .pty_run import PtyRun

TEXT = "Sparas när terminalen går, åäö"
# Turned on by the app, so they must be turned off again before the shell gets the terminal.
MODES_OFF = {
    "alternate screen": b"\x1b[?1049l",
    "cursor shown": b"\x1b[?25h",
    "mouse reports": b"\x1b[?1000l",
    "any-event mouse": b"\x1b[?1003l",
    "SGR mouse": b"\x1b[?1006l",
    "bracketed paste": b"\x1b[?2004l",
}
# The termios fields the app changes: input, output and local modes.
MODES = (0, 1, 3)


def start_typing(workspace: Path, plant: Path) -> PtyRun:
    run = PtyRun.command("new", workspace=workspace, env={"PYTHONPATH": str(plant)})
    run.wait_for("Mötets titel")
    run.press("escape")
    run.wait_for("Avsnitt 1 av 6")
    run.focus_notes()
    mark = len(run.output)
    run.type(TEXT)
    run.wait_for(TEXT[-3:], start=mark)
    return run


def end_with(run: PtyRun, how: str) -> int:
    if how == "closed terminal":
        run.close_master()
    else:
        run.signal(signal.SIGTERM if how == "SIGTERM" else signal.SIGHUP)
    return run.wait()


@pytest.mark.slow
def test_sigterm_sighup_and_a_closed_terminal_each_save_and_restore(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "sitecustomize.py").write_text(NO_AUTOSAVE)
    results = {}
    for number, how in enumerate(("SIGTERM", "SIGHUP", "closed terminal")):
        workspace = tmp_path / f"ws{number}"
        workspace.mkdir()
        run = start_typing(workspace, plant)
        try:
            mark = len(run.output)
            status = end_with(run, how)
            saved = [notes_by_section(p)["underlag"] for p in workspace.glob("sessions/*.toml")]
            assert saved == [TEXT], f"{how}: {saved}"
            assert status != 0, how
            restored = "terminal gone"
            if run.fd is not None:
                tail = bytes(run.output[mark:])
                missing = [name for name, seq in MODES_OFF.items() if seq not in tail]
                assert missing == [], f"{how}: not turned off: {missing}"
                now = run.termios_now()
                assert [now[i] for i in MODES] == [run.attrs_at_start[i] for i in MODES], how
                assert now[3] & termios.ICANON and now[3] & termios.ECHO
                restored = "terminal restored"
            results[how] = f"{how}: saved, {restored}, exit {status}"
        finally:
            run.close()
    figure(f"{len(results)} of 3 ({'; '.join(results.values())})")


OTHER_SIGNALS = (signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM)


@pytest.mark.slow
def test_sigquit_sigusr1_sigusr2_and_sigalrm_save_and_restore_as_sigterm_does(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    """Each of these ends a process by default: unsaved, the terminal left on the alternate
    screen. They are handled as SIGTERM is."""
    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "sitecustomize.py").write_text(NO_AUTOSAVE)
    results = []
    for signum in OTHER_SIGNALS:
        name = signal.Signals(signum).name
        workspace = tmp_path / name
        workspace.mkdir()
        run = start_typing(workspace, plant)
        try:
            mark = len(run.output)
            run.signal(signum)
            status = run.wait()
            saved = [notes_by_section(p)["underlag"] for p in workspace.glob("sessions/*.toml")]
            assert saved == [TEXT], f"{name}: {saved}"
            assert status == 128 + signum, f"{name}: exit {status}"
            tail = bytes(run.output[mark:])
            missing = [what for what, seq in MODES_OFF.items() if seq not in tail]
            assert missing == [], f"{name}: not turned off: {missing}"
            now = run.termios_now()
            assert [now[i] for i in MODES] == [run.attrs_at_start[i] for i in MODES], name
            results.append(f"{name} exit {status}")
        finally:
            run.close()
    figure(
        f"{len(results)} of {len(OTHER_SIGNALS)} ({', '.join(results)}): saved, terminal "
        "restored (they used to end the app unsaved on the alternate screen)"
    )
