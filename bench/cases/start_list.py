"""start-list: process start to the first frame of the start screen (`facilitator` with no
command) in a workspace of 2,000 session files, against the same in a workspace with none,
in a pseudo-terminal of 120×40. The clock stops when the heading above the sessions ("Resume
a session") is on the terminal.

A shared folder of a whole organisation holds thousands of sessions. The start screen is
drawn at once and lists them as a thread reads them (tui/screens/start.py), so the folder
may cost the first frame little: at most 1.5 times the empty workspace's.
"""

from __future__ import annotations

from pathlib import Path

from cases.cli import write_sessions
from common import Context, Row, interleaved
from terminal import facilitator_command, launch, terminal_env

NAME = "start-list"
MARKER = "Resume a session"
FILES = 2_000


def run(ctx: Context) -> list[Row]:
    full = ctx.scratch / "start-list" / "full"
    empty = ctx.scratch / "start-list" / "empty"
    write_sessions(full / "sessions", FILES)
    empty.mkdir(parents=True, exist_ok=True)
    command = facilitator_command("--lang", "en")

    def first_frame(workspace: Path) -> float:
        env = terminal_env(workspace)
        return launch(command, MARKER, env=env, cwd=workspace).first_frame * 1000

    mine, base = interleaved(ctx.runs, lambda: first_frame(full), lambda: first_frame(empty))
    return [
        Row(
            NAME,
            f"start screen, {FILES:,} sessions in the folder → first frame",
            "ms",
            mine,
            "no sessions",
            base,
            target="≤ 1.5× no sessions",
            max_ratio=1.5,
        )
    ]
