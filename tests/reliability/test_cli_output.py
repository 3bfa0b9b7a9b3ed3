"""Item 17: what the command line prints is fit for a terminal, in any encoding.

Text from files reached the terminal raw through the command line: an escape sequence in a
YAML key, an unknown TOML key, a lock owner's host name, a file name or a title could write
the clipboard (OSC 52), clear the screen, retitle the window or reverse the line (U+202E).
And a file name that is not UTF-8, or a Latin-1 or ASCII terminal, ended `sessions`,
`workshops` and `validate` with UnicodeEncodeError. Now every line is made safe (each such
character shown as its code, `\\x1b`) and what the encoding cannot show becomes "?".
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.paths import Workspace
from facilitator.storage.lock import SessionLock, owner_path
from facilitator.storage.session_toml import dumps_session
from unit.helpers import example_session

from .hostile_text import HOSTILE

EVIL = HOSTILE["escapes"] + HOSTILE["bidi"]
EVIL_NAME = "möte\x1b]0;pwned\x07\x1b[2J\u202e"  # a file name may hold all but / and NUL
# What no line printed may hold: C0 but newline, DEL, C1, bidi controls, and the
# surrogates a non-UTF-8 name becomes (they cannot be printed at all).
NOT_FOR_A_TERMINAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def toml_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid TOML basic string


def hostile_workspace(workspace: Workspace) -> dict[str, Path]:
    sessions = workspace.ensure(workspace.sessions)
    workshops = workspace.ensure(workspace.workshops)
    files: dict[str, Path] = {}
    # A workshop whose key and title hold escapes.
    files["yaml key"] = workshops / "evil.yaml"
    files["yaml key"].write_text(
        f"{toml_string('k' + EVIL)}: 1\ntitle: {toml_string(EVIL)}\n", encoding="utf-8"
    )
    # A session with an unknown key, and one with a hostile title and workshop title.
    text = dumps_session(example_session())
    files["toml key"] = sessions / "unknown-key.toml"
    files["toml key"].write_text(
        text.replace("kind = ", f"{toml_string(EVIL)} = 1\nkind = ", 1), encoding="utf-8"
    )
    titled = example_session()
    titled.meeting.title = EVIL  # the bidi controls stay in the session; C0/C1 do not
    files["title"] = sessions / "titled.toml"
    files["title"].write_text(dumps_session(titled), encoding="utf-8")
    # A file name with escapes, damaged, and a held lock whose owner file lies.
    files["file name"] = sessions / f"{EVIL_NAME}.toml"
    files["file name"].write_text("kind = [\n", encoding="utf-8")
    files["lock owner"] = sessions / "held.toml"
    files["lock owner"].write_text(text, encoding="utf-8")
    return files


class Printed:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.lines = 0
        self.runs = 0

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
        environment = {**os.environ, "FACILITATOR_WORKSPACE": str(self.workspace.root)}
        environment.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", **(env or {}))
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "--lang", "en", *args],
            cwd=self.workspace.root,
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )
        encoding = (env or {}).get("PYTHONIOENCODING", "utf-8")
        output = (result.stdout + result.stderr).decode(encoding)
        assert "Traceback" not in output, output
        findings = [m.group() for m in NOT_FOR_A_TERMINAL.finditer(output)]
        assert findings == [], (args, findings, output)
        self.runs += 1
        self.lines += len(output.splitlines())
        return result.returncode, output


@pytest.mark.slow
def test_no_command_prints_what_a_terminal_would_act_on(
    workspace: Workspace, figure: Callable[[str], None]
) -> None:
    files = hostile_workspace(workspace)
    run = Printed(workspace)
    lock = SessionLock(files["lock owner"])
    lock.acquire()
    owner = {"pid": 4242, "host": f"host{EVIL}", "since": f"igår{EVIL}"}
    owner_path(files["lock owner"]).write_text(json.dumps(owner), encoding="utf-8")
    try:
        status, out = run("validate", str(files["yaml key"]))
        assert status == 1 and "\\x1b]52;c;ZXZpbA==\\x07" in out
        status, out = run("workshops")
        assert status == 0 and "evil" in out
        status, out = run("new", str(files["yaml key"]))
        assert status == 1 and "\\x1b[2J" in out
        status, out = run("sessions")
        assert status == 0 and "\\u202e" in out and "möte\\x1b]0;pwned\\x07" in out
        run("export", "titled.toml")  # `resume` would open the screen, which has its own filter
        for name in ("unknown-key.toml", files["file name"].name):
            for command in ("export", "resume", "restore"):
                assert run(command, name)[0] == 1
        status, out = run("export", "unknown-key.toml")
        assert status == 1 and "unknown key" in out and "\\x1b" in out
        status, out = run("restore", "held.toml")
        assert status == 1 and "in use by PID 4242 on host" in out and "\\x9b31m" in out
    finally:
        lock.release()
    figure(
        f"escape sequences, C1 controls and bidi in {len(files)} places (YAML key, TOML key,"
        f" title, file name, lock owner) × {run.runs} runs of 7 commands: {run.lines} lines"
        " printed, 0 control or bidi characters among them"
    )


@pytest.mark.slow
def test_names_not_in_utf8_and_narrow_encodings_print_without_a_traceback(
    workspace: Workspace, figure: Callable[[str], None]
) -> None:
    sessions = workspace.ensure(workspace.sessions)
    workshops = workspace.ensure(workspace.workshops)
    titled = example_session()
    titled.meeting.title = "Ledningsgruppens möte → beslut ✓"
    (sessions / "möte.toml").write_text(dumps_session(titled), encoding="utf-8")
    raw_sessions, raw_workshops = os.fsencode(sessions), os.fsencode(workshops)
    Path(os.fsdecode(raw_sessions + b"/m\xf6te-latin1.toml")).write_bytes(b"kind = [\n")
    Path(os.fsdecode(raw_workshops + b"/\xff\xfe.yaml")).write_bytes(b"title: x\n")
    run = Printed(workspace)
    encodings = ("utf-8", "latin-1", "ascii")
    for encoding in encodings:
        env = {"PYTHONIOENCODING": encoding}
        status, out = run("sessions", env=env)
        assert status == 0 and "m\\xf6te-latin1.toml" in out
        assert "Ledningsgruppens m" in out
        status, out = run("workshops", env=env)
        assert status == 0 and "\\xff\\xfe" in out
        status, out = run("validate", os.fsdecode(raw_workshops + b"/\xff\xfe.yaml"), env=env)
        assert status == 1 and "\\xff\\xfe.yaml" in out
        status, out = run("--lang", "sv", "sessions", env=env)  # SPRÅK, pågår
        assert status == 0
    figure(
        f"names not UTF-8 in sessions/ and workshops/, titles with → and ✓, {len(encodings)}"
        f" terminal encodings (UTF-8, Latin-1, ASCII) × 4 commands: {run.runs} runs,"
        " 0 tracebacks"
    )
