"""Follow-ups for the pilot and snapshot tests: an earlier meeting written to the workspace
(the full step 2 session of tests/unit, finished, with commitments 1–3 still open), and an
app on its follow-up, made as `facilitator follow-up` makes it."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.unit.test_export_sessions import full_session

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.follow_ups import current_workshop
from facilitator.storage.sessions import (
    OpenSession,
    create_session,
    read_session,
    unwritten_session,
)
from facilitator.tui.app import FacilitatorApp

STOCKHOLM_WINTER = timezone(timedelta(hours=1))
# The follow-up meets three months after the earlier meeting of 2026-11-30.
FOLLOW_UP_DAY = datetime(2027, 3, 1, 13, 0, tzinfo=STOCKHOLM_WINTER)


def write_earlier(workspace: Workspace, language: str = "sv") -> Path:
    """The earlier meeting, finished, in the workspace's sessions folder."""
    store = create_session(workspace, full_session(language))
    store.close()
    return store.path


def follow_up_session(
    workspace: Workspace, earlier: Path, clock: Callable[[], datetime]
) -> Session:
    """The follow-up as `follow_up_of` makes it, but on the test's clock (its date shows)."""
    before = read_session(earlier)
    follows = os.path.relpath(earlier, workspace.sessions)
    workshop = current_workshop(before, workspace)
    return start_follow_up(before, follows=follows, workshop=workshop, clock=clock)


def follow_up_app(
    workspace: Workspace,
    clock: Callable[[], datetime],
    earlier: Path,
    *,
    language: str | None = None,
    new: bool = False,
    stores: list[OpenSession],
) -> FacilitatorApp:
    """An app on the follow-up of `earlier`: unwritten and on the meeting details first
    (`new`), as the command opens it, or written and on its first section."""
    session = follow_up_session(workspace, earlier, clock)
    store = unwritten_session(workspace, session) if new else create_session(workspace, session)
    stores.append(store)
    return FacilitatorApp(workspace, store=store, language=language, clock=clock, new=new)
