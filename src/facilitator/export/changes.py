"""What changed since the meeting a follow-up follows: the answers and assessments that
moved, and every key figure then and now.

Built on the series' trend (domain/trend.py) with two columns, the earlier meeting as the
follow-up's copy of it (`Session.earlier`) and the follow-up itself, so the minutes match
rows by id exactly as `facilitator trend` does: a question the workshop no longer has is
gone, one it did not have then is new. A whole series, when the caller has read it, gives
the key figures' points for the chart (`figure_points`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.session import Session
from facilitator.domain.trend import (
    Cell,
    CellState,
    Row,
    RowKind,
    Trend,
    earlier_record,
    meeting_record,
    series_trend,
)
from facilitator.domain.values import read_number
from facilitator.domain.workshop import Figure


def since_last_time(session: Session) -> Trend | None:
    """The earlier meeting and this one side by side; None for a first meeting."""
    earlier = earlier_record(session)
    if earlier is None:
        return None
    return series_trend([earlier, meeting_record(session)], language=session.workshop.language)


@dataclass(frozen=True)
class Change:
    """One row that moved between the two meetings: `before` and `after` as their cells
    (an EMPTY `before` is new since then, a GONE `after` is no longer in the workshop)."""

    row: Row
    before: Cell
    after: Cell


def changed_answers(trend: Trend) -> list[Change]:
    """Questions whose answer or agreement changed and items whose assessment changed,
    in workshop order; a row unanswered at both meetings did not change."""
    found = []
    for row in [*trend.rows_of(RowKind.QUESTION), *trend.rows_of(RowKind.ITEM)]:
        before, after = row.cells[-2], row.cells[-1]
        if before.state is CellState.EMPTY and not after.value:
            continue  # new since then and not answered now either
        if before.state is CellState.VALUE and after.state is CellState.VALUE:
            same = (before.value, before.agreement) == (after.value, after.agreement)
            if same:
                continue
        found.append(Change(row, before, after))
    return found


def figure_rows(trend: Trend) -> list[Change]:
    """Every key figure then and now (changed or not: the figures are the trend itself),
    leaving out one that was filled in at neither meeting."""
    found = []
    for row in trend.rows_of(RowKind.FIGURE):
        before, after = row.cells[-2], row.cells[-1]
        if before.value or after.value:
            found.append(Change(row, before, after))
    return found


@dataclass(frozen=True)
class Point:
    """One meeting's key figure for the chart: the meeting's label (its date, else its
    number in the series) and the value, or None where it was missing or not valid."""

    label: str
    value: float | None


def figure_points(trend: Trend, figures: Sequence[Figure]) -> list[tuple[Figure, list[Point]]]:
    """Each figure of `figures` with its value at every meeting of the trend."""
    labels = [column.date.strip() or column.label for column in trend.columns]
    rows = {row.id: row for row in trend.rows_of(RowKind.FIGURE)}
    found = []
    for figure in figures:
        row = rows.get(figure.id)
        if row is None:
            continue
        points = [
            Point(label, _number(cell.value, figure) if cell.state is CellState.VALUE else None)
            for label, cell in zip(labels, row.cells, strict=True)
        ]
        found.append((figure, points))
    return found


def _number(typed: str, figure: Figure) -> float | None:
    value = read_number(typed, figure).value
    return float(value) if isinstance(value, int | float) else None
