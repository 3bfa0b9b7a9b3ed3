"""Fixtures for the pilot tests: an app on a fresh session of a built-in workshop, in an
isolated workspace, with a frozen clock and no cursor blink (so screenshots are stable).

The workspace and clock fixtures come from tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from facilitator.domain.session import Session
from facilitator.domain.workshop import Workshop
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import (
    OpenSession,
    create_session,
    open_session,
    unwritten_session,
)
from facilitator.tui.app import FacilitatorApp

MakeApp = Callable[..., FacilitatorApp]


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor changes the screen twice a second; nothing here wants that."""
    for widget in (Input, TextArea):
        monkeypatch.setattr(widget.__dict__["cursor_blink"], "_default", False)


class StandingMonotonic:
    """The session screen's `time`, standing still: the time a section is on screen then only
    moves when a test moves it (`tests/tui/test_timebox.py`), so a test that takes a few
    seconds does not count them into the session it compares."""

    now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def standing_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator.tui.screens import session as session_screen_module

    monkeypatch.setattr(session_screen_module, "time", StandingMonotonic())


@pytest.fixture
def make_app(workspace: Workspace, clock: Callable[[], datetime]) -> Iterator[MakeApp]:
    """`make_app("sv")`: an app on a new session of the built-in workshop in that language.

    `language=` sets the UI language (default: the workshop's); `new=True` opens the meeting
    details first, as `facilitator new` does; `prepare(session)` sets the session up before
    the app opens it; `workshop=` runs another workshop. Locks still held at the end are
    released.
    """
    stores: list[OpenSession] = []

    def make(
        workshop_language: str = "sv",
        *,
        language: str | None = None,
        new: bool = False,
        prepare: Callable[[Session], object] | None = None,
        workshop: Workshop | None = None,
    ) -> FacilitatorApp:
        workshop = workshop or resolve_workshop(None, workspace, workshop_language)
        session = Session(workshop, clock=clock)
        if prepare is not None:
            prepare(session)
        # As the command does: a new session's file is written once its first screen is up.
        store = unwritten_session(workspace, session) if new else create_session(workspace, session)
        stores.append(store)
        return FacilitatorApp(workspace, store=store, language=language, clock=clock, new=new)

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def reopen_app(workspace: Workspace, clock: Callable[[], datetime]) -> Iterator[MakeApp]:
    """`reopen_app(path)`: an app on a saved session, as `facilitator resume` opens it."""
    stores: list[OpenSession] = []

    def make(path: Path, *, read_only: bool = False, language: str | None = None) -> FacilitatorApp:
        store = open_session(path, read_only=read_only)
        stores.append(store)
        return FacilitatorApp(workspace, store=store, language=language, clock=clock)

    yield make
    for store in stores:
        store.close()
