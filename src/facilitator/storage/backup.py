"""The last good copy of a session, and the way back to it.

Whenever a session opens cleanly, and again when it closes, its file is copied to a hidden
`.NAME.toml.good` beside it. Should the file later be damaged (a disk error, a sync tool, a
hand edit gone wrong), the error says that a good copy exists, and `facilitator restore`
puts it back, keeping the damaged file beside it: nothing is ever deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from datetime import datetime
from pathlib import Path

from facilitator.domain.errors import FacilitatorError, SessionFileError
from facilitator.domain.session import now_local
from facilitator.storage.atomic import write_atomic
from facilitator.storage.lock import SessionLock
from facilitator.storage.regular_file import NotReadable, read_regular


def good_copy_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.good")


MAX_COPY_BYTES = 64 * 1_048_576  # as a session file (storage.sessions)

# For each session file, a digest of the bytes last read back from it whole (by
# `read_session`): the good copy made of those same bytes needs no second reading.
_read_back: dict[str, bytes] = {}


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def note_read_back(path: Path, data: bytes) -> None:
    """Remember that `data`, the bytes of `path`, were just read back as a whole session."""
    _read_back[os.path.abspath(path)] = _digest(data)


def _loads(data: bytes) -> bool:
    from facilitator.storage.session_toml import loads_session  # see `storage.sessions`

    try:
        loads_session(data.decode("utf-8"))
    except (UnicodeDecodeError, SessionFileError):
        return False
    return True


def keep_good_copy(path: Path) -> None:
    """Copy `path` to its good copy, but only bytes that have been read back as a whole
    session: by `read_session` just before (then they are not read twice), or here. Bytes
    this process wrote itself are no proof: a time zone whose offset has seconds once made
    the writer put down a time the reader refused, and the good copy was then replaced by
    a file neither `resume` nor `restore` could open. Reading back a session of 10,000 items
    takes about 0.45 s. A failure to keep the copy is never a reason to stop the work, so
    it is passed over."""
    with contextlib.suppress(OSError, NotReadable):
        data = read_regular(path, MAX_COPY_BYTES)
        if _read_back.get(os.path.abspath(path)) != _digest(data) and not _loads(data):
            return
        write_atomic(good_copy_path(path), data)


def _read_copy(path: Path) -> tuple[bytes, float]:
    """The good copy's bytes and when it was kept (a regular file only, never a pipe)."""
    copy = good_copy_path(path)
    try:
        return read_regular(copy, MAX_COPY_BYTES), copy.stat().st_mtime
    except (OSError, NotReadable) as error:
        raise OSError(str(error)) from None


def good_copy_time(path: Path) -> datetime | None:
    """When the good copy of `path` was kept, if there is one that loads."""
    try:
        data, stamp = _read_copy(path)
    except OSError:
        return None
    if not _loads(data):
        return None
    return datetime.fromtimestamp(stamp).astimezone().replace(microsecond=0)


def restore_hint(path: Path) -> str:
    """The end of the error line for a damaged file: how to get back to the good copy."""
    kept = good_copy_time(path)
    if kept is None:
        return ""
    return (
        f"; a good copy from {kept.strftime('%Y-%m-%d %H:%M')} is kept: "
        f"'facilitator restore {path}' puts it back"
    )


def restore_good_copy(path: Path) -> tuple[Path | None, datetime]:
    """Put the good copy back in place. The file it replaces, if any, is kept beside it as
    `NAME.toml.damaged-TIME`; returned with the time the good copy was kept."""
    lock = SessionLock(path)
    lock.acquire()
    try:
        try:
            data, kept_at = _read_copy(path)
        except OSError:
            raise FacilitatorError(f"{path}: no good copy of this session is kept") from None
        if not _loads(data):
            raise FacilitatorError(f"{path}: the kept copy is damaged too; nothing was changed")
        kept_aside: Path | None = None
        if path.exists():
            stamp = now_local().strftime("%Y%m%d-%H%M%S")
            kept_aside = path.with_name(f"{path.name}.damaged-{stamp}")
            os.replace(path, kept_aside)
        write_atomic(path, data)
        return kept_aside, datetime.fromtimestamp(kept_at).astimezone().replace(microsecond=0)
    finally:
        lock.release()
