"""The App: owns the open session, applies edits, saves, and ends cleanly whatever happens."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual.app import App, SystemCommand
from textual.filter import LineFilter
from textual.message import Message
from textual.screen import Screen

from facilitator.domain.errors import FacilitatorError, SessionFileError, SessionInUse
from facilitator.domain.session import Session, now_local
from facilitator.i18n import Translator, ui_language
from facilitator.paths import Workspace
from facilitator.storage.sessions import OpenSession, write_new_session
from facilitator.tui.commands import name_palette_key
from facilitator.tui.edits import EditHandlers
from facilitator.tui.filters import TerminalSafe
from facilitator.tui.lifecycle import (
    SIGNAL_GRACE_SECONDS,
    exit_hard,
    install_signal_handlers,
    log_exception,
    start_exit_watchdog,
    start_up_over,
)
from facilitator.tui.textual_compat import FatalErrorHooks
from facilitator.tui.theme import DEFAULT_THEME, THEMES

if TYPE_CHECKING:
    from facilitator.tui.saver import Saver, SaveState
    from facilitator.tui.screens.session import SessionScreen

T = TypeVar("T")


class FacilitatorApp(FatalErrorHooks, EditHandlers, App[None]):
    # Every screen's sheet, read with the app's: a screen's own CSS_PATH is read when the
    # screen is first shown, and Textual then parses every sheet read so far again.
    CSS_PATH = ["app.tcss", "screens/session.tcss", "screens/start.tcss"]
    TITLE = "facilitator"
    ENABLE_COMMAND_PALETTE = True
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]

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
        self.workspace = workspace
        self.asked_language = language
        self.clock = clock
        self.store: OpenSession | None = None
        self.saver: Saver | None = None
        self.new = new
        self.notice = notice
        self.fatal_message = ""
        # Why a new session's file could not be written; the command says it as it ends.
        self.start_error: FacilitatorError | OSError | None = None
        self.exit_signal = 0
        # Written when the last save failed as the app ended (see `close_store`); the
        # line that says so, for the command to print as it ends.
        self.emergency_copy: Path | None = None
        self.exit_note = ""
        self._quitting = False
        self._warned_not_saved = False
        # Set once the app is on its way out: fields then hand over text the message queue
        # can no longer carry (see `hand_over`), and the final save is left to `on_unmount`.
        self.ending = False
        self.tr = Translator(
            ui_language(language, store.session.workshop.language if store else None)
        )
        name_palette_key(self, self.tr)
        for candidate in THEMES:
            self.register_theme(candidate)
        self.theme = theme or DEFAULT_THEME
        self._pending_store = store

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

    # -- the session -------------------------------------------------------------------

    @property
    def session(self) -> Session:
        assert self.store is not None, "no session is open"
        return self.store.session

    @property
    def read_only(self) -> bool:
        return self.store is None or self.store.read_only

    @property
    def frozen(self) -> bool:
        """Nothing may be changed: a read-only view, or a finished session (until reopened)."""
        return self.read_only or self.session.finished

    def today(self) -> date:
        return self.clock().date()

    def apply(self, change: Callable[[Session], T]) -> T:
        """Change the session (unless read-only) and schedule a save if anything changed."""
        if self.read_only:
            raise FacilitatorError("read-only")
        before = self.session.revision
        result = change(self.session)
        if self.saver is not None and self.session.revision != before and not self.ending:
            self.saver.changed()
        return result

    def edit(self, change: Callable[[Session], Any], message: Message) -> None:
        """Apply an edit a widget reported, then let the screens show its effect."""
        if self.frozen:
            return
        before = self.session.revision
        self.apply(change)
        if self.session.revision == before:
            # Nothing changed: every field reports its value once when it is mounted, and
            # refreshing the screens for each of those made a section's first showing slow.
            return
        # Where the cursor is goes with the edit, in the same turn, so a save never holds
        # a text without the place the cursor had in it.
        self.remember_view()
        for screen in self.screen_stack:
            refresh = getattr(screen, "session_changed", None)
            if refresh is not None:
                self.call_later(refresh, message)

    def hand_over(self, message: Message) -> None:
        """Apply a field's last edit directly, while the app ends. Keys typed just before a
        quit or an unexpected error reach their field only as the app shuts down, when the
        message that would carry the edit here can no longer be delivered; `on_unmount`
        saves after every field has handed its text over."""
        handler = getattr(self, message.handler_name, None)
        if not self.ending or self.frozen or handler is None:
            return
        try:
            handler(message)
        except Exception as error:  # a field whose record is gone must not stop the save
            log_exception(self.workspace.log_file, error, "handing over a field's text")

    def save_state(self) -> SaveState:
        from facilitator.tui.saver import SaveState

        return self.saver.state if self.saver else SaveState(saved_at=None)

    def _save_state_changed(self, state: SaveState) -> None:
        for screen in self.screen_stack:
            if screen.id == "session-screen":
                screen.show_save_state(state)  # type: ignore[attr-defined]

    ScreenType = TypeVar("ScreenType", bound=Screen[Any])

    def sized(self, screen: ScreenType) -> ScreenType:
        """`screen` with the breakpoint classes (-narrow, -tall …) of the terminal's size from
        the start. Textual adds them on the screen's first resize, which restyles every
        widget on it a second time; given before it is composed, that resize finds them set."""
        width, height = self.size
        horizontal, vertical = screen.HORIZONTAL_BREAKPOINTS, screen.VERTICAL_BREAKPOINTS
        for dimension, points in (  # a screen's own, as in Textual, unless it has none set
            (width, self.HORIZONTAL_BREAKPOINTS if horizontal is None else horizontal),
            (height, self.VERTICAL_BREAKPOINTS if vertical is None else vertical),
        ):
            reached = [(point, name) for point, name in points or () if dimension >= point]
            if reached:  # the screen is styled as it is shown: no restyle now
                screen.add_class(max(reached)[1], update=False)
        return screen

    def open_store(self, store: OpenSession, *, new: bool = False) -> None:
        """Show `store`'s session, replacing whatever screen is showing."""
        self.store = store
        self.tr = Translator(ui_language(self.asked_language, store.session.workshop.language))
        name_palette_key(self, self.tr)  # the footer's Ctrl+P in the session's language
        if store.unwritten or store.unlocked:
            # Once its first screen is drawn: see `settle_store`.
            self.call_after_refresh(self._settle_after_first_frame)
        elif not store.read_only and self.saver is None:
            self._start_saver(store)
        self.sub_title = store.session.meeting.title or store.session.workshop.title
        if new and len(self.screen_stack) == 1:
            # A new session starts with its meeting details: show them at once and build
            # the session screen when they are closed (building it first cost 250 ms of
            # start-up for a screen the dialog hides).
            from facilitator.tui.screens.meeting import MeetingDialog

            dialog = self.sized(MeetingDialog())
            self.push_screen(dialog, lambda _: self.push_screen(self.sized(session_screen())))
        else:
            screen = self.sized(session_screen())
            if len(self.screen_stack) > 1:
                self.switch_screen(screen)
            else:
                self.push_screen(screen)
            if new:
                self.call_later(screen.action_meeting_details)
        if self.notice:
            self.notify(self.notice, timeout=10, markup=False)

    def _start_saver(self, store: OpenSession) -> None:
        """Save the session as it changes, and at once if it changed since its file was
        written (edits made before the lock was taken)."""
        # Imported here: `new` draws its meeting details before it has a file to save to.
        from facilitator.tui.saver import Saver

        self.saver = Saver(
            store.session,
            store.path,
            self._save_state_changed,
            clock=self.clock,
            on_written=store.wrote,
            saved_revision=store.file_revision,
        )
        if self.saver.dirty and not self.ending:
            self.saver.changed()

    def _settle_after_first_frame(self) -> None:
        if not self.settle_store(ask=True):
            self.exit(return_code=1)

    def settle_store(self, *, ask: bool = False) -> bool:
        """Finish opening the session, as `open_store` left it until its first screen was
        drawn: write a new session's file (see `unwritten_session`) or take a resumed one's
        lock (see `OpenSession.take_lock`), then save as it changes. Should another program
        hold the lock, the session is only shown from then on (and, if `ask`, the app says so
        and asks whether to look at it or quit). False when a new session's file could not
        be written, or a resumed one was rewritten meanwhile into one that cannot be read
        (`start_error` says why)."""
        store = self.store
        if store is None or store.read_only or self.saver is not None:
            return True
        if self.start_error is not None:
            return False
        if store.unwritten:
            try:
                write_new_session(store, self.workspace)
            except (FacilitatorError, OSError) as error:
                self.start_error = error
                return False
            self._start_saver(store)
            return True
        if store.unlocked:
            try:
                unchanged = store.take_lock()
            except SessionInUse as error:
                store.lock = None  # only shown from now on; nothing of it is saved
                if ask:
                    self._say_in_use(store, error)
                return True
            except SessionFileError as error:  # rewritten meanwhile, and now unreadable
                store.lock = None
                self.start_error = error
                return False
            except OSError as error:  # the folder takes no lock file: read-only, or no right
                store.lock = None  # only shown from now on; nothing of it is saved
                if ask:
                    from facilitator.tui.saving import offer_read_only

                    offer_read_only(self, store, error, self._show_again)
                return True
            if not unchanged:  # rewritten by another program before the lock: show that
                self.call_later(self._show_again, store)
        self._start_saver(store)
        return True

    def _say_in_use(self, store: OpenSession, error: SessionInUse) -> None:
        """Another program holds the session: look at it read-only, or quit."""
        from facilitator.tui.screens.dialogs import InUseDialog

        def answered(read: bool | None) -> None:
            if read:
                self.call_later(self._show_again, store)
            else:
                self.exit()

        self.push_screen(self.sized(InUseDialog(error)), answered)

    def save_elsewhere(self) -> None:
        """F7: save the session to another file and keep saving there."""
        if self.saver is not None and not self.read_only:
            from facilitator.tui.saving import save_elsewhere

            save_elsewhere(self, self.saver)

    async def _show_again(self, store: OpenSession) -> None:
        """Show `store` on a new session screen in place of the one showing it (now only to
        look at, or read again): the old one goes first, as both carry the same id."""
        if self.screen.id == "session-screen":
            await self.pop_screen()
        self.open_store(store)

    # -- starting and ending -----------------------------------------------------------

    def on_mount(self) -> None:
        install_signal_handlers(self._on_signal)
        if self._pending_store is not None:
            # After the App's own mounting: Textual holds back every frame until that is over,
            # so a screen built within it drew its first frame only to throw it away (a resumed
            # session of 1,000 commitments showed its table about 60 ms later for it).
            self.call_later(self.open_store, self._pending_store, new=self.new)
        else:
            from facilitator.tui.screens.start import StartScreen

            self.push_screen(self.sized(StartScreen()))
        self.call_after_refresh(start_up_over)  # once the first screen has been drawn

    def remember_view(self) -> None:
        """Before the last save: where the person is on the session screen goes into the
        session (see `SessionScreen.remember_view`). Never in the way of the save itself:
        on the way out after an error, the screen may be half taken down."""
        for screen in self.screen_stack:
            remember = getattr(screen, "remember_view", None)
            if remember is not None:
                try:
                    remember()
                except Exception as error:
                    log_exception(self.workspace.log_file, error, "remembering the view")

    def save_before_exit(self) -> bool:
        """Save synchronously; true when everything is on disk (or nothing needed saving)."""
        self.remember_view()
        if not self.settle_store():
            return False
        self.count_time()
        if self.saver is None:
            return True
        saved = self.saver.save_now()
        self.saver.close()
        return saved

    def close_store(self) -> None:
        """The last save; if it fails, an emergency copy of the whole session (see
        `storage.emergency`), and the line the command prints about it."""
        saved = self.save_before_exit()
        if not saved and self.saver is not None and not self.exit_note:
            from facilitator.tui.saving import leave_emergency_copy

            self.emergency_copy, self.exit_note = leave_emergency_copy(
                self.saver, self.tr, self.workspace.log_file
            )
        if self.store is not None:
            self.store.close()

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
        self.count_time()  # while the screens are still here to say how long
        self.remember_view()
        if self.saver is not None and not self._warned_not_saved and not self.saver.save_now():
            self._warned_not_saved = True
            self._quitting = False
            from facilitator.tui.saving import state_reason

            error = state_reason(self.tr, self.saver.state)
            self.notify(self.tr("quit.not_saved", error=error), severity="error", markup=False)
            self._save_state_changed(self.saver.state)
            return
        self.ending = True
        self.exit()  # on_unmount saves and closes, once the fields have handed over

    def action_help_quit(self) -> None:
        """Ctrl+C: Textual's own hint is in English; this one is in the UI's language."""
        self.notify(self.tr("quit.how"), title=self.tr("quit.how_title"), markup=False)

    def on_unmount(self) -> None:
        """However the app ends (a test leaving `run_test`, an exit from elsewhere), the last
        edits are saved: the session lives on the App, which is still here."""
        self.close_store()

    def _on_signal(self, signum: int) -> None:
        if self.exit_signal:
            return
        self.exit_signal = signum
        self.set_timer(SIGNAL_GRACE_SECONDS, lambda: self._end_after_signal(signum))

    def _end_after_signal(self, signum: int) -> None:
        """Save, release the session, and go: hard after a hangup, politely otherwise."""
        self.close_store()
        if signum == signal.SIGHUP:
            exit_hard(128 + signum, self.exit_note)
        start_exit_watchdog(128 + signum, self.exit_note)
        self.exit(return_code=128 + signum)

    def before_fatal_exit(self, error: Exception) -> None:
        """An unexpected error: save first, log the traceback, then let Textual end the app.
        The session stays open until `on_unmount`, which saves again once the fields have
        handed over keys typed just before the error."""
        self.ending = True
        saved = False
        try:
            saved = self.save_before_exit()
        except Exception:
            saved = False
        logged = log_exception(self.workspace.log_file, error, "unexpected error")
        where = str(self.workspace.log_file) if logged else "stderr"
        key = "fatal.saved" if saved else "fatal.not_saved"
        self.fatal_message = self.tr(key, log=where)

    def fatal_exit_message(self) -> Text:
        """One calm line instead of a screen of traceback: the traceback is in the log."""
        return Text(f"facilitator: {self.fatal_message}")

    def count_time(self) -> None:
        """Put the time the current section has been on screen since the clock's last tick
        into the session, before it is saved for the last time."""
        for screen in self.screen_stack:
            if screen.id == "session-screen":
                screen.count_time()  # type: ignore[attr-defined]

    # -- minutes -----------------------------------------------------------------------

    def export_minutes(self) -> list[Path]:
        from facilitator.tui.exporting import export_all

        return export_all(self)

    def preview_minutes(self) -> None:
        from facilitator.tui.exporting import preview

        preview(self)

    def finish_session(self) -> None:
        from facilitator.tui.exporting import finish

        finish(self)

    def reopen_session(self) -> None:
        from facilitator.tui.exporting import reopen

        reopen(self)

    # -- the command palette -----------------------------------------------------------

    def action_command_palette(self) -> None:
        from facilitator.tui.palette import open_palette

        open_palette(self)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from facilitator.tui.palette import system_commands

        yield from system_commands(self, screen)


def session_screen() -> SessionScreen:
    """A new session screen. Its module (the agenda, the status bar, the time box, the
    footer) is imported when it is first needed, so that `new` draws its meeting details
    without it."""
    from facilitator.tui.screens.session import SessionScreen

    return SessionScreen()
