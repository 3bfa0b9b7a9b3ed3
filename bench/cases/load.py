"""load: reading and checking the session files of 10, 100, 1,000 and 10,000 items, as
`facilitator resume` does (`read_session`: read, decode, parse, validate into a Session),
against bare `tomllib.loads` of the same file (read and decoded the same way).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from common import Context, Row, growth_row, interleaved, timed
from facilitator.storage.sessions import read_session
from sessions import session_file

NAME = "load"
MAX_RATIO = 1.5


def bare(path: Path) -> object:
    return tomllib.loads(path.read_bytes().decode("utf-8"))


def run(ctx: Context) -> list[Row]:
    folder = ctx.scratch / "sessions"
    rows: list[Row] = []
    loaded: dict[int, list[float]] = {}
    for items in ctx.sizes:
        path = session_file(folder, items)
        mine, base = interleaved(
            ctx.runs,
            lambda p=path: timed(lambda: read_session(p)),
            lambda p=path: timed(lambda: bare(p)),
        )
        loaded[items] = mine
        rows.append(
            Row(
                NAME,
                f"{items:,} items",
                "ms",
                mine,
                "tomllib.loads",
                base,
                target="≤ 1.5× tomllib",
                max_ratio=MAX_RATIO,
            )
        )
    rows.append(growth_row(NAME, loaded))
    return rows
