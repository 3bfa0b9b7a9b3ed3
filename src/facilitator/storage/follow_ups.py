"""Starting a follow-up from an earlier session's file, which is only read."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Session, now_local
from facilitator.domain.workshop import Workshop
from facilitator.paths import Workspace
from facilitator.storage.sessions import read_session


def current_workshop(earlier: Session, workspace: Workspace) -> Workshop:
    """The workshop as it is now, when the workspace or the built-ins still have it (in the
    same language): a follow-up uses its newest version and matches the earlier answers by
    id. Otherwise the earlier session's own copy, which it always has."""
    from facilitator.storage.catalog import resolve_workshop  # PyYAML only when needed

    try:
        found = resolve_workshop(earlier.workshop.id, workspace)
    except FacilitatorError:
        return earlier.workshop
    return found if found.language == earlier.workshop.language else earlier.workshop


def follow_up_of(
    path: Path, workspace: Workspace, *, clock: Callable[[], datetime] = now_local
) -> Session:
    """A new, unsaved follow-up of the session in `path`, dated by `clock` (the app's own).
    Its link to the earlier file is relative to the sessions folder, where the follow-up is
    written, so a workspace that is moved or shared as a whole keeps its series together."""
    earlier = read_session(path)
    folder = workspace.sessions
    try:
        follows = os.path.relpath(path.resolve(), folder.resolve())
    except ValueError:  # another drive on Windows: no relative path
        follows = str(path.resolve())
    return start_follow_up(
        earlier,
        follows=Path(follows).as_posix(),
        workshop=current_workshop(earlier, workspace),
        clock=clock,
    )
