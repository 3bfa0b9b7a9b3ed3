"""Follow-ups for the pilot and snapshot tests: an earlier meeting written to the workspace
(the full step 2 session of tests/unit, finished, with commitments 1–3 still open), and an
app on its follow-up, made as `facilitator follow-up` makes it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from tests.conftest import STOCKHOLM_WINTER, FrozenClock
from tests.unit.test_export_sessions import full_session

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.follow_ups import current_workshop
from facilitator.storage.sessions import (
    OpenSession,
    create_session,
    open_session,
    read_session,
    unwritten_session,
)
from facilitator.tui.app import FacilitatorApp

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


class FollowUps:
    """`follow_ups.app("sv")`: an app on a follow-up of the earlier meeting, written and on
    its first section (`new=True`: unwritten, on the meeting details, as the command opens
    it). `prepare(session)` sets the follow-up up first; `read_only=True` opens it written,
    to look at only."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.clock = FrozenClock(FOLLOW_UP_DAY)
        self.stores: list[OpenSession] = []
        self.earlier: dict[str, Path] = {}

    def earlier_file(self, language: str = "sv") -> Path:
        if language not in self.earlier:
            self.earlier[language] = write_earlier(self.workspace, language)
        return self.earlier[language]

    def session(self, language: str = "sv") -> Session:
        return follow_up_session(self.workspace, self.earlier_file(language), self.clock)

    def app(
        self,
        language: str = "sv",
        *,
        ui: str | None = None,
        new: bool = False,
        prepare: Callable[[Session], object] | None = None,
        read_only: bool = False,
    ) -> FacilitatorApp:
        session = self.session(language)
        if prepare is not None:
            prepare(session)
        if new:
            store = unwritten_session(self.workspace, session)
        else:
            store = create_session(self.workspace, session)
            if read_only:
                store.close()
                store = open_session(store.path, read_only=True)
        self.stores.append(store)
        return FacilitatorApp(self.workspace, store=store, language=ui, clock=self.clock, new=new)

    def close(self) -> None:
        for store in self.stores:
            store.close()


@pytest.fixture(name="follow_ups")
def follow_ups_fixture(workspace: Workspace) -> Iterator[FollowUps]:
    """Import it into a test module to have the `follow_ups` fixture there."""
    made = FollowUps(workspace)
    yield made
    made.close()
