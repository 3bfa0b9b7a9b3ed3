"""A session file survives its writer being killed at any instant: the old version or the new
one is there, never a torn or empty file, and leftover temporary files are cleared on open."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.domain.session import Session
from facilitator.storage import atomic
from facilitator.storage.sessions import open_session, read_session, save_session
from facilitator.storage.workshop_yaml import load_workshop

from .crash_saver import SECTION, note_line
from .helpers import SWEDISH_WORKSHOP

SAVER = Path(__file__).with_name("crash_saver.py")
KILLS = 200
FILES = 4  # the savers take turns on these, so each file sees many kills at many sizes


def temp_files(path: Path) -> list[Path]:
    return list(path.parent.glob(f".{path.name}.*.tmp"))


class Savers:
    """The crash_saver process, which forks a saver for each `start`."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SAVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def ask(self, request: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(request + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def start(self, path: Path) -> int:
        answer = self.ask(f"save {path}")
        assert answer.startswith("saving "), answer
        return int(answer.split()[1])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.mark.slow
def test_kill_9_at_random_moments_never_tears_the_file(tmp_path: Path) -> None:
    rng = random.Random(20261130)
    paths = [tmp_path / f"crash-{n}.toml" for n in range(FILES)]
    for path in paths:
        save_session(path, Session(load_workshop(SWEDISH_WORKSHOP)))
    kills = loads = temps_seen = kills_leaving_temps = 0
    lines = dict.fromkeys(paths, 0)
    started = time.monotonic()
    savers = Savers()
    try:
        while kills < KILLS:
            path = paths[kills % FILES]
            pid = savers.start(path)
            time.sleep(rng.uniform(0, 0.05))
            os.kill(pid, signal.SIGKILL)
            assert savers.ask("wait") == "ended SIGKILL"
            kills += 1
            left = temp_files(path)
            temps_seen += len(left)
            kills_leaving_temps += bool(left)

            session = read_session(path)  # raises on a torn or empty file
            notes = session.sections[SECTION].notes
            count = notes.count("\n")
            assert notes == "".join(note_line(i) for i in range(count))
            loads += 1
            lines[path] = count

            opened = open_session(path)  # the lock is free at once, and temps are cleared
            assert temp_files(path) == []
            opened.close()
    finally:
        savers.close()

    print(
        f"\ncrash test: {kills} kills with SIGKILL, {loads} loads OK, "
        f"{temps_seen} temp files seen before cleanup (left by {kills_leaving_temps} kills), "
        f"{sum(lines.values())} saves kept, {time.monotonic() - started:.1f} s"
    )
    assert loads == kills
    assert sum(lines.values()) > 2 * KILLS, "the savers hardly saved; the kills proved little"


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("plain.toml", "plain-2.toml"),
        ("möte [2].toml", "möte 2.toml"),
        ("a*b.toml", "a-and-b.toml"),
    ],
)
def test_open_clears_only_its_own_temp_files(name: str, other: str, tmp_path: Path) -> None:
    path = tmp_path / name
    save_session(path, Session(load_workshop(SWEDISH_WORKSHOP)))
    own = tmp_path / f".{name}.k2j3h4.tmp"
    own.write_text("half a file")
    others = tmp_path / f".{other}.k2j3h4.tmp"  # another session's, maybe a live writer's
    others.write_text("half of another file")
    opened = open_session(path)
    opened.close()
    assert not own.exists()
    assert others.exists()


def test_a_failed_save_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "session.toml"
    session = Session(load_workshop(SWEDISH_WORKSHOP))
    save_session(path, session)
    before = path.read_bytes()
    session.set_notes(SECTION, "Nya anteckningar")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        save_session(path, session)
    assert path.read_bytes() == before
    assert temp_files(path) == []


def test_a_lone_surrogate_cannot_make_a_session_unsavable(tmp_path: Path) -> None:
    """A string Python can hold but UTF-8 cannot write would make every later save fail."""
    path = tmp_path / "session.toml"
    session = Session(load_workshop(SWEDISH_WORKSHOP))
    session.set_notes(SECTION, "före \ud800 efter")
    save_session(path, session)
    assert read_session(path).sections[SECTION].notes == "före  efter"
