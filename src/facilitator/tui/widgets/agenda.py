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
    `SectionChosen`, as the section picker does."""


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
                agenda.replace_option_prompt_at_index(index, Content(line))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(SectionChosen(event.option.id))
