"""Session files in the workspace: naming, listing, opening with a lock, and saving."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from facilitator.domain.errors import SessionFileError
from facilitator.domain.progress import done_sections
from facilitator.domain.session import Session
from facilitator.domain.text import slugify
from facilitator.paths import Workspace
from facilitator.storage.atomic import remove_stale_temps, write_atomic
from facilitator.storage.backup import keep_good_copy, restore_hint
from facilitator.storage.lock import SessionLock
from facilitator.storage.session_toml import SessionTooNew, dumps_session, loads_session

MAX_SESSION_BYTES = 64 * 1_048_576


def read_session(path: Path, *, allow_newer: bool = False) -> Session:
    """Load a session file; any problem is a SessionFileError naming the file, which is
    left exactly as it was."""
    try:
        size = path.stat().st_size
        if size > MAX_SESSION_BYTES:
            raise SessionFileError(f"{path}: too large for a session file ({size:,} bytes)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(f"{path}: no such session file") from None
    except IsADirectoryError:
        raise SessionFileError(f"{path}: is a folder, not a session file") from None
    except OSError as error:
        raise SessionFileError(f"{path}: cannot be read: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SessionFileError(
            f"{path}: damaged: not UTF-8 (byte {error.start}){restore_hint(path)}"
        ) from None
    try:
        return loads_session(text, allow_newer=allow_newer)
    except SessionTooNew as error:
        raise SessionTooNew(f"{path}: {error}") from None
    except SessionFileError as error:
        raise SessionFileError(f"{path}: {error}{restore_hint(path)}") from None


def save_session(path: Path, session: Session) -> bytes:
    """Write `session` to `path` atomically; return the bytes written."""
    data = dumps_session(session).encode("utf-8")
    write_atomic(path, data)
    return data


def new_session_path(workspace: Workspace, session: Session) -> Path:
    """sessions/2026-11-30-steg-2-ledningens-stod.toml, numbered if that name is taken."""
    folder = workspace.ensure(workspace.sessions)
    stem = f"{session.created.date().isoformat()}-{slugify(session.workshop.title) or 'session'}"
    for number in itertools.count(1):
        candidate = folder / (f"{stem}.toml" if number == 1 else f"{stem}-{number}.toml")
        if not candidate.exists():
            return candidate
    raise AssertionError("unreachable")


@dataclass
class OpenSession:
    """A session open in this process: writable while `lock` is held, else read-only."""

    path: Path
    session: Session
    lock: SessionLock | None
    # The bytes this process last wrote to `path`: a whole session by construction, so the
    # good copy kept at close need not be read back to be trusted while the file holds them.
    written: bytes | None = field(default=None, repr=False)

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def save(self) -> None:
        if self.lock is None:
            raise SessionFileError(f"{self.path}: opened read-only; not saved")
        self.wrote(save_session(self.path, self.session))

    def wrote(self, data: bytes) -> None:
        """Note that `data` is what `path` now holds (the autosave writes on its own)."""
        self.written = data

    def close(self) -> None:
        if self.lock is not None and self.lock.held:
            keep_good_copy(self.path, verify=True, known=self.written)
            self.lock.release()


def create_session(workspace: Workspace, session: Session) -> OpenSession:
    """Write a new session file and hold its lock."""
    path = new_session_path(workspace, session)
    lock = SessionLock(path)
    lock.acquire()
    store = OpenSession(path, session, lock)
    try:
        store.save()
    except BaseException:
        lock.release()
        raise
    return store


def open_session(path: Path, *, read_only: bool = False) -> OpenSession:
    """Open a session for writing (taking its lock; SessionInUse if another holds it), or
    read-only. Temporary files a killed writer left are cleared once the lock is held."""
    if read_only:
        return OpenSession(path, read_session(path, allow_newer=True), None)
    lock = SessionLock(path)
    lock.acquire()
    try:
        session = read_session(path)
        remove_stale_temps(path)
        keep_good_copy(path)
    except BaseException:
        lock.release()
        raise
    return OpenSession(path, session, lock)


@dataclass(frozen=True)
class SessionSummary:
    path: Path
    title: str
    workshop: str
    date: str
    done: int
    total: int
    finished: bool
    updated: datetime | None
    problem: str = ""


def summarize(path: Path) -> SessionSummary:
    try:
        session = read_session(path, allow_newer=True)
    except SessionFileError as error:
        return SessionSummary(path, "", "", "", 0, 0, False, None, str(error))
    return SessionSummary(
        path=path,
        title=session.meeting.title,
        workshop=session.workshop.title,
        date=session.meeting.date,
        done=done_sections(session),
        total=len(session.workshop.sections),
        finished=session.finished,
        updated=session.updated,
    )


def list_sessions(workspace: Workspace) -> list[SessionSummary]:
    """Every session file, the most recently changed first; damaged ones last, with a reason."""
    summaries = [summarize(p) for p in workspace.session_files()]
    return sorted(
        summaries, key=lambda s: (s.updated is None, -(s.updated.timestamp() if s.updated else 0))
    )


def latest_unfinished(workspace: Workspace) -> Path | None:
    for summary in list_sessions(workspace):
        if summary.updated is not None and not summary.finished:
            return summary.path
    return None
