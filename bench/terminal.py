"""Running a program in a pseudo-terminal, as a person's terminal would, and watching for its
first frame.

The clock starts just before the process is created and stops when the bytes the program
wrote to the terminal contain a marker: a text that is only drawn once the screen the person
waits for is on the terminal (the facilitator's top line, the bare app's one Static). That is
start to first frame as a person sees it, with nothing in the program changed to help.

Peak memory is the kernel's high-water mark of the process's resident set (`VmHWM` in
/proc/PID/status), read once the program has drawn and gone quiet, just before it is killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from baselines import BARE_APP
from common import interleaved

SIZE = (120, 40)  # columns, rows: a shared screen, the same for every app measured


class NoFrame(RuntimeError):
    """The program ended or timed out before drawing the marker."""


@dataclass(frozen=True)
class Launch:
    first_frame: float  # seconds from process start to the marker on the terminal
    peak_rss: int  # bytes; 0 when not asked for
    output: bytes


def terminal_env(workspace: Path | None = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TEXTUAL") and k not in ("COLUMNS", "LINES")
    }
    env.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", COLORTERM="truecolor")
    if workspace is not None:
        env["FACILITATOR_WORKSPACE"] = str(workspace)
    return env


def peak_rss(pid: int) -> int:
    """The process's peak resident set size in bytes (Linux)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc status")


def launch(
    argv: Sequence[str],
    marker: str,
    *,
    env: dict[str, str],
    cwd: Path | None = None,
    size: tuple[int, int] = SIZE,
    timeout: float = 30.0,
    quiet_after: float = 0.0,
) -> Launch:
    """Run `argv` in a fresh pseudo-terminal until `marker` appears in its output.

    With `quiet_after`, go on reading until the program has written nothing for that long
    (its start-up is over; a blinking cursor still writes, so ten times that at most), then
    read its peak memory. The program is then killed: nothing
    measured depends on how it ends.
    """
    needle = marker.encode("utf-8")
    master, slave = os.openpty()
    columns, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    output = bytearray()
    start = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=cwd,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    try:
        first = _read_until(master, output, needle, start, timeout)
        if first is None:
            tail = output[-2000:].decode("utf-8", "replace")
            raise NoFrame(f"{argv[-1]!r}: no {marker!r} within {timeout} s; output ends {tail!r}")
        rss = 0
        if quiet_after:
            settle_by = min(start + timeout, time.perf_counter() + 10 * quiet_after)
            _read_until_quiet(master, output, quiet_after, settle_by)
            rss = peak_rss(process.pid)
        return Launch(first, rss, bytes(output))
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)
        process.wait()
        os.close(master)


def _read(master: int, output: bytearray, wait: float) -> bool:
    """Read what is there within `wait` seconds; False once the program has gone."""
    ready, _, _ = select.select([master], [], [], max(0.0, wait))
    if not ready:
        return True
    try:
        chunk = os.read(master, 1 << 16)
    except OSError:  # EIO: the other end closed
        return False
    output.extend(chunk)
    return bool(chunk)


def _read_until(
    master: int, output: bytearray, needle: bytes, start: float, timeout: float
) -> float | None:
    scanned = 0
    while (now := time.perf_counter()) - start < timeout:
        alive = _read(master, output, start + timeout - now)
        if output.find(needle, max(0, scanned - len(needle))) >= 0:
            return time.perf_counter() - start
        scanned = len(output)
        if not alive:
            return None
    return None


def _read_until_quiet(master: int, output: bytearray, quiet: float, deadline: float) -> None:
    while time.perf_counter() < deadline:
        before = len(output)
        if not _read(master, output, quiet) or len(output) == before:
            return


def python_command(*args: str) -> list[str]:
    return [sys.executable, *args]


def bare_app_command(marker: str) -> list[str]:
    """The bare Textual app the start-up figures are measured against, showing `marker`."""
    return python_command(str(BARE_APP), marker)


def first_frames(
    runs: int, argv: list[str], marker: str, workspace: Path
) -> tuple[list[float], list[float]]:
    """Milliseconds to the first frame showing `marker`: of `argv`, and of the bare app, in
    `runs` interleaved pairs."""
    env = terminal_env(workspace)

    def first_frame(command: list[str]) -> float:
        return launch(command, marker, env=env, cwd=workspace).first_frame * 1000

    bare = bare_app_command(marker)
    return interleaved(runs, lambda: first_frame(argv), lambda: first_frame(bare))


def facilitator_command(*args: str) -> list[str]:
    """The installed `facilitator` command (what a person runs), else `python -m facilitator`."""
    script = Path(sys.executable).parent / "facilitator"
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "facilitator", *args]
