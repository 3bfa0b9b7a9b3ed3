"""Session files in the workspace: naming, listing, opening with a lock, and saving.

The TOML format (`session_toml`, with tomllib) is imported when a session is first read or
written, not with this module: `facilitator new` draws its first screen before either.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.domain.errors import (
    SessionFileError,
    SessionInUse,
    SessionNotReadable,
    SessionTooNew,
    SessionWriteProtected,
)
from facilitator.domain.progress import done_sections
from facilitator.domain.session import Session
from facilitator.domain.text import slugify
from facilitator.paths import Workspace
from facilitator.storage.atomic import (
    Identity,
    file_identity,
    remove_stale_temps,
    through_links,
    write_atomic,
)
from facilitator.storage.backup import keep_good_copy, note_read_back, restore_hint
from facilitator.storage.lock import SessionLock
from facilitator.storage.regular_file import NotReadable, Refusal, read_regular
from facilitator.storage.session_head import Head, read_head

MAX_SESSION_BYTES = 64 * 1_048_576


def read_session(path: Path, *, allow_newer: bool = False) -> Session:
    """Load a session file; any problem is a SessionFileError naming the file, which is
    left exactly as it was. Only a regular file of at most MAX_SESSION_BYTES is read: a
    named pipe or a device with a session's name is refused before it is opened."""
    try:
        raw = read_regular(path, MAX_SESSION_BYTES)
    except NotReadable as refused:
        message = _REFUSED[refused.why].format(detail=refused.detail)
        raise SessionNotReadable(f"{path}: {message}", refused.why.value) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SessionFileError(
            f"{path}: damaged: not UTF-8 (byte {error.start}){restore_hint(path)}"
        ) from None
    from facilitator.storage.session_toml import loads_session  # see the module's docstring

    try:
        session = loads_session(text, allow_newer=allow_newer)
    except SessionTooNew as error:
        raise SessionTooNew(f"{path}: {error}") from None
    except SessionFileError as error:
        raise SessionFileError(f"{path}: {error}{restore_hint(path)}") from None
    if not allow_newer:  # read as strictly as a good copy must be
        note_read_back(path, raw)
    return session


_REFUSED = {
    Refusal.MISSING: "no such session file",
    Refusal.FOLDER: "is a folder, not a session file",
    Refusal.NOT_A_FILE: "not a session file but {detail}; it was not read",
    Refusal.TOO_LARGE: "too large for a session file ({detail}; at most 64 MiB)",
    Refusal.UNREADABLE: "cannot be read: {detail}",
}


def save_session(path: Path, session: Session) -> bytes:
    """Write `session` to `path` atomically; return the bytes written."""
    from facilitator.storage.session_toml import dumps_session  # see the module's docstring

    data = dumps_session(session).encode("utf-8")
    write_atomic(path, data)
    return data


def session_paths(workspace: Workspace, session: Session) -> Iterator[Path]:
    """sessions/2026-11-30-steg-2-ledningens-stod.toml, then -2, -3 …: the names a new
    session may take, in order (the folder is made if need be)."""
    folder = workspace.ensure(workspace.sessions)
    stem = f"{session.created.date().isoformat()}-{slugify(session.workshop.title) or 'session'}"
    for number in itertools.count(1):
        yield folder / (f"{stem}.toml" if number == 1 else f"{stem}-{number}.toml")


def new_session_path(workspace: Workspace, session: Session) -> Path:
    """The first of `session_paths` that no file has taken."""
    return next(path for path in session_paths(workspace, session) if not path.exists())


@dataclass
class OpenSession:
    """A session open in this process: writable while `lock` is held, else read-only."""

    path: Path
    session: Session
    lock: SessionLock | None
    # The bytes this process last wrote to `path` (the good copy is still kept only after
    # they have been read back: see `backup.keep_good_copy`).
    written: bytes | None = field(default=None, repr=False)
    # A new session whose file is not written (nor locked) yet: see `unwritten_session`.
    unwritten: bool = False
    # A session read without its lock, as the file was then: see `open_session`'s
    # `lock_later` and `take_lock`.
    unlocked: bool = False
    read_as: Identity = field(default=None, repr=False)
    # The session's revision its file holds: as it was read, or as `save` last wrote it
    # (where the saver takes over from there).
    file_revision: int = field(init=False)

    def __post_init__(self) -> None:
        self.file_revision = self.session.revision

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def save(self) -> None:
        if self.lock is None:
            raise SessionFileError(f"{self.path}: opened read-only; not saved")
        revision = self.session.revision
        self.wrote(save_session(self.path, self.session))
        self.file_revision = revision

    def take_lock(self) -> bool:
        """Take the lock of a session read without it (`open_session(lock_later=True)`),
        clear what a killed writer left and keep the good copy. True when the file is as it
        was read; if another program wrote it in between, it is read again under the lock
        (`session` is then a new Session) and False is returned. SessionInUse if another
        holds the lock."""
        assert self.lock is not None and self.unlocked, "not a session waiting for its lock"
        self.lock.acquire()
        try:
            unchanged = file_identity(self.path) == self.read_as
            if not unchanged:
                self.session = read_session(self.path)
                self.file_revision = self.session.revision
            remove_stale_temps(self.path)
            keep_good_copy(self.path)
        except BaseException:
            self.lock.release()
            raise
        self.unlocked = False
        return unchanged

    def wrote(self, data: bytes) -> None:
        """Note that `data` is what `path` now holds (the autosave writes on its own)."""
        self.written = data

    def close(self) -> None:
        if self.lock is not None and self.lock.held:
            keep_good_copy(self.path)
            self.lock.release()


def create_session(workspace: Workspace, session: Session) -> OpenSession:
    """Write a new session file and hold its lock."""
    store = unwritten_session(workspace, session)
    write_new_session(store, workspace)
    return store


def unwritten_session(workspace: Workspace, session: Session) -> OpenSession:
    """A new session, named but neither locked nor written: `write_new_session` does both.
    `facilitator new` shows its first screen in between, as taking the lock (filelock's
    import) and writing the file would add some 15 ms before it; the folder is made now, so
    a workspace that cannot hold sessions is still said before the screen opens."""
    path = new_session_path(workspace, session)
    problem = folder_write_problem(path.parent)
    if problem is not None:
        raise problem
    return OpenSession(path, session, SessionLock(path), unwritten=True)


def folder_write_problem(folder: Path) -> OSError | None:
    """Why nothing can be written in `folder`, if so: a read-only file system (said as such,
    not as a missing permission) or no write permission."""
    with contextlib.suppress(OSError, AttributeError):
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
    return None


def is_write_protected(path: Path) -> bool:
    """The file's mode gives nobody write permission (chmod 0444), or this user cannot
    write it. By the mode bits too, as root may write anything."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # reading it says what is wrong
    if not stat.S_ISREG(mode):
        return False
    if not mode & 0o222:
        return True
    if os.access(path, os.W_OK):
        return False
    # Not writable: for a read-only file system the lock says so (see `take_lock`).
    problem = folder_write_problem(path.parent)
    return problem is None or problem.errno != errno.EROFS


def write_new_session(store: OpenSession, workspace: Workspace) -> None:
    """Take the lock of a new session's file and write it. Should another program have taken
    the name since it was chosen (it locked or wrote it), the next free name is taken and
    `store.path` changes to it."""
    candidates = itertools.chain([store.path], session_paths(workspace, store.session))
    for path in candidates:
        if path.exists():
            continue
        lock = SessionLock(path)
        try:
            lock.acquire()
        except SessionInUse:
            continue
        if path.exists():  # written by its holder between the check and the lock
            lock.release()
            continue
        store.path, store.lock = path, lock
        try:
            store.save()
        except BaseException:
            lock.release()
            raise
        store.unwritten = False
        return


def open_session(path: Path, *, read_only: bool = False, lock_later: bool = False) -> OpenSession:
    """Open a session for writing (taking its lock; SessionInUse if another holds it), or
    read-only. Temporary files a killed writer left are cleared once the lock is held.

    With `lock_later`, the file is only read, and `take_lock` does the rest: `facilitator
    resume` shows the session first, as importing filelock and taking the lock would add
    some 15 ms before it, and says after that if another program holds it.

    A symbolic link is opened as the file it leads to: that file is saved (and locked), the
    link stays. A write-protected file (`is_write_protected`) raises SessionWriteProtected
    unless opened read-only."""
    target = through_links(path)
    if target != path and not target.is_file():
        read_session(path)  # what the link leads to is said by the name the person gave
    path = target
    if read_only:
        return OpenSession(path, read_session(path, allow_newer=True), None)
    if is_write_protected(path):
        read_session(path)  # a damaged file says so first
        raise SessionWriteProtected(str(path))
    if lock_later:
        identity = file_identity(path)  # before reading: a change while reading shows too
        session = read_session(path)
        return OpenSession(path, session, SessionLock(path), unlocked=True, read_as=identity)
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
    # What kind of problem: "damaged", or why the file was not read at all (a folder, a
    # named pipe or device, too large, unreadable: storage.regular_file.Refusal's values).
    problem_kind: str = ""
    # The session's own id, and its series (docs/session-format.md): a file without
    # `[series]` is the first of a series whose id is its own.
    id: str = ""
    series_id: str = ""
    series_number: int = 1

    @property
    def follow_up(self) -> bool:
        """A later meeting of a series, not its first."""
        return self.series_number > 1


def summarize(path: Path) -> SessionSummary:
    """A listing line for one file. Only regular files are read (see `read_session`), so a
    named pipe or a link to /dev/zero with a session's name is listed, not waited on.

    The file's bytes are read whole, but parsed whole only when its first line does not vouch
    for its head (`storage.session_head`): then the head alone is parsed. Either way the
    summary is the same as the whole file read gives."""
    try:
        raw = read_regular(path, MAX_SESSION_BYTES)
    except NotReadable as refused:
        message = _REFUSED[refused.why].format(detail=refused.detail)
        return _unlisted(path, f"{path}: {message}", refused.why.value)
    head = read_head(raw)
    summary = _from_head(path, head) if head is not None else None
    return summary or summarize_whole(path, raw)


def _unlisted(path: Path, problem: str, kind: str) -> SessionSummary:
    return SessionSummary(path, "", "", "", 0, 0, False, None, problem, kind)


def summarize_whole(path: Path, raw: bytes) -> SessionSummary:
    """The listing line of a file's bytes, parsed and checked whole as `read_session` does,
    with the same one line for a damaged file."""
    from facilitator.storage.session_toml import parse_document, session_from_document

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problem = f"{path}: damaged: not UTF-8 (byte {error.start}){restore_hint(path)}"
        return _unlisted(path, problem, "damaged")
    try:
        doc = parse_document(text)
        session = session_from_document(doc, text, allow_newer=True)
    except SessionFileError as error:
        return _unlisted(path, f"{path}: {error}{restore_hint(path)}", "damaged")
    series_id, number = _series(doc, session.id)
    return SessionSummary(
        path=path,
        title=session.meeting.title,
        workshop=session.workshop.title,
        date=session.meeting.date,
        done=done_sections(session),
        total=len(session.workshop.sections),
        finished=session.finished,
        updated=session.updated,
        id=session.id,
        series_id=series_id,
        series_number=number,
    )


def _from_head(path: Path, head: Head) -> SessionSummary | None:
    """The listing line from a file's checked head; None if the head is not as the writer
    writes it (the file is then read whole, and says what is wrong)."""
    import tomllib

    from facilitator.storage.session_toml import KIND

    try:
        doc = tomllib.loads(head.toml.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not TOML
        return None
    meeting, workshop = doc.get("meeting"), doc.get("workshop")
    own_id, updated = doc.get("id"), doc.get("updated")
    if (
        doc.get("kind") != KIND
        or not isinstance(meeting, dict)
        or not isinstance(workshop, dict)
        or not isinstance(own_id, str)
        or not own_id
        or not isinstance(updated, datetime)
    ):
        return None
    title, date, shop = meeting.get("title"), meeting.get("date"), workshop.get("title")
    if not (isinstance(title, str) and isinstance(date, str) and isinstance(shop, str)):
        return None
    series_id, number = _series(doc, own_id)
    return SessionSummary(
        path=path,
        title=title,
        workshop=shop,
        date=date,
        done=head.done,
        total=head.total,
        finished=isinstance(doc.get("finished_at"), datetime),
        updated=updated,
        id=own_id,
        series_id=series_id,
        series_number=number,
    )


def _series(doc: dict[str, Any], own_id: str) -> tuple[str, int]:
    """The series id and the place in it that a file's `[series]` says; a file without it is
    the first of its own series."""
    table = doc.get("series")
    if isinstance(table, dict):
        series_id, number = table.get("id"), table.get("number")
        if (
            isinstance(series_id, str)
            and series_id
            and isinstance(number, int)
            and not isinstance(number, bool)
            and number >= 1
        ):
            return series_id, number
    return own_id, 1


def list_sessions(workspace: Workspace) -> list[SessionSummary]:
    """Every session file, the most recently changed first; damaged ones last, with a reason."""
    return sorted(map(summarize, workspace.session_files()), key=listing_order)


def listing_order(summary: SessionSummary) -> tuple[bool, float]:
    """The most recently changed first; damaged ones last (a stable sort keeps the rest)."""
    updated = summary.updated
    return (updated is None, -(updated.timestamp() if updated else 0))


def in_series(summaries: list[SessionSummary]) -> list[list[SessionSummary]]:
    """The summaries (in `list_sessions` order) in groups, one per series: each group where
    its most recently changed session stands, its sessions in order of their place in the
    series (two follow-ups of one session, both number 2, in the order they were changed).
    A damaged file is a group of its own."""
    groups: dict[str, list[SessionSummary]] = {}
    for summary in summaries:
        key = summary.series_id if not summary.problem else f"\0{summary.path}"
        groups.setdefault(key, []).append(summary)
    return [
        sorted(group, key=lambda s: (s.series_number, -listing_order(s)[1], str(s.path)))
        for group in groups.values()
    ]


def latest_unfinished(workspace: Workspace) -> Path | None:
    for summary in list_sessions(workspace):
        if summary.updated is not None and not summary.finished:
            return summary.path
    return None
