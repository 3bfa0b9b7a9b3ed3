"""start-resume: process start to the first frame of `facilitator resume` of a session with
1,000 commitments and 100,000 characters of notes (a session of 1,000 items, see
bench/sessions.py), left at its commitments section, so the first frame holds the table of
all 1,000. The clock stops when the top line ("Avsnitt 5 av 6", written once the section is
built) is on the terminal; the bare app shows the same words in its one Static.
"""

from __future__ import annotations

from baselines import BARE_APP
from common import Context, Row, interleaved
from sessions import commitments_section, session_file
from terminal import facilitator_command, launch, python_command, terminal_env

NAME = "start-resume"
MARKER = "Avsnitt 5 av 6"
ITEMS = 1_000


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "resume"
    path = session_file(workspace / "sessions", ITEMS, current=commitments_section())
    env = terminal_env(workspace)
    bare = python_command(str(BARE_APP), MARKER)
    resume = facilitator_command("resume", str(path))

    def ours() -> float:
        return launch(resume, MARKER, env=env, cwd=workspace).first_frame * 1000

    def theirs() -> float:
        return launch(bare, MARKER, env=env, cwd=workspace).first_frame * 1000

    mine, base = interleaved(ctx.runs, ours, theirs)
    return [
        Row(
            NAME,
            "facilitator resume, 1,000 commitments, 100,000 chars of notes → first frame",
            "ms",
            mine,
            "bare app",
            base,
            target="≤ 2× bare app",
            max_ratio=2.0,
        )
    ]
