"""The `terminal` fixture: a private tmux server and an empty workspace for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .driver import Terminal


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        pytest.fail(
            "tmux is not installed: the end-to-end tests drive the real command in tmux "
            "(apt-get install tmux; .ci/run installs it)"
        )
    term = Terminal(tmp_path)
    try:
        yield term
    finally:
        term.close()
