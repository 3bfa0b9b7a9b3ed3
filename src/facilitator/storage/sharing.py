"""The two small files beside a session that let the live page and the session screen talk
without ever sharing a writer.

- `NAME.share.json` is written (atomically) by the session screen only: whether discussion
  notes are shown on the live page, and the question open for anonymous answers, if any.
  The web server reads it when it changes.
- `NAME.answers.jsonl` is appended to by the web server only, one JSON line per answer,
  each line flushed and fsynced before the browser is told it was received. The session
  screen reads it to show the tally.

The session file itself keeps its single writer, the session screen. Both files are
documented in docs/session-format.md.
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.storage.atomic import write_atomic

MAX_SHARE_BYTES = 64 * 1024
# A line longer than this is not an answer the server wrote; it is passed over.
MAX_ANSWER_LINE = 1024


def share_path(session_path: Path) -> Path:
    """`sessions/NAME.share.json` for `sessions/NAME.toml`."""
    return session_path.with_name(session_path.stem + ".share.json")


def answers_path(session_path: Path) -> Path:
    """`sessions/NAME.answers.jsonl` for `sessions/NAME.toml`."""
    return session_path.with_name(session_path.stem + ".answers.jsonl")


@dataclass(frozen=True)
class Poll:
    """A question put to the participants' devices. `id` is new each time a question is
    opened, so answers to an earlier round of the same question are never counted again."""

    id: str
    question: str
    open: bool = True


@dataclass(frozen=True)
class ShareState:
    """What the session screen tells the live page."""

    show_notes: bool = False
    poll: Poll | None = None


def read_share_state(path: Path) -> ShareState:
    """The state in `NAME.share.json`; a missing, unreadable or malformed file is read as
    "nothing shared" rather than an error: the live page goes on showing the meeting."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SHARE_BYTES + 1)
        if len(raw) > MAX_SHARE_BYTES:
            return ShareState()
        doc = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return ShareState()
    if not isinstance(doc, dict):
        return ShareState()
    return ShareState(show_notes=doc.get("show_notes") is True, poll=_poll(doc.get("poll")))


def _poll(raw: Any) -> Poll | None:
    if not isinstance(raw, dict):
        return None
    poll_id, question = raw.get("id"), raw.get("question")
    if not isinstance(poll_id, str) or not isinstance(question, str) or not poll_id:
        return None
    return Poll(poll_id, question, raw.get("open") is True)


def write_share_state(path: Path, state: ShareState) -> None:
    """Replace `NAME.share.json` atomically (the session screen's side)."""
    poll = state.poll
    doc: dict[str, Any] = {
        "show_notes": state.show_notes,
        "poll": None
        if poll is None
        else {"id": poll.id, "question": poll.question, "open": poll.open},
    }
    write_atomic(path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


@dataclass(frozen=True)
class Answer:
    """One choice made on one device; `device` is a digest of the device's cookie, never the
    cookie itself, so the file cannot be used to answer as that device."""

    poll: str
    question: str
    device: str
    choice: str
    at: str


class AnswerLog:
    """The server's append-only answers file. `append` returns only once the line is on disk
    (fsync), so an answer acknowledged to a browser survives a kill or a power cut."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fd: int | None = None

    def open(self) -> None:
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        # A line cut short by a kill is ended, so the next answer starts a line of its own.
        size = os.fstat(self._fd).st_size
        if size:
            with self.path.open("rb") as handle:
                handle.seek(size - 1)
                if handle.read(1) != b"\n":
                    os.write(self._fd, b"\n")

    def append(self, answer: Answer) -> None:
        line = json.dumps(answer.__dict__, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            if self._fd is None:
                self.open()
            assert self._fd is not None
            os.write(self._fd, line.encode("utf-8"))
            os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def read_answers(path: Path) -> list[Answer]:
    """Every whole answer in the file, in order; a torn or foreign line is passed over."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    answers = []
    for line in data.split(b"\n"):
        if not line or len(line) > MAX_ANSWER_LINE:
            continue
        try:
            doc = json.loads(line.decode("utf-8"))
        except ValueError:
            continue
        if isinstance(doc, dict) and all(
            isinstance(doc.get(k), str) for k in ("poll", "question", "device", "choice", "at")
        ):
            answers.append(
                Answer(doc["poll"], doc["question"], doc["device"], doc["choice"], doc["at"])
            )
    return answers


def latest_choices(answers: list[Answer], poll_id: str) -> dict[str, str]:
    """Each device's last choice in the poll: a device that changed its mind counts once."""
    return {a.device: a.choice for a in answers if a.poll == poll_id}


def tally(answers: list[Answer], poll_id: str) -> Counter[str]:
    """How many devices chose each option in the poll (never who chose what)."""
    return Counter(latest_choices(answers, poll_id).values())
