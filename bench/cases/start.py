"""start: process start to the first frame of `facilitator new` (the built-in step 2), in a
pseudo-terminal of 120×40, against a bare Textual app showing one Static.

`facilitator new` opens the meeting details over the session screen at once, so its first
frame is that dialog: the clock stops when the dialog's title ("Mötesuppgifter") is on the
terminal. The bare app shows the same word in its one Static.
"""

from __future__ import annotations

from baselines import BARE_APP
from common import Context, Row, interleaved
from terminal import facilitator_command, launch, python_command, terminal_env

NAME = "start"
MARKER = "Mötesuppgifter"


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "start"
    workspace.mkdir(exist_ok=True)
    env = terminal_env(workspace)
    bare = python_command(str(BARE_APP), MARKER)
    new = facilitator_command("new")

    def ours() -> float:
        return launch(new, MARKER, env=env, cwd=workspace).first_frame * 1000

    def theirs() -> float:
        return launch(bare, MARKER, env=env, cwd=workspace).first_frame * 1000

    mine, base = interleaved(ctx.runs, ours, theirs)
    return [
        Row(
            NAME,
            "facilitator new → first frame",
            "ms",
            mine,
            "bare app",
            base,
            target="≤ 1.4× bare app",
            max_ratio=1.4,
        )
    ]
