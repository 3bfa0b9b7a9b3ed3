"""mem: peak resident memory (the kernel's high-water mark, VmHWM) of `facilitator new`
against the bare app, each read in its pseudo-terminal once it has drawn its first frame and
gone quiet. The same for `facilitator resume` of the 1,000-item session, for information.
"""

from __future__ import annotations

from common import Context, Row, interleaved
from sessions import commitments_section, session_file
from terminal import bare_app_command, facilitator_command, launch, terminal_env

NAME = "mem"
QUIET = 0.3
MB = 1024 * 1024


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "mem"
    workspace.mkdir(exist_ok=True)
    env = terminal_env(workspace)
    path = session_file(ctx.scratch / "resume" / "sessions", 1_000, current=commitments_section())

    def measure(argv: list[str], marker: str) -> float:
        return launch(argv, marker, env=env, cwd=workspace, quiet_after=QUIET).peak_rss / MB

    new, bare_new = interleaved(
        ctx.runs,
        lambda: measure(facilitator_command("new"), "Mötesuppgifter"),
        lambda: measure(bare_app_command("Mötesuppgifter"), "Mötesuppgifter"),
    )
    resume, bare_resume = interleaved(
        ctx.runs,
        lambda: measure(facilitator_command("resume", str(path)), "Avsnitt 5 av 6"),
        lambda: measure(bare_app_command("Avsnitt 5 av 6"), "Avsnitt 5 av 6"),
    )
    return [
        Row(
            NAME,
            "facilitator new, peak RSS",
            "MB",
            new,
            "bare app",
            bare_new,
            target="≤ 1.3× bare app",
            max_ratio=1.3,
        ),
        Row(
            NAME,
            "facilitator resume (1,000 items), peak RSS",
            "MB",
            resume,
            "bare app",
            bare_resume,
            target="(for information)",
        ),
    ]
