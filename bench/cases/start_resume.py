"""start-resume: process start to the commitments table on screen, for `facilitator resume` of
a session with 1,000 commitments and 100,000 characters of notes (a session of 1,000 items,
see bench/sessions.py) left at its commitments section. The clock stops when the line above
the table ("Åtaganden: 1000, varav 333 öppna", written in the same frame as the table's rows,
once they are in) is on the terminal: the top line comes a frame or two before the table, and
the screen is not there until the table is. The bare app shows the same words in its one
Static.
"""

from __future__ import annotations

from common import Context, Row
from sessions import commitments_section, session_file
from terminal import facilitator_command, first_frames

NAME = "start-resume"
MARKER = "Åtaganden: 1000, varav 333 öppna"
ITEMS = 1_000


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "resume"
    path = session_file(workspace / "sessions", ITEMS, current=commitments_section())
    resume = facilitator_command("resume", str(path))
    mine, base = first_frames(ctx.runs, resume, MARKER, workspace)
    return [
        Row(
            NAME,
            "facilitator resume, 1,000 commitments, 100,000 chars of notes → table on screen",
            "ms",
            mine,
            "bare app",
            base,
            target="≤ 2× bare app",
            max_ratio=2.0,
        )
    ]
