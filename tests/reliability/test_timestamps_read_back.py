"""Item 15: every time the program writes reads back, and a good copy is one that did.

In a time zone whose offset has seconds (`TZ=ABC-01:00:30`; before 1900 most zones had one)
the writer put down `2026-12-04 16:04:02+01:00:30`, which TOML does not allow and no reader
reads; the good copy was then replaced by that file at close, so neither `resume` nor
`restore` could open the session. Now such a time is written in UTC (the same instant), and
the good copy is kept only after its bytes have been read back.
"""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest

from facilitator.domain.session import Session, now_local
from facilitator.paths import Workspace
from facilitator.storage import toml_writer
from facilitator.storage.backup import good_copy_path
from facilitator.storage.sessions import create_session, open_session, read_session
from facilitator.storage.workshop_yaml import load_workshop
from unit.helpers import SWEDISH_WORKSHOP, facilitator

# Every offset a time zone can have, to the second, at this stride (a prime, so every
# residue of seconds and minutes is met), and the edges of the calendar.
STRIDE = 7
MOMENTS = (
    datetime(2026, 12, 4, 16, 4, 2),
    datetime(2026, 12, 4, 16, 4, 2, 123456),
    datetime(1, 1, 1, 0, 0, 0),
    datetime(9999, 12, 31, 23, 59, 59, 999999),
)


def every_offset() -> Iterator[timezone]:
    for seconds in range(-86399, 86400, STRIDE):
        yield timezone(timedelta(seconds=seconds))
    yield timezone(timedelta(hours=1, seconds=30, microseconds=5))


@pytest.fixture
def seconds_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The process's local time zone is one whose offset has seconds."""
    zone = "ABC-01:00:30"
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield zone
    monkeypatch.undo()
    time.tzset()


@pytest.mark.slow
def test_every_time_the_writer_writes_the_reader_reads_back(
    figure: Callable[[str], None],
) -> None:
    written = unreadable = moved = 0
    for zone in every_offset():
        for moment in MOMENTS:
            value = moment.replace(tzinfo=zone)
            text = toml_writer.dumps({"at": value})
            written += 1
            try:
                back = tomllib.loads(text)["at"]
            except tomllib.TOMLDecodeError:
                unreadable += 1
                continue
            if back != value:  # the same instant but at the calendar's very edge
                moved += 1  # where the wall time is kept and the offset rounded
                assert back.replace(tzinfo=None) == value.replace(tzinfo=None), (value, back)
                assert abs(back.utcoffset() - value.utcoffset()) < timedelta(minutes=1)  # type: ignore[operator]
    assert unreadable == 0
    figure(
        f"{written:,} times ({len(MOMENTS)} moments × every UTC offset at a {STRIDE} s stride):"
        f" {unreadable} unreadable, {moved:,} moved (by under a minute, at year 1 or 9999)"
    )


def test_a_session_in_a_zone_with_second_offsets_resumes_restores_and_exports(
    workspace: Workspace, seconds_zone: str, figure: Callable[[str], None]
) -> None:
    assert now_local().utcoffset() == timedelta(hours=1, seconds=30)
    store = create_session(workspace, Session(load_workshop(SWEDISH_WORKSHOP)))
    store.session.set_notes("underlag", "Det viktiga")
    store.save()
    store.close()  # the good copy is kept now, after reading the file back
    path = store.path

    assert read_session(path).sections["underlag"].notes == "Det viktiga"
    assert good_copy_path(path).read_bytes() == path.read_bytes()
    reopened = open_session(path)  # as `facilitator resume` opens it
    reopened.session.set_notes("underlag", "Det allra viktigaste")
    reopened.save()
    reopened.close()

    env_zone = {"TZ": seconds_zone}
    path.write_bytes(path.read_bytes()[:200])  # damaged later, by something else
    restored = facilitator("restore", path.name, cwd=workspace.root, env=env_zone)
    assert restored.returncode == 0, restored.stderr
    assert read_session(path).sections["underlag"].notes == "Det allra viktigaste"
    exported = facilitator("export", path.name, cwd=workspace.root, env=env_zone)
    assert exported.returncode == 0, exported.stderr
    assert os.environ.get("TZ") == seconds_zone
    figure(f"TZ={seconds_zone}: saved, resumed, restored and exported; 0 unreadable files")
