"""Session files in the workspace: where new ones go, and which one `resume` picks."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.lock import SessionLock
from facilitator.storage.sessions import (
    create_session,
    latest_unfinished,
    list_sessions,
    read_session,
    unwritten_session,
    write_new_session,
)
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


def test_a_new_session_takes_the_next_name_if_its_own_was_taken_before_it_was_written(
    workspace: Workspace, clock: Any
) -> None:
    """`facilitator new` names its file as it starts and writes it a moment later; another
    facilitator may have written, or only locked, a file of that name in between."""
    written_meanwhile = unwritten_session(workspace, Session(WORKSHOP, clock=clock))
    locked_meanwhile = unwritten_session(workspace, Session(WORKSHOP, clock=clock))
    assert written_meanwhile.path == locked_meanwhile.path  # both chose the first free name
    other = create_session(workspace, Session(WORKSHOP, clock=clock))  # writes that name
    write_new_session(written_meanwhile, workspace)
    assert written_meanwhile.path.name == "2026-11-30-steg-2-ledningens-stod-2.toml"
    holder = SessionLock(workspace.sessions / "2026-11-30-steg-2-ledningens-stod-3.toml")
    holder.acquire()  # another facilitator's lock, its file not written yet
    locked_meanwhile.path = holder.session_path
    write_new_session(locked_meanwhile, workspace)
    assert locked_meanwhile.path.name == "2026-11-30-steg-2-ledningens-stod-4.toml"
    assert read_session(locked_meanwhile.path) == locked_meanwhile.session
    for store in (other, written_meanwhile, locked_meanwhile):
        store.close()
    holder.release()


def test_a_folder_that_cannot_take_sessions_is_said_before_the_screen_opens(
    workspace: Workspace, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # a folder not ours to write
    with pytest.raises(PermissionError) as refused:
        unwritten_session(workspace, Session(WORKSHOP, clock=clock))
    assert refused.value.filename == str(workspace.sessions)
