"""`facilitator export` as a person runs it: a real process, a real workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from facilitator.storage.lock import SessionLock
from facilitator.storage.sessions import save_session

from .test_export_sessions import full_session


def facilitator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FACILITATOR_WORKSPACE"}
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "sessions" / "2026-11-30-steg-2-ledningens-stod.toml"
    path.parent.mkdir()
    save_session(path, full_session("sv"))
    return path


def test_export_writes_all_five_files_into_exports(tmp_path: Path, session_file: Path) -> None:
    before = session_file.read_bytes(), session_file.stat().st_mtime_ns
    result = facilitator("export", str(session_file), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # The one commitment without a due date is named: it has no place in the calendar.
    assert result.stderr == (
        "facilitator: 1 commitment without a valid due date was left out of the calendar file: "
        "no. 3.\n"
    )
    written = [Path(line) for line in result.stdout.splitlines()]
    assert [p.name for p in written] == [  # named after the session's file
        "2026-11-30-steg-2-ledningens-stod.md",
        "2026-11-30-steg-2-ledningens-stod.html",
        "2026-11-30-steg-2-ledningens-stod-commitments.csv",
        "2026-11-30-steg-2-ledningens-stod-commitments.xlsx",
        "2026-11-30-steg-2-ledningens-stod.ics",
    ]
    assert all(p.parent == tmp_path / "exports" and p.is_file() for p in written)
    # Four dated commitments and the follow-up meeting.
    assert len(Calendar.from_ical(written[4].read_bytes()).walk("VEVENT")) == 5
    assert (session_file.read_bytes(), session_file.stat().st_mtime_ns) == before


def test_export_chosen_formats_into_another_folder_and_language(
    tmp_path: Path, session_file: Path
) -> None:
    out = tmp_path / "to-send"
    result = facilitator(
        "export", session_file.name, "--format", "md,csv", "--out", str(out), "--lang", "en",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [Path(p).parent for p in result.stdout.splitlines()] == [out, out]
    assert Path(result.stdout.splitlines()[0]).read_text().startswith("# Minutes – ")
    again = facilitator("export", str(session_file), "--format", "md", "--out", str(out), cwd=out)
    assert again.stdout.strip() == result.stdout.splitlines()[0]  # its own file, replaced
    assert sorted(p.name for p in out.iterdir()) == [
        "2026-11-30-steg-2-ledningens-stod-commitments.csv",
        "2026-11-30-steg-2-ledningens-stod.md",
    ]


def test_export_works_while_another_program_holds_the_session(
    tmp_path: Path, session_file: Path
) -> None:
    lock = SessionLock(session_file)
    lock.acquire()
    try:
        result = facilitator("export", str(session_file), "--format", "html", cwd=tmp_path)
    finally:
        lock.release()
    assert result.returncode == 0, result.stderr


def test_an_unknown_format_is_a_usage_error(tmp_path: Path, session_file: Path) -> None:
    result = facilitator("export", str(session_file), "--format", "md,pdf", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "'pdf'" in result.stderr
    assert not (tmp_path / "exports").exists()


@pytest.mark.parametrize(
    "content",
    [None, b"", b"not = [toml", b"\xff\xfe", b'format_version = 1\nkind = "something else"\n'],
)
def test_a_missing_or_damaged_session_is_one_line_and_exit_1(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "broken.toml"
    if content is not None:
        path.write_bytes(content)
    result = facilitator("export", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("facilitator: ") and str(path) in result.stderr
    assert content is None or path.read_bytes() == content
    assert not (tmp_path / "exports").exists()


def test_no_dated_commitment_means_no_calendar_and_a_note(tmp_path: Path) -> None:
    session = full_session("en", finished=False)
    for commitment in session.commitments:
        session.set_commitment(commitment.id, "due", "")
    session.set_meeting("follow_up", "")
    path = tmp_path / "s.toml"
    save_session(path, session)
    result = facilitator("export", str(path), cwd=tmp_path)
    assert result.returncode == 0
    suffixes = [Path(p).suffix for p in result.stdout.splitlines()]
    assert suffixes == [".md", ".html", ".csv", ".xlsx"]
    assert len(result.stderr.splitlines()) == 1


def test_importing_the_exports_does_not_import_textual(tmp_path: Path, session_file: Path) -> None:
    code = (
        "import sys\n"
        "import facilitator.export\n"
        "from facilitator.cli import run\n"
        f"assert run(['export', {str(session_file)!r}, '--out', {str(tmp_path / 'o')!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
