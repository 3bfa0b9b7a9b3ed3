"""follow-up: process start to the first frame of `facilitator follow-up` of the session
with 1,000 commitments (a third of them open, so 333 are carried into the follow-up), against
`facilitator resume` of the same file, measured in the same run.

`facilitator follow-up` reads the earlier file, makes the follow-up (its carried commitments,
a copy of the earlier answers) and opens the meeting details over it, as `facilitator new`
does: its clock stops when the dialog's title ("Mötesuppgifter") is on the terminal.
`facilitator resume` stops when its commitments table is (see start_resume.py). Nothing is
written: the follow-up's file is made only once the details are confirmed.
"""

from __future__ import annotations

from common import Context, Row, interleaved
from sessions import commitments_section, session_file
from terminal import facilitator_command, launch, terminal_env

NAME = "follow-up"
MARKER = "Mötesuppgifter"
RESUMED = "Åtaganden: 1000, varav 333 öppna"
ITEMS = 1_000


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "resume"
    path = session_file(workspace / "sessions", ITEMS, current=commitments_section())
    env = terminal_env(workspace)

    def first_frame(argv: list[str], marker: str) -> float:
        return launch(argv, marker, env=env, cwd=workspace).first_frame * 1000

    follow_up = facilitator_command("follow-up", str(path))
    resume = facilitator_command("resume", str(path))
    mine, base = interleaved(
        ctx.runs,
        lambda: first_frame(follow_up, MARKER),
        lambda: first_frame(resume, RESUMED),
    )
    return [
        Row(
            NAME,
            "facilitator follow-up of 1,000 commitments → first frame",
            "ms",
            mine,
            "facilitator resume, same file",
            base,
            target="≤ 2× resume",
            max_ratio=2.0,
        )
    ]
