"""The key figures' trend as inline SVG for the HTML minutes: no script, nothing fetched.

One small line chart per key figure, from a list of points (a meeting's label, its value),
so the same function draws the two meetings a follow-up knows of itself or a whole series
when the caller has read it (domain/trend.py). Each chart says its values in words too:
the values stand as text beside each point (for up to `LABELLED` meetings; the first and the
last beyond that), and the chart's accessible name (`aria-label`, `<title>`) lists every
value, so a screen reader and a printout lose nothing. Everything drawn is black and grey,
so it prints as it shows. A rank (an ordinal figure, "3:e") is drawn with 1 at the top: up
is better there as everywhere else.

Every text is escaped for HTML and ends the direction it opened; numbers are written by the
program and can hold nothing else.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from facilitator.domain.text import close_direction
from facilitator.domain.values import format_number, format_ordinal
from facilitator.domain.workshop import Figure
from facilitator.export.changes import Point
from facilitator.export.escape import inline_text
from facilitator.i18n import Translator

WIDTH, HEIGHT = 220, 110
LEFT = RIGHT = 36  # room for a value written centred on the first and last point
TOP, BOTTOM = 24, 28  # room for the values above the line and the meetings under it
LABELLED = 8  # up to this many meetings, every point has its value and its meeting written

STYLE = """\
.trends { display: flex; flex-wrap: wrap; gap: 0.4em 3%; margin: 0.5em 0 0.8em; }
.trend { width: 31%; margin: 0; break-inside: avoid; page-break-inside: avoid; }
.trend svg { display: block; width: 100%; height: auto; overflow: visible; }
.trend figcaption { font-size: 8.5pt; line-height: 1.2; margin-top: 0.15em; }
.trend text { font-family: inherit; }
@media screen and (max-width: 40em) { .trend { width: 100%; max-width: 22em; } }
"""


def _text(text: str) -> str:
    """Text for HTML or SVG: one line, ending the direction it opened, escaped."""
    return html.escape(close_direction(inline_text(text)), quote=True)


def value_text(value: float, figure: Figure, tr: Translator) -> str:
    """A value as plain text ("38,5 %", "3:e"), as the minutes write it."""
    language = tr.language
    if figure.ordinal:
        return format_ordinal(int(value), language)
    shown = format_number(int(value) if value.is_integer() else value, language)
    unit = inline_text(figure.unit)
    if not unit:
        return shown
    return shown + ("" if unit == "%" and language == "en" else "\u00a0") + unit


def _fmt(number: float) -> str:
    return f"{number:.1f}"


def trend_svg(figure: Figure, points: Sequence[Point], tr: Translator) -> str:
    """One figure's chart, as a `<figure>` holding the SVG and a caption; "" when fewer
    than two meetings have a valid value (there is no trend to draw)."""
    values = [p.value for p in points if p.value is not None]
    if len(values) < 2:
        return ""
    words = [
        f"{p.label}: "
        + (value_text(p.value, figure, tr) if p.value is not None else tr("minutes.chart.missing"))
        for p in points
    ]
    name = tr("minutes.chart.label", figure=inline_text(figure.label), values="; ".join(words))
    low, high = min(values), max(values)
    span = high - low
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = inner_w / (len(points) - 1) if len(points) > 1 else 0.0

    def x(index: int) -> float:
        return LEFT + index * step

    def y(value: float) -> float:
        share = (value - low) / span if span > 0 and math.isfinite(span) else 0.5
        if figure.ordinal:
            share = 1 - share  # rank 1 at the top
        return TOP + inner_h * (1 - share)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{_text(name)}">',
        f"<title>{_text(name)}</title>",
        f'<line x1="{LEFT - 6}" y1="{HEIGHT - BOTTOM + 6}" x2="{WIDTH - RIGHT + 6}" '
        f'y2="{HEIGHT - BOTTOM + 6}" stroke="#8a8a8a" stroke-width="0.8"/>',
    ]
    # The line, broken where a meeting has no valid value.
    run: list[str] = []
    for index, point in enumerate([*points, Point("", None)]):
        if point.value is not None:
            run.append(f"{_fmt(x(index))},{_fmt(y(point.value))}")
            continue
        if len(run) > 1:
            out.append(
                f'<polyline points="{" ".join(run)}" fill="none" stroke="#1a1a1a" '
                'stroke-width="1.6" stroke-linejoin="round"/>'
            )
        run = []
    last = len(points) - 1
    every = len(points) <= LABELLED
    for index, point in enumerate(points):
        written = every or index in (0, last)
        if point.value is not None:
            px, py = _fmt(x(index)), _fmt(y(point.value))
            out.append(f'<circle cx="{px}" cy="{py}" r="2.6" fill="#1a1a1a"/>')
            if written:
                shown = _text(value_text(point.value, figure, tr))
                out.append(
                    f'<text x="{px}" y="{_fmt(y(point.value) - 8)}" font-size="12" '
                    f'fill="#1a1a1a" text-anchor="middle">{shown}</text>'
                )
        if written:
            out.append(
                f'<text x="{_fmt(x(index))}" y="{HEIGHT - 5}" font-size="10.5" fill="#444" '
                f'text-anchor="middle">{_text(point.label)}</text>'
            )
    out.append("</svg>")
    caption = f"<figcaption><bdi>{_text(figure.label)}</bdi></figcaption>"
    return '<figure class="trend">\n' + "\n".join(out) + f"\n{caption}\n</figure>\n"


def trend_charts(charts: Sequence[tuple[Figure, Sequence[Point]]], tr: Translator) -> str:
    """The charts of every figure that has a trend, side by side; "" when none has."""
    drawn = "".join(trend_svg(figure, points, tr) for figure, points in charts)
    return f'<div class="trends">\n{drawn}</div>\n' if drawn else ""
