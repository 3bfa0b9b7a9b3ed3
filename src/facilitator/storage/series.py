"""Reading a series from the workspace: a session's file and the sessions it follows, or
every session of a series id, as the trend's `MeetingRecord`s. Only reads, never writes.

From a session file the `follows` links are walked back (each relative to the folder of the
file that holds it), then the sessions folder is searched for the rest of the series: the
files whose `[series] id` is the series' id, or whose own id is (the first meeting). The
search reads only the head of each file (`session_head`); only the series' files are read
whole.

Files point at each other, and any of them may be wrong. Each problem is one `SeriesNote`
(said in one line where the trend is shown) and the trend is drawn from what exists: a
missing or damaged earlier file, one outside the workspace (never read), one that is the
file itself, one that is another session than the link names (`follows_id`), or a session of
another workshop is replaced by the copy of its answers the follow-up keeps; a loop of links
is followed once around. Every file is read at most once, so no chain can hang the reading.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from facilitator.domain.errors import FacilitatorError, SessionFileError
from facilitator.domain.session import Session
from facilitator.domain.trend import (
    MeetingRecord,
    Trend,
    earlier_record,
    meeting_record,
    series_trend,
)
from facilitator.i18n import t
from facilitator.paths import Workspace
from facilitator.storage.sessions import read_session

# The head of a session file (its ids and `[series]`) comes before `[meeting]`: this much
# holds it with room to spare (a `[view]` table and long ids included).
HEAD_BYTES = 16_384


class Problem(StrEnum):
    """What is wrong with a file of the series; each has its own words (`series.<value>`)."""

    MISSING = "missing"
    DAMAGED = "damaged"
    OUTSIDE = "outside"  # outside the workspace: not read
    ITSELF = "itself"  # a follow-up that names its own file (or id) as the one it follows
    LOOP = "loop"  # links that lead back to a file already read
    NOT_THAT_SESSION = "not_that_session"  # the file's id is not the `follows_id`
    OTHER_WORKSHOP = "other_workshop"
    DUPLICATE = "duplicate"  # a second file with a session id already read


@dataclass(frozen=True)
class SeriesNote:
    problem: Problem
    file: str  # as the reader knows it: relative to the sessions folder where possible
    detail: str = ""

    def line(self, language: str) -> str:
        """One line naming the file and what is wrong with it."""
        return t(f"series.{self.problem.value}", language, file=self.file, detail=self.detail)


@dataclass
class SeriesRead:
    """What was read: the series' id, the workshop's language, the meetings and the notes."""

    series: str
    language: str
    records: list[MeetingRecord] = field(default_factory=list)
    notes: list[SeriesNote] = field(default_factory=list)

    def trend(self, language: str | None = None) -> Trend:
        """The trend of what was read, its notes in `language` (the workshop's by default)."""
        language = language or self.language
        notes = [note.line(language) for note in self.notes]
        return series_trend(self.records, series=self.series, language=language, notes=notes)


class SeriesNotFound(FacilitatorError):
    """Neither a session file nor the id of a series in the sessions folder."""


def session_head(path: Path) -> dict[str, Any] | None:
    """The top of a session file (its keys up to `[meeting]`: `id`, `[series]` …) parsed as
    TOML, or None when it is not a readable session file. Only regular files are opened, and
    only HEAD_BYTES of them are read, unless the head is longer (then the whole file is).
    The one place that knows how a head is read, so a faster reader can take its place."""
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            return None
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            raw = os.read(fd, HEAD_BYTES)
        finally:
            os.close(fd)
    except OSError:
        return None
    text = raw.decode("utf-8", errors="replace")
    end = text.find("\n[meeting]")
    if end < 0:
        end = text.find("\n[workshop]")
    if end < 0:
        if len(raw) < HEAD_BYTES:
            return None  # the whole file, and no session in it
        try:
            return _head_of(path)
        except SessionFileError:
            return None
    try:
        doc = tomllib.loads(text[:end])
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    return doc if doc.get("kind") == "facilitator-session" else None


def _head_of(path: Path) -> dict[str, Any]:
    """The head of a session whose head did not fit in HEAD_BYTES: read from the session."""
    session = read_session(path, allow_newer=True)
    head: dict[str, Any] = {"id": session.id, "kind": "facilitator-session"}
    if session.series is not None:
        head["series"] = {"id": session.series.id}
    return head


def _series_of(head: dict[str, Any]) -> tuple[str, str]:
    """A head's own id and its series' id (its own for a first meeting); "" if not said."""
    own = head.get("id")
    own = own if isinstance(own, str) else ""
    series = head.get("series")
    link = series.get("id") if isinstance(series, dict) else None
    return own, link if isinstance(link, str) and link else own


class _Reading:
    """One reading of a series: what has been read, by file and by id."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.root = _resolved(workspace.root)
        self.sessions = _resolved(workspace.sessions)
        self.records: dict[str, MeetingRecord] = {}  # by session id
        self.files: dict[Path, str] = {}  # resolved file → session id
        self.workshop = ""
        self.language = ""
        self.notes: list[SeriesNote] = []
        self.copies: dict[str, MeetingRecord] = {}
        self.read: list[tuple[Session, Path]] = []  # every session read, and its file

    def name(self, path: Path) -> str:
        """A file as the reader knows it: relative to the sessions folder when inside it."""
        resolved = _resolved(path)
        try:
            return resolved.relative_to(self.sessions).as_posix()
        except ValueError:
            return str(path)

    def note(self, problem: Problem, file: str, detail: str = "") -> None:
        found = SeriesNote(problem, file, detail)
        if found not in self.notes:
            self.notes.append(found)

    def keep(self, session: Session, path: Path) -> None:
        self.records[session.id] = meeting_record(session, self.name(path))
        self.files[_resolved(path)] = session.id
        self.read.append((session, path))
        if not self.workshop:
            self.workshop, self.language = session.workshop.id, session.workshop.language

    def copy_of_earlier(self, follow_up: Session) -> None:
        copy = earlier_record(follow_up)
        if copy is not None and copy.session not in self.records:
            self.copies.setdefault(copy.session, copy)

    def walk_back(self, session: Session, path: Path) -> Session:
        """Follow `follows` from `session` (in `path`) to the first meeting that can be
        read; returns the earliest session read."""
        node, node_path = session, path
        while node.series is not None and node.series.follows:
            link = node.series
            target = node_path.parent / link.follows
            resolved = _resolved(target)
            named = self.name(target) if _inside(resolved, self.root) else link.follows
            if resolved == _resolved(node_path) or link.follows_id == node.id:
                self.note(Problem.ITSELF, self.name(node_path))
                self.copy_of_earlier(node)
                break
            if not _inside(resolved, self.root):
                self.note(Problem.OUTSIDE, self.name(node_path), link.follows)
                self.copy_of_earlier(node)
                break
            if resolved in self.files or link.follows_id in self.records:
                self.note(Problem.LOOP, self.name(node_path), named)
                break
            try:
                earlier = read_session(resolved, allow_newer=True)
            except SessionFileError as error:
                problem = Problem.DAMAGED if resolved.exists() else Problem.MISSING
                self.note(problem, named, _why(error, resolved))
                self.copy_of_earlier(node)
                break
            if earlier.id != link.follows_id:
                self.note(Problem.NOT_THAT_SESSION, self.name(node_path), named)
                self.copy_of_earlier(node)
                break
            if earlier.workshop.id != self.workshop:
                self.note(Problem.OTHER_WORKSHOP, named, earlier.workshop.id)
                self.copy_of_earlier(node)
                break
            self.keep(earlier, resolved)
            node, node_path = earlier, resolved
        return node

    def search(self, series: str) -> None:
        """Read the series' other files in the sessions folder (their heads first)."""
        for path in self.workspace.session_files():
            resolved = _resolved(path)
            if resolved in self.files:
                continue
            head = session_head(path)
            if head is None:
                continue
            own, of = _series_of(head)
            if series not in (own, of):
                continue
            try:
                session = read_session(path, allow_newer=True)
            except SessionFileError as error:
                self.note(Problem.DAMAGED, self.name(path), _why(error, path))
                continue
            if session.id in self.records:
                self.note(Problem.DUPLICATE, self.name(path), self.record_file(session.id))
                continue
            if self.workshop and session.workshop.id != self.workshop:
                self.note(Problem.OTHER_WORKSHOP, self.name(path), session.workshop.id)
                continue
            self.keep(session, path)

    def record_file(self, session_id: str) -> str:
        return self.records[session_id].file

    def fill_gaps(self) -> None:
        """Follow-ups whose earlier meeting is not among those read: their links are walked
        back (and named if wrong), and a meeting still not read is shown with the copy its
        follow-up keeps."""
        for session, path in list(self.read):
            series = session.series
            if series is None or not series.follows_id or series.follows_id in self.records:
                continue
            if series.follows_id in self.copies:
                continue
            self.walk_back(session, path)
        for copy in self.copies.values():
            if copy.session not in self.records:
                self.records[copy.session] = copy


def read_series(
    given: str, workspace: Workspace, *, current: tuple[Session, Path] | None = None
) -> SeriesRead:
    """The series of the session file `given` (a path, or a name in the sessions folder),
    or the series whose id is `given`. `current` is a session open in memory and its file:
    it stands in for that file, and the series is read from it (`given` is then unused).
    A session file that cannot be read raises SessionFileError, an id no file has
    SeriesNotFound: one line each."""
    reading = _Reading(workspace)
    start = current
    if start is None and (path := _session_file(given, workspace)) is not None:
        start = (read_session(path, allow_newer=True), path)
    series = given
    if start is not None:
        reading.keep(*start)
        series = reading.walk_back(*start).series_id
    reading.search(series)
    if not reading.records:
        raise SeriesNotFound(f"no session file or series '{given}' in {workspace.sessions}")
    reading.fill_gaps()
    return SeriesRead(series, reading.language, list(reading.records.values()), reading.notes)


def _session_file(given: str, workspace: Workspace) -> Path | None:
    """`given` as a session file (as given, or in the sessions folder, with or without its
    `.toml`), or None if no such file exists (then it may be a series id)."""
    path = Path(given)
    for candidate in (path, workspace.sessions / path, workspace.sessions / f"{given}.toml"):
        if given and candidate.exists():
            return candidate
    return None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return path.absolute()


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _why(error: SessionFileError, path: Path) -> str:
    """The reason alone: the message starts with the file's name, which the note gives."""
    lines = str(error).splitlines()
    return lines[0].removeprefix(f"{path}: ") if lines else ""
