"""save: building and atomically writing a session of 10, 100, 1,000 and 10,000 items.

`save_session` is what every save does: the session becomes a document, the document TOML
text, and the text is written to a temporary file, fsynced and renamed over the old one. Its
baseline is `json.dumps` of the same document written the same way, so the disk costs the
same on both sides. A second row per size leaves the disk out: session to text, against
`json.dumps` of the document alone.
"""

from __future__ import annotations

import json

from common import Context, Row, growth_row, interleaved, timed
from facilitator.storage.atomic import write_atomic
from facilitator.storage.session_toml import dumps_session, session_to_document
from facilitator.storage.sessions import save_session
from sessions import build_session

NAME = "save"
MAX_RATIO = 10.0  # at 1,000 items


def as_json(document: object) -> str:
    return json.dumps(document, default=str, ensure_ascii=False)


def run(ctx: Context) -> list[Row]:
    folder = ctx.scratch / "save"
    folder.mkdir(exist_ok=True)
    rows: list[Row] = []
    saved: dict[int, list[float]] = {}
    for items in ctx.sizes:
        session = build_session(items)
        document = session_to_document(session)
        toml_path = folder / f"save-{items}.toml"
        json_path = folder / f"save-{items}.json"
        target = "≤ 10× json.dumps" if items == 1_000 else ""
        limit = MAX_RATIO if items == 1_000 else None

        mine, base = interleaved(
            ctx.runs,
            lambda s=session, p=toml_path: timed(lambda: save_session(p, s)),
            lambda d=document, p=json_path: timed(
                lambda: write_atomic(p, as_json(d).encode("utf-8"))
            ),
        )
        saved[items] = mine
        rows.append(
            Row(
                NAME,
                f"{items:,} items, written",
                "ms",
                mine,
                "json.dumps, written",
                base,
                target=target,
                max_ratio=limit,
            )
        )
        mine, base = interleaved(
            ctx.runs,
            lambda s=session: timed(lambda: dumps_session(s)),
            lambda d=document: timed(lambda: as_json(d)),
        )
        rows.append(
            Row(
                NAME,
                f"{items:,} items, to text only",
                "ms",
                mine,
                "json.dumps",
                base,
                target=target,
                max_ratio=limit,
            )
        )
    rows.append(growth_row(NAME, saved, ", written"))
    return rows
