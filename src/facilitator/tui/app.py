"""The App: Textual's side of the open session. It builds the session controller (which
owns the session, its saving and its lock), routes the fields' edits to it, shows the
screens the session needs, and ends cleanly whatever happens."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.filter import LineFilter
from textual.message import Message
from textual.screen import Screen
from textual.signal import Signal

from facilitator.domain.errors import SessionInUse
from facilitator.domain.session import Session, now_local
from facilitator.i18n import Translator
from facilitator.paths import Workspace
from facilitator.storage.sessions import OpenSession
from facilitator.tui.commands import name_palette_key
from facilitator.tui.controller import (
    Change,
    Part,
    SessionController,
    SessionOpened,
    SessionReplaced,
)
from facilitator.tui.edits import EditHandlers
from facilitator.tui.filters import TerminalSafe
from facilitator.tui.focus import step_focus
from facilitator.tui.lifecycle import (
    SIGNAL_GRACE_SECONDS,
    exit_hard,
    install_signal_handlers,
    log_exception,
    start_exit_watchdog,
    start_up_over,
)
from facilitator.tui.saving import state_reason
from facilitator.tui.sizing import sized
from facilitator.tui.textual_compat import (
    FatalErrorHooks,
    lay_out_once_for_new_sizes,
    lay_scroll_bars_out_once,
)
from facilitator.tui.theme import DEFAULT_THEME, THEMES

# The session screen's id (screens/session.py): the App knows it by this, without importing
# its module before it is first shown.
SESSION_SCREEN_ID = "session-screen"


class FacilitatorApp(FatalErrorHooks, EditHandlers, App[None]):
    # Every screen's sheet, read with the app's: a screen's own CSS_PATH is read when the
    # screen is first shown, and Textual then parses every sheet read so far again.
    CSS_PATH = ["app.tcss", "screens/session.tcss", "screens/start.tcss"]
    TITLE = "facilitator"
    ENABLE_COMMAND_PALETTE = True
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]
    # Priority: moved before the keys typed after it are handed out (see `tui.focus`).
    BINDINGS = [
        Binding("tab", "step_focus(1)", show=False, priority=True),
        Binding("shift+tab", "step_focus(-1)", show=False, priority=True),
    ]

    _line_filter: TerminalSafe | None = None  # see get_line_filters

    def __init__(
        self,
        workspace: Workspace,
        *,
        store: OpenSession | None = None,
        language: str | None = None,
        theme: str | None = None,
        clock: Callable[[], datetime] = now_local,
        new: bool = False,
        notice: str = "",
    ) -> None:
        super().__init__()
        lay_scroll_bars_out_once()
        lay_out_once_for_new_sizes()
        self.controller = SessionController(workspace, language=language, clock=clock, store=store)
        # Every change to the session, said by the controller, heard by the screens.
        self.session_changes: Signal[Change] = Signal(self, "session-changes")
        self.controller.changes = self.session_changes
        self.new = new
        self.notice = notice
        self.fatal_message = ""
        self.exit_signal = 0
        self._quitting = False
        self._warned_not_saved = False
        name_palette_key(self, self.controller.tr)
        for candidate in THEMES:
            self.register_theme(candidate)
        self.theme = theme or DEFAULT_THEME
        self._pending_store = store

    @property
    def tr(self) -> Translator:
        return self.controller.tr

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's own filters, then the one that keeps what is drawn from driving the
        terminal (see `tui.filters`), as one filter."""
        before = tuple(super().get_line_filters())
        # The same object while Textual's filters stay the same: lines cache it by identity.
        if self._line_filter is None or self._line_filter.before != before:
            self._line_filter = TerminalSafe(before)
        return [self._line_filter]

    def refresh_css(self, animate: bool = True) -> None:
        """Restyle everything with the theme's colours; before the first screen, only take them.

        Setting the theme in `__init__` asks for a refresh that runs as the app starts, before
        any style sheet has been read: Textual's refresh would parse every sheet into a copy
        and throw the copy away, and the first screen then parses them all again (about 4 ms
        of start-up). Until there is a screen, the variables are all a refresh has to give."""
        if not self.screen_stack:
            self.stylesheet.set_variables(self.get_css_variables())
            return
        super().refresh_css(animate)

    # -- edits -------------------------------------------------------------------------

    def edit(self, change: Callable[[Session], Any], part: Part, message: Message) -> None:
        """Apply an edit a widget reported (see `EditHandlers`)."""
        self.controller.edit(change, part, message)

    def hand_over(self, message: Message) -> None:
        """Apply a field's last edit directly, while the app ends. Keys typed just before a
        quit or an unexpected error reach their field only as the app shuts down, when the
        message that would carry the edit here can no longer be delivered; `on_unmount`
        saves after every field has handed its text over."""
        controller = self.controller
        if not controller.ending or not controller.is_open or controller.frozen:
            return
        try:
            self.apply_edit(message)
        except Exception as error:  # a field whose record is gone must not stop the save
            log_exception(controller.workspace.log_file, error, "handing over a field's text")

    # -- showing the session -----------------------------------------------------------

    async def _session_change(self, change: Change) -> None:
        """What the App does about a change: show a session opened, or show it anew."""
        if isinstance(change, SessionOpened):
            await self._show_session(new=change.new)
        elif isinstance(change, SessionReplaced):
            await self._show_anew()

    async def _show_session(self, *, new: bool = False) -> None:
        """Show the open session, replacing whatever screen is showing (a session screen
        showing it before goes first, as both carry the same id)."""
        controller = self.controller
        name_palette_key(self, controller.tr)  # the footer's Ctrl+P in the session's language
        if controller.unsettled:
            # Once its first screen is drawn: see `SessionController.settle`.
            self.call_after_refresh(self._settle_after_first_frame)
        session = controller.session
        self.sub_title = session.meeting.title or session.workshop.title
        # By its id, not its class: a new session's first frame (its meeting details) needs
        # nothing of the session screen's module, its widgets, the text area and the saver
        # (35-70 ms of `facilitator new` before its first frame).
        if self.screen.id == SESSION_SCREEN_ID:
            await self.pop_screen()
        if new and len(self.screen_stack) == 1:
            # A new session starts with its meeting details: show them at once and build
            # the session screen when they are closed (building it first cost 250 ms of
            # start-up for a screen the dialog hides).
            from facilitator.tui.screens.meeting import MeetingDialog

            def closed(_: None) -> None:
                from facilitator.tui.screens.session import SessionScreen

                self.push_screen(sized(self, SessionScreen(controller)))

            self.push_screen(sized(self, MeetingDialog(controller, alone=True)), closed)
        else:
            from facilitator.tui.screens.session import SessionScreen

            screen = sized(self, SessionScreen(controller))
            if len(self.screen_stack) > 1:
                self.switch_screen(screen)
            else:
                self.push_screen(screen)
            if new:
                self.call_later(screen.action_meeting_details)
        if self.notice:
            self.notify(self.notice, timeout=10, markup=False)

    async def _show_anew(self) -> None:
        """Show the session on a new screen, its fields open or closed to changes as the
        session now is (finished or not), at the section it was on, with what its notice
        line said (where the minutes went)."""
        from facilitator.tui.screens.session import SessionScreen
        from facilitator.tui.widgets.notice import Notice, show_notice

        if not isinstance(self.screen, SessionScreen):
            return
        said = [n.text for n in self.screen.query(Notice) if n.display]
        await self.pop_screen()
        await self.push_screen(sized(self, SessionScreen(self.controller)))
        for text in said:
            show_notice(self, text)

    def _settle_after_first_frame(self) -> None:
        """Write a new session's file or take a resumed one's lock (see
        `SessionController.settle`), and say what came of it."""
        settled = self.controller.settle()
        store = self.controller.store
        if not settled.ok:
            self.exit(return_code=1)
        elif store is None:
            return
        elif settled.in_use is not None:
            self._say_in_use(settled.in_use)
        elif settled.no_lock_file is not None:
            from facilitator.tui.screens.dialogs import offer_read_only

            offer_read_only(self, self.controller, store, settled.no_lock_file, self._show_again)
        elif settled.changed_on_disk:  # rewritten by another program before the lock
            self.call_later(self._show_again)

    def _say_in_use(self, error: SessionInUse) -> None:
        """Another program holds the session: look at it read-only, or quit."""
        from facilitator.tui.screens.dialogs import InUseDialog

        def answered(read: bool | None) -> None:
            if read:
                self.call_later(self._show_again)
            else:
                self.exit()

        self.push_screen(sized(self, InUseDialog(self.controller.tr, error)), answered)

    async def _show_again(self, _store: OpenSession | None = None) -> None:
        """Show the session on a new session screen in place of the one showing it (now
        only to look at, or read again)."""
        await self._show_session()

    # -- starting and ending -----------------------------------------------------------

    def on_mount(self) -> None:
        install_signal_handlers(self._on_signal)
        self.session_changes.subscribe(self, self._session_change)
        if self._pending_store is not None:
            # After the App's own mounting: Textual holds back every frame until that is over,
            # so a screen built within it drew its first frame only to throw it away (a resumed
            # session of 1,000 commitments showed its table about 60 ms later for it).
            self.call_later(self.controller.open, self._pending_store, new=self.new)
        else:
            from facilitator.tui.screens.start import StartScreen

            self.push_screen(sized(self, StartScreen(self.controller)))
        self.call_after_refresh(start_up_over)  # once the first screen has been drawn

    async def action_quit(self) -> None:
        """Quit after the same short grace as a signal: Ctrl+Q is a priority binding, handled
        before keys typed just ahead of it have reached their field and the session."""
        if self._quitting:
            return
        self._quitting = True
        self.set_timer(SIGNAL_GRACE_SECONDS, self._quit_now)

    def _quit_now(self) -> None:
        """Quit, unless the disk refuses the save: then stay, with the text, and say so; a
        second Ctrl+Q quits anyway (and the command says what was not saved)."""
        controller = self.controller
        controller.count_time()  # while the screens are still here to say how long
        controller.remember_view()
        if not self._warned_not_saved and not controller.save_now():
            self._warned_not_saved = True
            self._quitting = False
            error = state_reason(self.tr, controller.save_state())
            self.notify(self.tr("quit.not_saved", error=error), severity="error", markup=False)
            controller.say_save_state()
            return
        controller.ending = True
        self.exit()  # on_unmount saves and closes, once the fields have handed over

    def action_step_focus(self, step: int) -> None:
        step_focus(self, step)

    def action_help_quit(self) -> None:
        """Ctrl+C: Textual's own hint is in English; this one is in the UI's language."""
        self.notify(self.tr("quit.how"), title=self.tr("quit.how_title"), markup=False)

    def on_unmount(self) -> None:
        """However the app ends (a test leaving `run_test`, an exit from elsewhere), the last
        edits are saved: the session lives in the controller, which is still here."""
        self.controller.close()

    def _on_signal(self, signum: int) -> None:
        if self.exit_signal:
            return
        self.exit_signal = signum
        self.set_timer(SIGNAL_GRACE_SECONDS, lambda: self._end_after_signal(signum))

    def _end_after_signal(self, signum: int) -> None:
        """Save, release the session, and go: hard after a hangup, politely otherwise."""
        self.controller.close()
        if signum == signal.SIGHUP:
            exit_hard(128 + signum, self.controller.exit_note)
        start_exit_watchdog(128 + signum, self.controller.exit_note)
        self.exit(return_code=128 + signum)

    def before_fatal_exit(self, error: Exception) -> None:
        """An unexpected error: save first, log the traceback, then let Textual end the app.
        The session stays open until `on_unmount`, which saves again once the fields have
        handed over keys typed just before the error."""
        self.controller.ending = True
        saved = False
        try:
            saved = self.controller.save_before_exit()
        except Exception:
            saved = False
        log_file = self.controller.workspace.log_file
        logged = log_exception(log_file, error, "unexpected error")
        where = str(log_file) if logged else "stderr"
        key = "fatal.saved" if saved else "fatal.not_saved"
        self.fatal_message = self.tr(key, log=where)

    def fatal_exit_message(self) -> Text:
        """One calm line instead of a screen of traceback: the traceback is in the log."""
        return Text(f"facilitator: {self.fatal_message}")

    # -- the command palette -----------------------------------------------------------

    def action_command_palette(self) -> None:
        from facilitator.tui.palette import open_palette

        open_palette(self, self.tr)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from facilitator.tui.palette import system_commands

        yield from system_commands(self, self.controller, screen)
