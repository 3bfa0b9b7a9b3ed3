"""Apps on a follow-up: an earlier meeting as the snapshot story tells it (by position in
the workshop, so both languages serve), finished some weeks before, and its follow-up made
from it as `facilitator follow-up` makes it, opened at a section the test names.

The follow-up's own first section (its carried commitments) has its view elsewhere; these
tests open the follow-up at a section of answers, so only that section's view is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Session
from facilitator.domain.workshop import SectionKind
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import OpenSession, create_session, save_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.sections import VIEWS

from .snapshot_apps import STORIES, Clock, tell

WEEKS_LATER = 72 * 24 * 3600  # from 2026-11-30 to 2027-02-10

MakeFollowUp = Callable[..., FacilitatorApp]


def earlier_meeting(
    workspace: Workspace,
    clock: Clock,
    language: str,
    prepare: Callable[[Session], object] | None = None,
) -> Session:
    """The earlier meeting, every item answered as the story has it (then changed by
    `prepare`), and finished."""
    session = Session(resolve_workshop(None, workspace, language), clock=clock)
    tell(session, STORIES[language])
    if prepare is not None:
        prepare(session)
    session.finish()
    return session


def write_earlier(workspace: Workspace, session: Session) -> Path:
    workspace.sessions.mkdir(parents=True, exist_ok=True)
    path = workspace.sessions / "2026-11-30-ledningsgruppen.toml"
    save_session(path, session)
    return path


def section_of(session: Session, kind: SectionKind) -> str:
    return next(s.id for s in session.workshop.sections if s.kind is kind)


@pytest.fixture
def follow_up_app(workspace: Workspace, clock: Clock) -> Iterator[MakeFollowUp]:
    """`follow_up_app("sv", at=SectionKind.QUESTIONS)`: an app on a follow-up of the story's
    meeting, written to the workspace, resting on the first section of that kind;
    `prepare(earlier)` changes the earlier meeting before the follow-up is made of it."""
    stores: list[OpenSession] = []

    def make(
        language: str = "sv",
        *,
        at: SectionKind = SectionKind.QUESTIONS,
        prepare: Callable[[Session], object] | None = None,
    ) -> FacilitatorApp:
        earlier = earlier_meeting(workspace, clock, language, prepare)
        clock.advance(WEEKS_LATER)
        session = start_follow_up(earlier, follows="earlier.toml", clock=clock)
        session.go_to(section_of(session, at))
        store = create_session(workspace, session)
        stores.append(store)
        return FacilitatorApp(workspace, store=store, clock=clock)

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def follow_up_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the follow-up section has a view of its own, a plain text page stands in for it
    (a follow-up opens at that section): only where none is named in `VIEWS`."""
    if SectionKind.FOLLOW_UP not in VIEWS:
        monkeypatch.setitem(VIEWS, SectionKind.FOLLOW_UP, "text:TextSectionView")
