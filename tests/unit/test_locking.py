"""One writer per session: a second opener is told who holds it, and may still read it."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.domain.errors import SessionInUse
from facilitator.domain.session import Session
from facilitator.storage.sessions import open_session, save_session
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import SWEDISH_WORKSHOP

HOLDER = """
import sys, time
from pathlib import Path
from facilitator.storage.sessions import open_session
opened = open_session(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(120)
"""


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "sessions" / "held.toml"
    path.parent.mkdir()
    session = Session(load_workshop(SWEDISH_WORKSHOP))
    session.set_meeting("title", "Ledningsgruppen")
    save_session(path, session)
    return path


@pytest.fixture
def holder(session_file: Path) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(session_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "holding\n", process.communicate()[1]
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_a_second_opener_is_told_who_holds_the_session(
    session_file: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(SessionInUse) as caught:
        open_session(session_file)
    message = str(caught.value)
    expected = rf"{re.escape(str(session_file))}: in use by PID {holder.pid} on "
    expected += rf"{re.escape(socket.gethostname())} since (\d{{4}}-\d\d-\d\d \d\d:\d\d)"
    match = re.fullmatch(expected, message)
    assert match, message
    since = datetime.strptime(match[1], "%Y-%m-%d %H:%M")
    assert abs((datetime.now() - since).total_seconds()) < 120
    assert caught.value.pid == holder.pid


def test_reading_is_allowed_while_another_holds_it(
    session_file: Path, holder: subprocess.Popen[str]
) -> None:
    before = session_file.read_bytes()
    opened = open_session(session_file, read_only=True)
    assert opened.read_only
    assert opened.session.meeting.title == "Ledningsgruppen"
    opened.close()
    assert session_file.read_bytes() == before
    assert holder.poll() is None


def test_the_lock_is_free_the_moment_its_holder_is_killed(
    session_file: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(SessionInUse):
        open_session(session_file)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    started = time.monotonic()
    opened = open_session(session_file)
    assert time.monotonic() - started < 1
    assert not opened.read_only
    opened.session.set_meeting("title", "Ny titel")
    opened.save()
    opened.close()
    assert open_session(session_file, read_only=True).session.meeting.title == "Ny titel"


def test_a_closed_session_can_be_opened_again(session_file: Path) -> None:
    first = open_session(session_file)
    first.close()
    second = open_session(session_file)
    second.close()
