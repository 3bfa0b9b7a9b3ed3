"""The command line's small promises: each option does what it says or says why not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.unit.helpers import example_session, facilitator

from facilitator.paths import Workspace
from facilitator.storage.sessions import save_session


def saved(workspace: Workspace, name: str = "meeting.toml", title: str = "") -> Path:
    session = example_session()
    if title:
        session.meeting.title = title
    path = workspace.ensure(workspace.sessions) / name
    save_session(path, session)
    return path


def test_a_command_run_from_a_deleted_folder_says_so(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "FACILITATOR_WORKSPACE"}
    script = f'cd "{gone}" && rmdir "{gone}" && exec "{sys.executable}" -m facilitator sessions'
    result = subprocess.run(
        ["sh", "-c", script], env={**env, "LANG": "C.UTF-8"}, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "facilitator: The current folder no longer exists; change folder or give --workspace DIR"
    ]


def test_an_empty_out_is_a_usage_error_not_the_exports_folder(workspace: Workspace) -> None:
    path = saved(workspace)
    result = facilitator("export", str(path), "--out", "", cwd=workspace.root)
    assert result.returncode == 2
    assert result.stderr.startswith("facilitator: --out: give a folder")
    assert not workspace.exports.exists()


def test_a_repeated_format_adds_to_the_formats(workspace: Workspace) -> None:
    path = saved(workspace)
    result = facilitator(
        "export", str(path), "--format", "md", "--format", "csv", cwd=workspace.root
    )
    assert result.returncode == 0, result.stderr
    assert sorted(Path(line).suffix for line in result.stdout.splitlines()) == [".csv", ".md"]


def test_a_huge_title_does_not_widen_the_listing(workspace: Workspace) -> None:
    saved(workspace, "huge.toml", title="Ledningsgruppen " + "x" * 1_000_000)
    saved(workspace, "small.toml", title="Kort")
    result = facilitator("sessions", cwd=workspace.root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and max(len(line) for line in lines) < 400  # 1,000,016 before
    assert any(line.startswith("Ledningsgruppen xxx") and "…" in line for line in lines)


def test_version_goes_to_stdout(tmp_path: Path) -> None:
    result = facilitator("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("facilitator ") and result.stderr == ""


def test_a_session_is_found_by_its_name_without_toml(workspace: Workspace) -> None:
    saved(workspace, "2026-11-30-ledningsgruppen.toml")
    exported = facilitator("export", "2026-11-30-ledningsgruppen", cwd=workspace.root)
    assert exported.returncode == 0, exported.stderr
    restored = facilitator("restore", "2026-11-30-ledningsgruppen", cwd=workspace.root)
    assert "no good copy" in restored.stderr  # found, and no copy kept yet


def test_a_reader_that_stops_early_ends_the_listing_quietly(workspace: Workspace) -> None:
    saved(workspace)
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `facilitator sessions | head -0` leaves it: every write fails
    try:
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "sessions"],
            cwd=workspace.root,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 141
    assert result.stderr == ""
