"""The session file's first line, for the session list, and the head of the file it vouches for.

`facilitator sessions` and the start screen list every file in the workspace; a shared folder
holds thousands. Parsing each file whole (a session of 10 items is some 11 KB of TOML) made the
list take seconds, and what the list shows is almost all in the file's head: the top-level keys
(`id`, `updated`, `finished_at`), `[series]`, `[meeting]` and `[workshop]`, all before the
workshop's scales and sections. Only the progress ("4 of 6 sections done") needs the
sections, so the writer puts it in a comment above everything else:

    # session list: 4 of 6 sections done, check 3f9a0c1d

The check is a CRC-32 of the whole file without its eight digits. The list reads the file's
bytes (cheap beside parsing them), and only when the check matches parses the head alone; a file
without the line (written before it, or by another program) or one edited by hand since
(the check no longer matches) is read whole, as before. So the file always wins: a line that
no longer tells the truth is never believed, and the next save writes it anew.

Why not a cache of summaries beside the sessions, checked against each file's size and
mtime: the first listing of a folder (a new clone, a shared folder another person filled)
would still parse everything, a cache in a shared folder is written by many people at once,
and a size and an mtime can stay the same across a change (a copy that keeps times, an edit
within the file system's time resolution). The line costs nothing to keep right, as it is
written with the file.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_PREFIX = "# session list: "
_LINE = re.compile(rb"# session list: (\d{1,6}) of (\d{1,6}) sections done, check ([0-9a-f]{8})")
# Where the head ends: the workshop's scales (the list needs none of them), or the first
# section if there are none. A line like these inside a multi-line text of the head cuts the
# head short, its TOML no longer parses, and the file is read whole.
_ENDS = (b"\n[workshop.scales]\n", b"\n[[sections]]\n")


def with_head(body: str, done: int, total: int) -> str:
    """`body` (a whole session file) with the session list's line above it."""
    before = f"{_PREFIX}{done} of {total} sections done, check "
    after = "\n" + body
    check = zlib.crc32(after.encode("utf-8"), zlib.crc32(before.encode("utf-8")))
    return f"{before}{check:08x}{after}"


@dataclass(frozen=True)
class Head:
    """What a file's checked first line says, and the TOML above its first section."""

    done: int
    total: int
    toml: bytes


def read_head(data: bytes) -> Head | None:
    """The head of a session file's bytes if its first line is the session list's and its
    check matches the rest of the file; None otherwise (the file is then read whole)."""
    end = data.find(b"\n")
    found = _LINE.fullmatch(data, 0, end) if end > 0 else None
    if found is None:
        return None
    digits = found.start(3)
    check = zlib.crc32(data[end:], zlib.crc32(data[:digits]))
    if f"{check:08x}".encode("ascii") != found.group(3):
        return None
    found_at = [at for at in (data.find(mark, end) for mark in _ENDS) if at >= 0]
    if not found_at:
        return None
    stop = min(found_at)
    return Head(int(found.group(1)), int(found.group(2)), data[end + 1 : stop + 1])
