"""The start screen: start a new session from a workshop, or pick up an unfinished one.

The screen is drawn at once and the sessions are listed as they are read: a shared folder of a
whole organisation holds thousands of session files, and reading them (`storage.sessions.
summarize`) takes time the person should not spend looking at a blank terminal. A thread reads
them, the most recently modified files first, and hands the screen what it has read about
ten times a second. The list is kept in its final order (most recently changed first) as it
grows, so a session already shown only moves down when a more recent one is found above it,
and the one the cursor is on stays under the cursor.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from facilitator.domain.errors import FacilitatorError, SessionInUse, SessionWriteProtected
from facilitator.domain.session import Session
from facilitator.domain.workshop import WorkshopInfo
from facilitator.storage.catalog import list_workshops
from facilitator.storage.sessions import (
    OpenSession,
    SessionSummary,
    create_session,
    in_series,
    listing_order,
    open_session,
    summarize,
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
            sessions = OptionList(id="sessions")
            sessions.display = False  # until a session to resume is found
            yield sessions
            yield Static(tr("start.reading"), id="sessions-note", classes="hint")
            # The finished sessions, for a follow-up, go here once one is found.
            yield Static(tr("start.hint"), id="start-hint", classes="hint")
        yield Footer(compact=True)

    # -- the sessions, listed as they are read ------------------------------------------------

    # True once every session file has been read and listed.
    sessions_listed = False
    _FLUSH_SECONDS = 0.1

    def on_mount(self) -> None:
        self.query_one("#workshops", OptionList).focus(scroll_visible=False)
        self._unfinished: list[SessionSummary] = []
        self._finished: list[SessionSummary] = []
        self._options: dict[str, Option] = {}
        # After the first frame: the thread would share the interpreter with drawing it.
        self.call_after_refresh(self._read_sessions)

    @work(thread=True, exclusive=True, group="sessions", exit_on_error=False)
    def _read_sessions(self) -> None:
        worker = get_current_worker()
        files = self.controller.workspace.session_files()
        files.sort(key=_modified, reverse=True)  # most likely the most recently changed first
        found: list[SessionSummary] = []
        flushed = time.monotonic()
        for read, path in enumerate(files, 1):
            if worker.is_cancelled:
                return
            summary = summarize(path)
            if not summary.problem:
                found.append(summary)
            if time.monotonic() - flushed >= self._FLUSH_SECONDS:
                self.app.call_from_thread(self._listed, found, read, len(files), False)
                found, flushed = [], time.monotonic()
        if not worker.is_cancelled:
            self.app.call_from_thread(self._listed, found, len(files), len(files), True)

    def _listed(self, found: list[SessionSummary], read: int, total: int, done: bool) -> None:
        """Add what the thread has read to the list, in the list's order, the cursor kept on
        the session it was on."""
        if not self.is_mounted:
            return
        tr = self.controller.tr
        finished = [s for s in found if s.finished]
        found = [s for s in found if not s.finished]
        if finished:
            self._finished = _grouped([*self._finished, *finished])
            if not self.query("#finished"):
                # The first finished session found: the list for a follow-up appears.
                hint = self.query_one("#start-hint")
                hint.parent.mount_all(  # type: ignore[union-attr]
                    [
                        Static(tr("start.follow_up"), classes="start-heading"),
                        OptionList(id="finished"),
                        FieldProblem(id="follow-up-problem"),
                    ],
                    before=hint,
                )
            done_list = self.query_one("#finished", OptionList)
            current_done = done_list.highlighted_option
            done_list.set_options(self._session_option(s) for s in self._finished)
            if current_done is not None and current_done.id is not None:
                done_list.highlighted = done_list.get_option_index(current_done.id)
        options = self.query_one("#sessions", OptionList)
        if found:
            self._unfinished = _grouped([*self._unfinished, *found])
            current = options.highlighted_option
            options.set_options(self._option_for(s) for s in self._unfinished)
            # As a list made with its options has it: the cursor on the first, or where it was.
            if current is None or current.id is None:
                options.highlighted = 0
            else:
                options.highlighted = options.get_option_index(current.id)
            options.display = True
        note = self.query_one("#sessions-note", Static)
        if not done:
            note.update(tr("start.reading_count", read=read, total=total))
            return
        if self._unfinished:
            note.display = False
        else:
            note.update(tr("start.no_sessions"))
        self.sessions_listed = True

    def _option_for(self, summary: SessionSummary) -> Option:
        key = str(summary.path)
        if key not in self._options:
            self._options[key] = self._session_option(summary)
        return self._options[key]

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
        if summary.follow_up:  # under the meeting it follows, as `facilitator sessions` has it
            title = tr("start.series_place", number=summary.series_number, title=title)
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


def _grouped(summaries: list[SessionSummary]) -> list[SessionSummary]:
    """The sessions as `facilitator sessions` lists them: the most recently changed first,
    the meetings of a series together, in their order in the series."""
    summaries.sort(key=lambda s: (listing_order(s), str(s.path)))
    return [summary for group in in_series(summaries) for summary in group]


def _modified(path: Path) -> int:
    with contextlib.suppress(OSError):
        return os.stat(path).st_mtime_ns
    return 0
