"""The start screen: start a new session from a workshop, or pick up an unfinished one."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.errors import FacilitatorError, SessionInUse, SessionWriteProtected
from facilitator.domain.session import Session
from facilitator.domain.workshop import WorkshopInfo
from facilitator.storage.catalog import list_workshops
from facilitator.storage.sessions import (
    OpenSession,
    SessionSummary,
    create_session,
    list_sessions,
    open_session,
)
from facilitator.storage.workshop_yaml import load_workshop
from facilitator.tui.controller import SessionController
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.widgets.fields import FieldProblem


class StartScreen(StyledOnce, Screen[None]):
    # Styled by screens/start.tcss, read with the app's sheet (FacilitatorApp.CSS_PATH).
    BINDINGS = [Binding("escape", "app.quit", "Quit", show=False)]
    # The workshops have the cursor first, focused in `on_mount` without scrolling: Textual's
    # own first focus scrolled the page past its first heading.
    AUTO_FOCUS = ""
    # The built-in workshops listed: read from their pre-read data when chosen.
    _builtin: frozenset[str] = frozenset()

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self.controller = controller

    def compose(self) -> ComposeResult:
        tr = self.controller.tr
        yield Static(tr("start.title"), id="start-title")
        # Scrolls: with sessions to resume and finished ones to follow up, the lists may not
        # all fit on a small screen, and the one with the cursor is scrolled into view.
        with VerticalScroll(id="start-body", can_focus=False):
            yield Static(tr("start.new"), classes="start-heading")
            workshops = [w for w in list_workshops(self.controller.workspace) if not w.problems]
            self._builtin = frozenset(w.source for w in workshops if w.builtin)
            yield OptionList(*[self._workshop_option(w) for w in workshops], id="workshops")
            yield Static(tr("start.resume"), classes="start-heading")
            readable = [s for s in list_sessions(self.controller.workspace) if not s.problem]
            unfinished = [s for s in readable if not s.finished]
            if unfinished:
                yield OptionList(*[self._session_option(s) for s in unfinished], id="sessions")
            else:
                yield Static(tr("start.no_sessions"), classes="hint")
            finished = [s for s in readable if s.finished]
            if finished:
                yield Static(tr("start.follow_up"), classes="start-heading")
                yield OptionList(*[self._session_option(s) for s in finished], id="finished")
                yield FieldProblem(id="follow-up-problem")
            yield Static(tr("start.hint"), classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#workshops", OptionList).focus(scroll_visible=False)

    def _workshop_option(self, info: WorkshopInfo) -> Option:
        """Two lines: the title, then language, sections and where it comes from, which tells
        apart a built-in workshop and the workspace's own copy of it (one id, two files)."""
        tr = self.controller.tr
        if info.builtin:
            origin = tr("start.builtin")
        else:
            origin = tr("start.own", file=self._shown_path(Path(info.source)))
        details = tr(
            "start.workshop_details",
            language=info.language,
            sections=info.sections,
            origin=origin,
        )
        prompt = Content.assemble((info.title, "bold"), "\n", (details, "dim"))
        return Option(prompt, id=info.source)

    def _shown_path(self, path: Path) -> str:
        """A workspace file as the user knows it: relative to the workspace."""
        try:
            return str(path.relative_to(self.controller.workspace.root))
        except ValueError:
            return str(path)

    def _session_option(self, summary: SessionSummary) -> Option:
        """Two lines: the meeting's title, then workshop, date, progress and last change."""
        tr = self.controller.tr
        changed = summary.updated.strftime("%Y-%m-%d %H:%M") if summary.updated else ""
        details = tr(
            "start.session_details",
            workshop=summary.workshop,
            date=summary.date,
            done=summary.done,
            total=summary.total,
            changed=changed,
        )
        title = summary.title or tr("cli.untitled")
        prompt = Content.assemble((title, "bold"), "\n", (details, "dim"))
        return Option(prompt, id=str(summary.path))

    @on(OptionList.OptionSelected, "#workshops")
    def _new(self, event: OptionList.OptionSelected) -> None:
        try:
            source = event.option.id or ""
            workshop = load_workshop(Path(source), builtin=source in self._builtin)
            store = create_session(
                self.controller.workspace, Session(workshop, clock=self.controller.clock)
            )
        except (FacilitatorError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.controller.open(store, new=True)

    @on(OptionList.OptionSelected, "#sessions")
    def _resume(self, event: OptionList.OptionSelected) -> None:
        path = Path(event.option.id or "")
        try:
            store: OpenSession = open_session(path)
        except SessionInUse as in_use:
            from facilitator.tui.screens.dialogs import InUseDialog

            def answered(read: bool | None) -> None:
                if read:
                    self.controller.open(open_session(path, read_only=True))

            self.app.push_screen(InUseDialog(self.controller.tr, in_use), answered)
            return
        except SessionWriteProtected:
            store = open_session(path, read_only=True)
            self.controller.open(store)
            self.notify(
                self.controller.tr("open.write_protected", path=str(store.path)),
                timeout=10,
                markup=False,
            )
            return
        except FacilitatorError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        except OSError as error:  # the folder takes no lock file: offer to look only
            from facilitator.tui.screens.dialogs import offer_read_only

            read_only = open_session(path, read_only=True)
            offer_read_only(self.app, self.controller, read_only, error, self.controller.open)
            return
        self.controller.open(store)

    @on(OptionList.OptionSelected, "#finished")
    def _follow_up(self, event: OptionList.OptionSelected) -> None:
        """A follow-up of the finished session chosen, opened like a new session; a file
        that cannot be read is said in one line under the list."""
        from facilitator.tui.following import open_follow_up

        problem = open_follow_up(self.controller, Path(event.option.id or ""))
        self.query_one("#follow-up-problem", FieldProblem).show(problem)
