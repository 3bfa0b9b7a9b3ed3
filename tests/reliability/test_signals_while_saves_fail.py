"""Item 20: SIGTERM or SIGHUP while saves fail: the text goes to an emergency copy, named.

With the disk full, `kill -TERM` used to end the app with status 143 and nothing on stderr
(3 of 3 tries in the report lost 15–30 characters). Now the last save fails as before, and
the whole session is written beside the session file or, when that folder will not take it
either, into the home folder; one line on stderr says what could not be saved and where the
copy is.

The real command runs in a pty. The full disk is planted (a `sitecustomize` that makes every
atomic write into the workspace fail with ENOSPC once a flag file exists), so the copy beside
the session fails too and must go to the home folder. docs/reliability.md tells how the same
was seen on a real full tmpfs by hand.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.storage.sessions import read_session

from .pty_run import PtyRun
from .test_save_failures_shown import resumable_session

BEFORE = "Sparat innan disken blev full"
AFTER = " och skrivet efter: åäö, 30 tecken"
TRIES = 3

PLANT_FULL_WORKSPACE = """\
# Planted by the reliability tests: the workspace's disk is full while the flag file exists.
import errno
import os
from pathlib import Path

import facilitator.storage.atomic as atomic

_write_atomic = atomic.write_atomic
_full = Path(os.environ["FULL_DISK"])


def write_atomic(path, data):
    if os.path.exists(os.environ["DISK_FULL_FLAG"]) and _full in Path(path).absolute().parents:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return _write_atomic(path, data)


atomic.write_atomic = write_atomic
"""


def one_try(tmp_path: Path, signum: int) -> tuple[int, int, Path]:
    """Type, fill the disk, type on, send `signum`: (exit status, characters lost, copy)."""
    plant = tmp_path / "plant"
    plant.mkdir(parents=True)
    (plant / "sitecustomize.py").write_text(PLANT_FULL_WORKSPACE)
    workspace, home, flag = tmp_path / "ws", tmp_path / "home", tmp_path / "disk-full"
    workspace.mkdir()
    home.mkdir()
    path = resumable_session(workspace)
    env = {
        "PYTHONPATH": str(plant),
        "FULL_DISK": str(workspace),
        "DISK_FULL_FLAG": str(flag),
        "HOME": str(home),
    }
    run = PtyRun.command("resume", str(path), workspace=workspace, env=env)
    try:
        run.wait_for("Avsnitt 1 av 6")
        run.focus_notes()
        run.type(BEFORE)
        run.pump(1.2)
        assert read_session(path).sections["underlag"].notes == BEFORE
        flag.write_text("full")
        mark = len(run.output)
        run.type(AFTER)
        run.wait_for("KUNDE INTE SPARA", start=mark)
        run.signal(signum)
        status = run.wait()
    finally:
        run.close()
    assert read_session(path).sections["underlag"].notes == BEFORE  # the disk was full
    assert list(workspace.glob("sessions/*-emergency-*")) == []
    (copy,) = home.glob("*-emergency-*.toml")
    kept = read_session(copy).sections["underlag"].notes
    said = run.text().replace("\r\n", "")
    assert f"En nödkopia av allt finns i {copy}" in said, said[-600:]
    assert "KUNDE INTE SPARA de senaste ändringarna" in said
    return status, len(BEFORE + AFTER) - len(kept), copy


@pytest.mark.slow
def test_sigterm_and_sighup_on_a_full_disk_leave_an_emergency_copy_and_say_where(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    results = []
    for signum in (signal.SIGTERM, signal.SIGHUP):
        lost, statuses = [], set()
        for number in range(TRIES):
            status, missing, _ = one_try(tmp_path / f"{signum}-{number}", signum)
            statuses.add(status)
            lost.append(missing)
        assert statuses == {128 + signum}
        assert lost == [0] * TRIES, lost
        name = signal.Signals(signum).name
        results.append(f"{name}: {TRIES} of {TRIES} tries, exit {128 + signum}, lost {max(lost)}")
    figure(
        f"full disk then a signal ({'; '.join(results)} characters): every character typed "
        f"({len(BEFORE + AFTER)}) in an emergency copy in the home folder, named on stderr "
        f"(before: exit {128 + signal.SIGTERM} with nothing said, the {len(AFTER)} characters "
        "typed after the disk filled lost)"
    )
