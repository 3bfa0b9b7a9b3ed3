"""Item 6: a session file cut short at every byte offset, and 1,000 random byte changes.

Each damaged file is read as `facilitator resume` reads it (and, every tenth time, opened with
its lock as well). What may happen: a SessionFileError of one line that names the file and
says how to get the good copy back, or a file that loads. No other exception (a traceback
for the user) is allowed, and the damaged file must be left byte for byte as it was. A file
cut short loads only when nothing but the final newline is gone, as exactly the same session.
Then `facilitator restore` puts the good copy back, keeping the damaged file beside it.

tests/unit/test_session_errors.py covers named kinds of damage; this tries every cut.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.errors import SessionFileError
from facilitator.paths import Workspace
from facilitator.storage.session_toml import dumps_session
from facilitator.storage.sessions import open_session, read_session, save_session
from unit.helpers import example_session, facilitator

FLIPS = 1000


class Outcomes:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.refused = self.loaded = self.tracebacks = 0
        self.loaded_sessions: list[object] = []

    def attempt(self, data: bytes, *, with_lock: bool) -> None:
        self.path.write_bytes(data)
        readers = [read_session, open_session] if with_lock else [read_session]
        for reader in readers:
            try:
                result = reader(self.path)
            except SessionFileError as error:
                message = str(error)
                assert "\n" not in message and message.startswith(f"{self.path}: "), message
                assert f"'facilitator restore {self.path}' puts it back" in message, message
                self.refused += 1
            except Exception as error:  # would be a traceback for the user
                self.tracebacks += 1
                raise AssertionError(f"{type(error).__name__}: {error}") from error
            else:
                self.loaded += 1
                session = getattr(result, "session", result)
                self.loaded_sessions.append(session)
                if hasattr(result, "close"):
                    result.close()
            assert self.path.read_bytes() == data, "the damaged file was changed"


@pytest.mark.slow
def test_every_truncation_and_1000_byte_changes_give_a_message_and_leave_the_file(
    workspace: Workspace, figure: Callable[[str], None]
) -> None:
    good_session = example_session()
    good = dumps_session(good_session).encode("utf-8")
    path = workspace.ensure(workspace.sessions) / "damaged.toml"
    save_session(path, good_session)
    open_session(path).close()  # a clean open and close keeps the good copy

    cuts = Outcomes(path)
    loading_cuts = []
    for cut in range(len(good)):
        before = cuts.loaded
        cuts.attempt(good[:cut], with_lock=cut % 10 == 0)
        if cuts.loaded > before:
            loading_cuts.append(cut)
    # Only the cut that drops the last newline alone loads (by each reader that tried it,
    # two when it was also opened with its lock), and as the very same session.
    assert loading_cuts == [len(good) - 1]
    assert cuts.loaded_sessions and all(s == good_session for s in cuts.loaded_sessions)

    # The way back: restore puts the good copy in place and keeps the damaged file beside it.
    damaged_bytes = good[: len(good) // 2]
    path.write_bytes(damaged_bytes)
    result = facilitator("restore", str(path), cwd=workspace.root)
    assert result.returncode == 0, result.stderr
    assert read_session(path) == good_session
    (aside,) = path.parent.glob(f"{path.name}.damaged-*")
    assert aside.read_bytes() == damaged_bytes

    # A changed file that loads is a clean open: it becomes the good copy from then on.
    flips = Outcomes(path)
    rng = random.Random(20261130)
    for number in range(FLIPS):
        damaged = bytearray(good)
        offset = rng.randrange(len(good))
        damaged[offset] ^= rng.randrange(1, 256)
        flips.attempt(bytes(damaged), with_lock=number % 10 == 0)

    attempts = cuts.refused + cuts.loaded + flips.refused + flips.loaded
    figure(
        f"{len(good)} truncations (every byte offset) and {FLIPS} random byte changes of a "
        f"{len(good):,}-byte session, {attempts} reads: 0 tracebacks, every refusal one line "
        f"naming the file and 'facilitator restore', the file unchanged every time; "
        f"{cuts.refused + flips.refused} refused, {len(loading_cuts)} truncation loaded (only the "
        f"final newline gone: the same session), {flips.loaded} changed files loaded (the "
        "change fell inside a value that stays valid, a letter in a note or a digit in a "
        "number: no reader can tell it from an edit); "
        "restore brought the good copy back and kept the damaged file"
    )
    assert cuts.tracebacks == flips.tracebacks == 0
