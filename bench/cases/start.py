"""start: process start to the first frame of `facilitator new` (the built-in step 2), in a
pseudo-terminal of 120×40, against a bare Textual app showing one Static.

`facilitator new` opens the meeting details over the session screen at once, so its first
frame is that dialog: the clock stops when the dialog's title ("Mötesuppgifter") is on the
terminal. The bare app shows the same word in its one Static.
"""

from __future__ import annotations

from common import Context, Row
from terminal import facilitator_command, first_frames

NAME = "start"
MARKER = "Mötesuppgifter"


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "start"
    workspace.mkdir(exist_ok=True)
    mine, base = first_frames(ctx.runs, facilitator_command("new"), MARKER, workspace)
    return [
        Row(
            NAME,
            "facilitator new → first frame",
            "ms",
            mine,
            "bare app",
            base,
            target="≤ 1.3× bare app",
            max_ratio=1.3,
        )
    ]
