"""The reliability suite: each test proves one guarantee and reports its figure.

A test calls `figure("…")` with what it measured; the figures are printed together at the
end of the run by the hook in tests/conftest.py (also under pytest-xdist, which carries them
back from its workers), so `python -m pytest tests/reliability` shows every number
docs/reliability.md quotes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import FIGURE


@pytest.fixture
def figure(record_property: Callable[[str, object], None]) -> Callable[[str], None]:
    """`figure("200 kills, 0 files lost")`: report a measured figure for this test."""

    def report(text: str) -> None:
        record_property(FIGURE, text)

    return report


# The pilot tests' fixtures (an app on a new or a saved session, no cursor blink), shared.
from tui.conftest import MakeApp, make_app, no_cursor_blink, reopen_app  # noqa: E402, F401
