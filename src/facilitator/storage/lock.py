"""One writer per session file.

The lock is a separate `.NAME.lock` file held with filelock: locking the session file itself
stops working after the first atomic save (the rename makes a new inode), and the kernel frees
the lock the moment its holder dies, so a killed facilitator never leaves a session stuck. Who
holds it (PID, host, since when) is written to `.NAME.owner` so a second opener can say so.

filelock is imported when a lock is first taken, not with this module: its import costs
about 11 ms, and `facilitator new` draws its first screen before it takes its lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.domain.errors import SessionInUse
from facilitator.domain.session import now_local

if TYPE_CHECKING:
    from filelock import FileLock


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(f".{session_path.name}.lock")


def owner_path(session_path: Path) -> Path:
    return session_path.with_name(f".{session_path.name}.owner")


class SessionLock:
    """Held while a session is open for writing; `acquire` raises SessionInUse if it is taken."""

    def __init__(self, session_path: Path) -> None:
        self.session_path = session_path
        self._lock: FileLock | None = None  # made when first taken

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def acquire(self) -> None:
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(str(lock_path(self.session_path)), timeout=0, is_singleton=False)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise self.in_use() from None
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": now_local().strftime("%Y-%m-%d %H:%M"),
        }
        with contextlib.suppress(OSError):
            owner_path(self.session_path).write_text(json.dumps(info), encoding="utf-8")

    def release(self) -> None:
        if self._lock is None or not self._lock.is_locked:
            return
        with contextlib.suppress(OSError):
            owner_path(self.session_path).unlink()
        self._lock.release(force=True)

    def in_use(self) -> SessionInUse:
        info = read_owner(self.session_path)
        pid = info.get("pid")
        return SessionInUse(
            str(self.session_path),
            pid if isinstance(pid, int) else None,
            str(info.get("host", "")),
            str(info.get("since", "")),
        )

    def __enter__(self) -> SessionLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def read_owner(session_path: Path) -> dict[str, object]:
    try:
        data = json.loads(owner_path(session_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
