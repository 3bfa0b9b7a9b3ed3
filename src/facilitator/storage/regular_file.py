"""Reading a file the program did not make, without trusting what kind of file it is.

A name ending in `.toml` or `.yaml` may be a FIFO (reading waits for a writer forever, and
the start screen with it), a device (`/dev/zero` never ends; a tape rewinds when opened) or
a link to one, or a file of gigabytes. So the kind and the size are checked before the file
is opened, again on the open file (it may have been swapped in between), and the reading
stops one byte past the limit whatever the size said.
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path


class Refusal(StrEnum):
    """Why a file was not read; each has its own words where it is shown."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"  # a FIFO, a socket, a device
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"  # no permission, an I/O error


class NotReadable(Exception):
    """A file that was not read, and why (`detail`: the system's words, or the size)."""

    def __init__(self, why: Refusal, detail: str = "") -> None:
        self.why, self.detail = why, detail
        super().__init__(f"{why.value}{': ' + detail if detail else ''}")


def _check(mode: int, size: int, limit: int) -> None:
    if stat.S_ISDIR(mode):
        raise NotReadable(Refusal.FOLDER)
    if not stat.S_ISREG(mode):
        raise NotReadable(Refusal.NOT_A_FILE, _kind(mode))
    if size > limit:
        raise NotReadable(Refusal.TOO_LARGE, f"{size:,} bytes")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path` (links followed) if it is a regular file of at most `limit`
    bytes; otherwise NotReadable, without having waited or read more than `limit` + 1."""
    try:
        before = os.stat(path)
        _check(before.st_mode, before.st_size, limit)
        # O_NONBLOCK: should a FIFO be swapped in after the check, opening it does not wait.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise NotReadable(Refusal.MISSING) from None
    except OSError as error:
        raise NotReadable(Refusal.UNREADABLE, error.strerror or str(error)) from None
    try:
        now = os.fstat(fd)
        _check(now.st_mode, now.st_size, limit)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise NotReadable(Refusal.UNREADABLE, error.strerror or str(error)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # it grew while being read
        raise NotReadable(Refusal.TOO_LARGE, f"more than {limit:,} bytes")
    return data
