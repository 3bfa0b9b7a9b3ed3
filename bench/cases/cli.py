"""cli: the commands that never open the screen, run as a person runs them, each a fresh
process: `facilitator sessions` in a workspace of 1,000 session files (each the 10-item
session under its own title, saved as facilitator saves it), and `facilitator export` of the
1,000-item session (all four formats). Neither may import Textual: each run checks what the
process imported.

`sessions` is set against a bare Python that parses the same 1,000 files with tomllib, and
must take at most 0.3 times as long: it reads each file's head (storage.session_head), not the
whole file. `export` has no target; for scale, it is set against a bare Python starting up.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from common import Context, Row, interleaved
from facilitator.storage.session_toml import dumps_session
from sessions import build_session, session_file

NAME = "cli"
FILES = 1_000

# Runs the real command line in this process's interpreter and reports, on its way out,
# whether anything of Textual was imported.
PROBE = """
import json, sys
report, args = sys.argv[1], sys.argv[2:]
from facilitator.cli import main
try:
    main(args)
finally:
    loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
    with open(report, "w") as handle:
        json.dump(loaded, handle)
"""
BARE_PARSE = """
import sys, tomllib, pathlib
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.toml")):
    tomllib.loads(path.read_text(encoding="utf-8"))
"""


def write_sessions(folder: Path, count: int) -> None:
    """`count` files of the 10-item session, each under its own title and saved as facilitator
    saves it (its first line then vouches for it: see storage.session_head)."""
    folder.mkdir(parents=True, exist_ok=True)
    session = build_session(10)
    title = session.meeting.title
    for number in range(count):
        session.meeting.title = f"{title} nr {number}"
        path = folder / f"2026-11-30-session-{number:04d}.toml"
        path.write_text(dumps_session(session), encoding="utf-8")


def timed_process(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600)
    took = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{argv[2:]} failed: {result.stderr.strip()[-500:]}")
    return took


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "cli"
    sessions = workspace / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    write_sessions(sessions, FILES)
    big = session_file(ctx.scratch / "resume" / "sessions", 1_000)
    report = workspace / "imported.json"
    textual_seen: set[str] = set()

    def facilitator(*args: str) -> float:
        took = timed_process(
            [sys.executable, "-c", PROBE, str(report), "--workspace", str(workspace), *args],
            workspace,
        )
        textual_seen.update(json.loads(report.read_text(encoding="utf-8")))
        return took

    listing, parsing = interleaved(
        ctx.runs,
        lambda: facilitator("sessions"),
        lambda: timed_process([sys.executable, "-c", BARE_PARSE, str(sessions)], workspace),
    )
    out = workspace / "exports"
    exporting, python = interleaved(
        ctx.runs,
        lambda: facilitator("export", str(big), "--out", str(out)),
        lambda: timed_process([sys.executable, "-c", "pass"], workspace),
    )
    verdict = "no Textual imported" if not textual_seen else f"IMPORTED {sorted(textual_seen)}"
    return [
        Row(
            NAME,
            f"facilitator sessions, {FILES:,} files",
            "ms",
            listing,
            "python + tomllib, same files",
            parsing,
            target="≤ 0.3× tomllib; no Textual",
            max_ratio=0.3,
            passed=not textual_seen,
            note=verdict,
        ),
        Row(
            NAME,
            "facilitator export, 1,000 items",
            "ms",
            exporting,
            "python -c pass",
            python,
            target="no Textual; report",
            passed=not textual_seen,
            note=verdict,
        ),
    ]
