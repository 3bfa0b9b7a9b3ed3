"""Item 14: named pipes, devices, folders and huge files where sessions and workshops belong.

A FIFO named `x.toml` in `sessions/` made `facilitator sessions`, `export`, `resume` and the
start screen wait forever for a writer (the start screen then ignored every key and SIGTERM);
a link to /dev/zero was read until memory ran out. Now only regular files are read, and no
more of them than a session or workshop may hold: every command answers at once, a listing
says what each such file is, and naming one is an error of one line that says it too.

Each command runs as a person runs it, with a time limit: a command still running after it
is a hang, and the test fails on it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.sessions import MAX_SESSION_BYTES, create_session
from facilitator.storage.workshop_yaml import load_workshop
from unit.helpers import SWEDISH_WORKSHOP

from .pty_run import PtyRun

LIMIT = 20.0  # seconds; each command answers in well under one
TITLE = "Ledningsgruppen i december"

# name in sessions/ → what `facilitator sessions` calls it, and a word of the error line
SPECIAL_SESSIONS = {
    "pipe.toml": ("not a regular file", "a named pipe"),
    "zero.toml": ("not a regular file", "a device"),
    "null.toml": ("not a regular file", "a device"),
    "folder.toml": ("a folder", "is a folder"),
    "huge.toml": ("too large", "too large"),
}
SPECIAL_WORKSHOPS = {"pipe.yaml": "a named pipe", "zero.yaml": "a device"}


def hostile_workspace(workspace: Workspace) -> Path:
    """One good unfinished session beside every kind of special file; returns the good one."""
    store = create_session(workspace, Session(load_workshop(SWEDISH_WORKSHOP)))
    store.session.set_meeting("title", TITLE)
    store.save()
    store.close()
    sessions = workspace.sessions
    os.mkfifo(sessions / "pipe.toml")
    (sessions / "zero.toml").symlink_to("/dev/zero")
    (sessions / "null.toml").symlink_to("/dev/null")
    (sessions / "folder.toml").mkdir()
    with (sessions / "huge.toml").open("wb") as handle:  # sparse: no disk is used
        handle.truncate(MAX_SESSION_BYTES + 1)
    # A damaged session whose good copy is a pipe: its error line looks for the good copy.
    (sessions / "damaged.toml").write_text("kind = [broken\n", encoding="utf-8")
    os.mkfifo(sessions / ".damaged.toml.good")
    workshops = workspace.ensure(workspace.workshops)
    os.mkfifo(workshops / "pipe.yaml")
    (workshops / "zero.yaml").symlink_to("/dev/zero")
    return store.path


class Runs:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.count = 0
        self.slowest = 0.0

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "FACILITATOR_WORKSPACE": str(self.workspace.root)}
        env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
        started = time.monotonic()
        try:
            result = subprocess.run(
                [sys.executable, "-m", "facilitator", "--lang", "en", *args],
                cwd=self.workspace.root,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=LIMIT,
            )
        except subprocess.TimeoutExpired:
            raise AssertionError(f"`facilitator {' '.join(args)}` hung ({LIMIT} s)") from None
        self.count += 1
        self.slowest = max(self.slowest, time.monotonic() - started)
        assert "Traceback" not in result.stderr, result.stderr
        return result


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    [line] = result.stderr.splitlines()
    return line


@pytest.mark.slow
def test_pipes_devices_folders_and_huge_files_are_named_never_waited_on(
    workspace: Workspace, figure: Callable[[str], None]
) -> None:
    good = hostile_workspace(workspace)
    run = Runs(workspace)

    listing = run("sessions")
    assert listing.returncode == 0, listing.stderr
    rows = {line.rsplit("/", 1)[-1]: line for line in listing.stdout.splitlines()[1:]}
    assert TITLE in rows[good.name] and "unfinished" in rows[good.name]
    for name, (listed, _) in SPECIAL_SESSIONS.items():
        assert f"  {listed}  " in rows[name], rows[name]
    assert "  damaged  " in rows["damaged.toml"]

    for name, (_, said) in SPECIAL_SESSIONS.items():
        for command in ("export", "resume", "restore"):
            if command == "restore" and name != "pipe.toml":
                continue
            line = one_line(run(command, name))
            assert name in line, line
            if command != "restore":  # restore says there is no good copy to put back
                assert said in line, line
    line = one_line(run("export", "damaged.toml"))
    assert "damaged" in line and "restore" not in line  # a pipe is no good copy
    assert one_line(run("restore", "damaged.toml")).endswith("no good copy of this session is kept")

    workshops = run("workshops")
    assert workshops.returncode == 0, workshops.stderr
    for name, said in SPECIAL_WORKSHOPS.items():
        line = one_line(run("validate", f"workshops/{name}"))
        assert line == f"workshops/{name}: not a workshop file but {said}; it was not read"
    assert one_line(run("new", "workshops/pipe.yaml")).endswith("it was not read")

    # The screens: `facilitator resume` (the latest unfinished session) and the start screen.
    screens = 0
    for args, shows in ((("resume",), "Section 1 of 6"), ((), TITLE)):
        terminal = PtyRun.command("--lang", "en", *args, workspace=workspace.root)
        try:
            terminal.wait_for(shows, timeout=LIMIT)
            terminal.press("ctrl+q" if args else "escape")
            assert terminal.wait(timeout=LIMIT) == 0
        finally:
            terminal.close()
        screens += 1
    figure(
        f"{len(SPECIAL_SESSIONS) + 2} kinds of special file (pipe, /dev/zero, /dev/null, folder,"
        f" {MAX_SESSION_BYTES // 1_048_576} MiB + 1 byte, a pipe as good copy, pipe and device"
        f" as workshops) × {run.count} commands and {screens} screens: 0 hangs, 0 tracebacks,"
        f" each named in one line; slowest command {run.slowest:.2f} s"
    )
