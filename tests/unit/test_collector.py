"""The garbage collector around start-up and new views (tui/lifecycle.py): the command line
turns it off until the first frame; then what exists is frozen, and again after each new
view. Code that did not turn it off (the tests themselves, the bench's baselines) keeps a
collector nobody touches."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from facilitator.tui import lifecycle


@pytest.fixture
def collector(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test does to the collector is undone."""
    monkeypatch.setattr(lifecycle, "_frozen_at_start", False)
    frozen = gc.get_freeze_count()
    try:
        yield
    finally:
        if gc.get_freeze_count() != frozen:
            gc.unfreeze()
        gc.enable()


def test_an_app_not_started_by_the_command_line_leaves_the_collector_alone(
    collector: None,
) -> None:
    frozen = gc.get_freeze_count()
    lifecycle.start_up_over()
    lifecycle.keep_what_was_built()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_after_start_up_the_collector_runs_and_what_was_made_is_kept_out_of_it(
    collector: None,
) -> None:
    gc.disable()  # as cli.run does before importing the screens
    lifecycle.start_up_over()
    assert gc.isenabled()
    after_start = gc.get_freeze_count()
    assert after_start > 0
    view = [[] for _ in range(1000)]  # a new view's objects (lists: the collector tracks them)
    lifecycle.keep_what_was_built()
    assert gc.get_freeze_count() >= after_start + 1000
    assert view and gc.isenabled()
