"""Item 18: an export writes all its files or none, and says which one failed.

When the disk filled before the HTML was written, the Markdown stayed behind, and the next
try, finding its name taken, wrote `-2.md`, `-2.html` … beside it. Now every file is written
to a temporary name first and named only once all are whole; a failure removes what was
written and the error names the export file that failed.

The fault is put into `os` as export/files.py sees it, at each step of each file in turn:
creating the file (no room for one more), the write itself (the disk fills half way), and
the fsync (an I/O error).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from facilitator import cli
from facilitator.export import files
from facilitator.paths import Workspace
from facilitator.storage.sessions import save_session
from unit.helpers import example_session

SUFFIXES = (".md", ".html", "-commitments.csv", "-commitments.xlsx", ".ics")


class FailingOs:
    """`os` for export/files.py, with `step` failing on its `nth` call."""

    def __init__(self, real: Any, step: str, nth: int) -> None:
        self.real, self.step, self.nth, self.calls = real, step, nth, 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(self.real, name)
        if name != self.step:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.nth:
                raise OSError(errno.ENOSPC if name != "fsync" else errno.EIO, "injected")
            return real(*args, **kwargs)

        return call


class FailingHandle:
    """A file whose write fills the disk half way through, on the `nth` file written."""

    count = 0

    def __init__(self, handle: Any, nth: int) -> None:
        FailingHandle.count += 1
        self.handle, self.fail = handle, FailingHandle.count == nth

    def __enter__(self) -> FailingHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        if self.fail:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self.handle.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def fault_in(monkeypatch: pytest.MonkeyPatch, step: str, nth: int) -> None:
    import os

    if step == "write":
        FailingHandle.count = 0
        real_fdopen = os.fdopen
        fake = FailingOs(os, "", 0)
        fake.fdopen = lambda *a, **k: FailingHandle(real_fdopen(*a, **k), nth)  # type: ignore[attr-defined]
        monkeypatch.setattr(files, "os", fake)
    else:
        monkeypatch.setattr(files, "os", FailingOs(os, step, nth))


@pytest.mark.slow
def test_a_failing_export_leaves_no_file_names_the_failing_one_and_the_retry_is_unnumbered(
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    figure: Callable[[str], None],
) -> None:
    session = example_session()
    path = workspace.ensure(workspace.sessions) / "meeting.toml"
    save_session(path, session)
    out = workspace.root / "out"
    faults = 0
    for step in ("open", "write", "fsync"):
        for nth, suffix in enumerate(SUFFIXES, start=1):
            with monkeypatch.context() as patched:
                fault_in(patched, step, nth)
                with pytest.raises(SystemExit) as ended:
                    cli.main(["export", str(path), "--out", str(out)])
            assert ended.value.code == 1, (step, nth)
            [line] = capsys.readouterr().err.splitlines()
            assert line.startswith("facilitator: ") and line.endswith(suffix), (step, line)
            assert list(out.iterdir()) == [], (step, suffix, list(out.iterdir()))
            faults += 1
    cli_run_ok = cli.run(["export", str(path), "--out", str(out)])
    assert cli_run_ok == 0
    written = sorted(p.name for p in out.iterdir())
    stem = files.session_export_stem(path.stem)  # exported under its file's name
    assert written == sorted(stem + suffix for suffix in SUFFIXES)
    figure(
        f"{faults} faults (3 steps × 5 files): 0 files left behind, each error one line naming"
        " the file; the retry wrote the 5 files under their own names, no -2"
    )


def test_the_error_names_the_export_file_not_its_temporary_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        fault_in(patched, "write", 2)
        with pytest.raises(OSError) as failed:
            files.write_exports(example_session(), tmp_path)
    assert failed.value.filename == str(tmp_path / (files.export_stem(example_session()) + ".html"))
    assert list(tmp_path.iterdir()) == []
