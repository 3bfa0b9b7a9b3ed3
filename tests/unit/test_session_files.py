"""Session files in the workspace: where new ones go, and which one `resume` picks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.sessions import create_session, latest_unfinished, list_sessions
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import SWEDISH_WORKSHOP

WORKSHOP = load_workshop(SWEDISH_WORKSHOP)
# `clock` is the FrozenClock fixture of tests/conftest.py.


def test_the_workspace_fixture_is_the_chosen_workspace(workspace: Workspace) -> None:
    assert Workspace.choose() == workspace
    assert Path.cwd() == workspace.root
    assert list(workspace.root.iterdir()) == []


def test_new_sessions_are_named_by_day_and_title(workspace: Workspace, clock: Any) -> None:
    first = create_session(workspace, Session(WORKSHOP, clock=clock))
    second = create_session(workspace, Session(WORKSHOP, clock=clock))
    first.close()
    second.close()
    assert [first.path.name, second.path.name] == [
        "2026-11-30-steg-2-ledningens-stod.toml",
        "2026-11-30-steg-2-ledningens-stod-2.toml",
    ]
    assert first.path.parent == workspace.sessions


def test_resume_picks_the_most_recently_changed_unfinished_session(
    workspace: Workspace, clock: Any
) -> None:
    older = create_session(workspace, Session(WORKSHOP, clock=clock))
    clock.advance(60)
    newer = create_session(workspace, Session(WORKSHOP, clock=clock))
    clock.advance(60)
    older.session.set_meeting("title", "Ändrad senast")
    older.save()
    assert latest_unfinished(workspace) == older.path
    older.session.finish()
    older.save()
    assert latest_unfinished(workspace) == newer.path
    assert [s.path for s in list_sessions(workspace)] == [older.path, newer.path]
    assert [s.finished for s in list_sessions(workspace)] == [True, False]
    older.close()
    newer.close()
