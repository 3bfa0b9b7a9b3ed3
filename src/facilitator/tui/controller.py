"""The open session and everything that keeps it: the store and its lock, the saver, the
read-only state, edits, today's date, the UI's language, and the last save as the app ends.

Plain Python, without Textual: the App builds one controller and hands it to every screen,
dialog and view through their constructors, which read `controller.session` when they draw.
The session object can be replaced while the app runs (see `OpenSession.take_lock`), so
nothing may keep a session of its own. Every change is said once, as a typed `Change`, to
the `changes` feed: the App makes that a Textual signal, which screens subscribe to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from facilitator.domain.errors import FacilitatorError, SessionFileError, SessionInUse
from facilitator.domain.session import Session, ViewPosition, now_local
from facilitator.i18n import Translator, ui_language
from facilitator.paths import Workspace
from facilitator.storage.sessions import OpenSession, write_new_session
from facilitator.tui.saving import leave_emergency_copy

if TYPE_CHECKING:
    from facilitator.tui.saver import Saver, SaveState

T = TypeVar("T")


class Part(Enum):
    """What part of the session an edit changed."""

    MEETING = "meeting"  # the meeting's details and its participants
    FIGURE = "figure"
    QUESTION = "question"
    RESERVATION = "reservation"
    ASSESSMENT = "assessment"
    REFLECTION = "reflection"
    NOTES = "notes"
    COMMITMENT = "commitment"
    SECTION = "section"  # where the group is, and each section's time


# The changes are named tuples, not frozen dataclasses: as immutable and compared by value,
# but made in a seventh of the time (a frozen dataclass compiles six methods from text as
# this module is imported, before the app's first frame).


class SessionEdited(NamedTuple):
    """The session changed. `source` is what reported the edit (a field's message), for a
    dialog that answers one kind of edit in its own way."""

    part: Part
    source: object = None


class SaveStateChanged(NamedTuple):
    state: SaveState


class SessionOpened(NamedTuple):
    """A session was opened (`new`: just made) and is to be shown."""

    new: bool = False


class SessionReplaced(NamedTuple):
    """The session on screen is no longer the one to show: read again from its file,
    opened only to look at, finished or reopened. Whatever shows it is built anew."""


Change = SessionEdited | SaveStateChanged | SessionOpened | SessionReplaced


class ChangeFeed(Protocol):
    """Where changes are said and heard. Textual's `Signal` is one (the App gives the
    controller one, and a screen subscribes as it is mounted, for as long as it is);
    `Listeners` is the plain one a controller starts with."""

    def publish(self, data: Change) -> None: ...

    def subscribe(
        self, node: Any, callback: Callable[[Change], Any], immediate: bool = False
    ) -> None: ...


class Listeners:
    """Calls each listener with each change, in order: for a controller without an App."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[Change], object]] = []

    def subscribe(
        self, node: Any, callback: Callable[[Change], Any], immediate: bool = False
    ) -> None:
        self.listeners.append(callback)

    def publish(self, data: Change) -> None:
        for listener in list(self.listeners):
            listener(data)


class ViewKeeper(Protocol):
    """The screen showing the session: it knows where the person is and counts the time the
    section on it has been shown. The controller asks it before a save that must hold both."""

    def count_time(self) -> int: ...

    def view_position(self) -> ViewPosition | None: ...


class Settled(NamedTuple):
    """How finishing the opening of a session went (see `SessionController.settle`)."""

    ok: bool = True
    in_use: SessionInUse | None = None  # another program holds the lock: only shown now
    no_lock_file: OSError | None = None  # the folder takes no lock file: only shown now
    changed_on_disk: bool = False  # rewritten by another program before the lock


class SessionController:
    """Owns the open session. One per App; screens get it through their constructors."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        language: str | None = None,
        clock: Callable[[], datetime] = now_local,
        store: OpenSession | None = None,
    ) -> None:
        self.workspace = workspace
        self.asked_language = language
        self.clock = clock
        self.store: OpenSession | None = None
        self.saver: Saver | None = None
        self.tr = Translator(
            ui_language(language, store.session.workshop.language if store else None)
        )
        self.changes: ChangeFeed = Listeners()
        # Why a new session's file could not be written, or a resumed one read again; the
        # command says it as it ends.
        self.start_error: FacilitatorError | OSError | None = None
        # Written when the last save failed as the app ended (see `close`); the line that
        # says so, for the command to print as it ends.
        self.emergency_copy: Path | None = None
        self.exit_note = ""
        # Set once the app is on its way out: edits still apply, but the final save is left
        # to `close` (a scheduled save could not run any more).
        self.ending = False
        self._keeper: ViewKeeper | None = None

    # -- the session -------------------------------------------------------------------

    @property
    def session(self) -> Session:
        assert self.store is not None, "no session is open"
        return self.store.session

    @property
    def is_open(self) -> bool:
        return self.store is not None

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

    def edit(self, change: Callable[[Session], Any], part: Part, source: object = None) -> bool:
        """Apply an edit a person made, then say so (true if anything changed). Where the
        cursor is goes with the edit, in the same turn, so a save never holds a text without
        the place the cursor had in it."""
        if self.frozen:
            return False
        before = self.session.revision
        self.apply(change)
        if self.session.revision == before:
            # Nothing changed: every field reports its value once when it is mounted, and
            # refreshing the screens for each of those made a section's first showing slow.
            return False
        self.remember_view()
        self.changes.publish(SessionEdited(part, source))
        return True

    def said(self, part: Part, source: object = None) -> None:
        """Say that the session changed where `edit` was not the way (a dialog closed, a
        commitment removed or put back)."""
        self.changes.publish(SessionEdited(part, source))

    # -- the screen that shows it --------------------------------------------------------

    def attach(self, keeper: ViewKeeper) -> None:
        self._keeper = keeper

    def detach(self, keeper: ViewKeeper) -> None:
        if self._keeper is keeper:
            self._keeper = None

    def remember_view(self) -> None:
        """Keep where the person is in the session, for the next save to write. Only on an
        edit and on the way out: a move of the cursor alone never saves. A finished session
        stays as it was finished; a half taken-down screen is never in the way of a save."""
        if self._keeper is None or self.read_only or self.session.finished:
            return
        where = self._keeper.view_position()
        if where is not None:
            self.apply(lambda s: s.set_view(where))

    def count_time(self) -> None:
        """Put the time the current section has been on screen since the clock's last tick
        into the session, before it is saved for the last time."""
        if self._keeper is not None:
            self._keeper.count_time()

    # -- opening -----------------------------------------------------------------------

    def open(self, store: OpenSession, *, new: bool = False) -> None:
        """Take `store` as the open session, and say so (the App shows it). A session that
        is written and locked is saved as it changes from now on; the rest waits for its
        first screen (see `settle`). A session open until now is saved and let go first."""
        if self.store is not None and self.store is not store:
            self._let_go()
        self.store = store
        self.tr = Translator(ui_language(self.asked_language, store.session.workshop.language))
        if not (store.unwritten or store.unlocked or store.read_only) and self.saver is None:
            self._start_saver(store)
        self.changes.publish(SessionOpened(new=new))

    def _let_go(self) -> None:
        """Save the session open until now for the last time, stop its saver and release its
        lock: another takes its place (a follow-up started from its wrap-up). Whoever asks
        for that saves first (`save_now`) and stays if the disk refuses."""
        self.save_before_exit()
        if self.store is not None:
            self.store.close()
        self.saver = None

    @property
    def unsettled(self) -> bool:
        """A new session without its file yet, or a resumed one without its lock."""
        return self.store is not None and (self.store.unwritten or self.store.unlocked)

    def settle(self) -> Settled:
        """Finish opening the session, as `open` left it until its first screen was drawn:
        write a new session's file (see `unwritten_session`) or take a resumed one's lock
        (see `OpenSession.take_lock`), then save as it changes. Should another program hold
        the lock, or the folder take no lock file, the session is only shown from then on.
        Not ok when a new session's file could not be written, or a resumed one was
        rewritten meanwhile into one that cannot be read (`start_error` says why)."""
        store = self.store
        if store is None or store.read_only or self.saver is not None:
            return Settled()
        if self.start_error is not None:
            return Settled(ok=False)
        if store.unwritten:
            try:
                write_new_session(store, self.workspace)
            except (FacilitatorError, OSError) as error:
                self.start_error = error
                return Settled(ok=False)
            self._start_saver(store)
            return Settled()
        changed = False
        if store.unlocked:
            try:
                changed = not store.take_lock()
            except SessionInUse as error:
                store.lock = None  # only shown from now on; nothing of it is saved
                return Settled(in_use=error)
            except SessionFileError as error:  # rewritten meanwhile, and now unreadable
                store.lock = None
                self.start_error = error
                return Settled(ok=False)
            except OSError as error:  # the folder takes no lock file: read-only, or no right
                store.lock = None  # only shown from now on; nothing of it is saved
                return Settled(no_lock_file=error)
        self._start_saver(store)
        return Settled(changed_on_disk=changed)

    def _start_saver(self, store: OpenSession) -> None:
        """Save the session as it changes, and at once if it changed since its file was
        written (edits made before the lock was taken)."""
        # Imported here: `new` draws its meeting details before it has a file to save to,
        # and the saver brings the file format with it.
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

    def replaced(self) -> None:
        """Say that whatever shows the session is to be built anew (see `SessionReplaced`)."""
        self.changes.publish(SessionReplaced())

    # -- saving ------------------------------------------------------------------------

    def save_state(self) -> SaveState:
        from facilitator.tui.saver import SaveState

        return self.saver.state if self.saver else SaveState(saved_at=None)

    def _save_state_changed(self, state: SaveState) -> None:
        self.changes.publish(SaveStateChanged(state))

    def say_save_state(self) -> None:
        self._save_state_changed(self.save_state())

    def save_now(self) -> bool:
        """Save at once (true when the file holds the session, or there is nothing to save)."""
        return self.saver is None or self.saver.save_now()

    def save_before_exit(self) -> bool:
        """Save synchronously; true when everything is on disk (or nothing needed saving)."""
        self.remember_view()
        if not self.settle().ok:
            return False
        self.count_time()
        if self.saver is None:
            return True
        saved = self.saver.save_now()
        self.saver.close()
        return saved

    def close(self) -> None:
        """The last save; if it fails, an emergency copy of the whole session (see
        `storage.emergency`), and the line the command prints about it."""
        saved = self.save_before_exit()
        if not saved and self.saver is not None and not self.exit_note:
            self.emergency_copy, self.exit_note = leave_emergency_copy(
                self.saver, self.tr, self.workspace.log_file
            )
        if self.store is not None:
            self.store.close()
