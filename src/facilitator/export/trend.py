"""A series' trend as text: a Markdown table per kind, one column per meeting, or CSV in long
format (one row per meeting and value: series, meeting, date, item id, item text, value).

Pure functions of a `Trend` (domain/trend.py) and the reader's language. A question's cell
reads "Delvis · Majoritet"; in the CSV its agreement is a row of its own (item id
`<id>:agreement`), so each value can be counted. A commitment reads its outcome where a
follow-up gave one, else its status. A cell the meeting did not have is empty, one that its
workshop no longer had reads "(borta)", an unanswered one "–".
"""

from __future__ import annotations

import csv
import io

from facilitator.domain.text import close_direction
from facilitator.domain.trend import KIND_ORDER, Cell, CellState, Row, RowKind, Trend
from facilitator.domain.vocabulary import commitment_number
from facilitator.export.escape import inline
from facilitator.i18n import t

AGREEMENT_SUFFIX = ":agreement"
# Each kind's heading and first column; a commitment's outcome and status, in words.
KIND_WORDS = {
    RowKind.QUESTION: ("trend.kind.question", "trend.col.question"),
    RowKind.ITEM: ("trend.kind.item", "trend.col.item"),
    RowKind.FIGURE: ("trend.kind.figure", "trend.col.figure"),
    RowKind.COMMITMENT: ("trend.kind.commitment", "trend.col.commitment"),
}
OUTCOME_WORDS = {
    "done": "outcome.done",
    "ongoing": "outcome.ongoing",
    "not-started": "outcome.not-started",
    "dropped": "outcome.dropped",
    "replaced": "outcome.replaced",
}
STATUS_WORDS = {"open": "status.open", "done": "status.done", "dropped": "status.dropped"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def note_lines(trend: Trend, language: str) -> list[str]:
    """Every line to say beside the trend: its notes (the files' problems, in words), then
    the meetings shown from a follow-up's copy."""
    copied = [t("trend.copied_note", language, label=c.label) for c in trend.columns if c.copied]
    return [*trend.notes, *copied]


def cell_text(row: Row, cell: Cell, language: str) -> str:
    """What a cell shows, in words."""
    if cell.state is CellState.EMPTY:
        return ""
    if cell.state is CellState.GONE:
        return t("trend.gone", language)
    if row.kind == RowKind.COMMITMENT:
        if cell.outcome in OUTCOME_WORDS:
            return t(OUTCOME_WORDS[cell.outcome], language)
        return t(STATUS_WORDS.get(cell.value, "status.open"), language)
    shown = cell.label or cell.value
    if not shown:
        return t("trend.unanswered", language)
    if row.kind == RowKind.QUESTION and cell.agreement:
        return f"{shown} · {t(f'agreement.{cell.agreement}', language)}"
    return shown


def row_text(row: Row) -> str:
    if row.kind == RowKind.COMMITMENT:
        return f"{commitment_number(row.id)} · {row.text}"
    return row.text


def trend_markdown(trend: Trend, language: str) -> str:
    """The trend as Markdown: a heading, the meetings, then one table per kind."""
    labels = [
        c.label + (f" {t('trend.copied', language)}" if c.copied else "") for c in trend.columns
    ]
    title = trend.columns[0].title if trend.columns else ""
    lines = [
        f"# {inline(t('trend.title', language, title=title))}",
        "",
        inline(t("trend.series", language, id=trend.series)),
        "",
        _table_row([t("trend.meeting", language), *labels]),
        _table_row(["---"] * (len(labels) + 1)),
        _table_row([t("trend.date", language), *(inline(c.date) for c in trend.columns)]),
        _table_row([t("trend.meeting_title", language), *(inline(c.title) for c in trend.columns)]),
        _table_row([t("trend.file", language), *(inline(c.file) for c in trend.columns)]),
    ]
    shown = False
    for kind in KIND_ORDER:
        rows = trend.rows_of(kind)
        if not rows:
            continue
        shown = True
        heading, column = KIND_WORDS[kind]
        lines += ["", f"## {t(heading, language)}", ""]
        lines.append(_table_row([t(column, language), *labels]))
        lines.append(_table_row(["---"] * (len(labels) + 1)))
        for row in rows:
            cells = (inline(cell_text(row, cell, language)) for cell in row.cells)
            lines.append(_table_row([inline(row_text(row)), *cells]))
    if not shown:
        lines += ["", t("trend.none", language)]
    return "\n".join(lines) + "\n"


def _text_cell(text: str) -> str:
    """A value as a CSV cell, kept from being read as a formula (as the commitments' CSV
    keeps its cells: export/commitments.py, not imported here for the sake of start-up)."""
    text = close_direction(text)
    return "'" + text if text.startswith(FORMULA_START) else text


def _table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell or " " for cell in cells) + " |"


def trend_csv(trend: Trend, language: str) -> str:
    """The trend in long format: one row per meeting and value that meeting had (a row it
    did not have, or no longer had, is left out), under a header row. The delimiter is the
    one the commitments' CSV uses for the language (`;` in Swedish). Lines end in LF: it is
    printed, and the csv module reads either ending back."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "sv" else ",", lineterminator="\n")
    writer.writerow(
        [
            t(f"trend.csv.{name}", language)
            for name in ("series", "session", "date", "id", "text", "value")
        ]
    )
    for row in trend.rows:
        for column, cell in zip(trend.columns, row.cells, strict=True):
            if cell.state is not CellState.VALUE:
                continue
            head = [trend.series, column.label, column.date]
            alone = Cell(CellState.VALUE, cell.value, cell.label, "", cell.outcome)
            value = cell_text(row, alone, language) if cell.value else ""
            writer.writerow([*head, row.id, _text_cell(row.text), _text_cell(value)])
            if row.kind == RowKind.QUESTION:
                agreement = t(f"agreement.{cell.agreement}", language) if cell.agreement else ""
                text = t("trend.agreement", language, text=row.text)
                writer.writerow(
                    [*head, row.id + AGREEMENT_SUFFIX, _text_cell(text), _text_cell(agreement)]
                )
    return buffer.getvalue()
