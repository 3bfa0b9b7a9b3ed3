"""The meeting as the server sees it: the session file read again whenever it changes, what
the session screen shares, and the answers given so far.

The server only ever reads the session file and the share file; the one file it writes is
the answers file (`storage.sharing.AnswerLog`). A session file that cannot be read for a
moment (damaged by hand, removed) leaves the last one read on the page, marked stale.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.session import Session
from facilitator.storage.atomic import Identity, file_identity
from facilitator.storage.sessions import read_session
from facilitator.storage.sharing import (
    Answer,
    AnswerLog,
    answers_path,
    read_answers,
    read_share_state,
    share_path,
)
from facilitator.web.page import LiveView

# More devices than any meeting has: past this, a question takes answers only from devices
# that already answered it.
MAX_DEVICES_PER_POLL = 1000
# How often the files are looked at: a change reaches the pages within this and a render.
POLL_SECONDS = 0.1


class LiveMeeting:
    """One session file, kept up to date; `version` grows with every change a page shows."""

    def __init__(self, session_path: Path, *, language: str = "", show_notes: bool = False):
        self.session_path = session_path
        self.share_path = share_path(session_path)
        self.language = language
        self.show_notes = show_notes
        self.session: Session = read_session(session_path, allow_newer=True)
        self.stale = False
        self.share = read_share_state(self.share_path)
        self._identities: tuple[Identity, Identity] = (
            file_identity(session_path),
            file_identity(self.share_path),
        )
        self.log = AnswerLog(answers_path(session_path))
        # Each poll's choices by device, from the file and then from every answer taken.
        self.choices: dict[str, dict[str, str]] = {}
        for answer in read_answers(self.log.path):
            self.choices.setdefault(answer.poll, {})[answer.device] = answer.choice
        self.version = 0
        self._dirty = False
        # Set when `version` moves on, then replaced: a page waits on the one it was given.
        self._changed = asyncio.Event()
        self._rendered: dict[tuple[str, str], tuple[str, str]] = {}
        self._rendered_version = -1

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read again whatever changed on disk; True if the page changes."""
        identities = (file_identity(self.session_path), file_identity(self.share_path))
        if identities == self._identities:
            return False
        if identities[0] != self._identities[0]:
            try:
                self.session = read_session(self.session_path, allow_newer=True)
                self.stale = False
            except (FacilitatorError, OSError):
                self.stale = True
        if identities[1] != self._identities[1]:
            self.share = read_share_state(self.share_path)
        self._identities = identities
        return True

    def view(self, token: str) -> LiveView:
        poll = self.share.poll
        return LiveView(
            session=self.session,
            token=token,
            language=self.language,
            show_notes=self.show_notes or self.share.show_notes,
            poll=poll,
            counts=self.counts(poll.id) if poll else Counter(),
            stale=self.stale,
            version=self.version,
        )

    def counts(self, poll_id: str) -> Counter[str]:
        return Counter(self.choices.get(poll_id, {}).values())

    def is_new_device_past_cap(self, poll_id: str, device: str) -> bool:
        chosen = self.choices.get(poll_id, {})
        return device not in chosen and len(chosen) >= MAX_DEVICES_PER_POLL

    def mine(self, device: str) -> str | None:
        poll = self.share.poll
        return self.choices.get(poll.id, {}).get(device) if poll else None

    def rendered(
        self, key: tuple[str, str], make: Callable[[], tuple[str, str]]
    ) -> tuple[str, str]:
        """A page as `make` renders it, kept until the meeting changes: the pages following
        a change differ only by the device's own choice and a message."""
        if self._rendered_version != self.version:
            self._rendered.clear()
            self._rendered_version = self.version
        if key not in self._rendered:
            self._rendered[key] = make()
        return self._rendered[key]

    # -- answers -----------------------------------------------------------------------

    async def answer(self, answer: Answer) -> None:
        """Write the answer to disk (fsynced, off the event loop), then count it."""
        await asyncio.to_thread(self.log.append, answer)
        self.choices.setdefault(answer.poll, {})[answer.device] = answer.choice
        self._dirty = True

    # -- telling the pages -------------------------------------------------------------

    async def watch(self) -> None:
        """Look at the files every POLL_SECONDS and wake the pages when anything changed;
        answers arriving in a burst wake them once per look, not once per answer."""
        while True:
            changed = self.refresh() or self._dirty
            if changed:
                self._dirty = False
                await self.bump()
            await asyncio.sleep(POLL_SECONDS)

    async def bump(self) -> None:
        self.version += 1
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def wait_change(self, seen: int, timeout: float) -> None:
        """Return once `version` differs from `seen`, or after `timeout` seconds."""
        if self.version != seen:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    def close(self) -> None:
        self.log.close()
