"""Fixtures every tier shares: an isolated workspace and a clock that only moves when told."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from facilitator.paths import ENV_WORKSPACE, Workspace

STOCKHOLM_WINTER = timezone(timedelta(hours=1))

# The name under which a reliability test reports its figure (tests/reliability/conftest.py).
FIGURE = "reliability figure"


class FrozenClock:
    """A clock for `Session(clock=...)`: always the same moment until `advance` moves it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 30, 9, 0, tzinfo=STOCKHOLM_WINTER)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """An empty workspace folder, named by FACILITATOR_WORKSPACE and the current folder, so
    nothing a test does can reach a real home directory or the repository."""
    root = tmp_path / "workspace"
    root.mkdir()
    monkeypatch.setenv(ENV_WORKSPACE, str(root))
    monkeypatch.chdir(root)
    yield Workspace(root)


# Here, not beside the reliability tests: under pytest-xdist the process that prints the
# summary never collects tests, so only this top-level conftest is loaded in it.
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = []
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "") != "call":
                continue
            for key, value in getattr(report, "user_properties", []):
                if key == FIGURE:
                    name = report.nodeid.rsplit("::", 1)[-1]
                    mark = "" if outcome == "passed" else " (FAILED)"
                    lines.append(f"{name}{mark}: {value}")
    if lines:
        terminalreporter.section("reliability figures")
        for line in sorted(lines):
            terminalreporter.write_line(line)
