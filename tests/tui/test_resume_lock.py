"""`facilitator resume` shows the session first and takes its lock right after: whatever
happens in between, nothing typed is lost, a session another program holds is only shown,
and a file another program rewrote in between is shown as it now is."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from facilitator.domain.errors import SessionFileError
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.backup import good_copy_path
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.lock import SessionLock
from facilitator.storage.sessions import (
    OpenSession,
    create_session,
    open_session,
    read_session,
    save_session,
)
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.dialogs import InUseDialog
from facilitator.tui.screens.session import SessionScreen

from .helpers import SIZE


@pytest.fixture
def path(workspace: Workspace, clock: Callable[[], datetime]) -> Path:
    """A session file with a note, as an earlier meeting left it."""
    store = create_session(workspace, Session(resolve_workshop(None, workspace, "sv"), clock=clock))
    store.session.set_notes("underlag", "Från förra gången")
    store.save()
    store.close()
    good_copy_path(store.path).unlink()  # kept again as the session opens
    return store.path


@pytest.fixture
def holder(path: Path) -> Iterator[SessionLock]:
    """Another facilitator, holding the session."""
    lock = SessionLock(path)
    lock.acquire()
    yield lock
    lock.release()


@pytest.fixture
def store(path: Path) -> Iterator[OpenSession]:
    """The session as `facilitator resume` opens it: read, its lock not taken yet (and let
    go at the end, however the test ends)."""
    opened = open_session(path, lock_later=True)
    yield opened
    opened.close()


@pytest.fixture
def app(workspace: Workspace, clock: Callable[[], datetime], store: OpenSession) -> FacilitatorApp:
    return FacilitatorApp(workspace, store=store, clock=clock)


def notes_field(app: FacilitatorApp) -> TextArea:
    return app.screen.query_one("#view-underlag TextArea", TextArea)


async def test_the_lock_is_taken_once_the_session_is_drawn(
    path: Path, store: OpenSession, app: FacilitatorApp
) -> None:
    first_frame: list[bool] = []  # the lock held at the session's first frame?
    display = app._display

    def watched(screen: object, renderable: object) -> None:
        if isinstance(screen, SessionScreen) and renderable is not None and not first_frame:
            first_frame.append(store.lock is not None and store.lock.held)
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = watched  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert first_frame == [False]
        assert store.lock is not None and store.lock.held and not app.controller.read_only
        assert good_copy_path(path).exists()  # kept once the lock is held
        await pilot.press("f3", "end", *"Och i dag")
        await pilot.pause(0.8)  # the autosave: 0.3 s after the last key
        assert read_session(path).sections["underlag"].notes.endswith("Och i dag")


async def test_words_typed_before_the_lock_is_taken_are_saved(
    path: Path, store: OpenSession, app: FacilitatorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ended before the lock was taken (Ctrl+Q, a signal): it is taken then, and saved."""
    monkeypatch.setattr(FacilitatorApp, "_settle_after_first_frame", lambda self: None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert store.lock is not None and not store.lock.held
        await pilot.press("f3", "end", *"Ny rad")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause(0.5)
    assert read_session(path).sections["underlag"].notes == "Från förra gångenNy rad"
    assert store.lock is not None and not store.lock.held  # released as the app ended


@asynccontextmanager
async def at_the_in_use_question(app: FacilitatorApp) -> AsyncIterator[Pilot[None]]:
    """The app running, showing the question a held session gets."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, InUseDialog)
        yield pilot


async def test_a_session_another_program_holds_is_only_shown(
    path: Path, holder: SessionLock, app: FacilitatorApp
) -> None:
    before = path.read_bytes()
    async with at_the_in_use_question(app) as pilot:
        assert app.controller.read_only
        await pilot.press("enter")  # look at it, read-only
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.controller.read_only and notes_field(app).read_only
        await pilot.press("f3", *"inte sparat")
        await pilot.pause(0.8)
        await pilot.press("ctrl+q")
        await pilot.pause(0.5)
    assert path.read_bytes() == before
    assert not good_copy_path(path).exists()  # nothing written beside it either
    assert holder.held


async def test_quitting_at_the_question_changes_nothing(
    path: Path, holder: SessionLock, app: FacilitatorApp
) -> None:
    before = path.read_bytes()
    async with at_the_in_use_question(app) as pilot:
        await pilot.press("escape")  # quit
        await pilot.pause()
        assert app.return_code == 0  # on its way out, not on to the session
    assert path.read_bytes() == before


async def test_a_file_rewritten_before_the_lock_is_shown_as_it_now_is(
    path: Path, store: OpenSession, app: FacilitatorApp
) -> None:
    elsewhere = read_session(path)  # another program, done just before the lock was taken
    elsewhere.set_notes("underlag", "Skrivet av någon annan")
    save_session(path, elsewhere)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.controller.session.sections["underlag"].notes == "Skrivet av någon annan"
        assert notes_field(app).text == "Skrivet av någon annan"
        assert store.lock is not None and store.lock.held and not app.controller.read_only
        await pilot.press("f3", "end", *" och mer")
        await pilot.pause(0.8)
    saved = read_session(path).sections["underlag"].notes
    assert saved == "Skrivet av någon annan och mer"


async def test_a_file_rewritten_unreadable_before_the_lock_ends_the_app_with_the_reason(
    path: Path, store: OpenSession, app: FacilitatorApp
) -> None:
    path.write_text("kind = [trasig", encoding="utf-8")  # another program, just before the lock
    damaged = path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    assert app.return_code == 1
    assert isinstance(app.controller.start_error, SessionFileError) and str(path) in str(
        app.controller.start_error
    )
    assert path.read_bytes() == damaged  # left as it is, nothing saved over it
    assert store.lock is None
