"""The session screen's side of the live page: the server in a process of its own, the
question open for answers, and the tally read back from the answers file.

The server is `facilitator share` run as a child process, not a server inside the app: a
page of fifty phones never competes with the keys typed on the shared screen, and the page
and the answers go on if the screen is restarted. The screen writes only `NAME.share.json`
(what it shares); the server appends to `NAME.answers.jsonl`; neither writes the other's file,
and only the screen writes the session. No Textual here.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import sys
import tempfile
from collections import Counter
from pathlib import Path

from facilitator.storage.sharing import (
    Poll,
    ShareState,
    answers_path,
    read_answers,
    read_share_state,
    share_path,
    tally,
    write_share_state,
)

START_SECONDS = 20.0


class SharingFailed(Exception):
    """The server did not start; the message says why in one line."""


class Sharing:
    """One session's live page while the session screen shows it."""

    def __init__(self, session_path: Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.session_path = session_path
        self.host = host
        self.port = port
        self.url = ""
        self._process: asyncio.subprocess.Process | None = None
        self.state = read_share_state(share_path(session_path))

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def start(self) -> str:
        """Start the server and return the address people open."""
        command = [sys.executable, "-m", "facilitator", "share", str(self.session_path)]
        command += ["--host", self.host, "--port", str(self.port), "--address-only"]
        # What the server says on stderr goes to a file: a pipe nobody reads would fill up and
        # stop the server, and the terminal belongs to the screen. The child keeps its own
        # copy of the file once this one is closed.
        with tempfile.TemporaryFile() as errors:
            process = await asyncio.create_subprocess_exec(
                *command,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=errors,
            )
            assert process.stdout is not None
            try:
                line = await asyncio.wait_for(process.stdout.readline(), START_SECONDS)
            except TimeoutError:
                process.kill()
                await process.wait()
                raise SharingFailed("the live page's server did not start") from None
            url = line.decode("utf-8", "replace").strip()
            if not url.startswith(("http://", "https://")):
                await process.wait()
                errors.seek(0)
                lines = errors.read(4096).decode("utf-8", "replace").strip().splitlines()
                said = lines[-1] if lines else ""
                raise SharingFailed(said.removeprefix("facilitator: ") or "the server ended")
        self._process, self.url = process, url
        return url

    async def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 5.0)
        except TimeoutError:
            process.kill()
            await process.wait()

    # -- what the screen shares --------------------------------------------------------

    def _write(self, state: ShareState) -> None:
        write_share_state(share_path(self.session_path), state)
        self.state = state

    def open_poll(self, question_id: str) -> Poll:
        """Put a question to the devices: a new round, counted from no answers."""
        poll = Poll(secrets.token_urlsafe(6), question_id)
        self._write(ShareState(self.state.show_notes, poll))
        return poll

    def close_poll(self) -> Counter[str]:
        """Take no more answers; the result stays on the page. Returns the tally."""
        poll = self.state.poll
        if poll is None:
            return Counter()
        self._write(ShareState(self.state.show_notes, Poll(poll.id, poll.question, open=False)))
        return self.tally()

    def toggle_notes(self) -> bool:
        self._write(ShareState(not self.state.show_notes, self.state.poll))
        return self.state.show_notes

    def tally(self) -> Counter[str]:
        """How many devices chose each option in the current question (never who)."""
        poll = self.state.poll
        if poll is None:
            return Counter()
        return tally(read_answers(answers_path(self.session_path)), poll.id)
