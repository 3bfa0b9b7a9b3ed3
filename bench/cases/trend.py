"""trend: `facilitator trend` over a series of 50 meetings (the 10-item session and 49
follow-ups, each following the one before, each with its own figures and answers), run as a
person runs it, a fresh process, against a bare Python that parses the same 50 files with
tomllib. The command reads the heads of the sessions folder's files to find the series and
the 50 files whole; it may not import Textual (checked as in the cli case).
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

from cases.cli import BARE_PARSE, PROBE, timed_process
from common import Context, Row, interleaved
from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Outcome
from facilitator.storage.sessions import save_session
from sessions import CREATED, build_session

NAME = "trend"
MEETINGS = 50


def write_series(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    session = build_session(10)
    name = "2026-11-30-serie-01.toml"
    save_session(folder / name, session)
    outcomes = list(Outcome)
    for number in range(2, MEETINGS + 1):
        moment = CREATED + timedelta(days=30 * (number - 1))
        made = start_follow_up(session, follows=name, clock=lambda moment=moment: moment)
        for index, carried in enumerate(made.carried):
            made.set_outcome(carried.id, outcomes[(index + number) % len(outcomes)])
        for figure in made.workshop.figures():
            made.set_figure(figure.id, "value", str(40 - number % 20))
        name = f"{moment.date().isoformat()}-serie-{number:02d}.toml"
        save_session(folder / name, made)
        session = made
    return folder / name


def run(ctx: Context) -> list[Row]:
    workspace = ctx.scratch / "trend"
    sessions = workspace / "sessions"
    last = write_series(sessions)
    report = workspace / "imported.json"
    seen: set[str] = set()

    def trend() -> float:
        argv = [sys.executable, "-c", PROBE, str(report), "--workspace", str(workspace)]
        took = timed_process([*argv, "trend", str(last)], workspace)
        seen.update(json.loads(report.read_text(encoding="utf-8")))
        return took

    mine, base = interleaved(
        ctx.runs,
        trend,
        lambda: timed_process([sys.executable, "-c", BARE_PARSE, str(sessions)], workspace),
    )
    verdict = "no Textual imported" if not seen else f"IMPORTED {sorted(seen)}"
    return [
        Row(
            NAME,
            f"facilitator trend, a series of {MEETINGS} meetings",
            "ms",
            mine,
            "python + tomllib, same files",
            base,
            target="≤ 1.5× tomllib; no Textual",
            max_ratio=1.5,
            passed=not seen,
            note=verdict,
        )
    ]
