"""Driving the real `facilitator` command in tmux, as a person at a keyboard would.

Every test gets its own tmux server (a private socket, killed afterwards), so tests can run in
parallel and never touch a user's tmux, and its own empty workspace. Each run of the command
is a tmux session of its own, started from a small script that records the app's PID, runs
it, and then prints `EXIT=<status>` and keeps the pane open so the status can be read.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

WIDTH, HEIGHT = 120, 40
TIMEOUT = 10.0  # seconds to wait for something to appear on screen
PAUSE = 0.15  # between separate key presses: focus moves asynchronously
MAX_SOCKET_PATH = 100  # a Unix socket's path has room for 107 bytes
# tmux's own environment: a UTF-8 locale, and not nested in a tmux the tests run inside.
TMUX_ENV = {
    # Not COLUMNS and LINES: pytest-xdist's workers have them set to 80 and 24, and the app
    # (shutil.get_terminal_size) then takes them over the real size of the tmux window.
    **{k: v for k, v in os.environ.items() if k not in ("TMUX", "COLUMNS", "LINES")},
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
}


def facilitator_command() -> str:
    """The installed console script of the environment running the tests."""
    beside = Path(sys.executable).parent / "facilitator"
    found = str(beside) if beside.exists() else shutil.which("facilitator")
    if not found:
        pytest.fail("the `facilitator` command is not installed (pip install -e '.[test]')")
    return found


def process_alive(pid: int) -> bool:
    """True while `pid` runs (a zombie nobody reaps counts as ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


class Run:
    """One run of the command in its own tmux session."""

    def __init__(self, terminal: Terminal, name: str, pid_file: Path) -> None:
        self.terminal = terminal
        self.name = name
        self.pid_file = pid_file
        self._pid: int | None = None

    @property
    def pid(self) -> int:
        """The app's PID, as the pane recorded it just before starting it."""
        if self._pid is None:
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline:
                text = self.pid_file.read_text() if self.pid_file.exists() else ""
                if text.strip():
                    self._pid = int(text)
                    break
                time.sleep(0.05)
            else:
                raise AssertionError(f"{self.name}: the command never started")
        return self._pid

    # -- the keyboard --------------------------------------------------------------------

    def press(self, *keys: str) -> None:
        """Press keys one at a time (tmux key names: Escape, Enter, Tab, F3, C-n …)."""
        for key in keys:
            self.terminal.tmux("send-keys", "-t", self.name, key)
            time.sleep(PAUSE)

    def type(self, text: str) -> None:
        """Type `text` literally (no key names)."""
        self.terminal.tmux("send-keys", "-t", self.name, "-l", text)

    def paste(self, text: str) -> None:
        """Paste `text` as a terminal does: bracketed (the app asks for it), each line ending
        sent as a carriage return."""
        buffer = f"{self.name}-paste"
        self.terminal.tmux("set-buffer", "-b", buffer, text)
        self.terminal.tmux("paste-buffer", "-p", "-d", "-b", buffer, "-t", self.name)

    def send_bytes(self, *hex_bytes: str) -> None:
        self.terminal.tmux("send-keys", "-t", self.name, "-H", *hex_bytes)

    # -- the screen ----------------------------------------------------------------------

    def screen(self) -> str:
        return self.terminal.tmux("capture-pane", "-p", "-J", "-t", self.name)

    def flag(self, name: str) -> str:
        """A tmux pane format variable, e.g. `alternate_on`."""
        return self.terminal.tmux("display-message", "-p", "-t", self.name, f"#{{{name}}}")

    def wait_for(self, *texts: str, timeout: float = TIMEOUT, poll: float = 0.1) -> str:
        """Wait until the screen shows every one of `texts`; return the screen. Fails at once
        if the app ends first."""
        return self._wait(lambda screen: all(t in screen for t in texts), texts, timeout, poll)

    def wait_for_gone(self, *texts: str, timeout: float = TIMEOUT) -> str:
        """Wait until the screen shows none of `texts` (a dialog has closed, say)."""
        return self._wait(lambda screen: not any(t in screen for t in texts), texts, timeout)

    def _wait(
        self, done: Callable[[str], bool], texts: tuple[str, ...], timeout: float, poll: float = 0.1
    ) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if done(screen):
                return screen
            ended = "EXIT=" in screen and not any("EXIT=" in text for text in texts)
            if ended or time.monotonic() > deadline:
                why = "the app ended" if ended else f"waited {timeout:.0f} s"
                raise AssertionError(f"{self.name}: {why} for {texts!r}; the screen:\n{screen}")
            time.sleep(poll)

    def wait_exit(self, timeout: float = TIMEOUT) -> int:
        """Wait until the app has ended and the pane printed its exit status; return it."""
        screen = self.wait_for("EXIT=", timeout=timeout)
        # After a kill -9 the app's last screen is still there around the status.
        found = re.search(r"EXIT=(\d+)", screen)
        assert found, screen
        return int(found.group(1))

    # -- the process ---------------------------------------------------------------------

    def kill(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def wait_process_gone(self, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while process_alive(self.pid):
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: PID {self.pid} still runs after {timeout} s")
            time.sleep(0.05)

    def close_terminal(self) -> None:
        """Close the tmux session: the app gets SIGHUP, as when a terminal window is closed."""
        self.terminal.tmux("kill-session", "-t", self.name)

    def close_meeting_details(self) -> None:
        """A new session opens with the meeting details: close them (Escape) and wait for the
        first section. (Its status line shows behind the dialog already.)"""
        self.wait_for("Mötesuppgifter", "Mötets titel")
        self.press("Escape")
        self.wait_for_gone("Mötets titel")
        self.wait_for("Avsnitt 1 av 6")


class Terminal:
    """A private tmux server and a workspace; `start` runs the command in a new session."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.workspace = root / "workspace"
        self.workspace.mkdir()
        # The server's socket lives with the test, so nothing is left behind in
        # /tmp/tmux-UID; a Unix socket's path must stay short, hence the fallback.
        self._socket_dir: Path | None = None
        self.socket = root / "tmux.sock"
        if len(str(self.socket)) > MAX_SOCKET_PATH:
            self._socket_dir = Path(tempfile.mkdtemp(prefix="facilitator-e2e-"))
            self.socket = self._socket_dir / "tmux.sock"
        self.command = facilitator_command()
        self.extra_env: dict[str, str] = {}
        self._runs = 0

    def tmux(self, *args: str) -> str:
        """Run a tmux command on this test's own server (-S), without any user configuration
        (-f), speaking UTF-8 whatever the test's locale (-u)."""
        result = subprocess.run(
            ["tmux", "-S", str(self.socket), "-f", "/dev/null", "-u", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=TMUX_ENV,
            timeout=TIMEOUT,
        )
        if result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.rstrip("\n")

    def start(self, *args: str, workspace: Path | None = None) -> Run:
        """Run `facilitator --workspace WS ARGS…` in a new tmux session of its own, in the
        test's workspace unless another `workspace` is given."""
        self._runs += 1
        name = f"run{self._runs}"
        pid_file = self.root / f"{name}.pid"
        workspace = workspace or self.workspace
        env = {
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color",
            "FACILITATOR_WORKSPACE": str(workspace),
            **self.extra_env,
        }
        command = shlex.join([self.command, "--workspace", str(workspace), *args])
        script = self.root / f"{name}.sh"
        script.write_text(
            "#!/bin/bash\n"
            + "".join(f"export {key}={shlex.quote(value)}\n" for key, value in env.items())
            + f"cd {shlex.quote(str(workspace))}\n"
            + "echo 'the shell before the app'\n"
            # A subshell that becomes the app: $BASHPID is then the app's PID.
            + f"( echo $BASHPID > {shlex.quote(str(pid_file))}; exec {command} )\n"
            + 'echo "EXIT=$?"\n'
            + "exec sleep 600\n"
        )
        self.tmux(
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            f"bash {shlex.quote(str(script))}",
        )
        return Run(self, name, pid_file)

    def plant(self, source: str) -> None:
        """Have every later run import `source` at start-up, as a `sitecustomize` module on
        PYTHONPATH: for the few faults no keyboard can cause."""
        folder = self.root / "plant"
        folder.mkdir(exist_ok=True)
        (folder / "sitecustomize.py").write_text(source)
        self.extra_env["PYTHONPATH"] = str(folder)

    def close(self) -> None:
        subprocess.run(
            ["tmux", "-S", str(self.socket), "kill-server"],
            capture_output=True,
            env=TMUX_ENV,
            timeout=TIMEOUT,
        )
        self.socket.unlink(missing_ok=True)
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)

    # -- the workspace -------------------------------------------------------------------

    def session_files(self) -> list[Path]:
        folder = self.workspace / "sessions"
        return sorted(folder.glob("*.toml")) if folder.is_dir() else []

    def only_session(self) -> Path:
        files = self.session_files()
        assert len(files) == 1, f"expected one session file, found {files}"
        return files[0]


def read_toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def notes_by_section(path: Path) -> dict[str, str]:
    return {s["id"]: s.get("notes", "") for s in read_toml(path)["sections"]}


def wait_for_notes(path: Path, section: str, text: str, timeout: float = TIMEOUT) -> None:
    """Wait until the session file holds `text` in `section`'s notes (after an autosave)."""
    eventually(
        lambda: path.exists() and notes_by_section(path).get(section) == text,
        f"{text!r} in the notes of {section} in {path}",
        timeout,
    )


def folder_state(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under `folder` (dot files too): its bytes, mtime and mode."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


NO_AUTOSAVE = """\
# Planted by the end-to-end tests: no autosave, so only the path under test can save.
import facilitator.tui.saver as saver

saver.Saver.changed = lambda self: None
"""

# With NO_AUTOSAVE: F5 (the minutes preview) raises, as a bug in a handler would, so only the
# path for an unexpected error can save. No realistic input provokes one once the known ones
# are fixed, so the tests plant it.
PREVIEW_FAULT = (
    NO_AUTOSAVE
    + """
import facilitator.tui.exporting as exporting


def preview(app, controller):
    raise RuntimeError("planted fault in the minutes preview")


exporting.preview = preview
"""
)


def eventually(check: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.1)


STOCKHOLM = timezone(timedelta(hours=1))


def prepare_session(
    workspace: Path,
    *,
    title: str,
    changed: datetime,
    section: str,
    notes: str = "",
    finished: bool = False,
) -> Path:
    """A session file as an earlier run would have left it, last changed at `changed`
    (in the file and in its modification time)."""
    from facilitator.domain.session import Session
    from facilitator.paths import Workspace
    from facilitator.storage.catalog import resolve_workshop
    from facilitator.storage.sessions import new_session_path, save_session

    space = Workspace(workspace)
    session = Session(resolve_workshop(None, space), clock=lambda: changed)
    session.set_meeting("title", title)
    session.go_to(section)
    if notes:
        session.set_notes(section, notes)
    if finished:
        session.finish()
    path = new_session_path(space, session)
    save_session(path, session)
    os.utime(path, (changed.timestamp(), changed.timestamp()))
    return path
