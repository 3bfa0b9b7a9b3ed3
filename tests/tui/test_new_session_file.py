"""`facilitator new` draws its meeting details first and writes the session's file (taking
its lock) right after: whatever happens then, the file holds the session, or the command
ends saying why it could not be written."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import datetime

import pytest

from facilitator.domain.errors import SessionInUse
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage import atomic
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.lock import SessionLock
from facilitator.storage.sessions import OpenSession, read_session, unwritten_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.meeting import MeetingDialog

from .helpers import SIZE


@pytest.fixture
def store(workspace: Workspace, clock: Callable[[], datetime]) -> OpenSession:
    """A new session as `facilitator new` opens it: named, not written, not locked."""
    return unwritten_session(
        workspace, Session(resolve_workshop(None, workspace, "sv"), clock=clock)
    )


async def test_the_file_is_written_and_locked_once_the_meeting_details_are_drawn(
    workspace: Workspace, clock: Callable[[], datetime], store: OpenSession
) -> None:
    app = FacilitatorApp(workspace, store=store, clock=clock, new=True)
    first_frame: list[tuple[bool, bool]] = []  # (file there, lock held) at the dialog's first
    display = app._display

    def watched(screen: object, renderable: object) -> None:
        if isinstance(screen, MeetingDialog) and renderable is not None and not first_frame:
            first_frame.append((store.path.exists(), store.lock is not None and store.lock.held))
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = watched  # type: ignore[method-assign]
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert first_frame == [(False, False)]
            assert store.path.exists() and store.lock is not None and store.lock.held
            assert read_session(store.path) == app.controller.session
            with pytest.raises(SessionInUse, match="in use"):
                SessionLock(store.path).acquire()  # another facilitator is kept out
            await pilot.press(*"Ledningsgrupp")
            await pilot.pause(0.8)  # the autosave: 0.3 s after the last key
            assert read_session(store.path).meeting.title == "Ledningsgrupp"
    finally:
        store.close()


def test_a_session_ended_before_its_file_was_written_is_written_as_it_ends(
    workspace: Workspace, clock: Callable[[], datetime], store: OpenSession
) -> None:
    """Ctrl+Q or a signal in the first moments: the file is written then, with every edit."""
    app = FacilitatorApp(workspace, store=store, clock=clock, new=True)
    app.controller.store = store  # as `open_store` leaves it, before the first frame
    store.session.set_meeting("title", "Skrivet direkt")
    app.controller.close()
    assert read_session(store.path).meeting.title == "Skrivet direkt"
    assert store.lock is not None and not store.lock.held  # released as the app ends


async def test_a_file_that_cannot_be_written_ends_the_app_with_the_reason(
    workspace: Workspace,
    clock: Callable[[], datetime],
    store: OpenSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", disk_full)
    app = FacilitatorApp(workspace, store=store, clock=clock, new=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    assert app.return_code == 1
    assert (
        isinstance(app.controller.start_error, OSError)
        and app.controller.start_error.errno == errno.ENOSPC
    )
    assert not store.path.exists()
    assert store.lock is not None and not store.lock.held
