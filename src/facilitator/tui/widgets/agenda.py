"""The agenda: every section with its state, the current one marked."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.progress import SectionState, section_state
from facilitator.domain.session import Session
from facilitator.i18n import Translator
from facilitator.tui.controller import SessionController
from facilitator.tui.messages import SectionChosen
from facilitator.tui.textual_compat import redraw_option

MARKS = {
    SectionState.NOT_STARTED: "○",
    SectionState.IN_PROGRESS: "◐",
    SectionState.DONE: "✓",
}


def agenda_line(session: Session, index: int, tr: Translator, *, width: int = 0) -> str:
    section = session.workshop.sections[index]
    state = section_state(session, section)
    current = "▶" if section.id == session.current_section else " "
    title = section.title
    if width and len(title) > width:
        title = title[: width - 1] + "…"
    return f"{current}{MARKS[state]} {index + 1}. {title}"


class AgendaList(OptionList):
    """The list of sections, one line each with its state; choosing one posts
    `SectionChosen`, as the section picker does.

    A move between sections changes two of its lines at most, and only those are drawn again
    (see `textual_compat.redraw_option`): the rest of the list stays as it was drawn."""

    def set_line(self, index: int, line: str) -> None:
        """Show `line` as the text of section `index` (literal text, never markup)."""
        redraw_option(self, index, Content(line))

    def mark_current(self, index: int) -> None:
        """Highlight section `index`, the one on screen, drawing the old and the new line only."""
        before = self.highlighted
        if before == index:
            return
        # Without the reactive's repaint of every line; its watcher only scrolls the line
        # into view (done below) and announces the highlight, which nothing here listens to.
        self.set_reactive(OptionList.highlighted, index)
        if before is not None:
            redraw_option(self, before)
        redraw_option(self, index)
        self.scroll_to_highlight()


class Agenda(Vertical):
    """Sidebar on wide screens; Ctrl+G opens the same list as a picker on narrow ones."""

    DEFAULT_CSS = """
    Agenda {
        width: 30;
        height: 1fr;
        border-right: heavy $primary;
        padding: 0 0 0 0;
    }
    Agenda .agenda-title {
        text-style: bold;
        padding: 0 1;
        color: $text-primary;
    }
    Agenda AgendaList {
        height: 1fr;
        border: none;
        padding: 0;
        background: transparent;
    }
    Agenda .agenda-legend {
        color: $text-muted;
        padding: 0 1;
        height: auto;
    }
    """

    def __init__(self, controller: SessionController, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.controller = controller
        self._shown: list[str] = []

    @property
    def session(self) -> Session:
        return self.controller.session

    @property
    def tr(self) -> Translator:
        return self.controller.tr

    def compose(self) -> ComposeResult:
        yield Static(self.tr("agenda.title"), classes="agenda-title")
        yield AgendaList(*self._options(), id="agenda-list")
        yield Static(self.tr("agenda.legend"), classes="agenda-legend")

    def _lines(self) -> list[str]:
        return [
            agenda_line(self.session, i, self.tr, width=22)
            for i in range(len(self.session.workshop.sections))
        ]

    def _options(self) -> list[Option]:
        self._shown = self._lines()
        return [
            Option(Content(line), id=s.id)
            for line, s in zip(self._shown, self.session.workshop.sections, strict=True)
        ]

    def refresh_states(self) -> None:
        """Rewrite the lines whose state changed (titles are literal text, never markup)."""
        agenda = self.query_one(AgendaList)
        for index, line in enumerate(self._lines()):
            if self._shown[index] != line:
                self._shown[index] = line
                agenda.set_line(index, line)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(SectionChosen(event.option.id))
