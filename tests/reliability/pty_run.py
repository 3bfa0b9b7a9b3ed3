"""The real `facilitator` command in a pseudo-terminal, with every byte it writes kept.

tmux (tests/e2e) shows what a person sees; a bare pty shows what the terminal is sent, so a
test can look for escape sequences, close the terminal under the app (by closing the pty's
master side, which hangs up its session) or feed stdin bytes no keyboard makes.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

TIMEOUT = 30.0  # generous: these tests also run beside others on a busy machine
# At this size the notes of section 1 start below the fold, so F3 makes the app draw their
# title: the sign that it has handled F3 (see `focus_notes`).
SIZE = (100, 30)
NOTES_TITLE = "Diskussionsanteckningar"
BRACKETED_PASTE = (b"\x1b[200~", b"\x1b[201~")
KEYS = {
    "escape": b"\x1b",
    "enter": b"\r",
    "tab": b"\t",
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "f4": b"\x1bOS",
    "f5": b"\x1b[15~",
    "f6": b"\x1b[17~",
    "f9": b"\x1b[20~",
    "ctrl+n": b"\x0e",
    "ctrl+b": b"\x02",
    "ctrl+q": b"\x11",
    "ctrl+t": b"\x14",
    "down": b"\x1b[B",
    "up": b"\x1b[A",
}


def terminal_env(workspace: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "VIRTUAL_ENV")}
    return {
        **keep,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "FACILITATOR_WORKSPACE": str(workspace),
        **(extra or {}),
    }


def set_size(fd: int, size: tuple[int, int]) -> None:
    columns, rows = size
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def shown_start(notes: str) -> list[str]:
    """A word from the start of `notes` as it is drawn in one run: a word of four or more
    characters (cut at 12; wrapping moves whole words), not the very first character, which
    the cursor covers."""
    for number, line in enumerate(notes.split("\n")[:5]):
        for word in (line[1:] if number == 0 else line).split(" "):
            if len(word) >= 4:
                return [word[:12]]
    return []


class PtyRun:
    """One process on its own pseudo-terminal. `output` holds all it wrote."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd: int | None = fd
        self.output = bytearray()
        self.status: int | None = None
        self.attrs_at_start = termios.tcgetattr(fd)

    @classmethod
    def spawn(cls, target: Callable[[], None], size: tuple[int, int] = SIZE) -> PtyRun:
        """Fork; the child, on the pty's slave side (its controlling terminal), runs
        `target` and never returns."""
        pid, fd = pty.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                set_size(0, size)
                target()
            finally:
                os._exit(127)
        return cls(pid, fd)

    @classmethod
    def command(
        cls,
        *args: str,
        workspace: Path,
        size: tuple[int, int] = SIZE,
        env: dict[str, str] | None = None,
    ) -> PtyRun:
        """`facilitator --workspace WORKSPACE ARGS…` as a person would start it."""
        argv = [sys.executable, "-m", "facilitator", "--workspace", str(workspace), *args]
        environment = terminal_env(workspace, env)

        def run() -> None:
            os.chdir(workspace)
            os.execve(sys.executable, argv, environment)

        return cls.spawn(run, size)

    # -- the terminal's side -------------------------------------------------------------

    def pump(self, seconds: float = 0.0) -> None:
        """Read what the process writes for `seconds` (at least once)."""
        deadline = time.monotonic() + seconds
        while self.fd is not None:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.fd], [], [], max(0.0, min(left, 0.02)))
            if ready:
                try:
                    chunk = os.read(self.fd, 1 << 16)
                except OSError as error:  # EIO: the slave side is closed
                    if error.errno != errno.EIO:
                        raise
                    chunk = b""
                if not chunk:
                    return
                self.output.extend(chunk)
            elif left <= 0:
                return

    def text(self, start: int = 0) -> str:
        return bytes(self.output[start:]).decode("utf-8", "replace")

    def wait_for(self, *texts: str, timeout: float = TIMEOUT, start: int = 0) -> str:
        """Wait until the output after byte `start` holds one of `texts` (each as written in
        one piece); return the one found."""
        needles = [text.encode("utf-8") for text in texts]
        deadline = time.monotonic() + timeout
        while True:
            for text, needle in zip(texts, needles, strict=True):
                if needle in self.output[start:]:
                    return text
            if time.monotonic() > deadline or self.ended():
                shown = self.text()[-3000:]
                raise AssertionError(f"waited for {texts!r}; the output ended with:\n{shown!r}")
            self.pump(0.05)

    def write(self, data: bytes | str) -> None:
        assert self.fd is not None
        os.write(self.fd, data.encode("utf-8") if isinstance(data, str) else data)

    def press(self, *keys: str, pause: float = 0.15) -> None:
        for key in keys:
            self.write(KEYS[key])
            self.pump(pause)

    def focus_notes(self, notes: str = "") -> None:
        """F3, then wait until the app has drawn what it scrolled to: the notes' title or,
        once long notes fill the view, their first line (`notes`, the text they hold). Keys
        typed any sooner could reach the field that had focus before: focus moves after the
        key is handled, and on a busy machine the app may not even have read F3 yet."""
        mark = len(self.output)
        self.write(KEYS["f3"])
        self.wait_for(NOTES_TITLE, *shown_start(notes), start=mark)
        self.pump(0.1)

    def type(self, text: str, pause: float = 0.01) -> None:
        for char in text:
            self.write(char)
            self.pump(pause)

    def paste(self, text: str) -> None:
        start, end = BRACKETED_PASTE
        self.write(start + text.encode("utf-8") + end)

    def close_master(self) -> None:
        """Close the terminal, as when its window is closed: the app's session hangs up."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def termios_now(self) -> list[object]:
        assert self.fd is not None
        return termios.tcgetattr(self.fd)

    # -- the process ---------------------------------------------------------------------

    def signal(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def ended(self) -> bool:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status is not None

    def wait(self, timeout: float = TIMEOUT) -> int:
        """The exit status, 128 + N for a signal (as a shell shows it)."""
        deadline = time.monotonic() + timeout
        while not self.ended():
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"PID {self.pid} still ran after {timeout} s")
            self.pump(0.05)
        self.pump(0.05)
        assert self.status is not None
        return 128 - self.status if self.status < 0 else self.status

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        if self.status is None:
            _, status = os.waitpid(self.pid, 0)
            self.status = os.waitstatus_to_exitcode(status)

    def close(self) -> None:
        if self.status is None:
            self.kill()
        self.close_master()
