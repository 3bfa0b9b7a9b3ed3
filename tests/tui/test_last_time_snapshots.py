"""Snapshots of a follow-up's checklist at 80×24 and 120×40, in Swedish and English: each
question with this time's choices and decision, and under them what the group answered last
time. The earlier meeting is the snapshot story (see snapshot_apps.py); this time the group
has answered the first question otherwise and not yet the others."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Agreement
from facilitator.domain.workshop import SectionKind
from facilitator.paths import Workspace
from facilitator.storage.sessions import OpenSession, create_session
from facilitator.tui.app import FacilitatorApp

from .follow_up_apps import WEEKS_LATER, earlier_meeting, section_of
from .snapshot_apps import Clock, go_to, then

SnapCompare = Callable[..., bool]
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.fixture
def stores() -> Iterator[list[OpenSession]]:
    made: list[OpenSession] = []
    yield made
    for store in made:
        store.close()


def follow_up(
    workspace: Workspace, clock: Clock, language: str, stores: list[OpenSession]
) -> FacilitatorApp:
    earlier = earlier_meeting(workspace, clock, language)
    clock.advance(WEEKS_LATER)
    session = start_follow_up(earlier, follows="earlier.toml", clock=clock)
    workshop = session.workshop
    first = next(workshop.questions())
    section = next(s for s in workshop.sections if first in s.questions)
    session.set_question(first.id, "answer", workshop.scale(section.scale).options[1].id)
    session.set_question(first.id, "agreement", Agreement.MAJORITY.value)
    session.go_to(section_of(session, SectionKind.TEXT))  # going to the checklist is an edit
    clock.advance(60)
    store = create_session(workspace, session)
    stores.append(store)
    return FacilitatorApp(workspace, store=store, clock=clock, language=language)


@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_follow_ups_checklist(
    snap_compare: SnapCompare,
    workspace: Workspace,
    clock: Clock,
    stores: list[OpenSession],
    language: str,
    size: tuple[int, int],
) -> None:
    app = follow_up(workspace, clock, language, stores)
    checklist = 3  # after the follow-up section and the decision basis
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(checklist)))
