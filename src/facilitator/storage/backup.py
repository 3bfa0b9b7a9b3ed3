"""The last good copy of a session, and the way back to it.

Whenever a session opens cleanly, and again when it closes, its file is copied to a hidden
`.NAME.toml.good` beside it. Should the file later be damaged (a disk error, a sync tool, a
hand edit gone wrong), the error says that a good copy exists, and `facilitator restore`
puts it back, keeping the damaged file beside it: nothing is ever deleted.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from facilitator.domain.errors import FacilitatorError, SessionFileError
from facilitator.domain.session import now_local
from facilitator.storage.atomic import write_atomic
from facilitator.storage.lock import SessionLock


def good_copy_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.good")


def _loads(data: bytes) -> bool:
    from facilitator.storage.session_toml import loads_session  # see `storage.sessions`

    try:
        loads_session(data.decode("utf-8"))
    except (UnicodeDecodeError, SessionFileError):
        return False
    return True


def keep_good_copy(path: Path, *, verify: bool = False, known: bytes | None = None) -> None:
    """Copy `path` to its good copy (checking it loads first when `verify`, unless it holds
    exactly the `known` bytes this process wrote there: reading a session of 10,000 items
    back took 0.45 s at every close); a failure to keep the copy is never a reason to stop
    the work, so it is passed over."""
    with contextlib.suppress(OSError):
        data = path.read_bytes()
        if verify and data != known and not _loads(data):
            return
        write_atomic(good_copy_path(path), data)


def good_copy_time(path: Path) -> datetime | None:
    """When the good copy of `path` was kept, if there is one that loads."""
    copy = good_copy_path(path)
    try:
        data = copy.read_bytes()
        stamp = copy.stat().st_mtime
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
    copy = good_copy_path(path)
    lock = SessionLock(path)
    lock.acquire()
    try:
        try:
            data = copy.read_bytes()
            kept_at = copy.stat().st_mtime
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
