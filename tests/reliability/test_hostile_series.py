"""Issue 19: a series whose files point where they should not, through the real command.

`facilitator trend` walks each follow-up's `follows` link back and searches the sessions
folder for the rest. Files in a loop, a link to a file outside the workspace, to the file
itself, to a session of another workshop or to another session than its `follows_id`, and a
missing or damaged earlier file: each is named in one line on stderr, the trend is drawn from
what exists (a missing meeting from the copy its follow-up keeps), the exit status is 0, no
traceback, and the command ends in bounded time (no link is followed twice).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.session import SeriesLink, Session
from facilitator.paths import Workspace
from facilitator.storage.sessions import save_session
from unit.helpers import example_session
from unit.series_files import NAMES, series_sessions, write_series

# No case may take longer than this (a loop followed forever would hit the subprocess timeout).
BOUND_SECONDS = 20


class Trend:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.slowest = 0.0

    def __call__(self, *args: str) -> tuple[int, str, list[str]]:
        environment = {**os.environ, "FACILITATOR_WORKSPACE": str(self.workspace.root)}
        environment.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "--lang", "en", "trend", *args],
            cwd=self.workspace.root,
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=BOUND_SECONDS,
        )
        self.slowest = max(self.slowest, time.perf_counter() - start)
        assert "Traceback" not in result.stdout + result.stderr, result.stderr
        return result.returncode, result.stdout, result.stderr.splitlines()


def relink(session: Session, follows: str, follows_id: str, number: int = 2) -> None:
    assert session.series is not None
    session.series = SeriesLink(session.series.id, number, follows, follows_id)


@pytest.fixture
def trend(workspace: Workspace) -> Trend:
    return Trend(workspace)


def meeting_row(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("| Meeting |"))


def test_files_pointing_at_each_other_in_a_loop(workspace: Workspace, trend: Trend) -> None:
    _, second, third = series_sessions("en")
    folder = workspace.ensure(workspace.sessions)
    relink(second, NAMES[2], third.id, 2)  # the second follows the third, which follows it
    save_session(folder / NAMES[1], second)
    save_session(folder / NAMES[2], third)
    status, out, err = trend(NAMES[2])
    assert status == 0
    assert len(err) == 1 and "loop" in err[0] and NAMES[1] in err[0], err
    assert meeting_row(out).count("|") == 4  # both meetings, once each


def test_a_file_outside_the_workspace_is_not_read(
    workspace: Workspace, trend: Trend, tmp_path: Path
) -> None:
    first, second, _ = series_sessions("en")
    first.meeting.title = "SECRET OUTSIDE"
    outside = tmp_path / "elsewhere" / "outside.toml"
    outside.parent.mkdir()
    save_session(outside, first)
    folder = workspace.ensure(workspace.sessions)
    relink(second, os.path.relpath(outside, folder), first.id)
    save_session(folder / NAMES[1], second)
    for follows in (os.path.relpath(outside, folder), str(outside)):
        relink(second, follows, first.id)
        save_session(folder / NAMES[1], second)
        status, out, err = trend(NAMES[1])
        assert status == 0
        assert len(err) == 2, err  # the link, and the meeting drawn from the follow-up's copy
        assert "outside the workspace and was not read" in err[0]
        assert "SECRET OUTSIDE" not in out
        assert "| Meeting | 1 (copy) | 2 |" in out


def test_a_file_that_follows_itself(workspace: Workspace, trend: Trend) -> None:
    _, second, _ = series_sessions("en")
    folder = workspace.ensure(workspace.sessions)
    relink(second, NAMES[1], second.id)
    save_session(folder / NAMES[1], second)
    status, out, err = trend(NAMES[1])
    assert status == 0
    assert "follows itself" in err[0] and len(err) == 2, err
    assert "| Meeting | 1 (copy) | 2 |" in out


def test_a_session_of_another_workshop(workspace: Workspace, trend: Trend) -> None:
    _, second, _ = series_sessions("en")
    other = example_session()
    folder = workspace.ensure(workspace.sessions)
    save_session(folder / "other.toml", other)
    relink(second, "other.toml", other.id)
    save_session(folder / NAMES[1], second)
    status, out, err = trend(NAMES[1])
    assert status == 0
    assert "another workshop" in err[0] and len(err) == 2, err
    assert other.workshop.title not in out


def test_a_missing_or_damaged_earlier_file(workspace: Workspace, trend: Trend) -> None:
    paths = write_series(workspace.sessions, "en")
    paths[0].unlink()
    status, out, err = trend(NAMES[2])
    assert status == 0
    assert err[0] == f"facilitator: {NAMES[0]}: no such file" and len(err) == 2, err
    assert "| Meeting | 1 (copy) | 2 | 3 |" in out
    assert "| Share of working time spent in meetings | 38\\.5 | 31 | 27\\.5 |" in out
    paths[0].write_text("format_version = 2\nkind = [\n", encoding="utf-8")
    status, out, err = trend(NAMES[2])
    assert status == 0
    assert err[0].startswith(f"facilitator: {NAMES[0]}: could not be read (") and len(err) == 2
    assert "| Meeting | 1 (copy) | 2 | 3 |" in out


def test_a_follows_id_that_is_not_the_files_id(workspace: Workspace, trend: Trend) -> None:
    first, second, _ = series_sessions("en")
    folder = workspace.ensure(workspace.sessions)
    first.id = "someone-else"  # the file second follows now holds another session
    save_session(folder / NAMES[0], first)
    save_session(folder / NAMES[1], second)
    status, out, err = trend(NAMES[1])
    assert status == 0
    assert "is another meeting" in err[0] and len(err) == 2, err
    assert "| Meeting | 1 (copy) | 2 |" in out


def test_every_hostile_case_ends_in_bounded_time(
    workspace: Workspace, trend: Trend, figure: Callable[[str], None]
) -> None:
    """Every case above at once, in one folder: still one line each, and quick."""
    first, second, third = series_sessions("en")
    folder = workspace.ensure(workspace.sessions)
    save_session(folder / NAMES[0], first)
    relink(second, NAMES[2], third.id, 2)
    save_session(folder / NAMES[1], second)
    save_session(folder / NAMES[2], third)
    itself = series_sessions("en")[2]
    itself.id = "itself"
    relink(itself, "itself.toml", "itself", 4)
    save_session(folder / "itself.toml", itself)
    damaged = folder / "damaged.toml"
    damaged.write_text(
        (folder / NAMES[2]).read_text(encoding="utf-8").replace("# end of session file", ""),
        encoding="utf-8",
    )
    for given in (first.id, NAMES[1], "itself.toml"):  # by the series' id, or any file
        status, out, err = trend(given)
        assert status == 0 and "| Meeting |" in out
        assert len(err) == 3, err  # one line each, nothing said twice
        assert any("damaged.toml: could not be read" in line for line in err), err
        assert any("itself.toml: says it follows itself" in line for line in err), err
        assert any("in a loop" in line for line in err), err
    figure(f"hostile series: 7 cases, one line each, slowest run {trend.slowest:.2f} s")


def test_a_named_pipe_or_folder_with_a_sessions_name_is_not_waited_on(
    workspace: Workspace, trend: Trend
) -> None:
    write_series(workspace.sessions, "en")
    os.mkfifo(workspace.sessions / "pipe.toml")
    (workspace.sessions / "folder.toml").mkdir()
    status, out, err = trend(NAMES[2])  # the search passes over both
    assert (status, err) == (0, []) and "| Meeting | 1 | 2 | 3 |" in out
    status, out, err = trend("pipe.toml")
    assert status == 1 and out == ""
    pipe = workspace.sessions / "pipe.toml"
    assert err == [f"facilitator: {pipe}: not a session file but a named pipe; it was not read"]
