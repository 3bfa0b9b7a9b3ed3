"""start: process start to the first frame of `facilitator new` (the built-in step 2), in a
pseudo-terminal of 120×40, against a bare Textual app showing one Static.

`facilitator new` opens the meeting details over the session screen at once, so its first
frame is that dialog: the clock stops when the dialog's title ("Mötesuppgifter") is on the
terminal. The bare app shows the same word in its one Static.

A third program is timed in the same runs: `baselines/bare_form.py`, a bare Textual app
showing a form like the meeting details, made of Textual's own widgets (the floor: what
Textual itself needs to put such a dialog on the screen). Its rows give it against the bare
app, and the facilitator against it: how much of start-up is the dialog's widgets, how much
the facilitator's own.
"""

from __future__ import annotations

from baselines import BARE_FORM
from common import Context, Row
from terminal import (
    bare_app_command,
    facilitator_command,
    launch,
    python_command,
    terminal_env,
)

NAME = "start"
MARKER = "Mötesuppgifter"


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "start"
    workspace.mkdir(exist_ok=True)
    env = terminal_env(workspace)
    commands = {
        "mine": facilitator_command("new"),
        "bare": bare_app_command(MARKER),
        "form": python_command(str(BARE_FORM), MARKER),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    order = list(commands)
    for index in range(ctx.runs + (1 if ctx.runs > 1 else 0)):  # the first is a warm-up
        turn = order[index % 3 :] + order[: index % 3]  # each goes first in turn
        measured = {
            name: launch(commands[name], MARKER, env=env, cwd=workspace).first_frame * 1000
            for name in turn
        }
        if ctx.runs == 1 or index > 0:
            for name, value in measured.items():
                times[name].append(value)
    return [
        Row(
            NAME,
            "facilitator new → first frame",
            "ms",
            times["mine"],
            "bare app",
            times["bare"],
            target="≤ 1.3× bare app",
            max_ratio=1.3,
        ),
        Row(
            NAME,
            "the same form in a bare Textual app (the floor)",
            "ms",
            times["form"],
            "bare app",
            times["bare"],
            target="none: what Textual needs",
        ),
        Row(
            NAME,
            "facilitator new ÷ the floor",
            "ms",
            times["mine"],
            "the floor, same run",
            times["form"],
            target="(for information)",
        ),
    ]
