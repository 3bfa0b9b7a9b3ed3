"""The trend of a follow-up's series on the wrap-up: each key figure and each answer, meeting
by meeting, with a sparkline for a figure that has moved.

The earlier meetings' files are read on a worker thread (`storage/series.py`, which only
reads), so a series of fifty meetings on a slow shared folder never holds the screen; until
they are in, one line says they are being read. The open session itself is not read from its
file: its record is made from the session in memory, on the screen's thread, when the widget
starts and after every edit, so the last column is always what the room sees.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Sparkline, Static

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.text import close_direction
from facilitator.domain.trend import RowKind, Trend, series_trend
from facilitator.storage.series import SeriesRead, read_series
from facilitator.storage.series_read import MeetingFile, meeting_of
from facilitator.tui.controller import SessionController
from facilitator.tui.widgets.fields import Literal

ARROW = " → "


def figure_number(text: str) -> float | None:
    """A figure as typed ("38,5", "1 200") as a number for the sparkline, or None."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


class SeriesTrend(Vertical):
    """The trend of the open session's series (shown only for a follow-up)."""

    DEFAULT_CSS = """
    SeriesTrend {
        height: auto;
    }
    SeriesTrend .trend-lines {
        padding: 0 0 0 2;
    }
    SeriesTrend .trend-figure {
        height: auto;
        padding: 0 0 0 2;
    }
    SeriesTrend .trend-figure Literal {
        width: 1fr;
    }
    SeriesTrend .trend-figure Sparkline {
        width: 16;
        margin: 0 0 0 1;
    }
    """

    def __init__(self, controller: SessionController, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.controller = controller
        self._read: SeriesRead | None = None
        self._current: MeetingFile | None = None
        self._drawn: tuple[object, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static(self.controller.tr("trend.heading"), classes="part-title")
        yield Literal(self.controller.tr("trend.loading"), id="trend-status", classes="hint")
        yield Vertical(id="trend-figures")
        yield Literal("", id="trend-answers", classes="trend-lines")

    def on_mount(self) -> None:
        current = self._meeting()
        if current is not None:
            self._current = current
            self._read_series(current, self._path())

    def _path(self) -> Path:
        store = self.controller.store
        return store.path if store is not None else self.controller.workspace.sessions

    def _meeting(self) -> MeetingFile | None:
        if not self.controller.is_open:
            return None
        return meeting_of(self.controller.session, self._path().name)

    @work(thread=True, exclusive=True, group="series-trend")
    def _read_series(self, current: MeetingFile, path: Path) -> None:
        """Read the series' files (only read: nothing is written), then show it."""
        try:
            found = read_series("", self.controller.workspace, current=(current, path))
        except (FacilitatorError, OSError) as error:
            self.app.call_from_thread(self._show_problem, str(error).splitlines()[0])
            return
        self.app.call_from_thread(self._show, found)

    def session_changed(self) -> None:
        """After an edit: the open session's column anew, the files as they were read."""
        current = self._meeting()
        if current is None or current == self._current:
            return
        self._current = current
        if self._read is not None:
            self._draw()

    def _show_problem(self, line: str) -> None:
        self.query_one("#trend-status", Literal).update(line)

    def _show(self, found: SeriesRead) -> None:
        self._read = found
        self._draw()

    def trend(self) -> Trend | None:
        """The trend as shown: the files read, the open session as it is now."""
        if self._read is None:
            return None
        records = list(self._read.records)
        if self._current is not None:
            records.append(self._current.record)  # replaces its file's record (same id)
        language = self.controller.tr.language
        notes = [note.line(language) for note in self._read.notes]
        return series_trend(records, series=self._read.series, language=language, notes=notes)

    def _draw(self) -> None:
        trend = self.trend()
        if trend is None:
            return
        tr = self.controller.tr
        meetings = ARROW.join(f"{c.label} ({c.date or '–'})" for c in trend.columns)
        status = [tr("trend.meeting") + ": " + meetings, *trend.notes]
        figures = [
            (row.text, [c.value if c.state == "value" else "" for c in row.cells])
            for row in trend.rows_of(RowKind.FIGURE)
        ]
        answers = []
        for row in trend.rows_of(RowKind.QUESTION):
            cells = [(c.label or c.value or "–") if c.state == "value" else "" for c in row.cells]
            answers.append(f"• {close_direction(row.text)}: {ARROW.join(cells)}")
        drawn = (tuple(status), tuple((t, tuple(v)) for t, v in figures), tuple(answers))
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self.query_one("#trend-status", Literal).update("\n".join(status))
        box = self.query_one("#trend-figures", Vertical)
        box.remove_children()
        rows = []
        for text, values in figures:
            shown = ARROW.join(v or "–" for v in values)
            numbers = [n for n in map(figure_number, values) if n is not None]
            parts: list[Literal | Sparkline] = [Literal(f"• {close_direction(text)}: {shown}")]
            if len(numbers) > 1:
                parts.append(Sparkline(numbers))
            rows.append(Horizontal(*parts, classes="trend-figure"))
        box.mount_all(rows)
        self.query_one("#trend-answers", Literal).update("\n".join(answers))
