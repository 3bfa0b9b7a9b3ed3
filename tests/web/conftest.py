"""A session file on disk, as the session screen leaves it, and the live page's server on it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from facilitator.domain.session import Session
from facilitator.storage.sessions import save_session
from facilitator.storage.sharing import Poll, ShareState, share_path, write_share_state
from facilitator.web.app import TOKEN, make_app
from facilitator.web.limits import RateLimit
from unit.helpers import example_session

Client = TestClient  # type: ignore[type-arg]
MakeClient = Callable[..., Awaitable[Client]]


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "sessions" / "2026-11-30-check-in.toml"
    path.parent.mkdir()
    save_session(path, example_session())
    return path


def rewrite(path: Path, session: Session) -> None:
    """What the session screen does at a save."""
    save_session(path, session)


def open_poll(session_file: Path, question: str = "rooms", poll_id: str = "p1") -> Poll:
    poll = Poll(poll_id, question)
    write_share_state(share_path(session_file), ShareState(poll=poll))
    return poll


@pytest.fixture
def serve(aiohttp_client: Callable[..., Awaitable[Client]], session_file: Path) -> MakeClient:
    """`client = await serve()`: the server on `session_file`; `client.token` is its token."""

    async def start(**options: object) -> Client:
        limit = options.pop("limit", None) or RateLimit(burst=1000, per_second=1000.0)
        app = make_app(session_file, limit=limit, **options)  # type: ignore[arg-type]
        client = await aiohttp_client(app)
        client.token = app[TOKEN]  # type: ignore[attr-defined]
        return client

    return start
