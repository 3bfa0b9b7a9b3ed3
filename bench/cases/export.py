"""export: the minutes as Markdown and HTML and the commitments as CSV and iCalendar, for the
sessions of 10, 100, 1,000 and 10,000 items, as `facilitator export` renders them
(`render_exports`, all five formats, nothing written), against markdown-it alone rendering
the same minutes (the Markdown made beforehand) to HTML with the exporter's settings.
"""

from __future__ import annotations

from common import Context, Row, growth_row, interleaved, timed
from facilitator.export import minutes_markdown, render_exports
from sessions import build_session

NAME = "export"
MAX_RATIO = 2.5


def markdown_it_alone(markdown: str) -> str:
    from markdown_it import MarkdownIt

    rendered: str = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return rendered


def run(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    exported: dict[int, list[float]] = {}
    for items in ctx.sizes:
        session = build_session(items)
        markdown = minutes_markdown(session)
        mine, base = interleaved(
            ctx.runs,
            lambda s=session: timed(lambda: render_exports(s)),
            lambda m=markdown: timed(lambda: markdown_it_alone(m)),
        )
        exported[items] = mine
        rows.append(
            Row(
                NAME,
                f"{items:,} items, md + html + csv + xlsx + ics",
                "ms",
                mine,
                "markdown-it alone",
                base,
                target="≤ 2.5× markdown-it",
                max_ratio=MAX_RATIO,
            )
        )
    rows.append(growth_row(NAME, exported))
    return rows
