"""The session controller without a screen: what it changes, what it says, and that
whatever reads `controller.session` reads the session as it now is."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.conftest import FrozenClock

from facilitator.domain.session import Session, ViewPosition
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import create_session, open_session, read_session, save_session
from facilitator.tui.controller import (
    Change,
    Part,
    SaveStateChanged,
    SessionController,
    SessionEdited,
    SessionOpened,
)


def a_session_file(workspace: Workspace, clock: FrozenClock) -> Path:
    store = create_session(workspace, Session(resolve_workshop(None, workspace, "sv"), clock=clock))
    store.close()
    return store.path


class Keeper:
    """A stand-in for the session screen."""

    def __init__(self, where: ViewPosition | None) -> None:
        self.where = where
        self.counted = 0

    def count_time(self) -> int:
        self.counted += 1
        return 0

    def view_position(self) -> ViewPosition | None:
        return self.where


def heard(controller: SessionController) -> list[Change]:
    changes: list[Change] = []
    controller.changes.subscribe(None, changes.append)
    return changes


async def test_an_edit_is_applied_saved_and_said_with_what_it_changed(
    workspace: Workspace, clock: FrozenClock
) -> None:
    controller = SessionController(workspace, clock=clock)
    changes = heard(controller)
    controller.open(open_session(a_session_file(workspace, clock)))
    assert changes == [SessionOpened(new=False)]
    source = object()
    assert controller.edit(lambda s: s.set_notes("underlag", "Anteckning"), Part.NOTES, source)
    assert changes[-1] == SessionEdited(Part.NOTES, source)
    assert controller.saver is not None and controller.saver.dirty
    assert controller.store is not None
    controller.close()
    assert read_session(controller.store.path).sections["underlag"].notes == "Anteckning"


async def test_an_edit_that_changes_nothing_is_not_said(
    workspace: Workspace, clock: FrozenClock
) -> None:
    controller = SessionController(workspace, clock=clock)
    controller.open(open_session(a_session_file(workspace, clock)))
    changes = heard(controller)
    assert not controller.edit(lambda s: s.set_notes("underlag", ""), Part.NOTES)
    assert changes == []
    controller.close()


async def test_a_read_only_or_finished_session_takes_no_edit(
    workspace: Workspace, clock: FrozenClock
) -> None:
    path = a_session_file(workspace, clock)
    looking = SessionController(workspace, clock=clock)
    looking.open(open_session(path, read_only=True))
    assert not looking.edit(lambda s: s.set_notes("underlag", "x"), Part.NOTES)
    assert looking.session.sections["underlag"].notes == ""

    finishing = SessionController(workspace, clock=clock)
    finishing.open(open_session(path))
    finishing.apply(lambda s: s.finish())
    assert finishing.frozen
    assert not finishing.edit(lambda s: s.set_notes("underlag", "x"), Part.NOTES)
    finishing.close()
    assert read_session(path).sections["underlag"].notes == ""


async def test_where_the_cursor_is_goes_with_the_edit(
    workspace: Workspace, clock: FrozenClock
) -> None:
    controller = SessionController(workspace, clock=clock)
    controller.open(open_session(a_session_file(workspace, clock)))
    keeper = Keeper(ViewPosition("underlag", "notes", 0, 5, 0))
    controller.attach(keeper)
    controller.edit(lambda s: s.set_notes("underlag", "Hallå"), Part.NOTES)
    assert controller.session.view == ViewPosition("underlag", "notes", 0, 5, 0)
    controller.detach(keeper)
    keeper.where = ViewPosition("underlag", "notes", 0, 1, 0)
    controller.edit(lambda s: s.set_notes("underlag", "Hallå!"), Part.NOTES)
    assert controller.session.view == ViewPosition("underlag", "notes", 0, 5, 0)
    controller.close()


async def test_the_last_save_counts_the_time_first(
    workspace: Workspace, clock: FrozenClock
) -> None:
    controller = SessionController(workspace, clock=clock)
    controller.open(open_session(a_session_file(workspace, clock)))
    keeper = Keeper(None)
    controller.attach(keeper)
    assert controller.save_before_exit()
    assert keeper.counted == 1
    controller.close()


async def test_a_session_rewritten_before_its_lock_is_read_again_and_shown_as_it_is_now(
    workspace: Workspace, clock: FrozenClock
) -> None:
    """What a view reads is the controller's session, so the one read again is what shows."""
    path = a_session_file(workspace, clock)
    controller = SessionController(workspace, clock=clock)
    controller.open(open_session(path, lock_later=True))
    before = controller.session
    elsewhere = read_session(path)
    elsewhere.set_notes("underlag", "Skrivet av ett annat program")
    time.sleep(0.01)
    save_session(path, elsewhere)
    os.utime(path)
    settled = controller.settle()
    assert settled.ok and settled.changed_on_disk
    assert controller.session is not before
    assert controller.session.sections["underlag"].notes == "Skrivet av ett annat program"
    controller.close()


async def test_save_states_are_said(workspace: Workspace, clock: FrozenClock) -> None:
    controller = SessionController(workspace, clock=clock)
    controller.open(open_session(a_session_file(workspace, clock)))
    changes = heard(controller)
    controller.say_save_state()
    assert isinstance(changes[-1], SaveStateChanged)
    controller.close()
