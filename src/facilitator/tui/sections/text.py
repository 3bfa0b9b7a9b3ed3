"""A text section with key figures: the figures fill their placeholders in the text."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, Static

from facilitator.domain.last_time import figure_line
from facilitator.domain.placeholders import fill
from facilitator.domain.values import format_number, read_number
from facilitator.domain.workshop import Figure
from facilitator.tui.messages import FigureEdited
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.fields import EditInput, FieldProblem, Literal
from facilitator.tui.widgets.last_time import LastTime


class FilledText(Static):
    """The section text with each filled-in figure in bold and underlined (not only colour)."""

    def show(self, text: Content) -> None:
        """Show `text` unless it is already shown, styles included (Content compares only
        its words), so typing in a field that does not fill the text redraws nothing."""
        shown = self.content
        if not isinstance(shown, Content) or shown.markup != text.markup:
            self.update(text)

    DEFAULT_CSS = """
    FilledText {
        height: auto;
        max-width: 100;
        margin: 0 0 1 0;
    }
    """


class FigureField(Vertical):
    DEFAULT_CSS = """
    FigureField {
        height: auto;
        margin: 1 0 0 0;
    }
    FigureField .figure-label {
        text-style: bold;
    }
    FigureField Horizontal {
        height: auto;
    }
    FigureField .figure-value {
        width: 16;
    }
    FigureField .figure-unit {
        width: auto;
        padding: 1 1 0 0;
    }
    FigureField .figure-source {
        width: 1fr;
    }
    """


class TextSectionView(SectionView):
    ITEM_TYPES = (FigureField,)

    def compose_text(self) -> ComposeResult:
        if self.section.text:
            yield FilledText(self._filled_text(), id="filled-text")

    def _filled_text(self) -> Content:
        language = self.session.workshop.language
        parts = []
        for segment in fill(
            self.section.text, self.section.figures, self.session.figures, language
        ):
            if segment.filled:
                parts.append(Content.styled(segment.text, "bold underline $text-accent"))
            elif segment.figure_id:
                parts.append(Content.styled(segment.text, "bold"))
            else:
                parts.append(Content(segment.text))
        return Content("").join(parts)

    def compose_body(self) -> ComposeResult:
        # In a follow-up, each figure's line about last time, which changes with its value.
        self._last_times: dict[str, LastTime] = {}
        if self.section.figures:
            yield Static(self.tr("figures.title"), classes="part-title")
        for figure in self.section.figures:
            entry = self.session.figures[figure.id]
            with FigureField(id=f"figure-{figure.id}"):
                yield Literal(figure.label, classes="figure-label")
                if figure.help:
                    yield Literal(figure.help, classes="hint")
                with Horizontal():
                    yield EditInput(
                        entry.value,
                        partial(FigureEdited, figure.id, "value"),
                        placeholder=self._range(figure),
                        id=f"value-{figure.id}",
                        classes="figure-value",
                        disabled=self.read_only,
                    )
                    yield Literal(figure.unit, classes="figure-unit")
                    yield EditInput(
                        entry.source,
                        partial(FigureEdited, figure.id, "source"),
                        placeholder=self.tr("figures.source"),
                        id=f"source-{figure.id}",
                        classes="figure-source",
                        disabled=self.read_only,
                    )
                last_time = figure_line(self.session, figure, self.tr)
                if last_time:  # a follow-up, and the figure was there last time
                    line = LastTime(last_time, id=f"last-time-{figure.id}")
                    self._last_times[figure.id] = line
                    yield line
                yield FieldProblem(self._problem(figure, entry.value), id=f"problem-{figure.id}")

    def _range(self, figure: Figure) -> str:
        language = self.session.workshop.language
        return (
            f"{format_number(figure.minimum, language)}–{format_number(figure.maximum, language)}"
        )

    def _problem(self, figure: Figure, text: str) -> str:
        problem = read_number(text, figure).problem
        if problem is None:
            return ""
        language = self.session.workshop.language
        return self.tr(
            f"problem.{problem.value}",
            minimum=format_number(figure.minimum, language),
            maximum=format_number(figure.maximum, language),
        )

    @on(Input.Changed, ".figure-value")
    def _figure_typed(self, event: Input.Changed) -> None:
        figure_id = (event.input.id or "").removeprefix("value-")
        figure = next(f for f in self.section.figures if f.id == figure_id)
        self.query_one(f"#problem-{figure_id}", FieldProblem).show(
            self._problem(figure, event.value)
        )

    async def refresh_from_session(self) -> None:
        if self.section.text:
            self.query_one("#filled-text", FilledText).show(self._filled_text())
        for figure in self.section.figures:
            if figure.id in self._last_times:  # the change since last time, as typed now
                self._last_times[figure.id].update(figure_line(self.session, figure, self.tr))

    def show_value(self, figure_id: str) -> None:
        """Show in its field a value put into the session from elsewhere ("as last time").
        Only then: the field is where typing happens, and setting it from the session after
        each key could take back a key typed meanwhile."""
        field = self.query_one(f"#value-{figure_id}", Input)
        value = self.session.figures[figure_id].value
        if field.value != value:
            field.value = value
            field.cursor_position = len(value)
