"""Saving the session while people type, without ever making them wait for the disk.

A change schedules a save a short moment later (typing bursts share one save), and never
later than a second after the first unsaved change. The document is snapshotted on the event
loop (plain dicts of immutable strings: cheap, and safe from later edits), then turned into
TOML and written atomically on one worker thread, so saves land in order and typing goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.domain.session import Session, now_local
from facilitator.storage.atomic import file_identity, write_atomic
from facilitator.storage.emergency import write_emergency_copy
from facilitator.storage.session_toml import dumps_document, session_to_document

QUIET_SECONDS = 0.3  # save this long after the last change …
MAX_DELAY_SECONDS = 0.5  # … but never later than this after the first unsaved one


@dataclass(frozen=True)
class SaveState:
    """What the screen shows about saving. `moved_to` is set once the session file was changed
    by another program (from then on the session is saved beside it, never over it), or once
    the person chose another place to save it (`chosen`). A failure (`error`) outranks both:
    the screen says it first, whatever else is true."""

    saved_at: datetime | None
    error: str = ""
    dirty: bool = False
    moved_to: Path | None = None
    error_code: str = ""  # the errno's name (ENOSPC …), for a message in the UI's language
    chosen: bool = False  # `moved_to` is where the person asked the session to be saved


def conflict_path(path: Path, moment: datetime) -> Path:
    stem = f"{path.stem}-conflict-{moment.strftime('%Y%m%d-%H%M%S')}"
    candidate = path.with_name(f"{stem}.toml")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}-{number}.toml")
        number += 1
    return candidate


class Saver:
    """Owns the writing of one session file. Call `changed()` after every edit."""

    def __init__(
        self,
        session: Session,
        path: Path,
        on_state: Callable[[SaveState], None],
        *,
        quiet: float = QUIET_SECONDS,
        max_delay: float = MAX_DELAY_SECONDS,
        clock: Callable[[], datetime] = now_local,
        on_written: Callable[[bytes], None] | None = None,
        saved_revision: int | None = None,
    ) -> None:
        self.session = session
        self.on_written = on_written
        self.path = path
        self.on_state = on_state
        self.quiet, self.max_delay = quiet, max_delay
        self.clock = clock
        # The revision the file holds: the session's own unless told (edits made before the
        # saver started are then still to save).
        self.saved_revision = session.revision if saved_revision is None else saved_revision
        self.state = SaveState(saved_at=None)
        self.moved_to: Path | None = None
        self.chosen = False  # `moved_to` was chosen by the person (`save_to`)
        self._identity = file_identity(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="save")
        self._timer: asyncio.TimerHandle | None = None
        self._first_unsaved: float | None = None
        self._in_flight: Future[None] | None = None
        self._closed = False
        # Counts the moves `save_to` makes: a write issued before one is not news about the
        # place saving goes now.
        self._place = 0

    @property
    def dirty(self) -> bool:
        return self.session.revision != self.saved_revision

    def changed(self) -> None:
        """Schedule a save: `quiet` seconds from now, or sooner if changes have waited long."""
        loop = asyncio.get_running_loop()
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        delay = min(self.quiet, max(0.0, self._first_unsaved + self.max_delay - now))
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_later(delay, self._save_in_background)

    def _save_in_background(self) -> None:
        self._timer = None
        if not self.dirty:
            self._first_unsaved = None
            return
        if self._in_flight is not None and not self._in_flight.done():
            # One write at a time; try again shortly rather than queueing stale snapshots.
            self._timer = asyncio.get_running_loop().call_later(0.05, self._save_in_background)
            return
        revision = self.session.revision
        document = session_to_document(self.session)
        self._first_unsaved = None
        future = self._executor.submit(self._write, document)
        self._in_flight = future
        loop = asyncio.get_running_loop()
        place = self._place
        future.add_done_callback(
            lambda done: loop.call_soon_threadsafe(self._finished, done, revision, place)
        )

    def _write(self, document: dict[str, Any]) -> None:
        """Write, unless someone else changed the file since we last wrote or read it: then
        their version stays, and ours goes to a conflict copy beside it from now on."""
        data = dumps_document(document).encode("utf-8")
        if self.moved_to is None and file_identity(self.path) != self._identity:
            self.moved_to = conflict_path(self.path, self.clock())
        target = self.moved_to or self.path
        try:
            refuse_write_protected(target)
            write_atomic(target, data)
        except OSError:
            # A failure after the rename (fsync of the folder) leaves our new file in place:
            # it is our own change, not another program's, and must not start a conflict copy.
            if self.moved_to is None and self._holds(data):
                self._identity = file_identity(self.path)
            raise
        if self.moved_to is None:
            self._identity = file_identity(self.path)
            if self.on_written is not None:
                self.on_written(data)

    def _holds(self, data: bytes) -> bool:
        try:
            return self.path.read_bytes() == data
        except OSError:
            return False

    def _finished(self, future: Future[None], revision: int, place: int) -> None:
        if self._closed:  # the app has gone: save_now() has taken over, nobody is listening
            return
        if place != self._place:  # written (or not) where saving went before `save_to`
            return
        error = future.exception()
        if error is None:
            self.saved_revision = max(self.saved_revision, revision)
            self._report(self._saved())
        else:
            self._report(self._failed(error))
            # Try again in a while: the fault (a full disk, a lost network share) may pass.
            with contextlib.suppress(RuntimeError):
                self._timer = asyncio.get_running_loop().call_later(2.0, self._save_in_background)

    def _failed(self, error: BaseException) -> SaveState:
        """The state after a failed save: the last good save still stands, the text is kept."""
        return SaveState(
            saved_at=self.state.saved_at,
            error=describe(error),
            error_code=error_code(error),
            dirty=True,
            moved_to=self.moved_to,
            chosen=self.chosen,
        )

    def _saved(self) -> SaveState:
        return SaveState(
            saved_at=self.clock(), dirty=self.dirty, moved_to=self.moved_to, chosen=self.chosen
        )

    def _report(self, state: SaveState) -> None:
        self.state = state
        self.on_state(state)

    def save_now(self) -> bool:
        """Save at once, on this thread (quit, signals, fatal errors). True when saved."""
        self._settle()
        if not self.dirty:
            return True
        revision = self.session.revision
        try:
            self._write(session_to_document(self.session))
        except OSError as error:
            self.state = self._failed(error)
            return False
        self.saved_revision = revision
        self.state = self._saved()
        return True

    def _settle(self) -> None:
        """No timer pending and no write under way: what follows writes alone."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._in_flight is not None:
            with contextlib.suppress(Exception):
                self._in_flight.result(timeout=10)

    def save_to(self, path: Path) -> None:
        """Save the whole session to `path` now, and from then on there (the person chose it,
        as the place saving had failed in). `path` must not exist yet: nothing is overwritten.
        OSError (FileExistsError among them) if it cannot be written; the old place is then
        kept. The lock stays on the session file the app opened."""
        self._settle()
        revision = self.session.revision
        data = dumps_document(session_to_document(self.session)).encode("utf-8")
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
        write_atomic(path, data)
        self.moved_to, self.chosen = path, True
        self._place += 1
        self.saved_revision = max(self.saved_revision, revision)
        self._report(self._saved())

    def emergency_copy(self) -> Path | None:
        """The whole session, written where it can be (see `storage.emergency`) when it could
        not be saved where it belongs; the copy's path, or None if nowhere would take it."""
        data = dumps_document(session_to_document(self.session)).encode("utf-8")
        return write_emergency_copy(data, self.path, self.clock(), beside=self.moved_to)

    @property
    def saving_to(self) -> Path:
        """Where the session is being saved: the file it came from, or, once saving moved,
        the file it moved to if that was ever written (a conflict copy that never could be
        is no place to name)."""
        if self.moved_to is not None and (self.chosen or self.moved_to.exists()):
            return self.moved_to
        return self.path

    def close(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)


def refuse_write_protected(path: Path) -> None:
    """A file whose mode gives nobody write permission (chmod 0444) is someone's "do not
    change this": respected even where the system would let us (root ignores the mode)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there (yet): nothing to protect
    if stat.S_ISREG(mode) and not mode & 0o222:
        raise WriteProtected(errno.EACCES, "write-protected", str(path))


class WriteProtected(PermissionError):
    """The file's mode forbids writing it (see `refuse_write_protected`)."""


def error_code(error: BaseException) -> str:
    """The errno's name (ENOSPC …), or `write_protected`: the key of the reason in words."""
    if isinstance(error, WriteProtected):
        return "write_protected"
    number = getattr(error, "errno", None)
    return errno.errorcode.get(number, "") if isinstance(number, int) else ""


def describe(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error) or type(error).__name__
