"""The last resort when a session cannot be saved where it belongs: a whole copy elsewhere.

Used as the program ends (a signal, a quit while saves fail): the text must not go with the
process. The copy is a complete session file, so `facilitator resume COPY` opens it. It goes
beside the session file if that folder takes it, else into the person's home folder (often
another disk than a full or vanished workspace), under a name no file has, never over one.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from facilitator.storage.atomic import write_atomic

EMERGENCY_MARK = "emergency"


def emergency_places(session_path: Path) -> list[Path]:
    """Where a copy is tried, in order: the session's folder, then the home folder."""
    places = [session_path.parent]
    with contextlib.suppress(RuntimeError, KeyError):  # no home to be found
        home = Path.home()
        if home not in places:
            places.append(home)
    return places


def emergency_name(session_path: Path, folder: Path, moment: datetime) -> Path:
    stem = f"{session_path.stem}-{EMERGENCY_MARK}-{moment.strftime('%Y%m%d-%H%M%S')}"
    candidate = folder / f"{stem}.toml"
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem}-{number}.toml"
        number += 1
    return candidate


def write_emergency_copy(
    data: bytes, session_path: Path, moment: datetime, *, beside: Path | None = None
) -> Path | None:
    """Write `data` (a whole session file) to the first place that takes it; its path, or
    None when none did. Named after `session_path`; tried first beside `beside` (where the
    session was last being saved), which defaults to the session file itself."""
    for folder in emergency_places(beside or session_path):
        try:
            target = emergency_name(session_path, folder, moment)
            write_atomic(target, data)
        except OSError:
            continue
        return target
    return None
