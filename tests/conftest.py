"""Fixtures every tier shares: an isolated workspace and a clock that only moves when told."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from facilitator.paths import ENV_WORKSPACE, Workspace

STOCKHOLM_WINTER = timezone(timedelta(hours=1))


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
